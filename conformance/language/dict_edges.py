# dict: insertion order, views, get/setdefault/pop/popitem/update, |, errors.

d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
del d["b"]
d["b"] = 0
print(d, len(d), "a" in d, 2 in d, 2 in d.values(), ("a", 2) in d.items())
print(d.get("zz"), d.get("zz", "dflt"), d.setdefault("a", 99), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "nope"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ["w", 4]])
d.update(k=5)
print(d)
e = dict.fromkeys("abc", 0)
f = dict.fromkeys([1, 2])
print(e, f, dict(a=1, b=2) == {"b": 2, "a": 1}, list(dict(a=1, b=2)) == list({"b": 2, "a": 1}))
print({1: "a"} | {1: "b", 2: "c"}, {"k": [1]}.copy(), dict(d) is d, dict(d) == d)
m = {}
m[1] = "int"
m[1.0] = "float"
m[True] = "bool"
m[(1, 2)] = "tuple"
m[None] = "none"
print(m, m[1], m[(1, 2)])
ks = d.keys()
d["new"] = 1
print(len(ks), "new" in ks, sorted(ks)[:3])
for label, op in [("missing", lambda: d["missing"]), ("tuple key", lambda: {}[(1, "a")]),
                  ("pop", lambda: {}.pop("p")), ("popitem", lambda: {}.popitem()),
                  ("list key", lambda: {[1]: 2}), ("update", lambda: {}.update([1])),
                  ("update3", lambda: {}.update([(1, 2, 3)])), ("dict()", lambda: dict([("a",)])),
                  ("order", lambda: {} < {}), ("add", lambda: {} + {}), ("int key", lambda: {1: 2}[2])]:
    try:
        print(label, op())
    except (KeyError, TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
try:
    for k in d:
        d["added" + str(k)] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
g = {"a": 1, "b": 2}
for k in list(g):
    if k == "a":
        del g[k]
print(g)
nested = {"outer": {"inner": [1, {"deep": "x"}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
print({}, {(): ()}, {"q": "it's"}, {-0.0: 1}, {0: 1, 0.0: 2, False: 3})
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), max({"a": 5, "b": 9}), min({3: 0, 1: 0}))
print(dict(zip("abc", range(3))), dict(enumerate("xy")), dict([[1, 2]]), dict({"a": 1}, a=2))
