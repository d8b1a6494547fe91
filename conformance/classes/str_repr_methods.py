# __str__ and __repr__: which one print, str(), repr(), containers and f-strings use.


class Both:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return "Both(str %s)" % self.v

    def __repr__(self):
        return "Both(repr %s)" % self.v


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "OnlyRepr<" + str(self.v) + ">"


class OnlyStr:
    def __str__(self):
        return "only-str"


b = Both(1)
r = OnlyRepr(2)
print(b)
print(str(b), repr(b))
print(r, str(r), repr(r))
print([b, r], (b,), {"k": b})
print(f"{b} {r}", "%s %r" % (b, b), "{}".format(r))
print(str([b]), repr([r]), "x" + str(b))
s = OnlyStr()
print(s, str(s), f"[{s}]", f"[{str(s):>10}]")
print([str(s)], len(str(b)), str(b).upper())


class BadStr:
    def __str__(self):
        return 42


try:
    print(str(BadStr()))
except TypeError as e:
    print("TypeError", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


pts = [Point(1, 2), Point("a", 0.5)]
print(pts, str(pts[1]), repr(pts[0]))
