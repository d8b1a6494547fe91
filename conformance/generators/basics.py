def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"
print(list(count(5)), sum(x * x for x in range(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value if hasattr(e, "value") else e.args)
def echo():
    got = yield "ready"
    while True:
        got = yield got * 2
e = echo(); print(next(e), e.send(5), e.send("ab"))
def deleg():
    r = yield from count(3)
    yield r
print(list(deleg()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(10)])
s = {3, 1, 2}; s.add(10); print(s, {1, 2} | {5}, {1, 2, 3} & {2, 3, 4}, {1, 2} - {1}, {1, 2} ^ {2, 3}, len(s), 3 in s)
print({x % 5 for x in range(20)}, {k: k * k for k in range(4)}, frozenset([1, 2]), set(), sorted({"b", "a"}))
def nested(n):
    if n == 0:
        yield ()
        return
    for c in range(2):
        for rest in nested(n - 1):
            yield (c,) + rest
print(list(nested(3)))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower(); print(next(t), t.throw(ValueError("x")))
gen = (i for i in range(3)); print(type(gen).__name__, list(gen), list(gen))
k = 10
print(list(x + k for x in [1, 2]), any(x > 2 for x in [1, 3]), all(x for x in []))
