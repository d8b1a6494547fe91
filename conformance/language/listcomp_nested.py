# List comprehensions: nesting, multiple for/if clauses, scoping.

print([x * y for x in range(1, 4) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([c for word in ["ab", "", "cde"] for c in word if c != "d"])
print([x for x in range(20) if x % 2 if x % 3])
print([(i, j) for i in range(4) if i > 1 for j in range(i) if j != 1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row][::-1])
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
print([x for x in x])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([y if y % 2 else -y for y in range(6)])
print([[] for _ in range(2)], [None] * 0)
print([a + b for a, b in zip("abc", "xyz")])
print([k + "=" + str(v) for k, v in sorted({"b": 2, "a": 1}.items())])
print([n for n in [3, 1, 2] if n > 5], [] == [n for n in []])
print([(lambda q: q + 1)(n) for n in range(3)])
flat = [[1, [2]], [[3], 4]]
print([e for sub in flat for e in sub if isinstance(e, int)])


class K:
    base = 10
    vals = [i * 2 for i in range(base) if i < 3]
    try:
        bad = [base + i for i in range(2)]
    except NameError as e:
        err = "NameError " + str(e)


print(K.vals, K.err)
try:
    print([1 / v for v in [1, 0]])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print([undefined_name_q for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
print([i for i in range(3) for i in "ab"])


def scope_test():
    n = 3
    return [n * k for k in range(n)]


print(scope_test())
print(len([0 for a in range(10) for b in range(10) if a < b]))
