# Iterating dicts: keys, items unpacking, views, modification during iteration.
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(k, v, end="; ")
print()
for v in d.values():
    print(v, end=" ")
print()
for i, k in enumerate(d):
    print(i, k, end=" ")
print()
total = 0
for k in d.keys():
    total += d[k]
print(total, len(d), "x" in d, 1 in d, "x" in d.keys(), 1 in d.values())
for k in d:
    d[k] = d[k] * 10
print(d)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
for k in list(d):
    if k.endswith("!"):
        del d[k]
print(d)
inv = {}
for k, v in d.items():
    inv[v] = k
print(inv)
pairs = [("a", 1), ("b", 2)]
print(dict(pairs), list(dict(pairs).items()) == pairs)
print(sorted(d.items(), key=None), max(d), min(d.values()), sum(d.values()))
for k, v in {}.items():
    print("never")
nested = {"outer": {"inner": [1, 2]}}
for k, v in nested.items():
    for k2, v2 in v.items():
        print(k, k2, v2)
