# A new exception raised while handling another: the last one is reported.


def risky():
    return [1, 2, 3][10]


try:
    risky()
except IndexError as e:
    print("handling", e)
    raise ValueError("handler failed too")
