def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 40}
t(lambda: sorted(d.keys() & e.keys()))
t(lambda: sorted(d.keys() | e.keys()))
t(lambda: sorted(d.keys() - e.keys()))
t(lambda: sorted(d.keys() ^ e.keys()))
t(lambda: d.keys() & {"a", "z"})
t(lambda: d.keys() - ["a", "b"])
t(lambda: sorted(["x", "a"] - d.keys()))
t(lambda: {"a", "q"} & d.keys())
t(lambda: sorted(d.items() & {("a", 1), ("b", 5)}))
t(lambda: sorted(d.items() - {("a", 1)}))
t(lambda: type(d.keys() | set()).__name__)
t(lambda: d.keys() | 1)
t(lambda: d.values() | {1})
t(lambda: d.keys() == {"a", "b", "c"})
def inplace():
    k = d.keys()
    k |= {"z"}
    return sorted(k), type(k).__name__
t(inplace)
t(lambda: (5).bit_count())
t(lambda: (-255).bit_count())
t(lambda: (0).bit_count())
t(lambda: (2**100 - 1).bit_count())
t(lambda: True.bit_count())
t(lambda: d.keys() != {"a", "b", "c"})
t(lambda: d.keys() <= {"a", "b", "c", "d"})
t(lambda: d.keys() < {"a", "b"})
t(lambda: {"a"} < d.keys())
t(lambda: d.items() == {("a", 1), ("b", 2), ("c", 3)})
t(lambda: d.keys() == e.keys())
t(lambda: d.keys() == ["a", "b", "c"])
t(lambda: d.values() == d.values())
t(lambda: d.keys() >= frozenset("ab"))
