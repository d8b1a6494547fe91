# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement


def fmt(it):
    return " ".join("".join(str(x) for x in t) for t in it)


print(fmt(product("ab", "xyz")), fmt(product(range(2), repeat=3)))
print(list(product()), list(product([])), list(product("ab", [])), list(product("ab", repeat=0)))
print(fmt(product("ab", "12", repeat=2)))
print(list(product([1, 2], (3,), "z")), len(list(product(range(3), repeat=4))))
print(fmt(permutations("abc")), fmt(permutations("abcd", 2)))
print(list(permutations([])), list(permutations("ab", 0)), list(permutations("ab", 3)))
print(fmt(permutations(range(4), 3)))
print(len(list(permutations(range(5)))), list(permutations([1, 1])))
perm = list(permutations(range(4), 4))
print(perm[:3], perm[-3:], perm == sorted(perm))
print(fmt(combinations("abcd", 2)), fmt(combinations(range(5), 3)))
print(list(combinations("abc", 0)), list(combinations("abc", 4)), list(combinations([], 0)))
print(fmt(combinations("abcde", 5)), len(list(combinations(range(7), 4))))
print(list(combinations([3, 1, 2], 2)))
print(fmt(combinations_with_replacement("abc", 2)), fmt(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("ab", 0)), len(list(combinations_with_replacement(range(4), 3))))
g = (x for x in "xyz")
print(list(combinations(g, 2)), list(g))
p = product("ab", repeat=2)
print(next(p), next(p), list(p))
c = combinations("abcd", 3)
print(next(c), list(c), list(c))
print([type(x).__name__ for x in [product(), permutations(""), combinations("", 0), combinations_with_replacement("", 0)]])
for bad in [lambda: product([1], repeat=-1), lambda: combinations([1], -1),
            lambda: permutations([1], -1), lambda: permutations([1], "a"),
            lambda: combinations_with_replacement([1], -2), lambda: product(1),
            lambda: combinations(5, 1), lambda: permutations(3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
