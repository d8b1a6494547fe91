# raise from, implicit __context__, __cause__, __suppress_context__, bare raise.

def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, repr(str(e)),
          "cause=" + (type(c).__name__ + ":" + str(c) if c is not None else "None"),
          "context=" + (type(x).__name__ + ":" + str(x) if x is not None else "None"),
          "suppress=" + str(e.__suppress_context__))


try:
    try:
        {}["k"]
    except KeyError as ke:
        raise ValueError("bad key") from ke
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("direct") from OSError("os")
except IndexError as e:
    show(e)
try:
    raise KeyError("cls cause") from ValueError
except KeyError as e:
    show(e)
try:
    raise ValueError("plain")
except ValueError as e:
    show(e)


def reraiser():
    try:
        [][0]
    except IndexError:
        raise


try:
    reraiser()
except IndexError as e:
    show(e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError:
            raise TypeError("third")
except TypeError as e:
    show(e)
    show(e.__context__)
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    show(e)
try:
    raise
except RuntimeError as e:
    show(e)
