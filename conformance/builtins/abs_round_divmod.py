# abs, round, divmod, pow: signs, ties, ndigits, three-argument pow, errors.

print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-2 ** 100), abs(float("-inf")))
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(3.5), round(-0.5), round(0.49999999999999994))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-1.55, 1), round(5e-324, 400))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(7, 2), type(round(7, 2)).__name__, round(7.0), type(round(7.0)).__name__, round(7.0, 0), round(7.5, None))
print(round(True), round(1e300), round(123.456, 10), round(-0.0), round(-0.4), round(0.0, -5))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(0, 3), divmod(2 ** 65, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(-1e-300, 1), divmod(True, True))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(0, 0), pow(2.0, 3), pow(4, 0.5), pow(-8, 3))
print(pow(3, 4, 5), pow(3, 4, -5), pow(-3, 3, 7), pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, -1, 13), pow(2, 0, 1))
print(pow(base=2, exp=5), pow(2, 5, mod=3), 2 ** -1, (-8) ** 2, 10 ** 0, 0 ** 5)
for label, op in [("abs str", lambda: abs("x")), ("abs none", lambda: abs(None)), ("round str", lambda: round("1.5")),
                  ("round ndigits float", lambda: round(1.5, 1.0)), ("round inf", lambda: round(float("inf"))),
                  ("round nan", lambda: round(float("nan"))), ("divmod 0", lambda: divmod(1, 0)),
                  ("divmod 0.0", lambda: divmod(1.0, 0)), ("divmod str", lambda: divmod("a", 1)),
                  ("pow 3 float", lambda: pow(2.0, 2, 3)), ("pow mod 0", lambda: pow(2, 3, 0)),
                  ("pow inverse", lambda: pow(2, -1, 4)), ("pow zero neg", lambda: pow(0, -1)),
                  ("pow float zero neg", lambda: pow(0.0, -2)),
                  ("mod zero", lambda: 5 % 0), ("floordiv zero", lambda: 5 // 0), ("truediv zero", lambda: 5 / 0)]:
    try:
        print(label, op())
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
