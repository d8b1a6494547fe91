# Default values are evaluated once, when the def statement runs.


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


def append_safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


def counter(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]


print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_safe(1), append_safe(2), append_safe(3, [0]))
print(counter(), counter(), counter({}), counter())
a = append_to(5)
b = append_to(6)
print(a is b, a)
base = 10


def uses_base(x=base):
    return x


base = 20
print(uses_base(), uses_base(1), base)
calls = []


def make_default():
    calls.append("evaluated")
    return 42


def with_computed(v=make_default()):
    return v


print(calls, with_computed(), with_computed(), calls)


def tuple_default(t=(1, 2)):
    t += (3,)
    return t


print(tuple_default(), tuple_default())
