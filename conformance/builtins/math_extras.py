# math module beyond the basics: tau, trunc, copysign, fmod, log2/log10, isclose, hypot, comb...
import math

print(math.tau, math.trunc(-3.7), math.trunc(3.7), math.trunc(10 ** 20), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.fmod(-7, 3), -7 % 3, math.fmod(7.5, 2), math.log10(1000), math.log2(1024), math.log2(3))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.atan2(1, 1) * 4 == math.pi)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-10))
print(math.isfinite(math.inf), math.isfinite(0), math.hypot(3, 4), math.hypot(5, 12), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.comb(5, 2), math.perm(5, 2))
print(math.isqrt(17), math.isqrt(10 ** 40), math.lcm(4, 6), math.comb(100, 50), math.tan(0), math.asin(1) * 2 == math.pi)
for label, op in [("fmod", lambda: math.fmod(1, 0)), ("isqrt", lambda: math.isqrt(-1)), ("pow", lambda: math.pow(0, -1)),
                  ("log2", lambda: math.log2(0)), ("comb", lambda: math.comb(2, -1)), ("acos", lambda: math.acos(2))]:
    try:
        print(label, op())
    except (ValueError, OverflowError, TypeError) as ex:
        print(label, type(ex).__name__, ex)
