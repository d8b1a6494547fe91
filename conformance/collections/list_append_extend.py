# append vs extend vs += vs +, with various iterables.
a = [1, 2]
a.append([3, 4])
print(a, len(a))
a.extend([5, 6])
a.extend((7,))
a.extend("xy")
a.extend({"k1": 1, "k2": 2})
a.extend(range(2))
a.extend([])
print(a, len(a))
b = [1, 2]
b.extend(b)
print(b)
b.append(b[:])
print(b)
c = [0]
c += (1, 2)
c += "ab"
c += range(3, 5)
print(c)
r = a.append(9)
print(r, a.extend([]) is None)
for other in [(1, 2), "ab", None, 5]:
    try:
        print([0] + other)
    except TypeError as e:
        print("TypeError", e)
for bad in [5, None, 1.5]:
    try:
        c.extend(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        c += bad
    except TypeError as e:
        print("TypeError", e)
print(c)
x = [1]
y = x
x += [2]
print(x, y, x is y)
x = x + [3]
print(x, y, x is y)
try:
    c.append()
except TypeError as e:
    print("TypeError", e)
try:
    c.append(1, 2)
except TypeError as e:
    print("TypeError", e)
