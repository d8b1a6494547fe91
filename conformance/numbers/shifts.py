# Left and right shifts: negatives, huge shifts, errors.
print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 100, 3 << 70)
print(-1 << 10, -3 << 65, 0 << 1000)
print(1024 >> 3, 1023 >> 3, -1024 >> 3, -1023 >> 3, -1 >> 1, -1 >> 1000)
print(5 >> 64, -5 >> 64, (2 ** 200) >> 190, -(2 ** 200) >> 199)
print(255 >> 0, 0 >> 5, True << 2, 7 >> True)
v = 1
for i in range(10):
    v <<= 7
print(v)
v >>= 65
print(v)
print((1 << 100) >> 100, ((1 << 100) + 1) >> 1, (-(1 << 100) - 1) >> 1)
for a, b in [(1, -1), (-1, -5), (1, 1.0), (1.0, 1), ("a", 1)]:
    try:
        print(a << b)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(a >> b)
    except Exception as e:
        print(type(e).__name__, e)
print(12345678901234567890 >> 10, 12345678901234567890 << 3)
