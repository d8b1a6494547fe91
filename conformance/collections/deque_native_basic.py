# collections.deque (native): construction, maxlen, both ends, extend,
# count/index/insert/remove, reverse and rotate, with their errors
from collections import deque


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# construction and maxlen
print(deque(), deque([1, 2, 3]), deque("abc"), deque(range(5)), deque((1, 2)))
print(deque([1, 2, 3], 2), deque(iterable=[1, 2], maxlen=5), deque(maxlen=0), deque([1], None))
print(deque({"a": 1, "b": 2}), deque(iter([4, 5])), deque(x * x for x in range(4)))
print(deque([1, 2], True), deque([1, 2, 3], maxlen=False))
attempt("maxlen str", deque, [], "a")
attempt("maxlen float", deque, [], 2.0)
attempt("maxlen neg", deque, [], -1)
attempt("maxlen big", deque, [], 2 ** 70)
attempt("3 args", deque, [], None, 3)
attempt("bad kw", lambda: deque(foo=1))
attempt("dup kw", lambda: deque([1], iterable=[2]))
attempt("not iterable", deque, 5)
d = deque([1, 2, 3], 3)
print(d.maxlen, deque().maxlen)

# appends with maxlen
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
for i in range(3):
    d.appendleft(-i)
    print(d)
d.extend(range(10, 15))
print(d)
d.extendleft("ab")
print(d)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([1, 2, 3])
z.extendleft([1, 2, 3])
print(z, len(z))

# pop/popleft
d = deque(range(5))
print(d.pop(), d.popleft(), d, len(d))
attempt("pop empty", deque().pop)
attempt("popleft empty", deque().popleft)
attempt("pop arg", d.pop, 0)
attempt("append no arg", d.append)
attempt("append 2 args", d.append, 1, 2)

# extend / extendleft
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d.extend(x for x in "xy")
d.extendleft(iter([7, 8]))
print(d)
attempt("extend int", d.extend, 5)
d += [9]
d += "z"
print(d)
attempt("iadd int", d.__iadd__, 5)

# clear, copy, count, index
e = d.copy()
d.clear()
print(d, e, len(d), bool(d), bool(e))
print(e.count(1), e.count(2), e.count(99), e.count("z"))
e = deque([1, 2, 3, 2, 1])
print(e.index(2), e.index(2, 2), e.index(1, -2), e.index(1, 1, 5), e.index(3, -100, 100))
attempt("index missing", e.index, 9)
attempt("index window", e.index, 3, 3)
attempt("index empty window", e.index, 1, 2, 1)
attempt("index stop", e.index, 3, 0, 2)
attempt("index str bound", e.index, 1, "a")
attempt("index big", e.index, 1, 2 ** 80)
print(e.index(1, -2 ** 80, 2 ** 80))
attempt("index noargs", e.index)

# insert
e = deque([1, 2, 3])
e.insert(0, "a")
e.insert(-1, "b")
e.insert(100, "c")
e.insert(-100, "d")
e.insert(3, "e")
print(e)
for i in range(-8, 9):
    f = deque(range(6))
    f.insert(i, "x")
    print(i, list(f))
attempt("insert full", deque([1], maxlen=1).insert, 0, 2)
attempt("insert str", e.insert, "a", 1)
attempt("insert big", e.insert, 2 ** 70, 1)

# remove
e = deque([1, 2, 3, 2])
e.remove(2)
print(e)
attempt("remove missing", e.remove, 7)
for i in range(7):
    f = deque(range(7))
    f.remove(i)
    print(list(f))

# reverse / rotate
e = deque(range(7))
e.reverse()
print(e)
for n in [0, 1, 2, 3, -1, -3, 7, 8, -8, 100, -100]:
    f = deque(range(7))
    f.rotate(n)
    print(n, list(f))
f = deque("abc")
f.rotate()
print(f)
attempt("rotate str", f.rotate, "a")
attempt("rotate big", f.rotate, 2 ** 70)
deque().rotate(5)
# rotate a full ring and a partial one of a large deque
big = deque(range(8))
big.rotate(3)
print(big)
big = deque(range(100))
big.rotate(37)
print(list(big)[:5], big[-1])
big.rotate(-80)
print(list(big)[:5], big[-1])
