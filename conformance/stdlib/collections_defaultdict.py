# collections.defaultdict: factories, __missing__, repr, copy, operators
from collections import defaultdict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, dict(d), len(d), d["a"])
print(d.get("zzz"), "zzz" in d, d.default_factory)
print(d["new"], "new" in d, d)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, sorted(counts.items()))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
print({k: dict(v) for k, v in nested.items()})

n = defaultdict(None, {"k": 1})
print(n, n.default_factory)
attempt("missing none", lambda: n["nope"])
attempt("not callable", lambda: defaultdict(5))
print(defaultdict(int, a=1, b=2), defaultdict(str, [("x", "y")]))
print(defaultdict(), defaultdict(list, {1: [2]}))
print(defaultdict(default_factory=list))

s = defaultdict(set)
s["k"].add(1)
s["k"].add(1)
print(s)
c = d.copy()
c["a"].append(99)
c["c"]
print(type(c).__name__, c.default_factory, sorted(c), sorted(d))
d.default_factory = tuple
print(d["t"], d)
print(isinstance(d, dict), issubclass(defaultdict, dict))

u = defaultdict(int, {"a": 1}) | {"b": 2}
print(type(u).__name__, u)
v = {"z": 0} | defaultdict(int, {"a": 1})
print(type(v).__name__, v)
w = defaultdict(list)
w |= {"q": [1]}
print(w)
print(d.pop("t"), d.setdefault("s", 5), d)
r = defaultdict(list)
r["self"] = r
print(r)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], len(t), type(t["a"]).__name__)
f = defaultdict(None)
f.default_factory = f
print(f)
