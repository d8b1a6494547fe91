# calling type(None) and other builtin types that cannot be instantiated
print(type(None)() is None)
try:
    type(None)(1)
except TypeError as e:
    print(e)
try:
    type(len)()
except TypeError as e:
    print(e)
