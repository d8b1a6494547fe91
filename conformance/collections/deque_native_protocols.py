# collections.deque (native): indexing, iteration and mutation while
# iterating, comparisons, arithmetic, repr, copy and the generic alias
from collections import deque
import copy


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# protocols
d = deque(range(5))
print(len(d), bool(d), bool(deque()), 3 in d, 9 in d, list(d), list(reversed(d)), tuple(d), sorted(d, reverse=True), sum(d), max(d))
print(d[0], d[-1], d[2], d[-5], d[True])
attempt("getitem range", d.__getitem__, 5)
attempt("getitem neg", d.__getitem__, -6)
attempt("slice", lambda: d[1:2])
attempt("str index", lambda: d["a"])
attempt("float index", lambda: d[1.0])
attempt("big index", lambda: d[2 ** 70])
d[0] = "a"
d[-1] = "z"
print(d)
attempt("setitem range", d.__setitem__, 5, 0)
attempt("setitem slice", d.__setitem__, slice(0, 1), 0)
del d[1]
print(d)
del d[-1]
print(d)
attempt("delitem range", d.__delitem__, 7)
for i in range(-5, 5):
    f = deque(range(5))
    del f[i]
    print(i, list(f))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(d[Idx(1)], deque(range(5)).index(3, Idx(1)))
f = deque(range(5))
f.rotate(Idx(2))
f.insert(Idx(1), "i")
print(f, f * Idx(2))

# iteration
it = iter(deque("xyz"))
print(next(it), list(it))
it = reversed(deque("xyz"))
print(next(it), list(it))
print(iter(deque([1, 2])).__length_hint__(), type(iter(deque())).__name__, type(reversed(deque())).__name__)
print([x * 2 for x in deque([1, 2, 3])])
a, b = deque([1, 2])
print(a, b)


def mutate(op):
    m = deque([1, 2, 3])
    it = iter(m)
    next(it)
    op(m)
    try:
        print(next(it))
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        print(next(it))
    except RuntimeError as e:
        print("again", e)


mutate(lambda m: m.append(4))
mutate(lambda m: m.pop())
mutate(lambda m: m.reverse())
mutate(lambda m: m.__setitem__(1, 9))
mutate(lambda m: m.rotate(0))
mutate(lambda m: m.clear())
mutate(lambda m: m.extend([]))
mutate(lambda m: m.insert(0, 1))
it = iter(deque())
print(list(it))
m = deque([1])
it = iter(m)
m.rotate(1)
print(list(it))
m = deque([1, 2, 3])
it = reversed(m)
next(it)
m.appendleft(0)
attempt("reversed mutated", next, it)


def loop_mutate():
    dd = deque([1, 2, 3])
    for x in dd:
        dd.append(x)


attempt("for mutate", loop_mutate)


class Evil:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.pop()
        return False


for op in ["count", "index", "remove", "contains"]:
    dd = deque([0, 1, 2])
    dd.appendleft(Evil(dd))
    try:
        if op == "contains":
            print(op, 5 in dd)
        else:
            print(op, getattr(dd, op)(5))
    except Exception as e:
        print(op, type(e).__name__, e)

# comparisons
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque() >= deque())
print(deque("ab") < deque("abc"), deque("abc") < deque("ab"), deque("ab") <= deque("abc"), deque("abc") >= deque("ab"))
print(deque([1, 2]) == [1, 2], deque([1, 2]) != [1, 2], [1] == deque([1]), deque() == (), deque(maxlen=4) == deque())
nan = float("nan")
print(deque([nan]) == deque([nan]), deque([nan]) < deque([nan]), deque([nan]) <= deque([nan]))
x = deque([1])
print(x == x, x != x, x <= x)
attempt("lt list", lambda: deque([1]) < [1])
attempt("lt mixed", lambda: deque([1]) < deque(["a"]))
print(sorted([deque([3]), deque([1, 2]), deque([1])]))
print(max(deque([1]), deque([0, 5])))

# arithmetic
a = deque([1, 2])
b = deque([3])
print(a + b, a * 2, 2 * a, a * 0, a * -1, a * True, a, b)
c = deque([1], maxlen=2)
print(c + deque([2, 3]), c * 3, deque([1, 2, 3], 5) * 3, 3 * deque([1, 2, 3], 5))
attempt("add list", lambda: deque([1]) + [2])
attempt("mul float", lambda: deque([1]) * 1.5)
attempt("mul big", lambda: deque([1]) * 2 ** 70)
attempt("sub", lambda: deque([1]) - deque([1]))
a += [7, 8]
print(a)
a *= 2
print(a)
a *= 1
print(a)
a *= 0
print(a)
w = deque([1, 2, 3], 5)
w *= 3
print(w)
w = deque([1, 2, 3], 7)
w *= 2
print(w)
w = deque([1], 3)
w *= 10
print(w)
w = deque([1, 2])
w += w
print(w)
alias = w
w += [3]
w *= 2
print(alias is w, alias)

# hash, repr
attempt("hash", hash, deque())
r = deque([1])
r.append(r)
print(r, repr(r), str(r))
l = []
r2 = deque([l])
l.append(r2)
print(r2, l)
print(deque([deque([1]), [2], (3,), "s", None, 1.5]))
print(repr(deque([1], 3)), repr(deque(maxlen=0)))

# copy, generic alias, isinstance
e = deque([[1], [2]], 4)
s = copy.copy(e)
t = copy.deepcopy(e)
e[0].append(9)
print(s, t, s.maxlen, t.maxlen, type(s).__name__, s is e, e.copy() == e, e.__copy__())
r3 = deque([1])
r3.append(r3)
r4 = copy.deepcopy(r3)
print(r4, r4[1] is r4)
print(deque[int], type(deque[int]).__name__, deque.__name__, deque.__module__, deque)
import collections.abc
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence), isinstance(deque(), collections.abc.Iterable))
print(isinstance(deque(), deque), type(deque()) is deque)
