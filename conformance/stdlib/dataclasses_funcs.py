# dataclasses: fields, asdict, astuple, replace, is_dataclass, make_dataclass
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         is_dataclass, make_dataclass, MISSING, Field, InitVar)
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Pair = namedtuple("Pair", "left right")


@dataclass
class Item:
    name: str
    qty: int = 1
    meta: dict = field(default_factory=dict, metadata={"unit": "pcs"})


@dataclass
class Order:
    ident: int
    items: list = field(default_factory=list)
    pair: tuple = (1, 2)
    limit: InitVar[int] = 0


o = Order(7, [Item("a"), Item("b", 2, {"k": [1, 2]})], Pair(Item("c"), 3))
d = asdict(o)
print(d)
print(astuple(o))
print(type(d["pair"]).__name__, d["items"][1]["meta"]["k"] is o.items[1].meta["k"])
print(asdict(Item("x"), dict_factory=lambda kv: sorted(kv)))
print(astuple(Item("y"), tuple_factory=list))

f0 = fields(Item)[2]
print(isinstance(f0, Field), f0.name, f0.type, f0.default is MISSING, f0.default_factory)
print(f0.metadata["unit"], len(f0.metadata), f0.init, f0.repr, f0.compare, f0.hash, f0.kw_only)
print([f.name for f in fields(o)], fields(Item) == fields(Item("z")))
attempt("fields int", lambda: fields(3))
attempt("fields class", lambda: fields(Pair))
attempt("asdict class", lambda: asdict(Item))
attempt("astuple int", lambda: astuple(1))

i = Item("nail", 5)
j = replace(i, qty=6)
print(i, j, i is j, replace(i))
attempt("replace unknown", lambda: replace(i, color="red"))
attempt("replace non-dc", lambda: replace(3, a=1))
print(replace(o, ident=8, limit=1).ident)


@dataclass
class Stamp:
    value: int
    seq: int = field(init=False, default=0)


attempt("replace init=False", lambda: replace(Stamp(1), seq=2))
print(replace(Stamp(1), value=4))

print(is_dataclass(Item), is_dataclass(i), is_dataclass(Pair), is_dataclass(5))

Point3 = make_dataclass("Point3", [("x", int), "z", ("y", int, field(default=0))],
                        namespace={"norm1": lambda self: abs(self.x) + abs(self.y)})
p3 = Point3(-1, 3, y=2)
print(p3, p3.norm1(), is_dataclass(Point3), [f.name for f in fields(Point3)])
FrozenP = make_dataclass("FrozenP", ["a"], frozen=True, order=True)
print(FrozenP(1) < FrozenP(2), hash(FrozenP(1)) == hash((1,)))
attempt("bad name", lambda: make_dataclass("Bad", ["not valid"]))
attempt("keyword", lambda: make_dataclass("Bad", ["class"]))
attempt("duplicate", lambda: make_dataclass("Bad", ["a", ("a", int)]))
print(repr(field(default=1).default), field().default is MISSING)
