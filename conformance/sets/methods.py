# set and frozenset methods, errors, comprehensions, order of small ints.
s = {5, 3, 9}
s.update([1, 2], (7,))
print(s, len(s))
s.remove(9); s.discard(100)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
e = set()
try:
    e.pop()
except KeyError as err:
    print("KeyError", err)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b, [9]), a.intersection(b), a.difference(b, {1}), a.symmetric_difference(b))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}), a.isdisjoint([4]))
c = a.copy(); c.intersection_update(b); print(c, a)
d = set(a); d.difference_update([1, 2]); d.symmetric_difference_update({4, 6}); print(d)
f = frozenset([3, 1, 2])
print(f, f | {4}, {4} | f, type(f | {4}).__name__, type({4} | f).__name__, f.union([0]))
try:
    f.add(1)
except AttributeError as err:
    print("AttributeError", err)
try:
    {[1]}
except TypeError as err:
    print("TypeError", err)
try:
    hash({1})
except TypeError as err:
    print("TypeError", err)
print({x for x in range(10) if x % 3 == 0}, {c for c in "abracadabra"} == set("abrcd"))
print({1, 2} == {2, 1}, {1} != {1}, {1, 2} > {1}, {1, 2} >= {1, 2}, {1} < {2})
print(len({1, 1.0, True}), 1.0 in {1}, sorted({3, 1, 2}), list({10, 20, 30}))
print(set([]), frozenset(), repr(set()), {frozenset([1]): "fs"}[frozenset([1])])
nums = set()
for i in range(40):
    nums.add(i * 7 % 23)
print(nums)
print({-1, -5, 3, 64, 128, 7})
