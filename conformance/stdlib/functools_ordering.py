# functools: total_ordering and cmp_to_key
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "V%d.%d" % (self.major, self.minor)


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
for x, y in [(a, b), (b, a), (a, c)]:
    print(x, y, x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]))
print(max([a, b, c]), min([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
try:
    a >= 5
except TypeError as e:
    print("TypeError", e)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return self.v > other.v


r1, r2 = Rev(1), Rev(2)
print(r1 < r2, r1 <= r2, r1 >= r2, r2 >= r2, r1 > r2)


@total_ordering
class LE:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __le__(self, other):
        return self.v <= other.v


print(LE(1) < LE(2), LE(2) < LE(2), LE(3) > LE(2), LE(2) >= LE(2), LE(1) >= LE(2))


@total_ordering
class GE:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(GE(1) < GE(2), GE(2) <= GE(2), GE(3) > GE(2), GE(1) <= GE(0))


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __gt__(self, other):
        return "own gt"


print(Both(1) > Both(2), Both(1) <= Both(1), Both(1) >= Both(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    if x < y:
        return 1
    if x > y:
        return -1
    return 0


words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda p, q: q - p)))
K = cmp_to_key(lambda p, q: p - q)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k1 >= k2, k1.obj)
print(min(words, key=cmp_to_key(by_length_then_reverse)))
try:
    hash(k1)
except TypeError as e:
    print("TypeError", e)
