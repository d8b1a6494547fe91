# Subclasses of list, dict, set, str, tuple and int: builtin behaviour,
# instance attributes, overridden dunders, __new__/__init__, __missing__.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
s.label = "stack"
print(s, len(s), s.peek(), s.label, isinstance(s, list), type(s).__name__)
print(s + [9], sorted(s, reverse=True), s[::-1], 2 in s, s == [1, 2, 3], list(reversed(s)))
s.sort(reverse=True); print(s, s.pop(), s.index(2))

class Logged(list):
    def __init__(self, items):
        super().__init__(items)
        self.size0 = len(items)
    def __getitem__(self, i):
        return ("got", list.__getitem__(self, i))
    def __len__(self):
        return 99
l = Logged([4, 5])
print(l[0], len(l), l.size0, list.__len__(l) if hasattr(list, "__len__") else "n/a")

class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self.factory()
        self[key] = v
        return v
dd = DefaultDict(list)
dd["a"].append(1); dd["a"].append(2); dd["b"].append(3)
print(dd, sorted(dd), dd.get("zz"), "zz" in dd, len(dd), type(dd).__name__)

class Registry(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10) if hasattr(dict, "__setitem__") else None
r = Registry(a=1)
print(r, isinstance(r, dict))

class Tags(set):
    def describe(self):
        return ",".join(sorted(self))
t = Tags(["x", "y"]); t.add("z")
print(t.describe(), len(t), "x" in t, type(t).__name__)

class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("ada")
print(n, n.shout(), len(n), n + "!", n == "ada", {n: 1}["ada"], n.title(), type(n).__name__, repr(n))

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % tuple(self)
p = Point(3, 4)
print(p, p.x, p[1], len(p), p == (3, 4), tuple(p), sorted([Point(2, 1), Point(1, 2)]))

class Meters(int):
    def __repr__(self):
        return "Meters(" + str(int(self)) + ")"
m = Meters(5)
print(repr(m), m + 2, m * 3, m > 4, isinstance(m, int), hash(m) == hash(5), type(m).__name__)
