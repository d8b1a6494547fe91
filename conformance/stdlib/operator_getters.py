# operator: itemgetter, attrgetter (dotted names) and methodcaller
from operator import itemgetter, attrgetter, methodcaller


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Segment:
    def __init__(self, a, b, name):
        self.start = a
        self.end = b
        self.name = name


g = itemgetter(1)
print(g([10, 20, 30]), g("abc"), g({1: "one"}))
g2 = itemgetter(0, 2, -1)
print(g2([10, 20, 30, 40]), g2("abcde"))
print(itemgetter("name", "age")({"name": "ann", "age": 7}))
print(itemgetter(slice(1, 3))("abcdef"))
print(repr(itemgetter(1)), repr(itemgetter("a", 2)))
rows = [("b", 2), ("a", 3), ("c", 1), ("a", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 1)))
print(list(map(itemgetter(0), rows)))
print(max(rows, key=itemgetter(1)))

p = Point(3, 4)
s = Segment(Point(0, 1), Point(5, 6), "seg")
print(attrgetter("x")(p), attrgetter("x", "y")(p))
print(attrgetter("start.x", "end.y", "name")(s))
print(attrgetter("end.x")(s), attrgetter("name.upper")(s)())
print(repr(attrgetter("x")), repr(attrgetter("a.b", "c")))
pts = [Point(2, 1), Point(1, 5), Point(3, 0)]
print([(q.x, q.y) for q in sorted(pts, key=attrgetter("y"))])
print([q.x for q in sorted(pts, key=attrgetter("x"))])

m = methodcaller("upper")
print(m("abc"), methodcaller("split", ",")("a,b,c"))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("replace", "a", "o")("banana"))
print(methodcaller("get", "k", "default")({}), methodcaller("count", 1)([1, 2, 1]))
print(methodcaller("format", 1, x=2)("{0}-{x}"))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "two", key=3)))
print(list(map(methodcaller("strip"), ["  a ", "b  "])))

for f, arg in [(itemgetter(5), [1]), (itemgetter("z"), {}), (attrgetter("z"), p),
               (attrgetter("start.z"), s), (methodcaller("nope"), "s"),
               (methodcaller("norm1", 1), p), (methodcaller("norm1"), p), (itemgetter(0), 5)]:
    try:
        print(f(arg))
    except Exception as e:
        print(type(e).__name__, e)
for make, arg in [(attrgetter, 1), (methodcaller, 2)]:
    try:
        make(arg)
    except TypeError as e:
        print("TypeError", e)
try:
    itemgetter()
except TypeError as e:
    print("TypeError", e)
