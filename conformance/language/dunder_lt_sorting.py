# __lt__ drives sorted/min/max; reflected comparisons; missing ordering errors.

log = []


class Ver:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s

    def __lt__(self, other):
        log.append(self.s + "<" + other.s)
        return self.parts < other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "Ver(" + self.s + ")"


vs = [Ver("1.10"), Ver("1.2"), Ver("1.9.1"), Ver("0.9"), Ver("1.2")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
log.clear()
print(Ver("2.0") > Ver("1.0"), log)
log.clear()
print(Ver("1.0") < Ver("2.0"), log)
a = Ver("1.0")
try:
    print(a <= Ver("1.0"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a < 5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class Only:
    def __init__(self, n):
        self.n = n


try:
    print(sorted([Only(2), Only(1)]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(Only(1) < Only(2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(max(Only(1), Only(2)))
except TypeError as e:
    print(type(e).__name__, e)
print([o.n for o in sorted([Only(3), Only(1), Only(2)], key=lambda o: o.n)])
print(sorted([Only(1)])[0].n, sorted([])[:])


class Rev:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n > other.n

    def __gt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return "R%d" % self.n


print(sorted([Rev(1), Rev(3), Rev(2)]), Rev(1) > Rev(2), Rev(1) < Rev(2))
print(max([Rev(1), Rev(3), Rev(2)]), min(Rev(5), Rev(9)))
print(sorted([(Ver("1.1"), "b"), (Ver("1.0"), "a")]))
print((Ver("1.0"), 1) < (Ver("1.0"), 2), [Ver("3")] > [Ver("2"), Ver("9")])
