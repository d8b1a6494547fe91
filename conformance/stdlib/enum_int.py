# enum: IntEnum and StrEnum act as their values; (str, Enum) mixins
from enum import Enum, IntEnum, StrEnum, auto
import json


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


p = Priority.MEDIUM
print(p, repr(p), str(p), f"{p}", f"{p:03d}", "%d|%s|%r" % (p, p, p), format(p, "x"))
print(p == 5, p < Priority.HIGH, p > 2, p + 1, p * 2, -p, p // 2, type(p + 1).__name__)
print(int(p), float(p), isinstance(p, int), Priority(10), Priority(True))
print(sorted([Priority.HIGH, 3, Priority.LOW]), max(Priority), min(Priority).name)
print({1: "one", 5: "five"}[p], {p: "x"}[5], hash(p) == hash(5))
print(list(range(Priority.HIGH))[Priority.LOW], "abcdefgh"[Priority.LOW])
print(json.dumps({"level": Priority.HIGH, "list": [Priority.LOW]}))
attempt("bad", lambda: Priority(3))
attempt("bad str", lambda: Priority("5"))


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
    TEAPOT = auto()


print(list(Http), Http.TEAPOT == 405, Http(404).name)


class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
    East = auto()


print(Dir.NORTH, repr(Dir.NORTH), Dir.East.value, Dir.SOUTH == "s", Dir("s"))
print(Dir.NORTH.upper(), Dir.SOUTH + "!", "-".join(Dir), f"[{Dir.SOUTH:>3}]")
print(sorted(Dir), isinstance(Dir.SOUTH, str), len(Dir.NORTH))
attempt("strenum int", lambda: StrEnum("Bad", {"A": 1}))


class Planet(str, Enum):
    MERCURY = "mercury"
    VENUS = "venus"


print(Planet.VENUS, repr(Planet.VENUS), f"{Planet.VENUS}", Planet.VENUS == "venus")
print(Planet("mercury"), Planet.MERCURY.upper(), Planet.MERCURY < Planet.VENUS)


class Weekday(IntEnum):
    MONDAY = 1
    TUESDAY = 2

    def next(self):
        return Weekday(self % len(Weekday) + 1)

    @property
    def weekend(self):
        return False


print(Weekday.MONDAY.next(), Weekday.TUESDAY.next(), Weekday.MONDAY.weekend)
print(Priority.LOW in Priority, [m for m in Priority if m >= 5])
