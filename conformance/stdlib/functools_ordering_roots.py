# total_ordering from each of the four roots, with NotImplemented for foreign operands.
from functools import total_ordering
for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    ops = {"__lt__": lambda a, b: a.v < b.v if isinstance(b, C) else NotImplemented,
           "__le__": lambda a, b: a.v <= b.v if isinstance(b, C) else NotImplemented,
           "__gt__": lambda a, b: a.v > b.v if isinstance(b, C) else NotImplemented,
           "__ge__": lambda a, b: a.v >= b.v if isinstance(b, C) else NotImplemented}
    ns = {"__init__": lambda self, v: setattr(self, "v", v), "__eq__": lambda a, b: isinstance(b, C) and a.v == b.v, "__hash__": None, root: ops[root]}
    C = total_ordering(type("C", (), ns))
    a, b, c = C(1), C(2), C(1)
    print(root, [(x < y, x <= y, x > y, x >= y) for x, y in ((a, b), (b, a), (a, c))], C.__gt__.__name__ if root != "__gt__" else "-")
    try:
        a < 3; a >= 3
    except TypeError as e:
        print("TypeError", e)
