# lambda: defaults, varargs, immediate calls, sorting keys, __name__.

sq = lambda x: x * x
print(sq(7), sq(-1.5), (lambda: "no args")(), (lambda *a: a)(1, 2))
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 3, 5, d=0, z=1))
print(sq.__name__, type(sq).__name__, callable(sq))
pairs = [(3, "c"), (1, "b"), (2, "a"), (1, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(inc, sq)(3), compose(sq, inc)(3))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda s: len(s) > 1, ["a", "bb", "", "ccc"])))
cond = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([cond(n) for n in (-2, 0, 2)])
table = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print(table["add"](2, 3), table["sub"](2, 3))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sq(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(25))
print((lambda: (yield_ := 5, yield_ * 2))())
print((lambda x: x)(4), (lambda x=[]: x)() == [])
f = lambda: None
print(f(), repr(f()))
