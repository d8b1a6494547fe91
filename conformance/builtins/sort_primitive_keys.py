# sorting keys that compare without Python code: ints, floats, strs, tuples
# of them; and the cases that must take the general path
nan = float("nan")
print(sorted([3, -1, 2, 0, -5, 2]))
print(sorted([2.5, -0.0, 0.0, -1e300, 1e-300, 3.0]))
print(sorted(["b", "a", "ä", "Z", "", "ab", "a\\x00", "\\U0001f600", "z"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), ()]))
print(sorted([(2, 1.5), (2, -0.0), (2, 0.0), (1, 9.0)]))
print(sorted([(1, 2.0), (1, 3), (1, 2)]))
print(sorted([(1, [2]), (1, [1])]))
print(sorted([(10**20, 1), (5, 2), (-10**20, 3)]))
print(sorted([(True, 1), (False, 2), (1, 0)]))
print(sorted([3, nan, 1, 2])[1:], sorted([(1, nan), (0, 1.0)]))
print(sorted(["b", "a"], reverse=True), sorted([(1, "x"), (1, "y")], key=lambda t: t, reverse=True))
recs = [("n%d" % (i % 7), i % 3, i * 0.5) for i in range(20)]
print(sorted(recs, key=lambda r: (r[1], -r[2], r[0]))[:5])


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([S("bbb"), S("a"), S("cc")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
