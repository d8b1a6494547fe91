# Calls made from generator bodies: arguments that yield (the body is
# suspended half-way through a call's arguments), recursion, methods,
# instantiation, builtins, many arguments, and exceptions through them.


def add(a, b):
    return a + b


def many(a, b, c, d, e, f, g, h, i, j):
    return [a, b, c, d, e, f, g, h, i, j]


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self, scale):
        return (abs(self.x) + abs(self.y)) * scale


def gen():
    total = add((yield "first"), (yield "second"))
    yield ("sum", total)
    p = P((yield "px"), 4)
    yield ("norm", p.norm1((yield "scale")))
    yield many(*range(10))
    yield many(0, 1, 2, 3, 4, 5, 6, 7, 8, (yield "tenth"))
    yield len([1, 2, 3]), max(4, (yield "max"))


g = gen()
print(next(g))
print(g.send(10))
print(g.send(32))
print(next(g))
print(g.send(-3))
print(g.send(2))
print(next(g))
print(g.send(99))
print(next(g))
print(g.send(7))


def interleave():
    # two generators suspended inside argument lists at once
    a = gen()
    b = gen()
    out = [next(a), next(b), a.send(1), b.send(100), a.send(2), b.send(200)]
    return out


print(interleave())


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def deep():
    yield depth(300)
    yield depth(300) + depth(100)


print(list(deep()))


def rec_gen(n):
    if n:
        for x in rec_gen(n - 1):
            yield add(x, n)
    else:
        yield 0


print(list(rec_gen(20)))


def boom(x):
    return 1 // x


def failing():
    yield boom(1)
    yield boom((yield "zero?"))


f = failing()
print(next(f), next(f))
try:
    f.send(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def runaway(n):
    return runaway(n + 1)


def gen_runaway():
    yield runaway(0)


try:
    next(gen_runaway())
except RecursionError:
    print("RecursionError")
