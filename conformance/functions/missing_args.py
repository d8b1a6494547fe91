# TypeError messages for missing arguments.


def one(a):
    return a


def two(a, b):
    return a + b


def three(a, b, c):
    return a


def four(a, b, c, d=4):
    return a


tests = [("two(1)", 1), ("two()", 2), ("three()", 3), ("three(1)", 4), ("four(1)", 5),
         ("one()", 6), ("two(b=1)", 7), ("three(1, c=3)", 8), ("four(d=0)", 9)]
for label, which in tests:
    try:
        if which == 1:
            two(1)
        elif which == 2:
            two()
        elif which == 3:
            three()
        elif which == 4:
            three(1)
        elif which == 5:
            four(1)
        elif which == 6:
            one()
        elif which == 7:
            two(b=1)
        elif which == 8:
            three(1, c=3)
        else:
            four(d=0)
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)


class Widget:
    def __init__(self, size, color):
        self.size = size

    def resize(self, factor):
        return self.size * factor


try:
    Widget(1)
except TypeError as e:
    print("Widget(1) ->", e)
w = Widget(2, "red")
try:
    w.resize()
except TypeError as e:
    print("w.resize() ->", e)
try:
    Widget.resize()
except TypeError as e:
    print("Widget.resize() ->", e)
print(Widget.resize(w, 3), w.resize(factor=4))
