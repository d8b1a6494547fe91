def f():
    "doc of f"
    return 1
class A:
    """A doc."""
class B(A):
    pass
def g(): pass
g.extra = 5
print(f.__doc__, A.__doc__, B.__doc__, g.__doc__, g.__dict__, f.__dict__)
class S(set): pass
print(repr(S([1])), repr(S()), hasattr(set(), "__len__"))
import sys
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
