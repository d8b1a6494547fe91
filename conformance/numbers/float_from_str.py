# float() of strings and numbers; special values and errors.
good = ["1.5", " -2.25 ", "1e3", "1E-3", "+.5", "5.", "inf", "-inf", "Infinity",
        "-INFINITY", "+inF", "1_000.000_1", "  0  ", "-0", "1e400", "-1e400",
        "1e-400", "0.1e1", "00012.50", "3"]
for s in good:
    print(repr(s), float(s))
print(float("nan"), float("-NaN"), float("nAn"))
bad = ["", "abc", "1e", "e5", "1.2.3", "--1", "1_", "_1", "1__0", "in f", "0x10",
       "1,5", "nan2", ". 5"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
print(float(3), float(-0), float(2 ** 63), float(10 ** 308), float(True), float())
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError", e)
for v in [None, [1.0], "1.0j"]:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
x = float("inf")
print(x, -x, x + 1, x - x, x * 0, x / x, type(x).__name__, x > 10 ** 300)
print(float("1" * 30), float("0." + "0" * 30 + "1"))
