# int() of strings: whitespace, underscores, signs, leading zeros, errors.
good = [" 42 ", "\t-7\n", "+5", "-0", "0", "007", "1_000", "1_000_000", "  +1_2  ",
        "123456789012345678901234567890", "-99999999999999999999", "\n\n3\r\n"]
for s in good:
    print(repr(s), int(s))
bad = ["", " ", "x", "4.5", "1__0", "_1", "1_", "+-1", "- 1", "1 2", "0x10", "1e3",
       "--5", "12a"] 
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
print(int(3.9), int(-3.9), int(-0.5), int(0.9999), int(1e20), int(-2.5e-3))
print(int(True), int(False), int(), int(10 ** 30))
for v in [None, [1], float("inf"), float("nan"), "3.0", 2.5e300]:
    try:
        print(int(v))
    except Exception as e:
        print(type(e).__name__, e)
