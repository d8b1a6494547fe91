# round(): banker's rounding, ndigits (positive, zero, negative), types.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005]:
    print(x, round(x), round(x, 0), round(x, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(-15, -1), round(5, -1), round(5, -2))
print(round(7), round(-7), round(7, 3), round(2 ** 70, -20))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__)
print(round(True), round(-0.4), round(-0.6), round(0.0), round(-0.0, 1))
print(round(123.456, -1), round(123.456, -5), round(1e300, 2), round(5e-324, 320))
print(round(0.1 + 0.2, 15), round(1 / 3, 10), round(2 / 3, 1))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except Exception as e:
        print(type(e).__name__, e)
    print(round(v, 2))
try:
    print(round("1.5"))
except TypeError as e:
    print("TypeError", e)
try:
    print(round(1.5, 1.0))
except TypeError as e:
    print("TypeError", e)
