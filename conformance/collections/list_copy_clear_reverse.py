# copy (shallow), clear, reverse, list() constructor and aliasing effects.
a = [1, [2, 3], 4]
b = a.copy()
c = a[:]
d = list(a)
b[0] = 100
b[1].append(99)
print(a, b, c, d)
print(a == c, a is c, a[1] is c[1], b[1] is d[1])
e = a
a.clear()
print(a, e, c, len(c))
f = [1, 2, 3, 4]
print(f.reverse(), f)
f.reverse()
print(f)
g = []
g.reverse()
g.clear()
print(g)
print(list(), list("hi"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list([]))
h = list(f)
h.append(5)
print(f, h)
n = [[0, 0]] * 3
m = [row.copy() for row in n]
n[0][0] = 7
m[0][1] = 8
print(n, m)
for bad in [5, None]:
    try:
        print(list(bad))
    except TypeError as e:
        print("TypeError", e)
