# Zero-argument super(), cooperative multiple inheritance, C3 MRO, errors.
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def kind(cls):
        return "kind of " + cls.__name__
    @staticmethod
    def util(x):
        return x * 2
    @property
    def label(self):
        return "base-label"

class Left(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Right")
    def hello(self):
        return "Right>" + super().hello()
    @property
    def label(self):
        return "right(" + super().label + ")"

class Both(Left, Right):
    def __init__(self):
        super().__init__(extra=1)
        self.log.append("Both")
    def hello(self):
        return "Both>" + super().hello()
    @classmethod
    def kind(cls):
        return "Both/" + super().kind()

b = Both()
print(b.log, b.hello(), Both.kind(), b.label, Both.util(4))
print([c.__name__ for c in Both.__mro__])
print(super(Left, b).hello(), super(Both, b).hello())
print(isinstance(b, Right), issubclass(Both, Left), Both.__bases__[1].__name__)

class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in E.__mro__])
try:
    class F(D, E): pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(A, B): pass
except TypeError as e:
    print("TypeError", e)

class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
class Sub(Counter):
    def __init__(self):
        super().__init__()
        super().__init__()
Sub(); Sub()
print(Counter.count, Sub.count)

class MyError(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self):
        return "MyError[" + str(self.code) + "]: " + super().__str__()
try:
    raise MyError("broken", 42)
except ValueError as e:
    print(e, e.args, e.code, isinstance(e, MyError))

def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
