# hash() of ints, bools and tuples (deterministic across runs), plus unhashable errors.

for n in [0, 1, -1, -2, 2, 100, -100, 2 ** 31, 2 ** 32, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64 + 5,
          -(2 ** 61 - 1), -(2 ** 61), 10 ** 30, -(10 ** 30), 2 ** 122 - 1]:
    print(n, hash(n))
print(hash(True), hash(False), hash(True) == hash(1), hash(-1) == hash(-2))
print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((1, (2, 3))), hash(((), ())))
print(hash((True, False)), hash((-1,)), hash((-2,)), hash((0, 0)), hash((10 ** 30, -5)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((True, 2)), hash((0,)) == hash((False,)))
print(hash(2 ** 61 - 1) == hash(0), hash(-(2 ** 61 - 1)) == hash(0), hash(2 ** 64) == hash(8))
for bad in [[1], {}, (1, [2]), ([],), {"a": 1}]:
    try:
        print(hash(bad))
    except TypeError as e:
        print(type(e).__name__, e)
d = {}
d[(1, 2)] = "tuple"
d[2 ** 61 - 1] = "big"
d[0] = "zero"
print(d, d[(1, 2)], d[0], len(d))
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
