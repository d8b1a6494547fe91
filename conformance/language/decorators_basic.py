# Decorators: wrappers, stacking order, decorators with arguments.

log = []


def trace(fn):
    def wrapper(*args, **kwargs):
        log.append("call " + fn.__name__ + str(args))
        result = fn(*args, **kwargs)
        log.append("ret " + repr(result))
        return result
    return wrapper


@trace
def add(a, b=10):
    return a + b


print(add(1), add(1, b=2), add.__name__)
print(log)


def tag(name):
    print("making tag", name)

    def deco(fn):
        print("decorating", fn.__name__, "with", name)

        def wrapper(*a):
            return "<" + name + ">" + fn(*a) + "</" + name + ">"
        return wrapper
    return deco


@tag("b")
@tag("i")
def text(s):
    return s


print(text("hi"))

registry = {}


def register(fn):
    registry[fn.__name__] = fn
    return fn


@register
def alpha():
    return "A"


@register
def beta():
    return "B"


print(sorted(registry), registry["beta"](), alpha())
