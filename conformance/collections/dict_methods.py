# get/setdefault/pop/popitem/update/keys/values/items/copy/clear/fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0), d.get("z", None))
print(d.setdefault("a", 100), d.setdefault("c"), d.setdefault("d", [1]), d)
d["d"].append(2)
print(d)
print(d.pop("c"), d.pop("zz", "dflt"), d.pop("a", None), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update({"x": 1})
d.update([("y", 2), ("z", 3)])
d.update(w=4, x=5)
d.update()
print(d)
print(list(d.keys()), list(d.values()), list(d.items()), len(d.items()))
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"], c is d, c == d)
keys = d.keys()
d["late"] = 0
print(len(keys), "late" in keys, "y" in d.values() , 2 in d.values(), ("y", 2) in d.items())
d.clear()
print(d, len(d), c != d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys([]))
shared = dict.fromkeys(["p", "q"], [])
shared["p"].append(1)
print(shared)
print(dict(a=1, b=2), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])), dict([]))
for bad in [[1, 2], [("a", 1, 2)], 5, ["ab", "c"]]:
    try:
        print(dict(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print("TypeError", e)
