# Decorators that replace functions with values, keep state in closures, or come from expressions.


def replace_with_value(fn):
    return 42


@replace_with_value
def gone():
    return 1


print(gone, type(gone).__name__)


def count_calls(fn):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return (calls, fn(*args))
    return wrapper


@count_calls
def double(x):
    return x * 2


print(double(1), double(2), double(3))
deco_table = [replace_with_value, count_calls]


@deco_table[1]
def ident(x):
    return x


print(ident("z"), ident("y"))
