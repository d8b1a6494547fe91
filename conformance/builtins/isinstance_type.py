# isinstance() and type(): tuples of classes, bool/int, user hierarchies, errors.


class A:
    pass


class B(A):
    pass


class E(ValueError):
    pass


print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("s", (int, str)), isinstance(None, (int, (str, type(None)))), isinstance([], ()), isinstance((), tuple))
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, B)), isinstance(E(), Exception), isinstance(E(), ValueError))
print(isinstance(A, type), isinstance(int, type), isinstance(type, type), isinstance(type(None), type), isinstance(len, type))
print(isinstance({}, dict), isinstance(range(1), range), isinstance(iter([]), list), isinstance(B(), B), isinstance(A(), A))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(None), type(True), type(range(1)))
print(type(A()), type(B()).__name__, type(A) is type, type(type), type(len).__name__, type(lambda: 0).__name__)
print(type(1) is int, type(True) is int, type(True) == bool, type(B()) is A, type(2 ** 100) is int, type(1 / 1) is float)
print(type(ValueError("x")).__name__, type(E()).__name__, int.__name__, bool.__name__, type(None).__name__, A.__name__)
print(type(1)(7), type("")(5), type([])("ab"), type(1.0)("2"), type(True)(0), type(A())() is not None)
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, "int"), lambda: isinstance(1, (int, 1)), lambda: isinstance(1),
            lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
kinds = []
for v in [0, 0.0, "", [], (), {}, None, False, A(), B(), E(), range(0), type, len]:
    kinds.append(type(v).__name__)
print(kinds)


def describe(v):
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, (list, tuple)):
        return "seq of " + str(len(v))
    if isinstance(v, A):
        return "an A"
    return "other"


print([describe(v) for v in [True, 3, 2.5, [1], (1, 2), B(), "x", None]])
print(type("abc") == str, type("abc") != str, str is type("x"), type(type(3)) is type)
