# TypeError messages for too many positional arguments.


def zero():
    return 0


def one(a):
    return a


def two(a, b):
    return a


def opt(a, b=1):
    return a


def opt2(a=1, b=2):
    return a


cases = ["zero(1)", "one(1, 2)", "two(1, 2, 3)", "opt(1, 2, 3)", "opt2(1, 2, 3)", "zero(1, 2)", "two(1, 2, 3, 4)"]
for i in range(len(cases)):
    try:
        if i == 0:
            zero(1)
        elif i == 1:
            one(1, 2)
        elif i == 2:
            two(1, 2, 3)
        elif i == 3:
            opt(1, 2, 3)
        elif i == 4:
            opt2(1, 2, 3)
        elif i == 5:
            zero(1, 2)
        else:
            two(1, 2, 3, 4)
        print(cases[i], "ok")
    except TypeError as e:
        print(cases[i], "->", e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y

    def scale(self, k):
        return Point(self.x * k, self.y * k)


p = Point(1, 2)
try:
    p.norm(5)
except TypeError as e:
    print("p.norm(5) ->", e)
try:
    p.scale(1, 2)
except TypeError as e:
    print("p.scale(1, 2) ->", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("Point(1, 2, 3) ->", e)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("Plain(1) ->", e)
for bad in ["len()", "len(1, 2)", "abs()", "abs(1, 2)", "ord()", "chr(1, 2)"]:
    try:
        if bad == "len()":
            len()
        elif bad == "len(1, 2)":
            len(1, 2)
        elif bad == "abs()":
            abs()
        elif bad == "abs(1, 2)":
            abs(1, 2)
        elif bad == "ord()":
            ord()
        else:
            chr(1, 2)
    except TypeError as e:
        print(bad, "->", e)
