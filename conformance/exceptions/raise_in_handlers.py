# Exceptions raised inside except and finally blocks replace the current one.


def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")


def in_finally():
    try:
        raise ValueError("from try")
    finally:
        raise KeyError("from finally")


def in_finally_after_return():
    try:
        return "value"
    finally:
        raise RuntimeError("finally beats return")


def handler_bug():
    try:
        raise ValueError("x")
    except ValueError as e:
        return undefined_in_handler


for fn in [in_except, in_finally, in_finally_after_return, handler_bug]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)


def nested_handlers():
    log = []
    try:
        try:
            raise IndexError("a")
        except IndexError:
            log.append("inner caught a")
            raise KeyError("b")
        finally:
            log.append("inner finally")
    except KeyError as e:
        log.append("outer caught " + str(e))
    finally:
        log.append("outer finally")
    return log


print(nested_handlers())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("handling", e)
        [].pop()
except IndexError as e:
    print("second error escaped:", e)
e_saved = None
try:
    raise ValueError("saved")
except ValueError as e:
    e_saved = e
print(e_saved)
try:
    print(e)
except NameError as err:
    print("NameError", err)
