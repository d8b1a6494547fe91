# itertools: count, cycle, repeat, islice (and laziness)
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)), list(islice(count(5, -2), 4)))
print(list(islice(count(0.5, 0.25), 4)), list(islice(count(2 ** 64), 2)))
print(list(islice(count(0.1, 0.1), 10)))
c = count(3)
print(next(c), next(c), repr(c))
print(repr(count()), repr(count(5, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(-1, 1)))
print(list(zip(count(1), "abc")))
print(list(islice(cycle("abc"), 8)), list(cycle([])))
cy = cycle(x for x in [1, 2])
print([next(cy) for _ in range(5)])
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -3)))
print(list(islice(repeat(7), 4)), repr(repeat("a")), repr(repeat("a", 2)))
r = repeat(None, 3)
next(r)
print(repr(r), r.__length_hint__(), list(r), repr(r))
print(list(map(pow, range(5), repeat(2))))
s = "abcdefghij"
print(list(islice(s, 4)), list(islice(s, 2, 5)), list(islice(s, 1, None, 3)))
print(list(islice(s, None)), list(islice(s, 3, None)), list(islice(s, 0, 10, 4)))
print(list(islice(s, 20)), list(islice(s, 5, 2)), list(islice(s, None, None, 2)))
print(list(islice([], 3)), list(islice(s, 0)))
it = iter(range(10))
print(list(islice(it, 0, 5, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2)), list(islice(it, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 7, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), list(it))
for args in [(-1,), (1, -1), (0, 3, 0), ("a",), (1, 2, -1), (1.5,), (None, None, 0), (0, 1.5)]:
    try:
        print(list(islice(s, *args)))
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: count("a"), lambda: count(1, "b"), lambda: cycle(5), lambda: repeat(1, "x"),
            lambda: islice(5, 2), lambda: islice(s), lambda: islice(s, 1, 2, 3, 4), lambda: repeat()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
log = []


def gen():
    for i in range(5):
        log.append(i)
        yield i


g = islice(gen(), 2)
print(log)
print(list(g), log)
print(type(count()).__name__, type(cycle("")).__name__, type(repeat(1)).__name__, type(islice("", 1)).__name__)
print(iter(c) is c, next(iter(islice("xy", 1))))
