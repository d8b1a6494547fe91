# match statements: literals, captures, wildcards, sequences with stars,
# mappings with **rest, class patterns with __match_args__ and keywords,
# or-patterns, as-patterns, guards, singletons, builtin self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Color:
    RED = "red"
    GREEN = "green"

def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case None:
            return "none"
        case True:
            return "true"
        case "hello":
            return "greeting"
        case Color.RED:
            return "the red"
        case [] :
            return "empty list"
        case [x]:
            return "one: " + repr(x)
        case [x, y] if x == y:
            return "pair of equals"
        case [first, *rest, last]:
            return "first=%r rest=%r last=%r" % (first, rest, last)
        case {"type": "circle", "r": r}:
            return "circle r=%r" % r
        case {"type": t, **others}:
            return "shape %s with %s" % (t, sorted(others))
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return "on an axis at %r" % x
        case Point(x=px, y=py) if px == py:
            return "diagonal %r" % px
        case Point(a, b):
            return "point %r,%r" % (a, b)
        case int(n) if n < 0:
            return "negative %d" % n
        case str() as s:
            return "string " + s.upper()
        case float(f):
            return "float %r" % f
        case (a, b, c):
            return "triple"
        case _:
            return "other " + type(v).__name__

for v in [0, 2, None, True, "hello", "red", [], [7], [4, 4], [4, 5], [1, 2, 3, 4],
          {"type": "circle", "r": 2}, {"type": "box", "w": 1, "h": 2}, Point(0, 0),
          Point(5, 0), Point(0, 6), Point(3, 3), Point(1, 2), -4, "abc", 1.5, (1, 2, 3),
          range(2), {"x": 1}, 10**20]:
    print(describe(v))

def bind_scope(cmd):
    match cmd.split():
        case ["go", direction]:
            pass
        case ["quit" | "exit" as word]:
            direction = "leaving via " + word
        case _:
            direction = "?"
    return direction
print(bind_scope("go north"), bind_scope("exit"), bind_scope("fly"))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case Color.nothing:
            pass
except AttributeError as e:
    print("AttributeError", e)
