# collections.OrderedDict: order, move_to_end, popitem(last=), equality, repr
from collections import OrderedDict


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(OrderedDict(), OrderedDict(x=1), OrderedDict([("k", "v"), ("j", [1])]))
od.move_to_end("b")
print("b to end", od)
od.move_to_end("c", last=False)
print("c to front", od)
od.move_to_end("c", False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("z", 26), ("y", 25)], w=23)
print(od)
od["a"] = 100
print("reassign keeps place", od)
del od["z"]
print(od, len(od), "y" in od, "z" in od)
print(list(reversed(od)))

o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1, o1 == {"a": 1, "b": 2})
print(o1 == OrderedDict([("a", 1), ("b", 2)]))
c = o1.copy()
c["c"] = 3
print(type(c).__name__, c, o1)
print(OrderedDict.fromkeys("xyz"), OrderedDict.fromkeys([1, 2], 0))
print(o1.setdefault("b", 9), o1.setdefault("n", 9), o1)
print(o1.pop("n"), o1.pop("missing", "dflt"), o1.get("a"))
u = o1 | {"q": 1}
print(type(u).__name__, u)
r = {"q": 1} | o1
print(type(r).__name__, r)
o1 |= [("m", 5)] if False else {"m": 5}
print(o1)

attempt("popitem empty", lambda: OrderedDict().popitem())
attempt("move missing", lambda: OrderedDict().move_to_end("x"))
attempt("getitem missing", lambda: OrderedDict()["x"])
attempt("pop missing", lambda: OrderedDict().pop("x"))

rec = OrderedDict()
rec["self"] = rec
print(rec)

# popping everything from both ends
big = OrderedDict((i, i * i) for i in range(6))
out = []
while big:
    out.append(big.popitem(last=len(big) % 2 == 0))
print(out)


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu["a"] = 1
lu["b"] = 2
lu["a"] = 3
print(lu, isinstance(lu, dict))
