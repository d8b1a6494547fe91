# Bitwise operations on negative numbers and big ints (two's complement).
vals = [0, 1, -1, 5, -5, 255, -256, 12345, -12345]
for a in vals:
    print(a, ~a, a & 255, a | 256, a ^ -1, a & -a)
print(-1 & 255, -1 | 0, -1 ^ 255, -256 & -1, -5 & -3, -5 | -3, -5 ^ -3)
print(2 ** 100 & (2 ** 100 - 1), (2 ** 100 - 1) & 65535, -(2 ** 100) & 65535)
print(~(2 ** 100), -(2 ** 100) | 1, (2 ** 70 + 5) ^ (2 ** 70 + 3))
print(-(2 ** 65) & (2 ** 66 - 1), -(2 ** 65) ^ -(2 ** 64))
x = 0
for i in range(0, 100, 7):
    x |= 1 << i
print(x)
print(x & -x, x ^ x, x & ~x, (x | ~x) == -1)
n = -37
bits = ""
for i in range(8):
    bits = str((n >> i) & 1) + bits
print(bits)
m = 6
m &= 3
print(m)
m |= 8
print(m)
m ^= 15
print(m)
for a, b in [(1.0, 1), (1, "1"), (None, 1)]:
    try:
        print(a & b)
    except TypeError as e:
        print("TypeError", e)
try:
    print(~1.5)
except TypeError as e:
    print("TypeError", e)
