# contextlib: @contextmanager (enter/exit order, exceptions thrown in,
# suppression, errors in the generator) and ContextDecorator use
from contextlib import contextmanager

log = []


@contextmanager
def tag(name):
    log.append("<" + name + ">")
    try:
        yield name.upper()
    finally:
        log.append("</" + name + ">")


with tag("a") as v:
    log.append("body " + v)
print(log)
log.clear()
with tag("outer"):
    with tag("inner") as w:
        log.append(w)
print(log)
log.clear()
try:
    with tag("x"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e, log)


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")
try:
    with swallow(KeyError):
        raise IndexError("not mine")
except IndexError as e:
    print("IndexError passed through", e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("transformed") from e


try:
    with transform():
        1 / 0
except ValueError as e:
    print(e, type(e.__cause__).__name__)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def keeps_going():
    try:
        yield
    except Exception:
        yield "again"


for cm in [no_yield, two_yields]:
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with keeps_going():
        raise OSError("x")
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def value_only():
    yield [1, 2]


with value_only() as lst:
    lst.append(3)
    print(lst)
cm = tag("direct")
print(cm.__enter__(), cm.__exit__(None, None, None), log[-2:])
cm = swallow(TypeError)
cm.__enter__()
print(cm.__exit__(TypeError, TypeError("t"), None))
cm = tag("y")
cm.__enter__()
exc = KeyError("passed")
print(cm.__exit__(KeyError, exc, None))


@contextmanager
def stopper():
    yield


try:
    with stopper():
        raise StopIteration("body stop")
except StopIteration as e:
    print("StopIteration kept", e)


@tag("deco")
def decorated(n):
    log.append("run %d" % n)
    return n * 2


log.clear()
print(decorated(1), decorated(2), log)
print(decorated.__name__)


def counter():
    n = 0
    while True:
        n += 1
        yield n


gen_cm = contextmanager(lambda: iter([5]))
with gen_cm() as five:
    print("five", five)
