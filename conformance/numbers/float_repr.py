# repr/str of floats: shortest round-trip representation and its edges.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1.0, 100.0, 1e15, 1e16, 1e17,
        123456789012345678.0, 1e22, 1e23, 1.5e300 * 1e10, 1e-4, 1e-5, 0.0001234,
        0.00001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -0.0, 0.0, 2.5, -2.5, 3.14159, 1e100, 9999999999999998.0, 0.3,
        12345.678, 1e-7, 4.35, 100000000000000000000.0]
for v in vals:
    print(v, repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print([0.1, -0.0, 1e16, float("inf")])
print((1.0,), {"k": 2.50})
print(repr(1e16), repr(1e15), repr(123e-20))
print(0.1 * 3, 1.1 * 1.1, 1 - 0.9, 3 * 1.1)
print(2 ** 0.5, 10 / 3, -10 / 3, 7 / 7, 1e300 * 1e300, -1e300 * 1e300)
print(float(10 ** 20), float(2 ** 70), float(-12), float(True))
print(str(1.0e0), str(12.0), str(1.5e-10), str(15e9))
print(f"{0.1}", f"{1e16}", f"{-0.0}", "%s %r" % (0.1, 1e-5))
