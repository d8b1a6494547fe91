# dataclasses: frozen, order, hash rules, init/repr/compare switches, slots, kw_only
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


v = Version(1, 2, "rc")
print(v, v == Version(1, 2), v < Version(1, 3), v >= Version(1, 2, "x"))
print(sorted([Version(2), Version(1, 5), Version(1, 0)]))
print(hash(v) == hash((1, 2)), len({Version(1), Version(1, 0, "a")}))


def assign():
    v.major = 5


def delete():
    del v.minor


def assign_new():
    v.other = 1


attempt("assign", assign)
attempt("delete", delete)
attempt("assign new", assign_new)
attempt("lt other", lambda: v < (1, 2))
print(isinstance(FrozenInstanceError("x"), AttributeError))


@dataclass(eq=False)
class Plain:
    a: int


pl = Plain(1)
print(pl == Plain(1), pl == pl, isinstance(hash(pl), int), "__eq__" in Plain.__dict__)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)


print(hash(Hashed(3)) == hash((3,)), Hashed(3) == Hashed(3, [1]))


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 42


print(hash(Explicit(1)))


@dataclass(frozen=True)
class FrozenHash:
    a: int
    b: str


print(hash(FrozenHash(1, "x")) == hash((1, "x")))


@dataclass(init=False, repr=False)
class Manual:
    a: int = 3

    def __init__(self, value):
        self.a = value * 2


m = Manual(4)
print(m.a, m == Manual(4), Manual.__repr__ is object.__repr__)


@dataclass
class Switches:
    shown: int
    hidden: int = field(default=0, repr=False)
    ignored: int = field(default=0, compare=False)
    derived: int = field(init=False, default=9)
    later: list = field(init=False, default_factory=list)


s = Switches(1, 2, 3)
print(s, s.derived, s.later, s == Switches(1, 2, 4), s == Switches(1, 3, 3))
attempt("init=False arg", lambda: Switches(1, 2, 3, 4))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("a", level=3), Options.__match_args__)
attempt("kw only", lambda: Options("a", True))


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__match_args__)
attempt("positional", lambda: AllKw(1))


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0


sl = Slotted(1)
print(sl, Slotted.__slots__, "__dict__" in dir(sl))
attempt("slot assign", lambda: setattr(sl, "z", 1))


def order_without_eq():
    @dataclass(order=True, eq=False)
    class Bad:
        a: int


def overwrite_lt():
    @dataclass(order=True)
    class Bad:
        a: int

        def __lt__(self, other):
            return True


def overwrite_hash():
    @dataclass(unsafe_hash=True)
    class Bad:
        a: int

        def __hash__(self):
            return 1


def frozen_setattr():
    @dataclass(frozen=True)
    class Bad:
        a: int

        def __setattr__(self, name, value):
            pass


attempt("order/eq", order_without_eq)
attempt("overwrite __lt__", overwrite_lt)
attempt("overwrite __hash__", overwrite_hash)
attempt("overwrite __setattr__", frozen_setattr)
