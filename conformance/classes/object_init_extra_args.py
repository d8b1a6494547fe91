# object.__init__ rejects extra arguments unless __new__ took them
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


class C:
    pass


class A:
    def __init__(self, x):
        super().__init__(x)


class N:
    def __new__(cls, *a):
        return super().__new__(cls)


class NI:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, *a):
        super().__init__(*a)


class S(set):
    def __init__(self, it):
        super().__init__(it)


class L(list):
    def __init__(self, it):
        super().__init__(it)


class E(Exception):
    def __init__(self, m):
        super().__init__(m)


class K:
    def __init__(self, **kw):
        super().__init__(**kw)


class M:
    def __init__(self, a):
        super().__init__()
        self.a = a


t(lambda: C().__init__(1))
t(lambda: C(1))
t(lambda: A(1))
t(lambda: type(N(1)).__name__)
t(lambda: NI(1))
t(lambda: S([1]))
t(lambda: L([1]))
t(lambda: E("m"))
t(lambda: K(a=1))
t(lambda: type(K()).__name__)
t(lambda: M(1).a)
t(lambda: object.__init__(C(), 1))
t(lambda: object.__init__(C()))
