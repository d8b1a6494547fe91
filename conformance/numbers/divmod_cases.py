# divmod on ints, floats, big ints and errors.
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 1), (10 ** 25, 7),
         (-(10 ** 25), 7), (2 ** 64, 2 ** 32 + 1), (7.5, 2), (-7.5, 2), (7, 0.5),
         (1.0, 3.0), (True, 2)]
for a, b in cases:
    q, r = divmod(a, b)
    print(a, b, q, r)

print(divmod(-1, 10 ** 20))
print(divmod(10 ** 20, -1))
print(type(divmod(5, 2)).__name__, len(divmod(5, 2)))


def try_divmod(a, b):
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)


try_divmod(1, 0)
try_divmod(1.0, 0)
try_divmod(0, 0.0)
try_divmod(1, "2")
try_divmod("1", 2)
try_divmod(None, 2)
try_divmod(2 ** 100, 0)
