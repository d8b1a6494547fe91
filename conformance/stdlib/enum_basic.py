# enum: members, repr/str/format, iteration, lookup, aliases, errors, match
from enum import Enum, auto


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @property
    def is_warm(self):
        return self is Color.RED

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(f"{Color.RED}|{Color.RED:>12}|{Color.RED!r}", "%s %r" % (Color.GREEN, Color.GREEN))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1), Color["GREEN"])
print(Color.__members__)
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(Color.RED.describe(), Color.RED.is_warm, Color.GREEN.is_warm, Color.default())
print(type(Color.RED), isinstance(Color.RED, Color), Color, type(Color).__name__)
print(Color(Color.BLUE), Color.RED.GREEN)
attempt("bad value", lambda: Color(7))
attempt("bad name", lambda: Color["PURPLE"])
attempt("order", lambda: Color.RED < Color.GREEN)
attempt("str value", lambda: Color("RED"))


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


attempt("reassign", reassign)
attempt("delete", delete)

counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.CRIMSON, Color.GREEN, Color(1)]:
    counts[c] += 1
print(counts)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape])


def classify(s):
    match s:
        case Shape.CIRCLE:
            return "round"
        case Shape.SQUARE | Shape.TRIANGLE:
            return "pointy"


print([classify(s) for s in Shape])


class Mood(Enum):
    HAPPY = "happy"
    SAD = ("sad", 1)
    NONE = None


print(repr(Mood.HAPPY), repr(Mood.SAD), repr(Mood.NONE), Mood(None), Mood(("sad", 1)))
print(sorted(Color, key=lambda c: c.value * -1))
print(bool(Color.RED), bool(Color), Color.RED.__class__.__name__)


def duplicate():
    class Bad(Enum):
        A = 1
        A = 2


def extend():
    class More(Color):
        PINK = 4


attempt("duplicate", duplicate)
attempt("extend", extend)
attempt("call no members", lambda: Enum(1))
