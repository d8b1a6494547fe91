# instantiating exception classes: args, user __init__ with and without the
# base call, __new__, the OSError family, a patched __init__
class E(Exception):
    pass
class F(ValueError):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
class G(Exception):
    def __init__(self, x):
        super().__init__(x, "extra")
class H(KeyError):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.made = True
        return o
for i in range(3):
    e = E(1, 2); f = F(5); g = G(7); h = H("k")
    print(e.args, f.args, f.a, f.b, g.args, h.args, h.made, str(e), repr(f), str(g), str(h))
    try:
        raise F(1, b=3)
    except ValueError as x:
        print(type(x).__name__, x.args, x.b)
    s = StopIteration(9); x = SystemExit(3); o = OSError(2, "No such file")
    print(s.value, x.code, type(o).__name__, o.errno, o.strerror)
    if i == 1:
        E.__init__ = lambda self, *a: setattr(self, "patched", a)
        print(E(4).patched, E(4).args)
try:
    F()
except TypeError as t:
    print("TypeError", t)
