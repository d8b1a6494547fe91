# float(): parsing strings (inf/nan/exponents/underscores), ints, bools, errors.

print(float(), float("1.5"), float("  -2.25 \n"), float("+3"), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("INF"), float("nan"), float("-nan"), float("  infinity "))
print(float("1_000.000_1"), float("1e308"), float("1e309"), float("-1e309"), float("1e-400"), float("-0.0"))
print(float(7), float(-0), float(True), float(2 ** 53), float(2 ** 53 + 1), float(10 ** 22), float(10 ** 23))
print(float("0.1"), float("0.30000000000000004"), float("123456789012345678"), float("4.9e-324"), float("2.5e-324"))
print(float(1.5), float(float("3")), type(float("1")).__name__, float("00012"))
for s in ["", " ", "abc", "1.5.2", "1e", "e5", "1_", "_1", "1__0", "--1", "in f", "nana", "1,5", "0x10", "1e5.5"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [None, [1.0], (1,), {}]:
    try:
        print(float(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(float("1" * 400), float("0." + "0" * 400 + "1"), float("-" + "9" * 20))
print(repr(float("1e16")), repr(float("1e15")), str(float("12345678901234567890")), float("  +.5e+1  "))
