# Equality and ordering of lists, lists vs tuples, nested.
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([], []),
         ([2], [1, 9, 9]), ([1, [2, 3]], [1, [2, 4]]), ([1.0], [1]), (["a"], ["B"]),
         ([True], [1]), ([1, 2, 3], [1, 2])]
for x, y in pairs:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print([1, 2] == (1, 2), [] == (), [1] != (1,), [[]] == [[]], [None] == [None])
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [2, 5], [2]]))
for x, y in [([1], (1,)), ([1, "a"], [1, 2]), ([None], [1]), ([1, 2], [1, None])]:
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError", e)
print([1, "a"] == [1, 2], [1, 2] < [2, "x"], [1, None] < [2, None])
nan = float("nan")
row = [nan]
print(row == row, [nan] == [nan], nan in row, row.count(nan))
