# OSError: errno/strerror/filename attributes, the str() forms, and the
# subclass that OSError(errno, ...) picks


def describe(e):
    print(type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)


describe(OSError("plain message"))
describe(OSError())
describe(OSError(2, "No such file or directory"))
describe(OSError(2, "No such file or directory", "a.txt"))
describe(OSError(17, "File exists", "dir", None, "other"))
describe(OSError(1, 2, 3, 4, 5))
describe(OSError(99999, "Unknown", "x"))
describe(OSError("a", "b"))
describe(FileNotFoundError("just text"))
describe(FileNotFoundError(13, "Permission denied", "f"))
describe(PermissionError(2, "not mapped for subclasses"))
for code in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, isinstance(e, OSError))
print(type(OSError(2)).__name__, type(OSError(True, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise OSError(2, "No such file or directory", "data.csv")
except FileNotFoundError as e:
    print("caught", e)


class MyError(OSError):
    pass


m = MyError(2, "custom", "name")
print(type(m).__name__, m, m.errno, m.filename, m.args)
e = OSError(2, "x")
e.errno = 5
e.filename = "later"
print(e, e.errno)
print(repr(OSError(2, "No such file or directory", "a.txt")))
