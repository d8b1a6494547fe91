# __add__ and __eq__: NotImplemented, fallbacks, != derived from __eq__, identity default.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return V(self.x + other, self.y + other)
        return NotImplemented

    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


a = V(1, 2)
b = V(10, 20)
print(a + b, a + 5, a + True, (a + b) + a)
print(a == V(1, 2), a != V(1, 2), a == b, a != b, a == 1, a != "s", 1 == a)
print(a in [b, V(1, 2)], [a, b].index(V(10, 20)), [a, a, b].count(V(1, 2)))
for bad in [lambda: a + "s", lambda: 5 + a, lambda: a + 1.5, lambda: None + a]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
c = a
c += V(1, 1)
print(c, a, c is a)


class Plain:
    pass


p = Plain()
q = Plain()
print(p == p, p == q, p != q, p is p, [p].count(p), p in [q])


class AlwaysEq:
    def __eq__(self, other):
        return True

    def __repr__(self):
        return "AlwaysEq"


ae = AlwaysEq()
print(ae == 1, 1 == ae, ae != 1, ae == None, None == ae, [1, 2] == [ae, ae], ae in [5])


class StrEq:
    def __eq__(self, other):
        return "yes" if other == 1 else ""


print(StrEq() == 1, repr(StrEq() == 2), StrEq() != 1, StrEq() != 2)
try:
    print(hash(a))
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {a: 1}
except TypeError as e:
    print(type(e).__name__, e)
print(len([p, q]), {1: p}[1] is p)
