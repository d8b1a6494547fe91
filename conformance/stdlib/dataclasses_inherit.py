# dataclasses: inheritance (base-first field order), overrides, __post_init__, InitVar
from dataclasses import dataclass, field, fields, InitVar


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Base:
    x: int
    y: int = 10
    note: str = "base"


@dataclass
class Child(Base):
    z: int = 0
    x: int = 5


c = Child()
print(c, [f.name for f in fields(Child)])
print(Child(1, 2, "n", 3), Base(1) == Child(1), Child(1) == Child(1))
print(Child.__match_args__)


class Mixin:
    kind = "mixin"

    def describe(self):
        return "%s(%s)" % (self.kind, self.x)


@dataclass
class WithMixin(Mixin, Base):
    extra: list = field(default_factory=list)


w = WithMixin(7)
print(w, w.describe(), w.kind)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


@dataclass
class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)


print(Rect(2, 3), Square(4), Square(4) == Rect(4, 4))


@dataclass
class Scaled:
    value: float
    factor: InitVar[float] = 2.0
    scaled: float = field(init=False, default=0.0)

    def __post_init__(self, factor):
        self.scaled = self.value * factor


s = Scaled(3)
print(s, Scaled(3, 10).scaled, [f.name for f in fields(Scaled)])
print("factor" in Scaled.__dataclass_fields__, Scaled.__dataclass_fields__["factor"].type)
attempt("missing initvar", lambda: Scaled())


@dataclass
class Logged(Scaled):
    label: str = "?"

    def __post_init__(self, factor):
        super().__post_init__(factor)
        self.label = self.label.upper()


print(Logged(1, 3, "abc"))


@dataclass(frozen=True)
class FrozenBase:
    a: int


@dataclass(frozen=True)
class FrozenChild(FrozenBase):
    b: int = 0


print(FrozenChild(1, 2), hash(FrozenChild(1, 2)) == hash((1, 2)))


def thaw():
    @dataclass
    class Thawed(FrozenBase):
        c: int = 0


def freeze():
    @dataclass(frozen=True)
    class Frozen(Base):
        c: int = 0


attempt("non-frozen from frozen", thaw)
attempt("frozen from non-frozen", freeze)


class NotADataclass(Base):
    def __init__(self):
        Base.__init__(self, 99)


print(NotADataclass(), len(fields(NotADataclass())))


@dataclass
class Counter:
    total: int = 0
    history: list = field(default_factory=list, repr=False)

    def add(self, n):
        self.total += n
        self.history.append(n)
        return self


@dataclass
class NamedCounter(Counter):
    name: str = "c"


nc = NamedCounter(name="n").add(2).add(3)
print(nc, nc.history, NamedCounter().history is not nc.history)
