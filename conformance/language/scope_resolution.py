# Name resolution: shadowed builtins, names bound after the closure is made, free variables, parameters as cells.


def shadow():
    len = lambda s: 42
    return len("abc")


print(shadow(), len("abc"))


def uses_later():
    def inner():
        return later_var
    later_var = "defined after inner"
    return inner()


print(uses_later())


def unbound_nonlocal():
    def inner():
        return z
    r = []
    try:
        r.append(inner())
    except NameError as e:
        r.append(type(e).__name__ + ": " + str(e))
    z = 1
    r.append(inner())
    return r


print(unbound_nonlocal())


def param_closure(p):
    def get():
        return p

    def setp(v):
        nonlocal p
        p = v
    return get, setp


g, s = param_closure("first")
print(g())
s("second")
print(g())
try:
    print(undefined_name)
except NameError as e:
    print(type(e).__name__, e)
