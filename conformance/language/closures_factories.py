# Closure factories: accumulators, adders, memoized recursion, closures kept in containers.


def acc():
    total = []

    def add(x):
        total.append(x)
        return sum(total)
    return add


a = acc()
print(a(1), a(2), a(3))


def adder(n):
    return lambda x: x + n


add5 = adder(5)
print(add5(1), adder(-1)(1), list(map(adder(100), [1, 2])))


def fib_memo():
    memo = {}

    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib


print(fib_memo()(90))


def make_ops():
    ops = {}
    for name, k in [("double", 2), ("triple", 3)]:
        def op(x, k=k):
            return x * k
        ops[name] = op
    return ops


ops = make_ops()
print(ops["double"](5), ops["triple"](5), sorted(ops))


def counter_list():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [g() for g in fns]


print(counter_list())
