# Exception objects: args, str/repr, custom __str__, attributes, hierarchy matching.


class AppError(Exception):
    pass


class CodeError(AppError):
    def __init__(self, code, msg="failed"):
        Exception.__init__(self, code, msg)
        self.code = code

    def __str__(self):
        return "[" + str(self.code) + "] " + self.args[1]


for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1, [2]), KeyError("k"),
          KeyError(), KeyError("a", "b"), ValueError(""), CodeError(404), CodeError(500, "oops"),
          AppError(None), IndexError(0)]:
    print(type(e).__name__, "str=" + str(e), "repr=" + repr(e), "args=" + repr(e.args))
try:
    raise CodeError(7, "custom")
except AppError as e:
    print("caught", type(e).__name__, e, e.code, isinstance(e, Exception), isinstance(e, CodeError))
try:
    raise AppError
except Exception as e:
    print("class raised ->", repr(e), e.args)


def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-ish " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except AppError:
        return "app"
    except Exception as e:
        return "other " + type(e).__name__


for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), CodeError(1),
            TypeError(), LookupError(), UnboundLocalError()]:
    print(classify(exc))
print(isinstance(KeyError(), LookupError), isinstance(UnboundLocalError(), NameError),
      isinstance(ZeroDivisionError(), ArithmeticError), isinstance(True, int), isinstance(CodeError(1), Exception))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("m")
except ValueError as e:
    e.extra = "attached"
    print(e, e.extra)
errors = []
for thing in ["1", "x", None, "2"]:
    try:
        errors.append(int(thing))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__ + ": " + str(e))
print(errors)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong")
except LookupError as e:
    print("propagated", repr(e))
e1 = ValueError("same")
print(e1.args == ("same",), str(ValueError(3)), repr(ValueError("q", 1)), str(KeyError("with 'quote'")))
