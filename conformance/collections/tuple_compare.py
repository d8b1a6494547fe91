# Tuple comparison is lexicographic; errors only when an unequal pair is unorderable.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)), ((), (0,)), ((2,), (1, 9)),
         ((1, (2, 3)), (1, (2, 4))), ((1.0, "a"), (1, "b")), (("a", 1), ("a", 1.0)),
         ((0, 0), (-1, 100)), ((True, False), (1, 0))]
for x, y in pairs:
    print(x, y, x == y, x < y, x <= y, x > y, x >= y)
print((1, None) == (1, None), (1, None) == (1, 0), (None,) != (0,))
print((1, "x") < (2, None), (1, 2, "z") < (1, 3, 4))
for x, y in [((1, None), (1, 2)), ((1, "a"), (1, 2)), ((None,), (None,)), ((1, [2]), (1, (2,)))]:
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError", e)
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), max([(1, 9), (2, 0), (1, 10)]))
print(min((3, 1), (3, 0, 5), (3,)), (1, 2) == [1, 2])
try:
    print((1, 2) < [1, 3])
except TypeError as e:
    print("TypeError", e)
