# copy: copy and deepcopy of builtin containers and instances
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], sh[2] is nested[2])
print(dp == nested, dp[1] is nested[1], dp[2] is nested[2], dp[3] is nested[3], dp[4] is nested[4])
nested[1].append(99)
print(sh[1], dp[1])
for v in [1, 2.5, "str", None, True, (1, 2), frozenset([1]), 2 ** 100, range(3), len]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
d = {"a": [1], "b": {"c": 2}}
dc = copy.copy(d)
dd = copy.deepcopy(d)
print(dc is d, dc["a"] is d["a"], dd["a"] is d["a"], dd == d)
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(s) == s, copy.deepcopy(s) is s)
fs = frozenset([1, (2, 3)])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
shared = [1, 2]
outer = [shared, shared, {"x": shared}]
od = copy.deepcopy(outer)
print(od[0] is od[1], od[0] is od[2]["x"], od[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc, len(cc))
dcyc = {"self": None}
dcyc["self"] = dcyc
dd2 = copy.deepcopy(dcyc)
print(dd2["self"] is dd2, dd2 is dcyc)
tcyc = [0]
tup = (tcyc,)
tcyc.append(tup)
tc = copy.deepcopy(tup)
print(tc[0][1] is tc, tc is tup, tc[0] is tcyc)
memo = {}
a = [1, 2]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], id(a) in memo, memo[id(a)] is b[0])
pre = {id(a): "replaced"}
print(copy.deepcopy([a, 3], pre))
empty = []
print(copy.copy(empty) is empty, copy.deepcopy({}) == {}, copy.copy(()) == ())
print(copy.Error.__name__, copy.error is copy.Error, issubclass(copy.Error, Exception))
