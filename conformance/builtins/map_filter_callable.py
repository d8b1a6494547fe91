# map() and filter(): laziness, multiple iterables, None predicate, exhaustion; callable().

m = map(str, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(len, ["a", "bb", ""])), list(map(lambda a, b: a + b, "abc", "xy")), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(int, "1 2 3".split())), list(map(abs, range(-2, 2))), list(map(str.upper, ["x", "y"])), list(map(max, [1, 5], [4, 2])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])), list(filter(lambda x: x > 1, (1, 2, 3))))
print(list(filter(str.isdigit, "a1b2")), "".join(filter(str.isalpha, "h3ll0 w0rld")), list(filter(bool, [0.0, 0.5])))
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f), list(f), type(f).__name__)
calls = []


def noisy(x):
    calls.append(x)
    return x * 10


lazy = map(noisy, [1, 2, 3])
print(calls)
print(next(lazy), calls)
print(list(lazy), calls)
print(list(map(noisy, [])), list(filter(noisy, [0, 1])), calls[-2:])
print(sum(map(int, ["10", "20"])), max(map(len, ["ab", "abc"])), sorted(map(lambda s: s[::-1], ["ba", "ab"])))
print(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())), tuple(map(tuple, ["ab", "c"])))
for label, op in [("map none fn", lambda: list(map(None, [1]))), ("map no iter", lambda: map(len)),
                  ("map int", lambda: map(len, 5)), ("filter int", lambda: filter(None, 5)),
                  ("map err", lambda: list(map(int, ["1", "x"]))), ("filter args", lambda: filter([1]))]:
    try:
        print(label, op())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class C:
    def __call__(self):
        return 1

    def method(self):
        return 2


class D:
    pass


print(callable(C()), callable(D()), callable(C), callable(C().method), callable(len), callable(print))
print(callable(lambda: 0), callable(None), callable(1), callable("str"), callable([len]), callable(str), callable(int))
print(callable(map), callable(noisy), callable(m), callable(ValueError), callable(ValueError("x")))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
