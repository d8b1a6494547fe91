# The global statement, reading globals, local shadowing and UnboundLocalError.
counter = 0
config = {"level": 1}
name = "module"


def bump():
    global counter
    counter += 1
    return counter


def read_only():
    return counter * 10


def shadow():
    name = "local"
    return name


def mutate_global_dict():
    config["level"] += 1


def create_new_global():
    global created
    created = "made inside a function"


def broken():
    print(counter)
    counter = 5


def broken_aug():
    counter += 1


for i in range(3):
    bump()
print(counter, read_only(), shadow(), name)
mutate_global_dict()
print(config)
create_new_global()
print(created)
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    broken_aug()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(isinstance(UnboundLocalError("x"), NameError))


def conditional_local(flag):
    if flag:
        value = "set"
    return value


print(conditional_local(True))
try:
    print(conditional_local(False))
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def del_then_use():
    item = 1
    del item
    return item


try:
    del_then_use()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError", e)
temp = 5
del temp
try:
    print(temp)
except NameError as e:
    print("NameError", e)
