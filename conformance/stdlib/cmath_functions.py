# cmath: elementary functions, branch cuts, special values and errors
import cmath
import math


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


values = [0j, 1, -1, 2.5, -0.5, 1j, -2j, 3 + 4j, -1.5 + 0.25j, 1e-8 - 2e-9j, 0.75 - 1.25j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for z in values:
        try:
            row.append(repr(f(z)))
        except ValueError as e:
            row.append("ValueError")
    print(name, " ".join(row))

# branch cuts: the sign of a zero imaginary part picks the side
for z in [complex(-4, 0.0), complex(-4, -0.0), complex(2, 0.0), complex(2, -0.0)]:
    print(z, cmath.sqrt(z), cmath.log(z), cmath.asin(z), cmath.acosh(z), cmath.atanh(z))

# large and tiny arguments keep their precision
print(cmath.sqrt(complex(1e300, 1e300)), cmath.sqrt(complex(1e-310, 1e-310)))
print(cmath.log(complex(1e308, 1e308)), cmath.log(complex(1e-320, 0)), cmath.exp(complex(709.9, 0.5)))
print(cmath.asinh(1e200), cmath.acos(-1e200), cmath.atanh(complex(1e160, 1)), cmath.tanh(800 + 1j))

inf, nan = math.inf, math.nan
specials = [complex(inf, 0), complex(-inf, 1), complex(0, inf), complex(nan, 0), complex(1, nan),
            complex(inf, inf), complex(-inf, nan)]
for name in ["sqrt", "exp", "log", "sinh", "cosh", "tanh", "asinh", "acos", "atanh"]:
    row = []
    for z in specials:
        try:
            row.append(repr(getattr(cmath, name)(z)))
        except ValueError:
            row.append("ValueError")
    print(name, " ".join(row))

attempt("log(0)", lambda: cmath.log(0))
attempt("log10(0j)", lambda: cmath.log10(0j))
attempt("atanh(1)", lambda: cmath.atanh(1))
attempt("atanh(-1)", lambda: cmath.atanh(-1))
attempt("exp big", lambda: cmath.exp(1000))
attempt("cosh big", lambda: cmath.cosh(complex(800, 1)))
attempt("sinh big", lambda: cmath.sinh(-720))
attempt("sqrt str", lambda: cmath.sqrt("4"))
attempt("sqrt none", lambda: cmath.sqrt(None))
attempt("sqrt 2 args", lambda: cmath.sqrt(1, 2))
attempt("sqrt kw", lambda: cmath.sqrt(z=1))
attempt("log base", lambda: cmath.log(8, 2))
attempt("log base c", lambda: cmath.log(1j, 1 + 1j))
attempt("log base 1", lambda: cmath.log(5, 1))
attempt("log base 0", lambda: cmath.log(5, 0))
attempt("log no args", lambda: cmath.log())
attempt("log 3 args", lambda: cmath.log(1, 2, 3))
attempt("big int", lambda: cmath.sqrt(10 ** 400))
attempt("bool", lambda: cmath.exp(True))


class Number:
    def __complex__(self):
        return 2j


class Real:
    def __float__(self):
        return 0.25


print(cmath.sqrt(Number()), cmath.exp(Real()), cmath.phase(Real()))
