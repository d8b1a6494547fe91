# The math module subset: values, return types and domain errors.
from math import sqrt, floor, ceil, pi, e, inf, nan, isnan, isinf, fabs, log, exp
from math import sin, cos, gcd, factorial
print(pi, e, inf, -inf, nan)
print(sqrt(16), sqrt(2), sqrt(0.0), sqrt(-0.0), sqrt(10 ** 20), sqrt(inf), type(sqrt(4)).__name__)
print(floor(2.7), floor(-2.7), floor(-0.5), floor(5), floor(-2.0), type(floor(2.5)).__name__)
print(ceil(2.1), ceil(-2.1), ceil(-0.5), ceil(5), ceil(1e20), ceil(2 ** 70))
print(floor(1e300) == 10 ** 300, floor(1e300) % 10 ** 10)
print(isnan(nan), isnan(inf), isnan(0.0), isnan(5), isinf(inf), isinf(-inf), isinf(nan), isinf(1e308))
print(fabs(-3), fabs(-0.0), fabs(inf), type(fabs(-3)).__name__)
print(log(1), log(e), log(100, 10), log(8, 2), log(2 ** 1000), log(10 ** 400))
print(exp(0), exp(1), exp(-1000), exp(1) == e)
print(sin(0), cos(0), sin(pi / 2), cos(pi), round(sin(pi), 12))
print(gcd(12, 18), gcd(-12, 18), gcd(0, 0), gcd(0, 7), gcd(2 ** 100, 6 ** 50), gcd(17, 5))
print(factorial(0), factorial(10), factorial(25))
tests = [("sqrt", -1), ("log", 0), ("log", -1.5), ("floor", inf), ("ceil", nan),
         ("exp", 1000), ("factorial", -3), ("gcd", 2.0), ("sqrt", "4"), ("log", 0.0),
         ("sin", inf), ("floor", "x")]
for name, arg in tests:
    try:
        if name == "sqrt":
            r = sqrt(arg)
        elif name == "log":
            r = log(arg)
        elif name == "floor":
            r = floor(arg)
        elif name == "ceil":
            r = ceil(arg)
        elif name == "exp":
            r = exp(arg)
        elif name == "factorial":
            r = factorial(arg)
        elif name == "sin":
            r = sin(arg)
        else:
            r = gcd(arg, 4)
        print(name, arg, r)
    except Exception as ex:
        print(name, arg, type(ex).__name__, ex)
