# dataclasses: generated __init__/__repr__/__eq__, defaults, fields, errors
from dataclasses import dataclass, field, fields, MISSING


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 3), p == (1, 2))
print(Point.__eq__(p, (1, 2)))
print(Point.__hash__, Point.__match_args__, Point.__doc__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
attempt("no args", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("bad kw", lambda: Point(1, z=3))
attempt("twice", lambda: Point(1, x=2))
attempt("hash", lambda: hash(p))
print([(f.name, f.type, f.default is MISSING) for f in fields(Point)])
print(Point.y, "x" in Point.__dict__)


@dataclass()
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    count: "int" = field(default=1)
    unit_price: float = 0.5

    def total(self):
        return self.count * self.unit_price


a = Inventory("bolt")
b = Inventory("nut", ["small"], 4)
a.tags.append("x")
print(a, b, Inventory("c").tags, b.total())
print(Inventory.__doc__)


class Outer:
    @dataclass
    class Inner:
        value: object = None


print(Outer.Inner(Outer.Inner(2)))

match Point(0, 7):
    case Point(0, y):
        print("on the y axis at", y)
    case _:
        print("elsewhere")


def mutable_default():
    @dataclass
    class Bad:
        items: list = []


def non_default_after_default():
    @dataclass
    class Bad:
        a: int = 1
        b: str


def field_without_annotation():
    @dataclass
    class Bad:
        a: int
        b = field(default=2)


def both_defaults():
    return field(default=1, default_factory=list)


attempt("mutable", mutable_default)
attempt("order", non_default_after_default)
attempt("no annotation", field_without_annotation)
attempt("both", both_defaults)


@dataclass
class Node:
    label: str
    children: list = field(default_factory=list)


root = Node("root", [Node("a"), Node("b", [Node("c")])])
root.children[0].children.append(root)
print(root)
print(Node("q") == Node("q"), Node("q", [1]) == Node("q", [2]))
