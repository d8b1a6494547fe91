# One subscript site seeing lists, tuples, dicts, their subclasses and
# other mappings: each specialization must give way to the generic path.


class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))


class T(tuple):
    def __getitem__(self, i):
        return ("T", tuple.__getitem__(self, i))


class D(dict):
    def __missing__(self, k):
        return ("missing", k)


class M:
    def __getitem__(self, k):
        return ("M", k)


def at(o, i):
    return o[i]


for o, keys in (
    ([10, 20, 30], (0, 2, -1, -3)),
    ((10, 20, 30), (0, 2, -1, -3)),
    ({"a": 1, 2: "b", (1, 2): "t"}, ("a", 2, (1, 2))),
    (L([1, 2]), (0, -1)),
    (T((1, 2)), (0, -1)),
    (D(x=1), ("x", "y")),
    (M(), (0, "k")),
    ("héllo", (0, 1, -1)),
):
    print(type(o).__name__, [at(o, k) for k in keys])

for o, k in (([1], 1), ([1], -2), ((1,), 1), ((1,), -2), ((), 0), ({}, "nope"), ({1: 2}, 1.5), ({}, (1, 2)), ("ab", 5)):
    try:
        at(o, k)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    at({}, [])
except TypeError as e:
    print("TypeError", e)
print(at({1: "int"}, True), at({1.0: "float"}, 1), at((5, 6), True))
