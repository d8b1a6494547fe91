# Unions, copies and in-place unions of sets of many sizes: the resulting
# tables (and so the iteration order) must be laid out as CPython lays them.
import sys
out = []
for n in range(0, 40):
    a = set(range(n * 7, n * 7 + n))
    b = {n * 13 + i * 3 for i in range(n // 2)}
    for s in (a | b, b | a, frozenset(a) | b, set(a), frozenset(b), a | set(), set() | a):
        out.append(list(s))
    c = set(a)
    c |= b
    out.append(list(c))
print(out)
print(out[-8:])
