# Multi-level inheritance: attribute lookup order and explicit base calls.


class A:
    tag = "A"

    def __init__(self):
        self.trail = ["A.init"]

    def who(self):
        return "A.who"

    def chain(self):
        return ["A"]


class B(A):
    def __init__(self):
        A.__init__(self)
        self.trail.append("B.init")

    def chain(self):
        return A.chain(self) + ["B"]


class C(B):
    tag = "C"

    def __init__(self):
        B.__init__(self)
        self.trail.append("C.init")

    def who(self):
        return "C.who over " + A.who(self)

    def chain(self):
        return B.chain(self) + ["C"]


class D(C):
    def chain(self):
        return ["D"] + C.chain(self)


for obj in [A(), B(), C(), D()]:
    print(type(obj).__name__, obj.tag, obj.who(), obj.chain(), obj.trail)
d = D()
d.tag = "instance"
print(d.tag, D.tag, C.tag, B.tag)
B.tag = "B now"
print(A.tag, B.tag, C.tag, D.tag, B().tag)
print(isinstance(d, A), isinstance(A(), D), type(d) is C)
try:
    A.chain()
except TypeError as e:
    print("TypeError", e)


class ErrBase(Exception):
    pass


class ErrMid(ErrBase):
    pass


class ErrLeaf(ErrMid):
    pass


for cls in [ErrBase, ErrMid, ErrLeaf]:
    try:
        raise cls("from " + cls.__name__)
    except ErrLeaf as e:
        print("leaf handler", e)
    except ErrMid as e:
        print("mid handler", e)
    except ErrBase as e:
        print("base handler", e)
