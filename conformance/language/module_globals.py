# Module-level code: globals, conditional definitions, redefinition, __name__.

print(__name__)
counter = 0
items = []


def bump(n=1):
    global counter
    counter += n
    items.append(counter)
    return counter


bump()
bump(5)
print(counter, items)


def make_global():
    global created_later
    created_later = "made in function"


try:
    print(created_later)
except NameError as e:
    print(type(e).__name__, e)
make_global()
print(created_later)

if counter > 3:
    def choose():
        return "big branch"
else:
    def choose():
        return "small branch"
print(choose())


def choose():
    return "redefined"


print(choose())
old = choose


def choose():
    return "again, old still " + old()


print(choose())


def reader():
    return counter * 2


counter = 100
print(reader())


for loop_var in range(3):
    pass
print(loop_var)
del loop_var
try:
    print(loop_var)
except NameError as e:
    print(type(e).__name__, e)
if __name__ == "__main__":
    print("running as main")
x = y = z = "chain"
print(x, y, z)
a, b = c, d = 1, 2
print(a, b, c, d)
print(type(print).__name__, type(bump).__name__, bump.__name__, print.__name__)
