# function __annotations__: parameters of every kind and the return
# annotation, evaluated when the def runs, in order, in the enclosing scope
from typing import Optional, List


def full(a: int, b: "str" = "x", *args: float, c: list[int] = [], d, **kw: dict) -> bool:
    return True


print(full.__annotations__)
print(list(full.__annotations__))


def none_at_all(x, y=1, *z, **w):
    pass


print(none_at_all.__annotations__, type(none_at_all.__annotations__).__name__)
print(none_at_all.__annotations__ is none_at_all.__annotations__)
none_at_all.__annotations__["x"] = int
print(none_at_all.__annotations__)


def only_return() -> None:
    pass


def positional(p: int, /, q: str) -> "result":
    pass


print(only_return.__annotations__, positional.__annotations__)
print((lambda x: x).__annotations__)

order = []


def note(label):
    order.append(label)
    return label


def evaluated(a: note("ann a") = note("default a"), *, b: note("ann b") = note("default b")) -> note("ann return"):
    pass


print(order)
print(evaluated.__annotations__)


class Box:
    def put(self, item: "Box", count: int = 1) -> Optional["Box"]:
        return None

    @staticmethod
    def make(size: int) -> List[int]:
        return [0] * size


print(Box.put.__annotations__)
print(Box().put.__annotations__)
print(Box.make.__annotations__)


def outer():
    local_type = dict

    def inner(x: local_type, y: list[local_type]) -> local_type:
        return x

    return inner


print(outer().__annotations__)
made = []
for kind in (int, str):
    def typed(v: kind) -> kind:
        return v
    made.append(typed)
print([f.__annotations__ for f in made])


def replaced(x: int):
    pass


replaced.__annotations__ = {"x": "changed"}
print(replaced.__annotations__)
try:
    def broken(x: undefined_name_here):
        pass
except NameError as e:
    print("NameError", e)
