# itertools: groupby, including groups invalidated by advancing the outer iterator
from itertools import groupby

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")], list(groupby([])))
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), len)])
print([(k, list(g)) for k, g in groupby(range(10), lambda n: n // 3)])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])
groups = list(groupby("aabbbc"))
print([(k, list(g)) for k, g in groups])
it = groupby("xxyyyz")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
k3, g3 = next(it)
print(k3, list(g3), list(g3))
try:
    next(it)
except StopIteration:
    print("done")
it = groupby([1, 1, 2])
k, g = next(it)
print(list(g), list(g))
k, g = next(it)
print(k, list(g))
calls = []


def key(x):
    calls.append(x)
    return x % 2


for k, g in groupby([1, 3, 2, 4, 5], key):
    print(k, list(g), calls)
calls.clear()
for k, g in groupby([1, 3, 2, 4, 5], key):
    pass
print(calls)
it = groupby("aab")
k, g = next(it)
next(g)
k2, g2 = next(it)
print(k2, list(g2), list(g))
r = dict((k, "".join(g)) for k, g in groupby("mississippi"))
print(r)
print([(k, list(g)) for k, g in groupby([(1, "a"), (1, "b"), (2, "c")], key=lambda t: t[0])])
print(type(groupby("")).__name__)
try:
    groupby(5)
except TypeError as e:
    print("TypeError", e)
try:
    list(groupby([1, "a"], lambda x: x + 1))
except TypeError as e:
    print("TypeError", e)
