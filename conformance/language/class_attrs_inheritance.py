# Class vs instance attributes, single inheritance, method resolution, class-level state.

class Base:
    kind = "base"
    registry = []
    count = 0

    def __init__(self, name):
        self.name = name
        Base.count += 1
        self.registry.append(name)

    def describe(self):
        return self.kind + ":" + self.name + ":" + self.extra()

    def extra(self):
        return "base-extra"


class Child(Base):
    kind = "child"

    def __init__(self, name, age):
        Base.__init__(self, name)
        self.age = age

    def extra(self):
        return "age=" + str(self.age)


class GrandChild(Child):
    def describe(self):
        return "GC[" + Child.describe(self) + "]"


b = Base("b")
c = Child("c", 3)
g = GrandChild("g", 1)
print(b.describe(), c.describe(), g.describe())
print(Base.count, Child.count, Base.registry, g.registry is Base.registry)
c.kind = "instance-kind"
print(c.kind, Child.kind, c.describe(), GrandChild.kind)
del c.kind
print(c.kind)
Child.kind = "patched"
print(c.kind, g.kind, b.kind)
Base.new_attr = "added later"
print(g.new_attr, hasattr(b, "new_attr"))
print(isinstance(g, Base), isinstance(g, Child), isinstance(c, GrandChild), type(g) is Child)
print(type(g).__name__, Child.__name__, type(c) == Child)


def free_method(self):
    return "free " + self.name


Base.free = free_method
print(g.free(), b.free())
m = c.describe
print(m(), Child.describe(g))
try:
    Base.describe()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b.age)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Child.missing)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.kind
except AttributeError as e:
    print(type(e).__name__, e)
