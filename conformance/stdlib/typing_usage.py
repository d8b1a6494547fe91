# typing in ordinary code: annotations, Generic classes, NamedTuple, TypedDict,
# NewType, cast, overload and friends
from typing import (Any, Callable, Dict, Generic, Iterator, List, NamedTuple, NewType,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast, final,
                    no_type_check, overload, runtime_checkable, TYPE_CHECKING)
import typing

T = TypeVar("T")
K = TypeVar("K")

if TYPE_CHECKING:
    print("never printed")


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def pairs(d: Dict[str, int]) -> Iterator[Tuple[str, int]]:
    for k in sorted(d):
        yield k, d[k]


def apply(f: Callable[[int], int], x: Union[int, float]) -> Any:
    return f(x)


print(first([3, 4]), first([], "empty"), list(pairs({"b": 2, "a": 1})), apply(lambda n: n * 2, 21))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, isinstance(s, Stack), isinstance(s, Generic))


class Pair(Generic[K, T]):
    def __init__(self, k: K, v: T):
        self.k, self.v = k, v


class IntPair(Pair[int, T]):
    pass


print(IntPair(1, "x").v, Pair("a", 2).k)


class Greeter(Protocol):
    def greet(self) -> str:
        ...


@runtime_checkable
class Closer(Protocol[T]):
    def close(self) -> None:
        ...


class English(Greeter):
    def greet(self) -> str:
        return "hello"


print(English().greet(), Closer.__name__)

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, 2)
print(p, p.x + p.y, Point._fields, p._asdict(), p._replace(x=9), isinstance(p, tuple))
Pt3 = NamedTuple("Pt3", x=float, y=float, z=float)
print(Pt3(1.0, 2.0, 3.0), Pt3._fields)

Movie = TypedDict("Movie", {"title": str, "year": int})
m = Movie(title="Heat", year=1995)
print(m, type(m).__name__, m["year"])


class Config(TypedDict, total=False):
    debug: bool


cfg = Config(debug=True)
print(cfg, type(cfg).__name__, Config.__total__)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__)
print(cast(int, "not really"), cast(List[int], [1]), cast("str", 5))


@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(4), double("ab"))
try:
    @overload
    def lonely(x: int) -> int:
        ...
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError", str(e)[:40])


@final
def fixed():
    return "fixed"


@no_type_check
def unchecked(x: "whatever") -> "nothing":
    return x


print(fixed(), unchecked(3))
try:
    typing.assert_never("boom")
except AssertionError as e:
    print(e)
print(typing.get_type_hints(first) == {} or True, typing.Text is str)
handlers: Dict[str, Callable[..., Any]] = {"len": len}
print(handlers["len"]([1, 2, 3]))
