# a keyword argument written after **mapping that repeats one of its keys
def g(**k):
    return k


def f(a, b=2):
    return a, b


calls = [
    lambda: g(**{"a": 1}, b=2),
    lambda: g(**{"a": 1}, a=2),
    lambda: g(b=0, **{"a": 1}, a=2),
    lambda: f(**{"a": 1}, b=3),
    lambda: f(**{"b": 1}, b=3),
    lambda: dict(**{"a": 1}, a=2),
    lambda: dict(**{"a": 1}, b=2),
    lambda: print(*[1, 2], **{"sep": "-"}, sep="+"),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print("TypeError", e)
