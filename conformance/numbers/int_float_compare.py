# Comparisons between ints and floats, including precision edges.
from math import inf, nan
print(1 == 1.0, 1 != 1.0, 0 == -0.0, -0.0 == 0.0, 0.1 + 0.2 == 0.3)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(2 ** 53 + 1 < 2.0 ** 53 + 2, float(2 ** 53 + 1))
print(10 ** 400 > 1e308, 10 ** 400 < inf, -(10 ** 400) > -inf)
print(10 ** 400 == inf, 2 ** 1024 > 1.7976931348623157e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, 1 < nan, nan == 1)
print(inf == inf, inf > 10 ** 1000, -inf < -(10 ** 1000), inf - 1 == inf)
print(1 < 1.5, 2 > 1.5, 3 <= 3.0, 3 >= 3.0000000000000004)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(0.5 < 1, -1 < -0.5, -1 > -1.5)
print(True == 1.0, False == 0.0, True > 0.5, True < 1.5)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, 2, 0.5, -1, True, False]))
print(1 == "1", 1.0 == "1.0", None == 0, [1] == [1.0], (1, 2) == (1.0, 2.0))


def cmp(a, b):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)


cmp(1, "2")
cmp(1.5, None)
cmp("a", 2.0)
cmp([1], 1)
cmp(None, None)
