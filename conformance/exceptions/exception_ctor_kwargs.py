# keyword arguments to exception constructors
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


class F(Exception):
    pass


class G(ValueError):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw


class H(Exception):
    def __new__(cls, *a, **kw):
        return super().__new__(cls, *a)
    def __init__(self, *a, **kw):
        super().__init__(*a)


t(lambda: ValueError("a", b=1))
t(lambda: E("m", code=3).code)
t(lambda: repr(E("m", code=3)))
t(lambda: F("x", y=1))
t(lambda: G(1, z=2).kw)
t(lambda: H(1, z=2).args)
t(lambda: KeyError(key=1))
t(lambda: AttributeError("x", name="n", obj=1).name)
t(lambda: NameError("x", name="n").name)
t(lambda: ImportError("x", name="m").name)
t(lambda: Exception.__init__(Exception(), a=1))
