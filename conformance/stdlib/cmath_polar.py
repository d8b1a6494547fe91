# cmath: phase, polar, rect, classification, isclose, constants; complex
# division and powers as CPython computes them
import cmath
import math


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, cmath.pi == math.pi)

for z in [1, -1, 1j, -1j, 3 + 4j, -3 - 4j, complex(-1, 0.0), complex(-1, -0.0), 0j, complex(-0.0, -0.0)]:
    r, phi = cmath.polar(z)
    print(z, cmath.phase(z), (r, phi), cmath.rect(r, phi))

print(cmath.rect(2, 0), cmath.rect(2, -0.0), cmath.rect(-2, 0), cmath.rect(1, math.pi / 2))
print(cmath.rect(math.inf, 1), cmath.rect(0, math.inf), cmath.rect(math.nan, 0))
attempt("rect inf phi", lambda: cmath.rect(1, math.inf))
attempt("rect 1 arg", lambda: cmath.rect(1))
attempt("rect complex", lambda: cmath.rect(1j, 0))
print(cmath.polar(complex(1e308, 1e308)), cmath.polar(complex(math.inf, math.nan)))

for z in [1 + 1j, complex(math.inf, 0), complex(0, -math.inf), complex(math.nan, 1),
          complex(1, math.nan), cmath.infj, 5]:
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.001j))
print(cmath.isclose(1j, 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10, abs_tol=1e-9))
print(cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.inf, 1e308), cmath.isclose(cmath.nanj, cmath.nanj))
print(cmath.isclose(a=1, b=1.0), cmath.isclose(2, 2 + 0j))
attempt("negative tol", lambda: cmath.isclose(1, 1, rel_tol=-1))
attempt("one arg", lambda: cmath.isclose(1))
attempt("three args", lambda: cmath.isclose(1, 2, 3))
attempt("bad kw", lambda: cmath.isclose(1, 2, tol=3))

# arithmetic that cmath results feed into
print((1 + 2j) / (3 + 4j), (1e300 + 1e300j) / (1e300 - 1e300j), 1 / (2 - 3j), (5 + 0j) / 2j)
print((1 + 2j) ** 2, (1 + 2j) ** -3, (0.5 + 0.5j) ** 0.5, 2 ** (1 + 1j), (1 + 1j) ** (2 - 1j))
print((1 + 1j) ** 101, (-1) ** 0.5, 1j ** 1j, (3 + 4j) ** 0)
attempt("div zero", lambda: (1 + 1j) / 0)
attempt("zero pow", lambda: 0j ** -1)
attempt("zero complex pow", lambda: 0j ** 1j)
attempt("pow overflow", lambda: (1e200 + 1j) ** 2)
attempt("pow overflow 2", lambda: (1e200 + 1j) ** 2.5)
print(abs(cmath.exp(1j * math.pi) + 1) < 1e-15, cmath.sqrt(-1) ** 2)
