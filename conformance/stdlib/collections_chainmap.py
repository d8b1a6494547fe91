# collections.ChainMap: lookups through the chain, writes to the first map
from collections import ChainMap


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm, len(cm), cm["user"], cm["color"], cm.get("nope"), cm.get("nope", 0))
print(list(cm), sorted(cm.items()), list(cm.keys()), list(cm.values()))
print("size" in cm, "zzz" in cm, bool(cm), bool(ChainMap()), bool(ChainMap({}, {})))
cm["color"] = "blue"
print(cm, cli, defaults["color"])
del cm["color"]
print(cm["color"], cli)
child = cm.new_child()
child["user"] = "root"
print(child["user"], cm["user"], len(child.maps), child.maps[0])
print(child.parents, child.parents.parents.maps == [env, defaults])
c2 = cm.new_child({"x": 1})
print(c2.maps[0], c2["x"])
c3 = cm.new_child(y=2)
print(c3.maps[0])
print(ChainMap(), ChainMap({"a": 1}, {"b": 2}), ChainMap({"a": 1}).parents)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}).keys(), dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
print(ChainMap({"a": 1}, {"b": 2}).items(), ChainMap({"a": 1}).values())
cp = cm.copy()
cp["new"] = 1
print("new" in cm, "new" in cp, type(cp).__name__)
print(cm.pop("user", "dflt"), cm.pop("user", "dflt"), cli)
cm["k"] = "v"
print(cm.popitem(), cm.maps[0])
cm.maps[0]["t"] = 1
cm.clear()
print(cm.maps[0], cm["user"])
print(ChainMap.fromkeys("ab", 0))
merged = ChainMap({"a": 1}) | {"b": 2}
print(type(merged).__name__, merged)
rm = {"z": 0} | ChainMap({"a": 1}, {"b": 2})
print(type(rm).__name__, rm)
im = ChainMap({"a": 1})
im |= {"c": 3}
print(im)
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))

attempt("getitem missing", lambda: ChainMap({})["x"])
attempt("del missing", lambda: ChainMap({}, {"x": 1}).__delitem__("x"))
attempt("pop missing", lambda: ChainMap({}).pop("x"))
attempt("popitem empty", lambda: ChainMap({}, {"a": 1}).popitem())

rec = ChainMap({})
rec["me"] = rec
print(rec)

# scoped variable lookup
scopes = ChainMap({"x": 1})
inner = scopes.new_child({"y": 2})
innermost = inner.new_child({"x": 10})
print(innermost["x"], innermost["y"], inner["x"], sorted(innermost.items()))


class DefaultChain(ChainMap):
    def __missing__(self, key):
        return "default:" + key


print(DefaultChain({"a": "A"})["a"], DefaultChain({})["b"])
