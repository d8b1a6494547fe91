# functools: reduce and partial
from functools import reduce, partial


def add(a, b):
    return a + b


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(add, [1, 2, 3, 4]), reduce(add, [1, 2, 3, 4], 100))
print(reduce(add, ["a", "b", "c"]), reduce(add, [], 0), reduce(add, [7]))
print(reduce(lambda acc, x: acc * 10 + x, range(1, 6)))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 9, 4]))
print(reduce(lambda acc, x: acc + [x * x], range(5), []))
print(reduce(add, iter([1.5, 2.5])), reduce(add, (x for x in range(4))))
show(reduce, add, [])
show(reduce, add, 5)
show(reduce, add, [1, "a"])


def power(base, exp, mod=None):
    if mod is None:
        return base ** exp
    return base ** exp % mod


square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(10, mod=7))
print(square.func is power, square.args, square.keywords)
print(two_to.func is power, two_to.args, two_to.keywords)
print(square(4, exp=3))
p = partial(power, 3, 4)
print(p(), p(5), p.args)
pp = partial(p, 100)
print(pp(), pp.func is power, pp.args, pp.keywords)
pk = partial(partial(power, exp=2), mod=5)
print(pk(7), pk.func is power, pk.args, sorted(pk.keywords.items()))
print(partial(max, key=len)(["aa", "b", "ccc"]))
print(partial(sorted, reverse=True)([3, 1, 2]))
print(list(map(partial(add, 10), [1, 2, 3])))
print(partial(str.split, sep=",")("a,b,c"))
print(partial(int, base=2)("1011"), partial(int, "ff", 16)())
print(callable(square), type(square).__name__)


def collect(*args, **kw):
    return args, sorted(kw.items())


c = partial(collect, 1, 2, a=1, b=2)
print(c(3, b=20, z=26))
print(c.args, c.keywords)
show(partial, 42)
show(partial)
show(square)
show(partial(power, 1, 2, 3), 4)


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self.total


acc = Acc()
inc = partial(acc.add, 1)
inc()
inc()
print(acc.total, partial(Acc.add, acc)(5))
