# contextlib: suppress, closing, nullcontext, ExitStack
from contextlib import suppress, closing, nullcontext, ExitStack, contextmanager

with suppress(KeyError):
    {}["missing"]
print("after suppress")
with suppress(LookupError, ValueError):
    [][1]
with suppress():
    pass
try:
    with suppress(KeyError):
        raise TypeError("other")
except TypeError as e:
    print("TypeError", e)
with suppress(Exception):
    raise ValueError("any")
s = suppress(IndexError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(IndexError, None, None), s.__exit__(KeyError, None, None))


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def close(self):
        self.log.append("close " + self.name)

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return False


log = []
with closing(Resource("r", log)) as r:
    log.append("using " + r.name)
print(log)
with nullcontext() as n1, nullcontext(42) as n2:
    print(n1, n2)
with nullcontext("x") as v:
    print(v)

log = []
with ExitStack() as stack:
    for name in "abc":
        stack.enter_context(Resource(name, log))
    stack.callback(log.append, "callback 1")
    stack.callback(lambda *a, **k: log.append("cb %r %r" % (a, sorted(k.items()))), 1, 2, z=3)
    log.append("body")
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(Resource("a", log))
        stack.enter_context(Resource("b", log))
        raise KeyError("body error")
except KeyError as e:
    print("KeyError", e, log)


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        log.append("swallow saw %s" % (t.__name__ if t else None))
        return True


log = []
with ExitStack() as stack:
    stack.enter_context(Resource("outer", log))
    stack.enter_context(Swallow())
    stack.enter_context(Resource("inner", log))
    raise ValueError("swallowed")
print("survived", log)

log = []
stack = ExitStack()
stack.callback(log.append, "first")
res = stack.enter_context(Resource("m", log))
print(res.name, log)
moved = stack.pop_all()
stack.close()
print(log)
moved.close()
print(log)
moved.close()
print(log)


def bad_callback():
    raise RuntimeError("from callback")


log = []
try:
    with ExitStack() as stack:
        stack.callback(log.append, "ran anyway")
        stack.callback(bad_callback)
except RuntimeError as e:
    print("RuntimeError", e, log)


def raiser(msg):
    def cb():
        raise ValueError(msg)
    return cb


try:
    with ExitStack() as stack:
        stack.callback(raiser("first registered"))
        stack.callback(raiser("second registered"))
        raise KeyError("body")
except ValueError as e:
    print(e, "<-", e.__context__, "<-", repr(e.__context__.__context__))

try:
    with ExitStack() as stack:
        stack.callback(raiser("only"))
except ValueError as e:
    print(e, repr(e.__context__))


def exit_fn(t, v, tb):
    log.append("exit_fn %s" % (t.__name__ if t else None))
    return t is not None and issubclass(t, ArithmeticError)


log = []
with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    stack.push(Resource("pushed", log))
    1 / 0
print("arith suppressed", log)
for bad in [5, "s", Resource]:
    try:
        ExitStack().enter_context(bad)
    except TypeError as e:
        print("TypeError", e)
cb = ExitStack().callback(print, "never")
print(cb is print)


@contextmanager
def managed(name):
    log.append("open " + name)
    yield name
    log.append("shut " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(managed(n)) for n in ["f1", "f2"]]
    print(names)
print(log)
