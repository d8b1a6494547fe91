# User-defined exception classes: args, str(), attributes, hierarchy.


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, "not found: " + str(key))
        self.key = key


class Invalid(AppError):
    def __init__(self, field, reason):
        AppError.__init__(self, field, reason)
        self.field = field


class Quiet(AppError):
    def __init__(self):
        self.note = "no args passed to base"


for exc in [AppError(), AppError("msg"), AppError("a", 2), NotFound("k1"), Invalid("age", "negative"), Quiet()]:
    print(type(exc).__name__, "| str:", str(exc), "| args:", exc.args, "| repr:", repr(exc))
try:
    raise NotFound(42)
except AppError as e:
    print("caught as AppError:", type(e).__name__, e, e.key)
try:
    raise Invalid("name", "empty")
except NotFound:
    print("wrong handler")
except Invalid as e:
    print("Invalid:", e.field, e.args[1], e)
try:
    raise AppError
except AppError as e:
    print("raised class:", repr(e), e.args)
print(isinstance(NotFound(1), Exception), isinstance(NotFound(1), AppError), isinstance(AppError(), NotFound))


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    return d[k]


for k in ["a", "zz"]:
    try:
        print(lookup({"a": 1}, k))
    except NotFound as e:
        print("handled", e)
