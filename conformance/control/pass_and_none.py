# pass in every kind of block; functions without return give None.


def nothing():
    pass


def implicit():
    x = 1


def bare_return():
    return


def maybe(flag):
    if flag:
        return "value"


class Empty:
    pass


print(nothing(), implicit(), bare_return(), maybe(True), maybe(False))
print(nothing() is None, type(nothing()).__name__)
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
else:
    print("else after empty try")
finally:
    print("finally after empty try")
e = Empty()
print(type(e).__name__, isinstance(e, Empty), isinstance(e, int))
results = [nothing() for _ in range(2)]
print(results, results == [None, None], None == None, None is None)
print(str(None), repr(None), bool(None), [None], (None,), {None: None})
r = print("print returns")
print(r)
