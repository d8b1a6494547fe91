# copy: instances of user classes, __copy__/__deepcopy__, __getstate__/__setstate__, __reduce__
import copy

inits = []


class Point:
    def __init__(self, x, y):
        inits.append((x, y))
        self.x = x
        self.y = y
        self.tags = ["p"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
c = copy.copy(p)
d = copy.deepcopy(p)
print(c, d, inits)
print(type(c).__name__, c is p, c.tags is p.tags, d.tags is p.tags, isinstance(d, Point))
p.tags.append("q")
print(c.tags, d.tags)
c.x = 100
print(p.x, c.x)


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
r2 = copy.deepcopy(root)
print(r2.value, r2.children[0].value, r2.children[0].parent is r2, r2.children[0] is kid)
print(r2.children[0].children[0].parent is r2.children[0])
r3 = copy.copy(root)
print(r3.children is root.children, r3.value)


class Custom:
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        return Custom("copied " + str(self.data))

    def __deepcopy__(self, memo):
        return Custom("deep " + str(self.data) + " " + str(len(memo)))


cu = Custom("x")
print(copy.copy(cu).data, copy.deepcopy(cu).data, copy.deepcopy([cu, cu])[1].data)
lst = copy.deepcopy([cu, cu])
print(lst[0] is lst[1])


class Stateful:
    def __init__(self, a):
        self.a = a
        self.cache = "expensive"

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.a = state["a"]
        self.cache = "rebuilt"


s = Stateful([1])
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a, s2.cache, s2.a is s.a, s3.a, s3.cache, s3.a is s.a)


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


rd = copy.deepcopy(Reduced(1, [2]))
print(type(rd).__name__, rd.args)


class Empty:
    pass


e = Empty()
print(type(copy.copy(e)).__name__, type(copy.deepcopy(e)).__name__)


class WithClassAttr:
    kind = "shared"

    def __init__(self):
        self.own = {"k": 1}


w = WithClassAttr()
w2 = copy.deepcopy(w)
print(w2.kind, w2.own, w2.own is w.own)


class MyErr(Exception):
    pass


err = MyErr("boom", 2)
err.extra = [1]
ec = copy.copy(err)
ed = copy.deepcopy(err)
print(type(ec).__name__, ec.args, ec.extra is err.extra, ed.args, ed.extra is err.extra)


class Inherit(Point):
    pass


ih = Inherit(5, 6)
print(copy.deepcopy(ih), type(copy.copy(ih)).__name__, Inherit.__init__ is Point.__init__)
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)
print(len(inits))


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print("TypeError", e)
