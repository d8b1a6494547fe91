# Tuple/list unpacking with and without a starred target, and its errors.

a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = (1, 2)
print(head, mid, tail)
(x, y), [z, *w] = "ab", range(4)
print(x, y, z, w)
a, *b = range(1)
print(a, b, type(b).__name__)
[p, q] = {"k1": 1, "k2": 2}
print(p, q)
for i, (c, *d) in enumerate(["xyz", "q"]):
    print(i, c, d)
m = n = [0]
m.append(1)
print(m, n, m is n)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)
t = 1,
print(t, len(t))
(e,) = [5]
print(e)


def tryit(label, fn):
    try:
        print(label, fn())
    except (ValueError, TypeError) as ex:
        print(label, type(ex).__name__, ex)


def u1():
    a, b, c = [1, 2]
    return a


def u2():
    a, b = [1, 2, 3]
    return a


def u3():
    a, *b, c, d = "ab"
    return a


def u4():
    a, b = 5
    return a


def u7():
    a, b = {}
    return a


tryit("u1", u1)
tryit("u2", u2)
tryit("u3", u3)
tryit("u4", u4)
tryit("u7", u7)
print([*range(3), *"ab", *[None]], (*[1], 2), [*{"a": 1}])
