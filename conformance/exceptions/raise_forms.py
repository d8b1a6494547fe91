# Different forms of the raise statement and what may be raised.


class Custom(Exception):
    pass


for which in range(7):
    try:
        if which == 0:
            raise ValueError
        elif which == 1:
            raise ValueError()
        elif which == 2:
            raise ValueError("with message")
        elif which == 3:
            raise Custom
        elif which == 4:
            raise Custom("custom", 2)
        elif which == 5:
            err = IndexError("prebuilt")
            raise err
        else:
            raise Exception("plain Exception")
    except Exception as e:
        print(which, type(e).__name__, repr(e), "[" + str(e) + "]")
for bad in range(4):
    try:
        if bad == 0:
            raise 42
        elif bad == 1:
            raise "string"
        elif bad == 2:
            raise None
        else:
            raise int
    except TypeError as e:
        print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)


def thrower(cls, msg):
    raise cls(msg)


for cls in [ValueError, KeyError, Custom, RuntimeError]:
    try:
        thrower(cls, "via helper")
    except (ValueError, KeyError) as e:
        print("group 1", type(e).__name__, e)
    except Exception as e:
        print("group 2", type(e).__name__, e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
try:
    raise StopIteration
except StopIteration as e:
    print("StopIteration", e.args)
