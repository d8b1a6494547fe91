# True division always yields float; exactness with big ints.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, -1 / 3, 0 / 5, 0 / -5, -0 / 5)
print(type(6 / 3).__name__, type(6 // 3).__name__, 10 / 4 * 4)
print(10 ** 30 / 10 ** 10, 10 ** 22 / 10, (10 ** 22 + 1) / 10)
print(2 ** 1000 / 2 ** 999, (2 ** 1100) / (2 ** 1099), 1 / 2 ** 1000)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1, 9007199254740993 / 3)
print(123456789123456789123456789 / 987654321987654321, 1 / 10 ** 400)
print(-(10 ** 400) / 10 ** 399, 10 ** 400 / -(10 ** 399))
x = 10
x /= 4
print(x, type(x).__name__)
x /= 0.5
print(x)
for a, b in [(2 ** 1100, 3), (1e308, 1e-308), (2 ** 1024, 1), (1, "2")]:
    try:
        print(a / b)
    except Exception as e:
        print(type(e).__name__, e)
print(1 / 7 * 7 == 1, 3 / 10 == 0.3, 0.1 * 3 / 3)
print(True / 4, 5 / True, 1.5 / 0.5, -4.5 / 1.5)
