# collections.namedtuple: fields, defaults, _make/_asdict/_replace, errors
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, Point.__name__, Point.__doc__)
print(isinstance(p, tuple), p == (1, 2), p == Point(1, 2), p < Point(1, 3), hash(p) == hash((1, 2)))
x, y = p
print(x, y, p._asdict(), p._replace(y=20), Point._make([7, 8]), Point._make(range(2)))
print(p + (3,), p * 2, p.count(1), p.index(2), 5 in p, 1 in p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: "point"}[Point(1, 2)], max(Point(3, 9), Point(4, 0)))

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[10, 20])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3(a=0, c=5), P3._field_defaults)
Comma = namedtuple("Comma", "a, b,c")
print(Comma._fields, Comma(1, 2, 3))
R = namedtuple("R", "ok def _x ok 2x", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
Single = namedtuple("Single", "v")
print(Single(1), Single("s")._asdict())
AllDefaults = namedtuple("AllDefaults", "a b", defaults=(1, 2))
print(AllDefaults(), AllDefaults(b=5))

attempt("set field", lambda: setattr(p, "x", 5))
attempt("set other", lambda: setattr(p, "z", 5))
attempt("missing one", lambda: Point(1))
attempt("missing two", lambda: Point())
attempt("missing three", lambda: namedtuple("Q", "a b c")())
attempt("too many", lambda: Point(1, 2, 3))
attempt("too many dflt", lambda: P3(1, 2, 3, 4))
attempt("empty too many", lambda: E(1))
attempt("unexpected kw", lambda: Point(1, 2, z=3))
attempt("multiple", lambda: Point(1, x=2))
attempt("make short", lambda: Point._make([1]))
attempt("make long", lambda: Point._make([1, 2, 3]))
attempt("replace bad", lambda: p._replace(z=1, w=2))
attempt("bad typename", lambda: namedtuple("1a", "x"))
attempt("keyword field", lambda: namedtuple("A", "x class"))
attempt("underscore", lambda: namedtuple("A", "x _y"))
attempt("duplicate", lambda: namedtuple("A", "x x"))
attempt("too many defaults", lambda: namedtuple("A", "x", defaults=[1, 2]))
attempt("non-str field", lambda: namedtuple("A", ["x", 1]))
attempt("keyword typename", lambda: namedtuple("for", "x"))
attempt("index", lambda: p[2])


class Vec(namedtuple("Vec", "x y")):
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2(), type(v).__name__, v._replace(x=0), Vec._make([5, 5]))
v.extra = "ok"
print(v.extra)
Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 10), Employee("bob", "ops", 7), Employee("cy", "eng", 12)]
print(sorted(staff, key=lambda e: e.salary)[0].name, [e.name for e in staff if e.dept == "eng"])
print(Employee._make(["dee", "hr", 5])._asdict())
print(Point.x is not Point.y)
