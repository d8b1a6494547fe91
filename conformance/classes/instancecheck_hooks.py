# isinstance/issubclass consult the metaclass's __instancecheck__ and
# __subclasscheck__; abc.ABCMeta registration and collections.abc checks
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


def attempt(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


calls = []


class Meta(type):
    def __instancecheck__(cls, obj):
        calls.append(("inst", cls.__name__, type(obj).__name__))
        return obj == 42 or super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        calls.append(("sub", cls.__name__, getattr(sub, "__name__", sub)))
        return sub is int or super().__subclasscheck__(sub)


class A(metaclass=Meta):
    pass


class B(A):
    pass


print(isinstance(42, A), isinstance(41, A), isinstance(B(), A), isinstance(A(), A), isinstance(B(), B))
print(issubclass(int, A), issubclass(str, A), issubclass(B, A), issubclass(A, A))
print(isinstance(42, (str, A)), issubclass(int, (str, A)), isinstance("s", (str, A)))
print(calls)
attempt("hook with non-class", lambda: issubclass(3, A))
attempt("plain with non-class", lambda: issubclass(3, int))
attempt("bad arg 2", lambda: issubclass(int, 3))
attempt("bad isinstance arg 2", lambda: isinstance(3, 3))
attempt("type.__instancecheck__", lambda: type.__instancecheck__(int, 3))
attempt("type.__subclasscheck__", lambda: type.__subclasscheck__(int, bool))


class Yes(type):
    def __instancecheck__(cls, obj):
        return "non-empty string"


class Boom(type):
    def __instancecheck__(cls, obj):
        raise ValueError("boom from hook")


class T(metaclass=Yes):
    pass


class X(metaclass=Boom):
    pass


print(isinstance(1, T), isinstance(X(), X))
attempt("raising hook", lambda: isinstance(1, X))


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass


class Circle:
    def area(self):
        return 3


print(isinstance(Circle(), Shape), issubclass(Circle, Shape))
print(Shape.register(Circle) is Circle, isinstance(Circle(), Shape), issubclass(Circle, Shape))


@Shape.register
class Square:
    pass


print(isinstance(Square(), Shape), issubclass(bool, Shape), isinstance(3, Shape))
values = [[], (), {}, set(), "s", 3, None, iter([]), len, b"x", range(2), {}.keys()]
for abc_cls in [cabc.Iterable, cabc.Sized, cabc.Container, cabc.Sequence, cabc.Mapping,
                cabc.MutableMapping, cabc.Set, cabc.Callable, cabc.Iterator, cabc.Hashable]:
    print(abc_cls.__name__, [isinstance(v, abc_cls) for v in values])


class Bag:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter([])

    def __contains__(self, x):
        return False


print(isinstance(Bag(), cabc.Collection), isinstance(Bag(), cabc.Sequence), issubclass(Bag, cabc.Sized))
