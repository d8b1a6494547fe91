# Class lookups (dunders, the with protocol, __call__, descriptors) must see
# every change to a class or its bases, however often they ran before.
import gc


class Base:
    def __enter__(self):
        return "base-enter"

    def __exit__(self, *exc):
        return False

    def __len__(self):
        return 1


class Mid(Base):
    pass


class Leaf(Mid):
    pass


def use(obj):
    with obj as v:
        pass
    return v, len(obj)


leaf = Leaf()
print([use(leaf) for _ in range(3)])
Mid.__enter__ = lambda self: "mid-enter"          # a base between: shadows Base
print(use(leaf))
Base.__len__ = lambda self: 2                     # the base itself changes
print(use(leaf))
del Mid.__enter__                                 # falls back to Base again
print(use(leaf))
Leaf.__len__ = lambda self: 3
print(use(leaf), use(Mid()))
del Leaf.__len__
print(use(leaf))

# __call__ appearing and disappearing
class F:
    pass


f = F()
for step in range(3):
    try:
        print("called", f(step))
    except TypeError as e:
        print("TypeError:", e)
    if step == 0:
        F.__call__ = lambda self, x: x * 10
    elif step == 1:
        del F.__call__

# data descriptor added to a class after instance reads
class P:
    pass


p = P()
p.x = 1
print([p.x for _ in range(3)])
P.x = property(lambda self: "prop")
print(p.x)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
del P.x
print(p.x)
del p.x
print(hasattr(p, "x"))

# many short-lived classes (more than any cache holds), collected and made
# again: each new class answers with its own methods
def make(i):
    class K:
        def __len__(self):
            return i

        def __repr__(self):
            return "K%d" % i
    return K


total = 0
for round_ in range(3):
    ks = [make(i + 1000 * round_) for i in range(700)]
    total += sum(len(k()) for k in ks)
    print(repr(ks[0]()), repr(ks[-1]()), len(ks[350]()))
    del ks
    gc.collect()
print(total)

# the same name on sibling classes and a metaclass
class Meta(type):
    def __len__(cls):
        return 42


class A(metaclass=Meta):
    def __len__(self):
        return 7


print(len(A), len(A()))
Meta.__len__ = lambda cls: 43
A.__len__ = lambda self: 8
print(len(A), len(A()))
