# writes through an instance's __dict__ (and vars()) change its attributes
import functools


class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)


a = A(x=1, y=2)
print(a.x, vars(a))
a.__dict__["z"] = 3
print(a.z)
vars(a)["w"] = 4
print(a.w)
del a.__dict__["x"]
print(hasattr(a, "x"))
d = a.__dict__
d.update(q=9, r=10)
print(a.q, a.r, sorted(vars(a)))
d.pop("q")
print(hasattr(a, "q"))
d.setdefault("s", 11)
print(a.s)


class Cached:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v


class U:
    @Cached
    def val(self):
        print("compute")
        return 5


u = U()
print(u.val, u.val, type(U.val).__name__)


class W:
    @functools.cached_property
    def big(self):
        print("once")
        return 42


w = W()
print(w.big, w.big, "big" in vars(w))
e = ValueError("x")
e.__dict__["code"] = 3
print(e.code, e.args)


class P2:
    @property
    def name(self):
        "the name"
        return "n"


print(P2().name, P2.name.__doc__, type(P2.name).__name__)
