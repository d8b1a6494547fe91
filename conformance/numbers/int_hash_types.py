# hash() of ints and tuples of ints, type names and isinstance on numbers.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61) + 1, 2 ** 100, 10 ** 30]:
    print(v, hash(v))
print(hash(True), hash(False), hash(-(2 ** 61) + 2), hash(-(10 ** 30)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, 2, 3)), hash(()), hash((0,)), hash((-1,)), hash(((1, 2), (3,))))
for v in [1, 1.0, True, None, "s", 2 ** 80, [1], (1,), {}]:
    print(type(v).__name__, isinstance(v, int), isinstance(v, float), isinstance(v, (int, float)))
print(type(1) is int, type(True) is int, type(1.0) is float, type(2 ** 100) is int)
print(type(3) == type(4), type(3) == type(3.0), type(None).__name__)
print(isinstance(5, (str, (list, int))), isinstance(5, ()))
try:
    print(hash([1, 2]))
except TypeError as e:
    print("TypeError", e)
try:
    print(hash((1, [2])))
except TypeError as e:
    print("TypeError", e)
try:
    print(hash({}))
except TypeError as e:
    print("TypeError", e)
