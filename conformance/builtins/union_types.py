# X | Y between types (types.UnionType) and subscripted builtin classes
# (types.GenericAlias): repr, equality, isinstance/issubclass, errors
import types


def attempt(label, fn):
    try:
        print(label, "ok", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    pass


class B(A):
    pass


print(int | None, None | int, int | str | None, (int | str) | (str | float))
print(int | int, str | str | str, type(int | str).__name__, type(int | str).__module__)
print(A | None, B | A | int, int | A)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[A], set[frozenset[str]])
print(list[int] | str, str | list[int], list[int] | list[int], list[int] | list[str], dict[str, int] | None)
print((int | str).__args__, (int | None).__args__, list[int].__origin__, dict[str, int].__args__)
print(list[int].__parameters__, (int | str).__parameters__, list[int].__name__, type(list[int]).__name__)
print(isinstance(3, int | str), isinstance("x", int | str), isinstance(None, int | None), isinstance(2.0, int | str))
print(isinstance(B(), A | None), issubclass(B, int | A), issubclass(float, int | str), issubclass(bool, int | None))
print(isinstance(3, (str, int | None)), isinstance(True, int | str))
attempt("isinstance alias", lambda: isinstance([], list[int]))
attempt("isinstance union with alias", lambda: isinstance([], list[int] | str))
attempt("issubclass alias", lambda: issubclass(list, list[int]))
attempt("type | int", lambda: int | 3)
attempt("type | str", lambda: int | "str")
attempt("None | None", lambda: None | None)
attempt("int | type", lambda: 3 | int)
attempt("int[str]", lambda: int[str])
attempt("user class subscript", lambda: A[int])
print((int | str) == (str | int), (int | str) == (int | float), (int | str) != (str | int))
print(list[int] == list[int], list[int] == list[str], list[int] == list, (int | None) == (None | int))
print(hash(int | str) == hash(str | int), {int | str: "u"}[str | int], hash(list[int]) == hash(list[int]))
print(list[int](), list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(types.UnionType is type(int | str), types.GenericAlias is type(list[int]))
print(isinstance(int | str, types.UnionType), isinstance(list[int], type), isinstance(list[int], types.GenericAlias))


class IntList(list[int]):
    pass


class Pair(dict[str, int]):
    pass


print(IntList.__mro__, IntList.__orig_bases__, IntList([1, 2]), Pair(a=1))
print(IntList[str], isinstance(IntList(), list))


class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__ " + other.__name__


class M(metaclass=Meta):
    pass


print(M | int, int | M)
