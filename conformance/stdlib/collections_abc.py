# collections.abc: mixin methods of user Mapping/MutableMapping/Sequence/Set
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence,
                             Set, MutableSet, Iterable, Iterator, Sized, Container,
                             Callable, Hashable, Collection, Reversible, Generator,
                             KeysView, ItemsView, ValuesView)


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


class Squares(Mapping):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, k):
        if isinstance(k, int) and 0 <= k < self.n:
            return k * k
        raise KeyError(k)

    def __iter__(self):
        return iter(range(self.n))

    def __len__(self):
        return self.n


s = Squares(4)
print(s[2], len(s), list(s), 3 in s, 9 in s, s.get(3), s.get(9, "none"))
print(list(s.keys()), list(s.values()), list(s.items()), dict(s))
print(s == {0: 0, 1: 1, 2: 4, 3: 9}, s == {0: 0}, s.keys() == {0, 1, 2, 3})
print(len(s.keys()), 2 in s.keys(), (2, 4) in s.items(), (2, 5) in s.items(), 9 in s.values())
print(s.keys() & {1, 2, 7}, s.keys() | {9}, s.keys() - {0}, sorted(s.keys() ^ {0, 8}))
print(isinstance(s, Mapping), isinstance(s, Collection), isinstance(s, Sized))


class Store(MutableMapping):
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.data[k] = v

    def __delitem__(self, k):
        del self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)


st = Store()
st["a"] = 1
st.update({"b": 2}, c=3)
st.update([("d", 4)])
print(sorted(st.items()), st.setdefault("a", 9), st.setdefault("e", 5), len(st))
print(st.pop("a"), st.pop("zz", "dflt"), st.popitem(), sorted(st))
attempt("pop missing", lambda: st.pop("zz"))
st.clear()
print(len(st), list(st))
attempt("popitem empty", lambda: st.popitem())


class Word(Sequence):
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i]

    def __len__(self):
        return len(self.text)


w = Word("banana")
print(list(w), "n" in w, "z" in w, w.index("n"), w.count("a"), list(reversed(w)))
print(w.index("a", 2), w.index("a", -2))
attempt("index missing", lambda: w.index("z"))


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


k = Stack()
k.append(1)
k.extend([2, 3, 4])
k += [5]
print(k.items, k.pop(), k.pop(0), k.items)
k.remove(3)
k.reverse()
print(k.items, len(k), k[0], 2 in k)
k.clear()
print(k.items)


class Bits(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


a = Bits([1, 2, 3])
b = Bits([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b))
print(a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]), a >= Bits([1]), a.isdisjoint([7, 8]))
print(type(a & b).__name__, a == {1, 2, 3})


class Bag(MutableSet):
    def __init__(self):
        self.items = set()

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(sorted(self.items))

    def __len__(self):
        return len(self.items)

    def add(self, x):
        self.items.add(x)

    def discard(self, x):
        self.items.discard(x)


g = Bag()
g |= [3, 1, 2]
print(list(g), g.pop(), list(g))
g -= [2]
print(list(g))
g.remove(3)
attempt("remove missing", lambda: g.remove(99))
print(list(g))


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)

for abc_cls in (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                Iterable, Iterator, Sized, Container, Callable, Hashable, Collection,
                Reversible, Generator):
    attempt(abc_cls.__name__, abc_cls)


class Partial(Mapping):
    def __getitem__(self, k):
        return k


attempt("Partial", Partial)
print(KeysView({"k": 0}), ItemsView({"a": 1}), ValuesView({"a": 1}))
print(sorted(ItemsView(s)), list(ValuesView(s)))
