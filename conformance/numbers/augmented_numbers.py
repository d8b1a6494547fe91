# Augmented assignment on numbers, in containers and attributes.
a = 5
a += 3
a -= 10
a *= -4
print(a)
a //= 3
print(a)
a **= 3
print(a)
a %= 7
print(a)
a <<= 70
print(a)
a >>= 68
print(a)
b = 1
b /= 3
print(b, type(b).__name__)
b *= 3
print(b)
c = 2 ** 64
c -= 1
c += 2
print(c)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 100
lst[1] **= 65
print(lst)
d = {"x": 1.5}
d["x"] -= 0.25
d["y"] = 0
for i in range(5):
    d["y"] += i
print(d)


class Box:
    def __init__(self):
        self.v = 10


bx = Box()
bx.v //= 4
bx.v += 0.5
print(bx.v)
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 3
print(s)
n = 10
try:
    n += "x"
except TypeError as e:
    print("TypeError", e, n)
try:
    lst[5] += 1
except IndexError as e:
    print("IndexError", e)
try:
    d["zz"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    undefined_name += 1
except NameError as e:
    print("NameError", e)
