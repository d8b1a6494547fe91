# Slice assignment and deletion: growing, shrinking, extended slices, errors.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = ["i", "j"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[-2:] = []
print(a)
a[3:] = "xyz"
print(a)
b = list(range(10))
b[::2] = ["e"] * 5
print(b)
b[1::3] = (7, 8, 9)
print(b)
b[::-1] = list(range(10))
print(b)
for rhs in [[1, 2], [], list(range(6))]:
    try:
        b[::2] = rhs
    except ValueError as e:
        print("ValueError", e)
try:
    b[0:2] = 5
except TypeError as e:
    print("TypeError", e)
c = list(range(10))
del c[1:3]
print(c)
del c[::2]
print(c)
del c[-1]
print(c)
del c[100:]
del c[:0]
print(c)
del c[::-1]
print(c)
d = [1, 2, 3]
for idx in [3, -4]:
    try:
        del d[idx]
    except IndexError as e:
        print("IndexError", e)
    try:
        d[idx] = 0
    except IndexError as e:
        print("IndexError", e)
d[5:10] = [4, 5]
print(d)
d[-100:1] = ["front"]
print(d)
e = [1, 2, 3, 4]
e[1:3] = e
print(e)
f = [0, 1, 2]
f[10:20] = [9]
f[2:1] = ["between"]
print(f)
