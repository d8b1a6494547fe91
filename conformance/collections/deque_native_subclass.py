# collections.deque (native): subclasses (extra state, overridden methods,
# super() calls), the methods called through the class, __reduce__ and copy
from collections import deque
import copy


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=4)
print(md, repr(md), isinstance(md, deque), type(md).__name__, md.maxlen, len(md), bool(md), list(md))
md.append(3)
md.appendleft(0)
md.append(4)
print(md, md[0], md[-1], 2 in md, list(reversed(md)))
c = md.copy()
print(type(c).__name__, c, c == md, c is md)
print(type(md + deque([9])).__name__, md + deque([9]), type(md * 2).__name__, md * 2, 2 * md)
md += [5]
print(md, type(md).__name__)
md *= 2
print(md)
print(MyDeque(iter([1, 2, 3])), MyDeque(), MyDeque("ab", 1))
attempt("hash sub", hash, MyDeque())
print(md == deque(md), deque(md) == md, md < MyDeque([9]), md != [1])
attempt("set maxlen", setattr, md, "maxlen", 5)


class Stack(deque):
    def __init__(self, name, items=()):
        super().__init__(items, 5)
        self.name = name
        self.pushes = 0

    def push(self, x):
        self.pushes += 1
        self.append(x)

    def append(self, x):
        super().append(x * 10)

    def __repr__(self):
        return "Stack(%s, %s)" % (self.name, list(self))


s = Stack("s", iter([1, 2]))
s.push(3)
s.push(4)
print(s, s.name, s.pushes, len(s), s.maxlen, str(s))
s.extend([7])
print(s)
s.__init__("t", [9])
print(s, s.name)


class Counted(deque):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return "item%d" % i

    def __contains__(self, x):
        return x == "magic"

    def __iter__(self):
        return iter(["a", "b"])

    def __eq__(self, other):
        return True


k = Counted([1, 2, 3])
print(len(k), k[0], "magic" in k, 1 in k, list(k), k == 5, deque.__len__(k), deque.__getitem__(k, 0), bool(k))
print(sorted(k), tuple(k))
attempt("hash eq sub", hash, k)

k2 = copy.copy(MyDeque([1, [2]], 3))
k3 = copy.deepcopy(MyDeque([1, [2]], 3))
print(type(k2).__name__, k2, k2.maxlen, type(k3).__name__, k3, k3.maxlen)
w = MyDeque([1])
w.tag = "x"
w2 = copy.deepcopy(w)
w3 = copy.copy(w)
print(w2, w2.tag, w3, hasattr(w3, "tag"))

# plain deque.__init__ / __new__ / methods via the class
d = deque([1, 2, 3])
d.__init__([5, 6], 2)
print(d, d.maxlen)
d.__init__()
print(d, d.maxlen)
deque.append(d, 7)
print(d, deque.__len__(d), deque.__contains__(d, 7), deque.__getitem__(d, 0), deque.__repr__(d))
attempt("descriptor", deque.append, [], 1)
attempt("getitem wrapper slice", d.__getitem__, slice(0, 1))
attempt("getitem wrapper big", d.__getitem__, 2 ** 70)
attempt("setitem wrapper str", d.__setitem__, "a", 1)
attempt("len args", d.__len__, 1)
print(type(deque.__new__(deque)).__name__, deque.__new__(MyDeque), type(deque.__new__(MyDeque)).__name__)
attempt("new int", deque.__new__, int)
print(d.__reduce__()[:3], MyDeque([1], 2).__reduce__()[:3])
print(list(d.__reduce__()[3]))

# the operators against other types
attempt("pow", lambda: d ** 2)
attempt("or", lambda: d | d)
attempt("sub int", lambda: 1 - d)
print("%s and %r" % (d, d), "{}".format(d), f"{d}")


class RMul:
    def __rmul__(self, other):
        return "rmul"

    def __radd__(self, other):
        return "radd"


print(d * RMul(), d + RMul())
