# List comprehensions: filters, nested loops, nested comprehensions, scoping.
print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [c for c in "hello" if c != "l"])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([y for x in [[1, 2], [3], []] for y in x], [x for x in []], [0 for _ in range(3)])
print([k + "=" + str(v) for k, v in {"a": 1, "b": 2}.items()], [k for k in {"x": 0, "y": 1}])
print([-i for i in range(0)], [s.upper() for s in ["a", "b"] if s])
x = "outer"
result = [x for x in range(3)]
print(result, x)
matrix = [[1, 2], [3, 4], [5, 6]]
print([row[::-1] for row in matrix[::-1]], [sum(row) for row in matrix], [len(r) for r in [[], [1], [1, 2]]])
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n for n in nums if n > 0 if n % 2 == 0], [n > 0 for n in nums])
print([(i, c) for i, c in enumerate("abc") if i != 1], [a + b for a, b in zip("xyz", "123")])
words = ["apple", "Bob", "cat", "Dog"]
print([w for w in words if w[0].isupper()], [len(w) for w in words if len(w) > 3])
squares = [n * n for n in range(1, 11)]
print([s for s in squares if s % 2 == 1 and s > 10], sum([s for s in squares]))
print([[c for c in w] for w in ["ab", ""]], [[]] == [[] for _ in range(1)])
try:
    print([1 / n for n in [1, 2, 0, 4]])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print([undefined_var for _ in range(2)])
except NameError as e:
    print("NameError", e)
