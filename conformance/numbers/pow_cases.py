# Exponentiation: ** and pow, negative bases/exponents, three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, (-2) ** 2)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -5)
print(type(2 ** -1).__name__, type(2 ** 3).__name__)
print(2.0 ** 3, 4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3))
print(0.0 ** 0, 1 ** 1000000, (-1) ** 1000001, 1.0 ** 1e300)
print(2 ** 64, 2 ** 63 - 1, -(2 ** 63), 7 ** 40)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, 200, 1000003), pow(12345, 67890, 998244353))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-3, -1, 7))
print(pow(5, 0, 1), pow(0, 0, 7), pow(10 ** 30, 10 ** 10, 10 ** 9 + 7))
x = 3
x **= 4
print(x)


def try_pow(a, b, m):
    try:
        if m is None:
            print(pow(a, b))
        else:
            print(pow(a, b, m))
    except Exception as e:
        print(type(e).__name__, e)


try_pow(0, -1, None)
try_pow(0.0, -1, None)
try_pow(2, 3, 0)
try_pow(2, -1, 4)
try_pow(2.0, 3, 5)
try_pow(2, 0.5, 5)
try_pow("2", 2, None)
try_pow(2, 1000, None)
