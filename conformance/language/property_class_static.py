# property (getter/setter/deleter), classmethod, staticmethod.

class Temp:
    scale = "C"

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero: " + str(v))
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale

    @staticmethod
    def valid(v):
        return v >= -273.15


class Kelvin(Temp):
    scale = "K"


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.from_f(212).celsius, type(Kelvin.from_f(32)).__name__)
print(Temp.describe(), Kelvin.describe(), Kelvin(1).describe())
print(Temp.valid(-300), t.valid(0), Kelvin.valid(-1))
print(type(Temp.celsius).__name__, Temp.valid(0.0))


class Box:
    def __init__(self):
        self._items = []

    @property
    def size(self):
        return len(self._items)

    @size.deleter
    def size(self):
        self._items.clear()

    def add(self, x):
        self._items.append(x)
        return self


b = Box().add(1).add(2)
print(b.size)
del b.size
print(b.size)
print(Box.__name__, callable(Temp.valid), Temp.valid.__name__)
