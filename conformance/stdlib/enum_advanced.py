# enum: _missing_, _generate_next_value_, unique, functional API, custom
# __new__/__init__, _ignore_, member/nonmember, memberless bases
from enum import Enum, IntEnum, Flag, auto, unique, nonmember, member


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.gravity, Planet((3.303e23, 2.4397e6)))


class Suit(int, Enum):
    def __new__(cls, value, symbol):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.symbol = symbol
        return obj

    CLUBS = (1, "c")
    HEARTS = (3, "h")


print(repr(Suit.HEARTS), Suit(1).symbol, Suit.CLUBS == 1, Suit.HEARTS + 1, str(Suit.CLUBS))


class Ordinal(Enum):
    def __new__(cls, label):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        obj.label = label
        return obj

    FIRST = "1st"
    SECOND = "2nd"


print(list(Ordinal), Ordinal(2).label, Ordinal.FIRST.value)


class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None


print(Lenient("two"), Lenient("one"))
attempt("missing none", lambda: Lenient(3))
attempt("missing bad str", lambda: Lenient("three"))


class Broken(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return "nope"


attempt("missing wrong", lambda: Broken(2))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d" % (name.lower(), start, count)

    ALPHA = auto()
    BETA = auto()
    GAMMA = 100
    DELTA = auto()


print([m.value for m in Named])


class Mixed(Enum):
    A = auto()
    B = 10
    C = auto()


print([m.value for m in Mixed])
attempt("unique", lambda: unique(Enum("Dup", [("A", 1), ("B", 1), ("C", 2), ("D", 2)])))
print(unique(Mixed) is Mixed)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal), Animal.__name__)
Pets = Enum("Pets", "dog, cat")
Codes = IntEnum("Codes", [("OK", 0), ("FAIL", 2)])
Levels = Enum("Levels", {"low": 10, "high": 20})
Bits = Flag("Bits", ["A", "B", "C"])
print(list(Pets), list(Codes), Codes.FAIL + 1, list(Levels), list(Bits), Bits.A | Bits.C)
Started = Enum("Started", "X Y", start=10)
print([s.value for s in Started])


class Base(Enum):
    def describe(self):
        return "%s=%s" % (self.name, self.value)

    @classmethod
    def names(cls):
        return [m.name for m in cls]


class Fruit(Base):
    APPLE = "a"
    PEAR = "p"


print(Fruit.PEAR.describe(), Fruit.names(), isinstance(Fruit.APPLE, Base))


class Settings(Enum):
    _ignore_ = ["scratch"]
    scratch = 5
    ON = 1
    OFF = 0
    LIMIT = nonmember(3)
    helper = member(7)

    def flip(self):
        return Settings(1 - self.value)


print(list(Settings), Settings.LIMIT, Settings.ON.flip(), hasattr(Settings, "scratch"))


def sunder():
    class Bad(Enum):
        _nope_ = 1


attempt("sunder", sunder)
print(Fruit._member_names_, Fruit._value2member_map_, Fruit._member_map_["PEAR"])
