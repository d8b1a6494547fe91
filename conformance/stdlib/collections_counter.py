# collections.Counter: counting, most_common, elements, arithmetic, comparisons
from collections import Counter


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(list(c.elements()), sorted(c))
print(Counter(), Counter([]), Counter({"x": 3, "y": -1}), Counter(a=2, b=0))
print(Counter(["red", "blue", "red", "green", "blue", "blue"]))
print(Counter(cats=4, dogs=8), Counter({"a": 1}, a=5) if False else Counter({"a": 1}))

d = Counter(a=3, b=1)
d.update("aab")
print(d)
d.update({"a": 10, "c": 2})
print(d)
d.update(z=1)
print(d)
d.subtract("aaaa")
print(d)
d.subtract({"c": 5, "q": 1})
print(d)
d.subtract(b=10)
print(d)
e = Counter()
e.update({"first": 2, "second": 1})
print(e)

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=5, d=1)
print("add", a + b)
print("sub", a - b)
print("or", a | b)
print("and", a & b)
print("pos", +a, "neg", -a)
x = Counter(a=1, b=2)
x += Counter(a=2, c=-5)
print("iadd", x)
x -= Counter(b=5)
print("isub", x)
x |= Counter(a=10, z=1)
print("ior", x)
x &= Counter(a=4, z=3)
print("iand", x)

print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2), Counter() == Counter(x=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=1) < Counter(a=1, b=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, Counter("ab") != Counter("ba"))

del c["a"]
del c["not there"]
print(c)
cc = c.copy()
cc["new"] += 1
print(type(cc).__name__, cc, "new" in c)
print(Counter("aaabbc").most_common(1)[0], sorted(Counter("hello world").items()))
ties = Counter("zyxzyx")
print(ties, ties.most_common())
print(Counter({"x": 1.5, "y": 0.5}), Counter({"n": 2}).total())
print(sum(Counter("aab").values()), dict(Counter("aab")), list(Counter("ba").keys()))

attempt("fromkeys", lambda: Counter.fromkeys("ab"))
attempt("add int", lambda: Counter("a") + 1)
attempt("not iterable", lambda: Counter(1))
attempt("lt list", lambda: Counter() < [])


class Tally(Counter):
    pass


t = Tally("aab")
print(t, type(t + t).__name__, type(t.copy()).__name__)
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(3))
print(Counter(len(w) for w in words))
