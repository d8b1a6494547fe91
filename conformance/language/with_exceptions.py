# with statements when __enter__ or __exit__ raise, and invalid context managers.

log = []


class FailEnter:
    def __enter__(self):
        log.append("enter")
        raise RuntimeError("enter failed")

    def __exit__(self, t, v, tb):
        log.append("exit should not run")
        return False


class FailExit:
    def __init__(self, msg):
        self.msg = msg

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        log.append("exit sees " + (t.__name__ if t else "None"))
        raise ValueError(self.msg)


class Resource:
    opened = 0

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *exc):
        Resource.opened -= 1
        log.append("closed " + self.label + " exc=" + str(exc[0] is not None))


try:
    with FailEnter():
        log.append("body")
except RuntimeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    with FailExit("from exit clean"):
        log.append("body ok")
except ValueError as e:
    print(type(e).__name__, e, e.__context__, log)
log.clear()
try:
    with FailExit("from exit during error"):
        raise KeyError("original")
except ValueError as e:
    print(type(e).__name__, e, repr(e.__context__), log)
log.clear()
try:
    with Resource("r1") as r1, Resource("r2") as r2:
        print("inside", Resource.opened, r1.label, r2.label)
        raise OSError("io")
except OSError as e:
    print(type(e).__name__, e, Resource.opened, log)
log.clear()
for bad in [5, "str", None]:
    try:
        with bad:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
