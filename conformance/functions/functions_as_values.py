# Functions are objects: assigned, stored in containers, passed and returned.


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def apply(fn, x, y):
    return fn(x, y)


def pick(name):
    if name == "add":
        return add
    return sub


ops = {"+": add, "-": sub}
print(ops["+"](2, 3), ops["-"](2, 3), apply(add, "a", "b"), apply(sub, 10, 4))
fns = [add, sub, add]
print([f(10, 5) for f in fns])
alias = add
print(alias(1, 1), alias is add, alias == add, add is sub)
print(pick("add")(7, 1), pick("other")(7, 1))
print(type(add).__name__, type(len).__name__, type(print).__name__)


def key_len(s):
    return len(s)


def key_last(s):
    return s[-1]


words = ["ccc", "a", "bb", "dz"]
for k in [key_len, key_last]:
    print(sorted(words, key=k))
print(max(words, key=key_len), min(words, key=key_last))


def compose_apply(funcs, value):
    for f in funcs:
        value = f(value)
    return value


print(compose_apply([abs, str, len], -12345), compose_apply([], 7))
builtins_list = [len, str, repr]
print([f([1, 2]) for f in builtins_list], [f("x") for f in builtins_list])
five = 5
try:
    five(1)
except TypeError as e:
    print("TypeError", e)
text = "abc"
try:
    text()
except TypeError as e:
    print("TypeError", e)
try:
    ops["*"](1, 2)
except KeyError as e:
    print("KeyError", e)
x = None
try:
    x()
except TypeError as e:
    print("TypeError", e)
