# Nested try statements, break inside finally, else after pass, except-name unbinding.


def nested(n):
    out = []
    try:
        try:
            if n == 0:
                raise KeyError("k")
            if n == 1:
                raise ValueError("v")
            out.append("no error")
        except KeyError as e:
            out.append("inner caught " + repr(e))
            if n == 0:
                raise TypeError("from handler")
        finally:
            out.append("inner finally")
    except (TypeError, ValueError) as e:
        out.append("outer caught " + type(e).__name__)
    else:
        out.append("outer else")
    finally:
        out.append("outer finally")
    return out


for n in range(3):
    print(n, nested(n))


def loop_break_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "break discarded exception at " + str(i)


print(loop_break_finally())
try:
    pass
except NameError:
    print("never")
else:
    print("else with pass")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
