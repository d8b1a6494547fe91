# abc: ABC, abstractmethod, instantiation checks, register
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


class Finished(HalfDone):
    def perimeter(self):
        return 1


attempt("Shape()", lambda: Shape())
attempt("HalfDone()", lambda: HalfDone())
attempt("Square(2)", lambda: Square(2))
attempt("Finished()", lambda: Finished())
print(Square(3).describe(), Square(3).perimeter(), Finished().describe())
print(isinstance(Square(1), Shape), issubclass(Square, ABC), issubclass(Finished, Shape))
print(Shape.area.__isabstractmethod__, hasattr(Square.area, "__isabstractmethod__"))


class Base(ABC):
    @abstractmethod
    def run(self, x):
        return "base:" + str(x)


class Child(Base):
    def run(self, x):
        return "child+" + super().run(x)


print(Child().run(5))


class WithInit(ABC):
    def __init__(self, a, b=2):
        self.total = a + b

    @abstractmethod
    def go(self):
        pass


class Go(WithInit):
    def go(self):
        return self.total


print(Go(1).go(), Go(1, b=10).go(), Go(a=4).go())
attempt("WithInit(1)", lambda: WithInit(1))


class Props(ABC):
    @property
    def value(self):
        return 42

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "h"


print(Props.make().value, Props.helper())


class Plain(ABC):
    pass


attempt("Plain()", lambda: Plain())


class Registered:
    pass


print(Shape.register(Registered) is Registered)


@Shape.register
class Decorated:
    pass


print(Decorated.__name__)


class Meta(metaclass=ABCMeta):
    def hello(self):
        return "hello"


print(Meta().hello())


class Multi(ABC):
    @abstractmethod
    def c(self):
        pass

    @abstractmethod
    def a(self):
        pass

    @abstractmethod
    def b(self):
        pass


attempt("Multi()", lambda: Multi())


class Override(Multi):
    c = None
    a = 1

    def b(self):
        return 2


attempt("Override()", lambda: Override())

# the metaclass records the abstract methods
print(type(ABC).__name__, type(Shape) is ABCMeta, type(Square).__name__)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)


class MetaAbstract(metaclass=ABCMeta):
    @abstractmethod
    def f(self):
        pass

    @abstractmethod
    def make(self):
        pass


attempt("MetaAbstract()", lambda: MetaAbstract())
print(sorted(MetaAbstract.__abstractmethods__))


class MetaDone(MetaAbstract):
    def f(self):
        return "f"

    def make(self):
        return type(self)()


print(MetaDone().make().f(), MetaDone.__abstractmethods__)

from abc import update_abstractmethods


class Later(ABC):
    @abstractmethod
    def todo(self):
        pass


Later.todo = lambda self: "done now"
update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().todo())
