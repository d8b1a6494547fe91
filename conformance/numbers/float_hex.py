# float.hex and float.fromhex: round trips (normal, subnormal, extremes), rounding
# half-to-even at 53 bits and at the subnormal boundary, errors.
import random
vals = [0.0, -0.0, 1.5, -2.75, 0.1, 1e308, 5e-324, 2.2250738585072014e-308, 1e-310, 123456.789, float('inf'), float('-inf'), 3.141592653589793]
random.seed(3)
for _ in range(300):
    vals.append(random.uniform(-1e6, 1e6) * 10 ** random.randint(-300, 300))
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v)
print(float.fromhex("nan"), float.fromhex(" -Infinity "), float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x1.8p-1075"), float.fromhex("0x3p-1076"))
print(float.fromhex("1"), float.fromhex("0x.8"), float.fromhex("-0xA.Bp3"), float.fromhex("0x1.fffffffffffff8p0"), float.fromhex("0x1.00000000000008p0"), float.fromhex("0x1.000000000000081p0"))
for bad in ["", "0x", "x1", "0x1p", "0xg", "1.2.3", "0x1p1.5"]:
    try:
        float.fromhex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float.fromhex("0x1p1024")
except OverflowError as e:
    print("OverflowError", e)
print(float.fromhex("0x1.fffffffffffffp1023"), (1.0).fromhex("0x10"))
