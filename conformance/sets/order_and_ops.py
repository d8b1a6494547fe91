s = set()
for i in [5, 13, 21, -3, 100, 7, 8, 9, 1000, 33, 2**40, -2**50]:
    s.add(i)
print(s)
s.discard(13); s.add(29); print(s, len(s))
print(set(range(20, 0, -3)), {-1, -2, -3}, set("aaa"), {(1, 2), (3,)} == {(3,), (1, 2)})
print(frozenset({1, 2}) == {1, 2}, {1, 2} <= {1, 2, 3}, {1} < {1}, hash(frozenset()) == hash(frozenset([])))
