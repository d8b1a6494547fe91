# __len__, __getitem__, __contains__, __bool__ fallbacks on user classes.


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, int):
            if i < 0:
                i += self.n
            if i < 0 or i >= self.n:
                raise IndexError("Seq index out of range")
            return i * i
        return "key:" + repr(i)


s = Seq(5)
print(len(s), s[0], s[4], s[-1], s["k"], s[1, 2], bool(s), bool(Seq(0)))
print(list(s), tuple(Seq(3)), sum(s), max(s), sorted(s, reverse=True))
print(9 in s, 10 in s, [x for x in s if x % 2], list(reversed(s)))
a, b, c = Seq(3)
print(a, b, c, list(enumerate(Seq(2))), list(zip(Seq(3), "ab")))
try:
    s[5]
except IndexError as e:
    print(type(e).__name__, e)


class Bag:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        print("  contains?", repr(x))
        return x in self.items or x == "magic"

    def __len__(self):
        return len(self.items)


bag = Bag([1, 2])
print(1 in bag, "magic" in bag, 3 not in bag, len(bag))


class ContainsTruthy:
    def __contains__(self, x):
        return x


print(5 in ContainsTruthy(), 0 in ContainsTruthy(), "" not in ContainsTruthy())


class BadLen:
    def __init__(self, v):
        self.v = v

    def __len__(self):
        return self.v


class NoLen:
    pass


for label, op in [("len", lambda: len(NoLen())), ("in", lambda: 1 in NoLen()),
                  ("getitem", lambda: NoLen()[0]), ("iter", lambda: list(NoLen())),
                  ("neg len", lambda: len(BadLen(-1))), ("str len", lambda: len(BadLen("3"))),
                  ("bool len", lambda: bool(BadLen(-2)))]:
    try:
        print(label, op())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


print(len(BadLen(True)), bool(BadLen(0)), len(BadLen(2 ** 40)))
