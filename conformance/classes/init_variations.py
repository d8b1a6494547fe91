# __init__ with defaults, no __init__, __init__ returning non-None, attributes set later.


class WithDefaults:
    def __init__(self, a, b=2, c=None):
        self.a = a
        self.b = b
        if c is None:
            c = []
        self.c = c


class NoInit:
    value = "class value"


class Child(WithDefaults):
    pass


class ReturnsValue:
    def __init__(self):
        self.x = 1
        return 5


w1 = WithDefaults(1)
w2 = WithDefaults(1, c=[9], b=0)
print(w1.a, w1.b, w1.c, w2.a, w2.b, w2.c)
w1.c.append("x")
print(WithDefaults(0).c, w1.c)
n = NoInit()
print(n.value, type(n).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
ch = Child(7, c=["child"])
print(ch.a, ch.b, ch.c, isinstance(ch, WithDefaults))
try:
    Child()
except TypeError as e:
    print("TypeError", e)
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError", e)


class Lazy:
    def __init__(self):
        self.ready = False

    def setup(self):
        self.data = [1, 2]
        self.ready = True


lz = Lazy()
try:
    print(lz.data)
except AttributeError as e:
    print("AttributeError", e)
lz.setup()
print(lz.data, lz.ready)


class SelfNamed:
    def __init__(this, v):
        this.v = v

    def get(me):
        return me.v


print(SelfNamed(3).get())
