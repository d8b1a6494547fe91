# Slice assignment and slicing of lists through the specialized paths:
# every bound form, steps, self-assignment, iterables, errors.


def show(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)


def assign(l, lo, hi, st, v):
    l[lo:hi:st] = v
    return l


def assign2(l, lo, hi, v):
    l[lo:hi] = v
    return l


base = list(range(10))
for lo, hi in ((None, None), (2, 5), (-3, None), (None, -8), (5, 2), (20, 30), (-20, 3), (3, 3)):
    show(("set", lo, hi), lambda: assign2(list(base), lo, hi, ["a", "b"]))
for lo, hi, st in ((None, None, 2), (1, 8, 3), (None, None, -1), (8, 1, -2), (None, None, -3)):
    l = list(base)
    n = len(l[lo:hi:st])
    show(("ext", lo, hi, st), lambda: assign(l, lo, hi, st, list(range(100, 100 + n))))
show("ext-size", lambda: assign(list(base), None, None, 2, [1, 2]))
show("step0", lambda: assign(list(base), None, None, 0, []))
show("self", lambda: assign2(base[:], 2, 4, base))
l = list(base)
l[1:3] = l
print("self-into", l)
show("gen", lambda: assign2(list(base), 0, 3, (x * x for x in range(5))))
show("str", lambda: assign2(list(base), 0, 2, "xyz"))
show("notiter", lambda: assign2(list(base), 0, 2, 5))
show("badbound", lambda: assign2(list(base), "a", 2, [1]))
show("bigbound", lambda: assign2(list(base), 2 ** 70, None, [1]))
show("negbig", lambda: assign2(list(base), -(2 ** 70), 2, [1]))
show("boolbound", lambda: assign2(list(base), True, 3, ["t"]))

# reads with every step, short and long
big = list(range(100))
for sl in (slice(None, None, -1), slice(90, 10, -7), slice(5, None, 3), slice(None, 50, -1), slice(-1, -100, -33)):
    r = big[sl.start:sl.stop:sl.step]
    print(len(r), r[:5], r[-3:])
p = [3, 1, 2, 0]
k = p[0]
flips = 0
while k:
    p[:k + 1] = p[k::-1]
    flips += 1
    k = p[0]
print(p, flips)


class L(list):
    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)
        list.__setitem__(self, i, v)


m = L([1, 2, 3])
m[0:2] = [9]
print(m)
