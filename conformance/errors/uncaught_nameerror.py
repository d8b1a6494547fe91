# An uncaught NameError for a name with no similar names in scope.


def compute():
    value = 10
    return value * qqqzzz_factor


print("computing")
print(compute())
