# *args, **kwargs and how positional/keyword arguments are bound.


def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3))
print(f(1, 5, 6, c=3, d=8, z=9, y=10))
print(f(c=1, a=2))
print(f(*[1, 2, 3], c=0, **{"e": 5}))
print(f(1, *(2, 3), *[4], c=5, **{"x": 1}, **{"y": 2}))


def only_args(*args):
    return args


def only_kw(**kw):
    return kw


print(only_args(), only_args(1), only_args(*"abc"), type(only_args()).__name__)
print(only_kw(), only_kw(a=1, b=2), type(only_kw()).__name__)
print(only_kw(**{"key with space": 1}))


def g(a, b):
    return a - b


tests = [
    ("missing", lambda: g(1)),
    ("missing two", lambda: g()),
    ("too many", lambda: g(1, 2, 3)),
    ("dup", lambda: g(1, a=2)),
    ("unexpected", lambda: g(1, 2, c=3)),
    ("kwonly missing", lambda: f(1)),
    ("not mapping", lambda: g(1, **[2])),
    ("not iterable", lambda: g(*5)),
    ("dup via **", lambda: g(1, **{"a": 1})),
    ("no args fn", lambda: only_args(x=1)),
    ("kw fn positional", lambda: only_kw(1)),
    ("two dups", lambda: only_kw(**{"a": 1}, **{"a": 2})),
]
for name, t in tests:
    try:
        print(name, t())
    except TypeError as e:
        print(name, "->", type(e).__name__, e)


def h(*args, sep="-"):
    return sep.join([str(x) for x in args])


print(h(1, 2, 3), h(1, 2, sep="+"), h())
kw = {"b": 10, "a": 20}
print(g(**kw), g(*(5,), **{"b": 1}))
args = [1, 2]
args2 = args
print(only_args(*args) is args, only_args(*args) == tuple(args2))
