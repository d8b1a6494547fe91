# conditions use only the truth of comparisons, `not`, `and`, `or`; each
# operand's __bool__ runs exactly once; tuple-to-tuple assignment evaluates
# every value before storing any; for loops over tuples
calls = []


class B:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        calls.append(self.name)
        return self.truth


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append("lt%d" % self.v)
        return B("r%d" % self.v, self.v < other.v)


for a, b, c in [(1, 2, 3), (3, 2, 1), (1, 3, 2), (2.5, 2.5, 3.0), (1, 2.0, 3)]:
    print(a < b < c, end=" ")
    if a < b < c:
        print("chain", end=" ")
    if not a < b or b <= c and c != a:
        print("mixed", end=" ")
    if a in (1, 2) and b not in [3] and a is not None:
        print("member", end=" ")
    print()
x, y, z = C(1), C(2), C(3)
if x < y < z:
    print("objects", calls)
calls.clear()
if not (z < y < x):
    print("objects false", calls)
calls.clear()
if B("p", False) or B("q", True) and not B("r", False):
    print("boolops", calls)
calls.clear()
w = [B("c%d" % i, i % 2 == 0) for i in range(4)]
print([i for i, v in enumerate(w) if v], calls)
print("yes" if B("t", True) else "no", "yes" if not B("u", True) else "no")
nan = float("nan")
print(nan < 1 < 2, 1 < nan, not nan == nan, nan != nan)
n = 0
while n < 10 and not n == 7:
    n += 1
print(n)
# a, b = x, y
a, b = 1, 2
a, b = b, a
print(a, b)
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
print(f0, f1)
lst = [10, 20]
i = 0
i, lst[i] = 1, 99
print(i, lst)
order = []


def val(tag):
    order.append(tag)
    return tag


p, q, r = val("a"), val("b"), val("c")
print(p, q, r, order)
(m, k), j = (1, 2), 3
print(m, k, j)
try:
    u, v = 1, 2, 3
except ValueError as e:
    print("ValueError", e)
s, *t = 1, 2, 3
print(s, t)
total = 0
pairs = ((1, 0), (-1, 0), (0, 1), (0, -1))
for dx, dy in pairs:
    total += dx * 10 + dy
for ch in ("a", "b"):
    for _ in ():
        total += 1000
    else:
        total += 1
else:
    total += 100
print(total)
for item in (1, 2, 3, 4):
    if item == 3:
        break
    print(item, end=" ")
else:
    print("no break")
print()
