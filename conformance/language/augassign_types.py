# Augmented assignment across types: in-place for lists, rebinding for immutables.

a = [1]
b = a
a += (2, 3)
a += "xy"
a += range(2)
print(a, b is a)
a = a + [9]
print(b is a, len(b), len(a))
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
s += "!"
print(s)
n = 7
n //= 2
print(n)
n **= 100
print(n)
n %= 1000007
print(n)
n >>= 3
n ^= 0xFF
n &= 0xF0F
print(n)
f = 1.5
f += 1
f *= 2
f /= 4
print(f)
x = 10
x /= 4
print(x, type(x).__name__)
m = -7
m //= 2
print(m)
m = -7
m %= 3
print(m)
l2 = [0]
l2 *= 3
print(l2)
l2 *= 0
print(l2)
d = {"a": 1}
d |= {"b": 2}
print(d)
flag = True
flag += True
print(flag, type(flag).__name__)
