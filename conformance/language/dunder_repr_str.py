# __repr__/__str__ interplay: containers use repr, str falls back to repr, errors.

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"


class OnlyStr:
    def __init__(self, tag):
        self.tag = tag

    def __str__(self):
        return "OnlyStr:" + self.tag


class Both:
    def __repr__(self):
        return "Both(repr)"

    def __str__(self):
        return "Both(str)"


o = OnlyRepr()
b = Both()
print(o, str(o), repr(o), [o], (o,), {"k": o}, f"{o}", f"{o!r}", "%s %r" % (o, o))
print(b, str(b), repr(b), [b], (b, b), {1: b}, f"{b}|{b!r}", "{} {!r}".format(b, b))
s = OnlyStr("x")
print(s, str(s), f"{s}", "%s" % s, s.tag, str([s]).startswith("[<__main__.OnlyStr object at"))
print(str(b) + "!", len(repr(o)), repr(b).upper(), format(b), format(o, ""))


class BadRepr:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


for label, op in [("repr", lambda: repr(BadRepr())), ("str-falls-to-repr", lambda: str(BadRepr())),
                  ("str", lambda: str(BadStr())), ("print list", lambda: str([BadRepr()])),
                  ("fstring", lambda: f"{BadStr()}")]:
    try:
        print(label, op())
    except TypeError as e:
        print(label, type(e).__name__, e)


class Node:
    def __init__(self, val, kids=None):
        self.val = val
        self.kids = kids or []

    def __repr__(self):
        if self.kids:
            return "Node(%r, %r)" % (self.val, self.kids)
        return "Node(%r)" % (self.val,)


tree = Node("root", [Node(1), Node("two", [Node(None)])])
print(tree)
print(str(tree) == repr(tree), [tree.kids[1]])


class Child(Both):
    def __str__(self):
        return "Child/" + Both.__str__(self)


print(Child(), [Child()], repr(Child()))
