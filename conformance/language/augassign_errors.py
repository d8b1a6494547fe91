# Augmented assignment that fails: type errors and zero division, with CPython's messages.


def trial(label, op):
    try:
        print(label, op())
    except (TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)


def f1():
    v = [1]
    v += 5
    return v


def f2():
    v = (1,)
    v += [2]
    return v


def f3():
    v = "s"
    v += 1
    return v


def f4():
    v = 5
    v //= 0
    return v


def f5():
    v = 5.0
    v %= 0
    return v


def f6():
    v = None
    v += 1
    return v


for lab, fn in [("f1", f1), ("f2", f2), ("f3", f3), ("f4", f4), ("f5", f5), ("f6", f6)]:
    trial(lab, fn)
