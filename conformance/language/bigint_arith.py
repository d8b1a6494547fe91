# Big integers: arithmetic, floor division/modulo signs, bit ops, conversions.

a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(divmod(b, a), divmod(-b, a))
print(a ** 3)
print(a >> 50, a << 10, -a >> 99, -1 >> 1000, 1 << 200)
print(a & (b - 1), a | 1, a ^ b, ~a, -a & 0xFFFF)
print(a == 1267650600228229401496703205376, a != a + 1, a > b, -a < -b)
print(abs(-a), -(-a), +a, a // a, (a * b) // b == a)
fact = 1
for i in range(1, 41):
    fact *= i
print(fact, len(str(fact)))
print(int(str(fact)) == fact, str(-fact)[:5])
print(a / 2, a / b, b / 3, 10 ** 30 / 10 ** 10)
print(float(a), float(-b), int(float(a)) == a)
print(round(a, -29), round(-b, -30), round(a), round(12345, -2), round(12355, -1))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 1000) % 1000, pow(-3, 101))
print(hex(a), oct(b)[:20], bin(a + 1)[-5:], hex(-b))
print(int("9" * 50) + 1)
print(int("-" + "1" * 40, 2), int("z" * 20, 36))
print(a.bit_length(), (-a).bit_length(), (0).bit_length(), b.bit_length())
print(sum([a] * 10), max(a, b), min(-a, -b), sorted([b, a, -a, 0]))
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(a // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399, (10 ** 400) % 997, 10 ** 400 > 1e308)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % -2, -7 % 2, 0 // 5, 0 % -5)
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 10 ** -3)
