# if/elif/else chains, truthiness of many values, nested conditions.


def classify(v):
    if v is None:
        return "none"
    elif v is True or v is False:
        return "bool:" + str(v)
    elif isinstance(v, int) and v < 0:
        return "negint"
    elif isinstance(v, int):
        if v == 0:
            return "zero"
        elif v > 10 ** 20:
            return "huge"
        else:
            return "int"
    elif isinstance(v, str):
        return "str" if v else "emptystr"
    else:
        return "other:" + type(v).__name__


for v in [None, True, False, -5, 0, 7, 10 ** 30, "", "x", [], 1.5]:
    print(repr(v), classify(v))

values = [0, 0.0, -0.0, 1, -1, "", " ", "0", [], [0], (), (0,), {}, {0: 0}, None, 1e-300, float("nan"), range(0), range(1)]
for v in values:
    if v:
        print("truthy", repr(v))
    else:
        print("falsy ", repr(v))

x = 5
if x > 3:
    pass
elif x > 1:
    print("never")
print("after pass")
if not x - 5:
    print("not 0 is True")
if [] or {} or ():
    print("never")
elif [] == [] == []:
    print("chained empty equality")
n = 0
if n:
    print("a")
elif n == 0.0:
    print("0 == 0.0")
else:
    print("c")
big = 2 ** 100
if big - big:
    print("nonzero")
else:
    print("big - big is falsy")
