# functools: cached_property, partialmethod, singledispatch
from functools import cached_property, partialmethod, singledispatch

computed = []


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        computed.append(self.r)
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, computed)
c.area = 99
print(c.area, computed)
d = Circle(5)
print(d.area, computed)
print(isinstance(Circle.area, cached_property), Circle.area.attrname)


class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, state, note=""):
        self.state = state + note

    set_alive = partialmethod(set_state, "alive")
    set_dead = partialmethod(set_state, "dead", note="!")


cell = Cell()
cell.set_alive()
print(cell.state)
cell.set_dead()
print(cell.state)
cell.set_alive(note="?")
print(cell.state)
Cell.set_alive(cell)
print(cell.state)


@singledispatch
def describe(x):
    return "object " + repr(x)


@describe.register(int)
def _(x):
    return "int %d" % x


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


def describe_str(x):
    return "str " + x


describe.register(str, describe_str)


class Base:
    def __repr__(self):
        return "Base()"


class Child(Base):
    def __repr__(self):
        return "Child()"


describe.register(Base, lambda x: "base-ish " + repr(x))
print(describe(5), describe(True), describe([1, 2]), describe("s"))
print(describe(2.5), describe(None), describe(Child()), describe(Base()))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.__wrapped__)
print(sorted(k.__name__ for k in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError", e)
