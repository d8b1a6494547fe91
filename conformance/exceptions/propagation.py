# Exceptions propagating through several frames, with finally blocks at each level.
trace = []


def f3(x):
    trace.append("f3 start")
    try:
        return 10 // x
    finally:
        trace.append("f3 finally")


def f2(x):
    trace.append("f2 start")
    r = f3(x)
    trace.append("f2 end")
    return r + 1


def f1(x):
    try:
        return f2(x)
    finally:
        trace.append("f1 finally")


print(f1(2), trace)
trace.clear()
try:
    f1(0)
except ZeroDivisionError as e:
    print("caught at top:", e, trace)


def parse_all(items):
    return [parse_one(s) for s in items]


def parse_one(s):
    return int(s) * 2


try:
    print(parse_all(["1", "2", "three", "4"]))
except ValueError as e:
    print("ValueError", e)


class Validator:
    def check(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return v

    def check_all(self, vs):
        out = []
        for v in vs:
            out.append(self.check(v))
        return out


val = Validator()
print(val.check_all([1, 2]))
try:
    val.check_all([1, -5, 3])
except ValueError as e:
    print("from method:", e)


def deep(n):
    if n == 0:
        raise LookupError("bottom reached")
    return deep(n - 1)


try:
    deep(50)
except LookupError as e:
    print(type(e).__name__, e)
