# A TypeError raised inside a function wrapped by a decorator that uses *args and **kwargs.


def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


@logged
def combine(a, b, sep="-"):
    return a + sep + b


print(combine("x", "y"))
print(combine("x", "y", sep="+"))
print(combine("x", 5))
