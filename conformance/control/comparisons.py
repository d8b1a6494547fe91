# Comparison operators across types: ==, !=, is, is not, in, not in, ordering.
print(1 == 1, 1 == 1.0, 1 == "1", "a" == "a", None == None, None == 0, [] == [], [] == ())
print(1 != 2, "a" != "A", (1,) != [1], {} != [], {"a": 1} == {"a": 1.0}, {1: 2} != {1: 3})
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(3 in [1, 2, 3], 3.0 in [1, 2, 3], "3" in [1, 2, 3], [1] in [[1], [2]], (1, 2) in [(1, 2)])
print("k" in {"k": 0}, 0 in {"k": 0}, 0 in {"k": 0}.values(), None in [None], 1 not in (2, 3))
print(2 < 3, 3 <= 3, 4 > 5, 5 >= 5.0, "abc" < "abd", [1, 2] < [1, 3], (2,) > (1, 99))
print(-1 < 0, -0.0 < 0, 0.0 <= -0.0, True < 2, False >= 0, 10 ** 20 > 10.0 ** 19)
x = 5
print(x > 1 and x < 10, x < 1 or x > 4, not x == 5, not (x != 5))
pairs = [(1, "1"), ("a", None), ([], ()), (1.5, [1.5]), ({}, 0)]
for p, q in pairs:
    print(repr(p), repr(q), p == q, p != q)
for p, q in [(1, "1"), (None, None), ([], ()), ({}, {})]:
    try:
        print(p <= q)
    except TypeError as e:
        print("TypeError", e)
    try:
        print(p > q)
    except TypeError as e:
        print("TypeError", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" in None)
except TypeError as e:
    print("TypeError", e)
