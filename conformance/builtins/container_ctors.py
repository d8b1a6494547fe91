# list(), tuple(), dict() constructors: from iterables, copies, kwargs, errors.

print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple(), tuple([1, [2]]), tuple("xy"), tuple({"k": 0}), tuple(iter([3])), tuple(()))
src = [1, [2]]
cp = list(src)
cp[1].append(3)
cp.append(4)
print(src, cp, cp is src, list(cp) == cp)
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) == t, list(t) == [1, 2], list(enumerate("ab")))
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}), dict({"a": 1}, b=2), dict([("a", 1)], a=3))
print(dict(zip(range(3), "abc")), dict([("k", 1), ("k", 2)]), dict(["ab", "cd"]), dict([(1, 2), [3, 4]]))
print(dict(((1, "one"),)), dict(iter([("x", 0)])), dict(enumerate(["p", "q"])), dict(**{"s": 1}, t=2))
d = {"a": [1]}
d2 = dict(d)
d2["a"].append(2)
d2["b"] = 0
print(d, d2)
for label, op in [("list int", lambda: list(5)), ("tuple none", lambda: tuple(None)), ("list 2 args", lambda: list("a", "b")),
                  ("dict int", lambda: dict(5)), ("dict list ints", lambda: dict([1, 2])), ("dict short", lambda: dict(["a"])),
                  ("dict long", lambda: dict(["abc"])), ("dict 2 pos", lambda: dict({}, {})), ("list kw", lambda: list(x=1)),
                  ("dict unhashable", lambda: dict([([1], 2)])), ("tuple kw", lambda: tuple(iterable=[1]))]:
    try:
        print(label, op())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
print(list(map(int, "123")), tuple(filter(None, [0, 1, "", "a"])), list(reversed(tuple("abc"))))
nested = list([list(range(i)) for i in range(4)])
print(nested, len(nested), [len(x) for x in nested])
print(list(list(list("ab"))), tuple(tuple(tuple())), dict(dict(dict(a=1))))
print(list(dict(a=1, b=2).values()), tuple(dict(a=1).keys()), list("") == [], dict([]) == {}, tuple([]) == ())
