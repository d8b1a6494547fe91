# An uncaught ZeroDivisionError raised three calls deep; stdout printed before it survives.


def inner(a, b):
    print("inner", a, b)
    return a // b


def middle(x):
    print("middle", x)
    return inner(x, x - x)


def outer():
    print("outer start")
    result = middle(7)
    print("never printed", result)


print("before")
outer()
print("after (never printed)")
