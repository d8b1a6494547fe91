# Dicts keep insertion order; deleting and reinserting moves a key to the end.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), list(d.values()))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 20
print(d)
d.pop("a")
d["a"] = 30
print(d, list(d.items()))
d.update({"c": 0, "z": 26})
print(d)
print(d.popitem(), d)
print(d.popitem(), d)
d.setdefault("c", 99)
d.setdefault("new", 1)
print(d)
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), list(e.keys()))
f = dict([("x", 1), ("y", 2), ("x", 3)])
print(f)
g = {"k": 1, "k": 2, "j": 3}
print(g)
h = {}
for word in "the cat and the hat and the bat".split():
    h[word] = h.get(word, 0) + 1
print(h)
copy = dict(h)
del copy["the"]
copy["the"] = 0
print(list(h), list(copy))
print(d == {"c": 0, "new": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
