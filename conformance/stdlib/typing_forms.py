# typing: special forms and generic aliases print and compare like CPython's
from typing import (Any, Annotated, AnyStr, Callable, ClassVar, Counter, DefaultDict, Deque,
                    Dict, Final, FrozenSet, Generator, Iterable, Iterator, List, Literal,
                    Mapping, MutableMapping, NoReturn, Optional, Sequence, Set, Text, Tuple,
                    Type, TypeVar, Union, get_args, get_origin)
import typing


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", int, str, covariant=True)
C = TypeVar("C", contravariant=True)
forms = [
    Any, NoReturn, List, List[int], List[List[str]], Dict[str, int], Dict[str, T], Dict[str, T][int],
    Tuple, Tuple[int, ...], Tuple[()], Tuple[int, str], Callable, Callable[[int, str], bool],
    Callable[..., int], Callable[[], None], Optional[int], Union[int, str], Union[int, str, None],
    Union[int], Union[int, Union[str, int]], Optional[Union[int, str]], Union[None, int],
    Optional[None], Literal[1, "a", None], Literal[1, 1, 2], ClassVar[int], Final[str],
    Type[int], Type, Iterable[int], Iterator[str], Sequence, Mapping[str, Any],
    MutableMapping[str, List[int]], Set[T], FrozenSet[int], List["Node"], Deque[int],
    DefaultDict[str, int], Counter[str], Annotated[int, "meta", 3], Generator[int, None, None],
    T, K, V, C, AnyStr, Text, typing.Hashable, typing.Sized,
]
for f in forms:
    print(repr(f))

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Callable[[int], str]), get_args(Callable[..., str]))
print(get_args(int), get_origin(int), get_origin(Literal[1]), get_args(Literal[1, 2]))
print(get_args(Annotated[int, "x"]), get_origin(List), get_args(List), get_args(Tuple[()]))
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(Optional[int] == Union[int, None], Literal[1, 2] == Literal[2, 1], Dict[str, int] != Dict[str, str])
print(hash(List[int]) == hash(List[int]), len({List[int], List[int], Set[int]}))
print(T.__name__, K.__bound__, V.__constraints__, V.__covariant__, C.__contravariant__, T.__bound__)
print(Dict[K, V][int, str], Callable[[T], T][int], Optional[T][str], List[Tuple[T, K]][int, bool])
print(List[int].__origin__, List[int].__args__, Dict[str, T].__parameters__, Tuple[int, ...].__args__)

attempt("List()", lambda: List())
attempt("List[int]()", lambda: List[int]())
attempt("Dict[str, int]()", lambda: Dict[str, int]())
attempt("Deque[int]()", lambda: Deque[int]([1]))
attempt("DefaultDict()", lambda: DefaultDict(list))
attempt("Any()", lambda: Any())
attempt("List[int][str]", lambda: List[int][str])
attempt("Union[()]", lambda: Union[()])
attempt("Optional two", lambda: Optional[int, str])
attempt("Any[int]", lambda: Any[int])
attempt("Dict[int]", lambda: Dict[int])
attempt("List[int, str]", lambda: List[int, str])
attempt("ClassVar two", lambda: ClassVar[int, str])
attempt("Callable bad", lambda: Callable[int])
attempt("Annotated one", lambda: Annotated[int])
attempt("bivariant", lambda: TypeVar("B", covariant=True, contravariant=True))
attempt("one constraint", lambda: TypeVar("O", int))
attempt("Hashable[int]", lambda: typing.Hashable[int])
print(Union, Optional, Literal, ClassVar, Final, typing.TYPE_CHECKING)
