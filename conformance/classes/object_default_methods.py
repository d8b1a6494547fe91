# object's inherited dunders reached through classes, instances and super()
class E:
    pass


for n in ["__eq__", "__ne__", "__hash__", "__lt__", "__ge__", "__format__", "__repr__", "__init__"]:
    print(n, hasattr(E, n), hasattr(E(), n), hasattr(object, n))


class Q:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if not isinstance(o, Q):
            return super().__eq__(o)
        return self.v == o.v

    __hash__ = object.__hash__


q = Q(1)
print(Q(1) == Q(1), Q(1) == 1, Q(1) != Q(2), Q(1).__eq__(2), object.__eq__(q, q), object.__eq__(q, 2))
print(hash(q) == object.__hash__(q), q in {q}, q.__ne__(q), E().__lt__(E()))


class R:
    def __eq__(self, o):
        return True


print(R.__hash__, E.__hash__ is not None, R() == 1, R() != 1)
try:
    hash(R())
except TypeError as e:
    print("TypeError", e)


class H:
    def __hash__(self):
        return super().__hash__() * 0 + 7


print(hash(H()), format(H(), "")[:11], object.__format__(E(), "")[:11])
for spec in ["x", "10"]:
    try:
        format(E(), spec)
    except TypeError as e:
        print("TypeError", e)
print(int.__repr__(5), float.__repr__(2.5), str.__repr__("a"), object.__repr__(E())[:11])


class Idx:
    def __index__(self):
        return 2


print([1, 2, 3][Idx()], (4, 5, 6)[Idx()], "abc"[Idx()], hex(Idx()), bin(Idx()), oct(Idx()))


class X1:
    pass


class X2(X1):
    pass


for bases in [(X1, X2), (X2, X1)]:
    try:
        print(type("Z", bases, {}).__mro__)
    except TypeError as e:
        print("TypeError", e)
