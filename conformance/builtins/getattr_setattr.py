# getattr/setattr/hasattr (and delattr-free deletion): defaults, methods, errors, classes.


class Conf:
    level = 1

    def __init__(self):
        self.name = "conf"

    def shout(self, s):
        return s.upper() + "!"

    @property
    def computed(self):
        return self.level * 10


c = Conf()
print(getattr(c, "name"), getattr(c, "level"), getattr(c, "missing", "dflt"), getattr(c, "missing", None))
print(getattr(c, "shout")("hi"), getattr(Conf, "level"), getattr(c, "computed"), getattr(Conf, "shout")(c, "x"))
setattr(c, "name", "renamed")
setattr(c, "fresh", [1, 2])
setattr(c, "with space", 5)
print(c.name, c.fresh, getattr(c, "with space"), hasattr(c, "with space"))
setattr(Conf, "level", 7)
print(c.level, c.computed, Conf.level, Conf().level)
print(hasattr(c, "name"), hasattr(c, "nope"), hasattr(Conf, "shout"), hasattr(Conf, "name"), hasattr(c, "computed"))
print(hasattr("s", "upper"), hasattr(5, "real"), hasattr([], "append"), hasattr(None, "x"), getattr("abc", "upper")())
print(getattr(5, "real"), getattr(3, "bit_length")(), getattr([], "pop", "d") is not None, getattr(1.5, "is_integer")())
for label, op in [("missing", lambda: getattr(c, "nope")), ("class missing", lambda: getattr(Conf, "nope")),
                  ("int attr", lambda: getattr(5, "nope")), ("non-str", lambda: getattr(c, 5)),
                  ("setattr int", lambda: setattr(5, "x", 1)), ("setattr str", lambda: setattr("s", "upper", 1)),
                  ("hasattr non-str", lambda: hasattr(c, None)), ("setattr non-str", lambda: setattr(c, 1, 2)),
                  ("too few", lambda: getattr(c)), ("prop set", lambda: setattr(c, "computed", 1)),
                  ("none attr", lambda: getattr(None, "x"))]:
    try:
        print(label, op())
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)


class Raises:
    @property
    def bad(self):
        raise ValueError("property blew up")

    @property
    def attr_err(self):
        raise AttributeError("inner attribute error")


r = Raises()
print(hasattr(r, "attr_err"), getattr(r, "attr_err", "fallback"))
try:
    hasattr(r, "bad")
except ValueError as e:
    print(type(e).__name__, e)
fields = ["a", "b", "c"]
for i, f in enumerate(fields):
    setattr(c, f, i * i)
print([getattr(c, f) for f in fields], c.b)
del c.fresh
print(hasattr(c, "fresh"), getattr(c, "fresh", "gone"))
