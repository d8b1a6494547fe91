# int(): strings with bases, underscores, whitespace, signs; floats; errors.

print(int(), int("42"), int("  -17  "), int("+5"), int("1_000_000"), int("0"), int("-0"), int("007"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("101", 2), int("-0b11", 0), int("10", 8), int("777", 8), int("1_0", 0), int("  12\n"), int("\t3 "))
print(int(3.99), int(-3.99), int(0.5), int(-0.5), int(1e18), int(True), int(False), int(-0.0))
print(int("9" * 30), int("-" + "1" * 25, 2), int("Zz", 36), int(10 ** 20 + 0.0))
print(type(int("5")).__name__, int(int("3")), int("123"))
tests = ["", " ", "abc", "1.5", "1e3", "0x10", "1__0", "_1", "1_", "--1", "+-1", "12a", "0b2"]
for t in tests:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), type(e).__name__, e)
for s, base in [("12", 2), ("z", 35), ("10", 1), ("10", 37), ("0x1", 10), ("08", 0), ("00", 0), ("0_0", 0)]:
    try:
        print(s, base, int(s, base))
    except ValueError as e:
        print(s, base, type(e).__name__, e)
for bad in [None, [1], (1,), {}, float("inf"), float("nan")]:
    try:
        print(repr(bad), int(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(int(5, 10))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int("5", base="10"))
except TypeError as e:
    print(type(e).__name__, e)
print(int("10", base=16), int("-z", base=36))
