# Tuple unpacking in assignments and for loops, and its error messages.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "abc"
print(x, y, z)
p, q = [10, 20]
print(p, q)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = (5, 6)
print(r, s)
i, j = range(2)
print(i, j)
for key, val in [("a", 1), ("b", 2)]:
    print(key, val)
for (u, v), w in [((1, 2), 3)]:
    print(u, v, w)
lst = [0, 0]
lst[0], lst[1] = 7, 8
print(lst)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
cases = [(1, 2, 3), (1,), [], "abcd", "a", 5, None, 2.5, (1, 2, 3, 4, 5)]
for c in cases:
    try:
        f, g = c
        print("ok", f, g)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for c in [(1, 2), (1, 2, 3, 4), "ab", ()]:
    try:
        f, g, h = c
        print("ok", f, g, h)
    except ValueError as e:
        print("ValueError", e)
try:
    for f, g in [(1, 2), (3,)]:
        print(f, g)
except ValueError as e:
    print("ValueError", e)
try:
    (f, g), h = (1, 2, 3), 4
except ValueError as e:
    print("ValueError", e)
t = 1,
print(t)
(single,) = [42]
print(single)
