# Arbitrary-precision integer arithmetic beyond 64 bits.
a = 2 ** 100
b = 3 ** 200
print(a)
print(b)
print(b % 1000003, a % 1000003, (a * b) % 1000003)
print(a - b)
print(-a // 7, -a % 7, a // -7)
print(a * a == 2 ** 200, len(str(b)), len(str(-b)))
print(2 ** 64 - 1, 2 ** 64, 2 ** 64 + 1, -(2 ** 64))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (-9223372036854775808) * -1)
print(18446744073709551615 * 18446744073709551615)
print(10 ** 40 // 10 ** 20, 10 ** 40 % (10 ** 20 + 1))
print(a > b, a < b, a == 2 ** 100, a != 2 ** 100 + 1)
print(abs(-a), -(-a) == a, a - a, type(a - a).__name__)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x, x % 2, x // 2 ** 64)
s = 0
for i in range(1, 40):
    s += 7 ** i
print(s)
print(int(str(b)) == b, int("-" + str(a)) == -a)
m = 2 ** 127 - 1
print(m, m % 10 ** 9, pow(3, m - 1, m))
print(sum([2 ** 70, 2 ** 70, -(2 ** 71)]), max(2 ** 80, 2 ** 79), min(-(2 ** 80), 5))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100)
print(round(2 ** 100), round(2 ** 100 + 55, -2))
print(divmod(-(10 ** 30), 10 ** 15 + 1))
