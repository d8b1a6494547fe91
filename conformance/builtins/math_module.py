# math module core: constants, sqrt/floor/ceil/log/exp/trig/gcd/factorial, errors.
import math
from math import sqrt, floor, ceil, pi, e, inf, nan, isnan, isinf

print(pi, e, inf, nan, -math.inf, math.pi == pi, type(math.e).__name__)
print(sqrt(16), sqrt(2), math.sqrt(0.0), math.sqrt(10 ** 20), sqrt(True), sqrt(-0.0))
print(floor(2.5), floor(-2.5), ceil(2.1), ceil(-2.1), floor(7), ceil(10 ** 30), type(floor(1.5)).__name__)
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2 ** 60), math.floor(-0.0), math.ceil(-0.5))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(1), math.log(10 ** 400))
print(math.exp(0), math.exp(1), math.exp(-inf), math.exp(-1000), math.exp(2.5))
print(math.sin(0), math.cos(0), round(math.sin(pi / 2), 10), round(math.cos(pi), 10), math.sin(1), math.cos(1))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(7))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(30))
print(isnan(nan), isnan(1.0), isinf(-inf), isinf(1e308), isnan(inf - inf), isinf(10 ** 300))
print(math.floor(1e20), math.ceil(-1e20), math.sqrt(inf), floor(True), ceil(False))
print(round(math.log(1000, 10), 12), math.log(2.718281828459045), math.log(1024, 2))
for label, op in [("sqrt neg", lambda: sqrt(-1)), ("log 0", lambda: math.log(0)), ("log neg", lambda: math.log(-1)),
                  ("log base 1", lambda: math.log(10, 1)),
                  ("fact neg", lambda: math.factorial(-1)), ("fact float", lambda: math.factorial(2.5)),
                  ("exp big", lambda: math.exp(1000)), ("floor inf", lambda: floor(inf)),
                  ("ceil nan", lambda: ceil(nan)), ("sqrt str", lambda: sqrt("4")), ("gcd float", lambda: math.gcd(1.5, 2)),
                  ("sqrt big", lambda: sqrt(10 ** 400)), ("sin inf", lambda: math.sin(inf)), ("no attr", lambda: math.nope)]:
    try:
        print(label, op())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError, AttributeError) as ex:
        print(label, type(ex).__name__, ex)
