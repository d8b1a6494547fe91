# __call__ and __bool__ on user classes; callable(); instances as decorators.

class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale


add3 = Adder(3)
print(add3(1), add3(1, scale=10), add3(x=0), add3.calls, callable(add3), callable(Adder))
print(list(map(add3, [1, 2])), sorted([3, 1, 2], key=Adder(-10)), add3.calls)
try:
    add3()
except TypeError as e:
    print(type(e).__name__, e)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), len(fib.cache), type(fib).__name__)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()), callable(len), callable(lambda: 0), callable(5), callable("s"))


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


print(bool(Flag(True)), bool(Flag(False)), not Flag(False), "yes" if Flag(True) else "no")
print([f.v for f in [Flag(True), Flag(False)] if f], Flag(False) or "alt", Flag(True) and "both")
for bad in [1, "s", None, 0]:
    try:
        print(bool(Flag(bad)))
    except TypeError as e:
        print(type(e).__name__, e)


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Both()), len(Both()), not Both())
