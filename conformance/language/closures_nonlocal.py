# Closures: nonlocal counters, late binding, shared cells, UnboundLocalError.

def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


inc, get = make_counter(10)
print(inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())

fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner()
    r = middle()
    return r, x


print(outer())


def rebinding():
    v = 1
    f = lambda: v
    v = 2
    return f()


print(rebinding())


def broken():
    y = 1

    def inner():
        y = y + 1
        return y
    return inner()


try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError as e:
    print("NameError", e)
