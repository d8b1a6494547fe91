# Floats: repr round-tripping, inf/nan, signed zero, rounding, errors.

vals = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001,
        1.5e-323, 5e-324, 1.7976931348623157e308, 100.0, -2.5, 1e22, 1e21, 0.30000000000000004]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf < -1e308, nan == nan, nan != nan)
print(inf == inf, nan is nan, [nan] == [nan], nan in [nan], min(1.0, nan), max(nan, 1.0))
print(-0.0, 0.0 == -0.0, repr(-0.0 + 0.0), repr(0.0 * -1), abs(-0.0), -0.0 < 0.0)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023)
print(0.5 + 0.5 == 1, 1.0 == 1, type(2 * 1.0).__name__, 7 / 7, 2 ** 0.5)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1.0005, 3))
print(round(3.14159, 0), round(3.7), type(round(3.7)).__name__, round(-3.14159, 1), round(1234.5, -2))
print(int(3.99), int(-3.99), int(1e20), float(7), float("1e3"), float("-0"))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), 1e300 % 7)
print(3.0.is_integer(), 3.5.is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(1e-320 / 10, 2.0 ** -1074, 2.0 ** -1075, 1 / 3 * 3)
print(sum([0.1] * 10), 0.1 * 10, 1.1 + 2.2, 3.3 * 3, 100 * 1.1)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 5 % 0.0, lambda: int(inf), lambda: int(nan),
            lambda: 2.0 ** 10000, lambda: 10.0 ** 400, lambda: 0.0 ** -1]:
    try:
        print(bad())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(1e16 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(0.1 < 1 / 10 + 1e-17, 10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 16 + 1 > 1e16)
