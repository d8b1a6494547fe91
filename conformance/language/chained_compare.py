# Chained comparisons: evaluation once, short-circuiting, mixed operators, errors.

calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) < v(5) >= v(5), calls)
calls.clear()
print(1 < 2 > 0 < 5 == 5.0, 1 < 2 > 3, 0 <= 0 <= 0, -1 < 0 > -1)
print(1 < 3 > 2 < 4 != 4)
x = 5
print(0 < x < 10, 10 > x > 0, not 0 < x < 3, 0 < x < 3 or x == 5)
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 2, 0) <= (1, 3))
print(1 in [1, 2] in [[1, 2]], 2 not in [1] not in [[2]], None is None is not x)
a = b = [1]
print(a is b is not None, a == b == [1], a is b is [1])
s = "abc"
print("a" in s != "abc", "b" in s == True, ("b" in s) == True)
r = 1 < 2 < 3
print(r, type(r).__name__)
r2 = 1 and 2 < 3
print(r2)
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(3 < 2 < "x")
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({} < {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None >= None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 1.0 == True, 2 ** 64 > 1.8e19 > 2 ** 63, float("nan") < 1 or float("nan") >= 1)
print([1, 2] == [1, 2.0], (1, [2]) == (1, [2]), {"a": 1} == {"a": 1.0}, "1" == 1, [] != ())
print(sorted([3, 1, 2]) == [1, 2, 3] == list(range(1, 4)))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab", "10" < "9", (2,) > (1, 9, 9))
