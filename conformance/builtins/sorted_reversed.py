# sorted() and reversed(): stability, key/reverse, any iterable, reversed() protocol and errors.

data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -2)), sorted([]))
print(sorted([3, 1.5, True, -2]), sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.lower))
print(sorted([[2, 1], [1, 9], [1, 2, 3]]), sorted([-3, 2, -1], key=abs), sorted([-3, 2, -1], key=abs, reverse=True))
orig = [3, 1, 2]
new = sorted(orig)
print(orig, new, new is orig, sorted(orig, reverse=False))
print(sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int), sorted([0.0, -0.0, 0]), sorted([-0.0, 0.0]))
print(sorted(iter([5, 4])), sorted(map(abs, [-2, 1])), sorted("a b c".split(), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())), list(reversed({"k": 1}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), type(reversed([])).__name__)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100


print(list(reversed(Seq())), sorted(Seq(), reverse=True))
for label, op in [("int", lambda: reversed(5)), ("iter", lambda: reversed(iter([1]))), ("none", lambda: sorted(None)),
                  ("mixed", lambda: sorted([1, "a", 2])), ("key arg", lambda: sorted([1], lambda x: x)),
                  ("bad key", lambda: sorted([1, 2], key=len)), ("reverse kw", lambda: reversed([1], reverse=True)),
                  ("gen", lambda: reversed(map(str, [1])))]:
    try:
        print(label, op())
    except TypeError as e:
        print(label, type(e).__name__, e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=len)[:4])
print(sorted([(1, "b"), (1, "a")], key=lambda t: t[0]), sorted([2, 1]) == [1, 2], sorted(words) == sorted(sorted(words)))
