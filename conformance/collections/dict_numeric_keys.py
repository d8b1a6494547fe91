# Keys that compare equal (1 == 1.0 == True) collide; the first key object is kept.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
e = {True: "bool", 1: "int"}
print(e)
f = {0: "zero"}
f[False] = "false"
f[0.0] = "float zero"
f[-0.0] = "negative zero"
print(f, len(f))
g = {}
g[1.0] = "a"
g[1] = "b"
print(g, list(g.keys()), type(list(g.keys())[0]).__name__)
print(1 in d, 1.0 in d, True in d, 2 in d, 0 in f, False in f)
h = {2 ** 64: "big", 2.0 ** 64: "bigf", 0.5: "half"}
print(h)
t = {(1, 2): "a", (1.0, 2.0): "b", (True, 2): "c"}
print(t)
del d[True]
print(d)
nan = float("nan")
n = {nan: 1}
n[nan] = 2
print(len(n), list(n.values()))
m = {None: 0, "": 1, (): 2, 0: 3}
print(m, len(m), m[()])
counts = {}
for v in [1, 1.0, True, 2, 2.0, False, 0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
