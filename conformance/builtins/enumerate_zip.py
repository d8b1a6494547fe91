# enumerate() and zip(): starts, unequal lengths, laziness, strict, consumption.

print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate("ab", start=10)), list(enumerate(range(2), 2 ** 70)), list(enumerate(("x",), True)))
e = enumerate(["p", "q", "r"])
print(next(e), next(e), list(e), list(e), type(e).__name__)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("xy")), [i * c for i, c in enumerate("abc")])
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3])), list(zip([1, 2], "abcd", (True,))))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip("abc", "xyz")), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4]), ([], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as ex:
        print(type(ex).__name__, ex)
z = zip("abc", range(100))
print(next(z), list(z), list(z), type(z).__name__)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)), list(it))
pulled = []


class Noisy:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        pulled.append(self.name)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.name


print(list(zip(Noisy("a", 2), Noisy("b", 1))), pulled)
pulled.clear()
print(list(zip(Noisy("a", 0), Noisy("b", 5))), pulled)
for bad in [lambda: zip(1), lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: zip([1], None)]:
    try:
        print(bad())
    except TypeError as ex:
        print(type(ex).__name__, ex)
m = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*m)], list(map(list, zip(*zip(*m)))) == m)
print(sorted(zip([3, 1, 2], "cab")), max(zip([1, 3, 2], "xyz")), list(enumerate(zip("ab", "cd"))))
