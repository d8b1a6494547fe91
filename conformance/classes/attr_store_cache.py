# Attribute stores at one site seeing many receiver layouts: the store cache
# must notice shape changes, class changes, descriptors and __setattr__
# added after it was filled, __slots__ and deletions.


class P:
    pass


class Q:
    pass


def put(o, v):
    o.a = v          # one store site for every receiver below
    return o


def fill(o):
    o.x = 1
    o.y = 2
    return o


objs = [P(), P(), Q(), fill(P()), fill(Q())]
for rnd in range(3):
    for i, o in enumerate(objs):
        put(o, rnd * 10 + i)
print([sorted(vars(o).items()) for o in objs])

# two insertion orders: same names, different shapes
a, b = P(), P()
a.u = 1
a.v = 2
b.v = 3
b.u = 4
for o in (a, b, a, b):
    put(o, "A")
print(vars(a), vars(b))

# delete then store again through the cached site
p = put(P(), 1)
del p.a
put(p, 2)
print(vars(p))
p.z = 0
del p.a
put(p, 3)
print(list(vars(p).items()))

# a data descriptor added to the class after the site was filled
log = []


def get_a(self):
    return "prop"


def set_a(self, v):
    log.append(v)


for i in range(3):
    put(P(), i)
P.a = property(get_a, set_a)
q = put(P(), 99)
print(q.a, log, vars(q))
del P.a
q2 = put(P(), 5)
print(q2.a, vars(q2))

# __setattr__ added to a class later
class R:
    pass


for i in range(3):
    put(R(), i)


def loud(self, name, value):
    object.__setattr__(self, name, value * 2)


R.__setattr__ = loud
print(put(R(), 21).a)
del R.__setattr__
print(put(R(), 21).a)


# __slots__ classes and a subclass with a dict
class S:
    __slots__ = ("a",)


class T(S):
    pass


s = put(S(), 1)
t = put(T(), 2)
print(s.a, t.a)
try:
    s.b = 3
except AttributeError as e:
    print("AttributeError", e)

# changing __class__ between stores
o = put(P(), 1)
o.__class__ = Q
put(o, 2)
print(type(o).__name__, vars(o))


# instances of a subclass whose base gets a property later
class Base:
    pass


class Sub(Base):
    pass


for i in range(3):
    put(Sub(), i)
Base.a = property(lambda self: "base-prop")
try:
    put(Sub(), 1)
except AttributeError as e:
    print("AttributeError", e)

# exception instances: args through a generic store site
def put_args(o, v):
    o.args = v
    return o


e1 = put_args(ValueError("x"), ("y",))
e2 = put_args(put_args(P(), 1), 2)
print(e1.args, e2.args)
