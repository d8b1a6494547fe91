# Tuples: literal forms, repr, immutability, hashing, comparisons, methods.

print((), (1,), (1, 2), ((),), (((1,),),), tuple(), tuple([1]), tuple("ab"), tuple(range(3)))
x = 1, 2, 3
y = x,
print(x, y, len(y), type(x).__name__, (x), (x,) == y)
print(x + (4,), x * 2, 0 * x, x[::-1], x[1:], x.count(2), x.index(3), 2 in x, 5 not in x)
print((1, 2) < (1, 2, 3), (1, 2) < (1, 3), (2,) > (1, 5), (1, "a") < (1, "b"), () < (0,), (1, 2) == (1, 2.0))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)) == hash((2, 1)), {(1, 2): "a", (1, (2,)): "b"}[(1, (2,))])
t = ([1], 2)
t[0].append(99)
print(t)


def tuple_assign():
    x[0] = 5


def tuple_del():
    del x[0]


for label, op in [("item assign", tuple_assign), ("item del", tuple_del),
                  ("hash list inside", lambda: hash(([1], 2))), ("dict key", lambda: {([],): 1}),
                  ("index", lambda: x.index(10)), ("concat", lambda: x + [4]), ("compare", lambda: (1, 2) < (1, "a")),
                  ("append", lambda: x.append(4)), ("mul", lambda: x * x)]:
    try:
        print(label, op())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
a, b = (1, 2), (1, 2)
print(a == b, a + () == a, tuple(a) is a, tuple([a]) == (a,), len(((1, 2), (3,))))
print(max((1, 2), (1, 3), (0, 9)), min([(2, "b"), (2, "a")]), sorted([(1, "z"), (0, "y"), (1, "a")]))
nested = ((1, 2), [3, 4], "56")
print([i for sub in nested for i in sub], sum(nested[0]), nested[2][::-1])
print(repr((1.0, "s", None, True, -0.0)), str(("a",)), (1, 2)[True], (9,) * 3)
print(tuple({"b": 1, "a": 2}), tuple(enumerate("ab")), tuple(zip((1, 2), (3, 4))), list((1, 2)))
print((1, 2, 3)[-1:-3:-1], (3, 1, 2).count(4), bool(()), bool((0,)), (0,) * 0 == ())
