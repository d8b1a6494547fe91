# An uncaught exception with no arguments prints only the class name.


def validate(items):
    for i in items:
        if i < 0:
            raise ValueError
        print("ok", i)


validate([1, 2])
validate([3, -1, 4])
