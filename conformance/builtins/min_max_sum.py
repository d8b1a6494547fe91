# min/max/sum: key, default, multiple args, ties, empties, start values, errors.

print(max(3, 1, 2), min(3, 1, 2), max([3, 1, 2]), min("hello"), max("abc", "abd"), max((1, 2), (1, 3)))
print(max([1, 5, 5.0, 3]), max([5.0, 5, 3]), min([2, 2.0]), min([2.0, 2]))
print(max(["bb", "a", "ccc", "dd"], key=len), min(["bb", "a", "ccc", "dd", "e"], key=len), max("aAbB", key=str.lower))
print(max([], default="none"), min([], default=None), max([7], default=0), max([-1, -5], key=abs), min(1, 2, key=lambda x: -x))
print(max({"a": 3, "z": 1}), min({"a": 3, "z": 1}.values()), max(range(10), key=lambda n: n % 4), max([True, 1]))
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([(2, "b"), (2, "a"), (1, "z")]), max(iter([4, 8, 2])))
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([True, True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(range(10 ** 4)), sum([2 ** 64, 2 ** 64]), sum([], 5.5))
print(sum([x * x for x in [1, 2]]), sum([-0.0]), sum([], -0.0), sum(iter([1, 2])))
print(sum([1, 2], start=100), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]))
for label, op in [("max empty", lambda: max([])), ("min empty", lambda: min([])), ("max none", lambda: max()),
                  ("max int", lambda: max(5)), ("mixed", lambda: max([1, "a"])), ("min mixed", lambda: min("a", 1)),
                  ("default multi", lambda: max(1, 2, default=0)), ("sum str", lambda: sum(["a", "b"], "")),
                  ("sum strs", lambda: sum(["a", "b"])), ("sum none", lambda: sum([None])), ("sum int", lambda: sum(5)),
                  ("bad key", lambda: max([1, 2], key=5)), ("key err", lambda: min([1, 0], key=lambda v: 1 / v)),
                  ("bad kw", lambda: max([1], foo=1)), ("sum list int", lambda: sum([[1]]))]:
    try:
        print(label, op())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)
print(max(2, 1.5, True), min(-1, -1.0, key=abs), max("b", "ab", "abc", key=len), max(0.0, -0.0), max(-0.0, 0.0))
