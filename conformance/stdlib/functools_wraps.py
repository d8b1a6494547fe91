# functools: update_wrapper, wraps, and the attributes they copy
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)
calls = []


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        calls.append(func.__name__)
        return func(*args, **kwargs)
    return wrapper


@logged
def greet(name, punct="!"):
    return "hello " + name + punct


greet.__doc__ = None
print(greet("ann"), greet("bob", punct="?"), calls)
print(greet.__name__, greet.__qualname__, greet.__module__)
print(greet.__wrapped__("cy"), greet.__wrapped__.__name__)


def target(x):
    return x * 2


target.__doc__ = "Double x."


def other(*a):
    return target(*a) + 1


res = update_wrapper(other, target)
print(res is other, other.__name__, other.__doc__, other.__wrapped__ is target)
print(other(5), other.__qualname__)


class Box:
    def method(self):
        return 1


def w2(*a):
    return Box.method(*a)


update_wrapper(w2, Box.method)
print(w2.__name__, w2.__qualname__, w2(Box()))


def w3():
    return 0


update_wrapper(w3, target, assigned=("__name__",), updated=())
print(w3.__name__, w3.__qualname__, w3.__wrapped__ is target)


class CallMe:
    def __call__(self, x):
        return x + 1


inst = CallMe()


def w4(x):
    return inst(x)


update_wrapper(w4, inst)
print(w4.__name__, w4(1), w4.__wrapped__ is inst)


def deco_with_args(n):
    def deco(func):
        @wraps(func)
        def inner(*a):
            return [func(*a)] * n
        return inner
    return deco


@deco_with_args(3)
@logged
def triple(v):
    return v


print(triple(4), triple.__name__, triple.__wrapped__.__wrapped__(6))
print(triple.__wrapped__.__name__, calls)


class Holder:
    pass


h = Holder()
h.marker = 42


def w5():
    return None


update_wrapper(w5, h, assigned=())
print(w5.marker, w5.__wrapped__ is h)
