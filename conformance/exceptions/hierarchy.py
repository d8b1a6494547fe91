# Catching by base class: LookupError, ArithmeticError, Exception; clause order.


def trigger(kind):
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][3]
    if kind == "zero":
        return 1 // 0
    if kind == "overflow":
        return float(10 ** 400)
    if kind == "value":
        return int("v")
    if kind == "type":
        return 1 + "1"
    if kind == "attr":
        return (1).nope
    if kind == "name":
        return undefined_thing
    if kind == "unbound":
        return unbound_helper()
    if kind == "recursion":
        return recurse(0)
    return "no error"


def unbound_helper():
    y = y + 1
    return y


def recurse(n):
    return recurse(n + 1)


kinds = ["key", "index", "zero", "overflow", "value", "type", "attr", "name", "unbound", "recursion", "none"]
for k in kinds:
    try:
        r = trigger(k)
        print(k, "returned", r)
    except LookupError as e:
        print(k, "LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print(k, "ArithmeticError branch:", type(e).__name__, e)
    except NameError as e:
        print(k, "NameError branch:", type(e).__name__, e)
    except Exception as e:
        print(k, "Exception branch:", type(e).__name__, e)
pairs = [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyError, IndexError),
         (Exception, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception), (TypeError, ValueError)]
for sub, base in pairs:
    print(sub.__name__, "is a", base.__name__, isinstance(sub("x"), base))
try:
    raise ZeroDivisionError("custom")
except (KeyError, ArithmeticError) as e:
    print("tuple clause caught", type(e).__name__, e)
try:
    try:
        raise IndexError("inner")
    except KeyError:
        print("wrong")
except LookupError as e:
    print("outer caught", e)
