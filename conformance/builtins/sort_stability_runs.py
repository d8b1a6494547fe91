# Sorting: stability with equal keys (forward and reversed), already sorted
# and reverse-sorted input, runs shorter and longer than the insertion-sort
# cut-off, keys that compare by several fields, and a comparison that fails.
seed = 7


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


for size in (0, 1, 2, 15, 16, 17, 33, 100, 1000):
    data = [(rnd(10), i) for i in range(size)]
    by_first = sorted(data, key=lambda t: t[0])
    stable = all(by_first[k][0] < by_first[k + 1][0] or (by_first[k][0] == by_first[k + 1][0] and by_first[k][1] < by_first[k + 1][1]) for k in range(len(by_first) - 1))
    rev = sorted(data, key=lambda t: t[0], reverse=True)
    rev_stable = all(rev[k][0] > rev[k + 1][0] or (rev[k][0] == rev[k + 1][0] and rev[k][1] < rev[k + 1][1]) for k in range(len(rev) - 1))
    print(size, stable, rev_stable, by_first[:3], rev[:3])
    asc = list(range(size))
    desc = asc[::-1]
    print(sorted(asc) == asc, sorted(desc) == asc, sorted(desc, reverse=True) == desc)

words = "pear apple fig banana kiwi apple date fig cherry".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
l = [3, 1, 2]
l.sort(reverse=True)
print(l)


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v


try:
    sorted([Bad(i) for i in (5, 20, 13, 1, 30, 2)])
except ValueError as e:
    print("ValueError", e)
print([b.v for b in sorted([Bad(i) for i in (5, 20, 1, 30, 2)])])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
