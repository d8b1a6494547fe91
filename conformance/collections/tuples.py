# Tuples: construction, single-element syntax, immutability, methods, packing.
t0 = ()
t1 = (5,)
t1b = 5,
not_t = (5)
print(t0, t1, t1b, not_t, type(not_t).__name__, len(t0), len(t1))
t = 1, "two", 3.0, None, [5]
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t[::2])
print((1, 2) + (3,), (1, 2) * 2, 2 * (0,), (1,) * 0, tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print((1, 2, 2, 3).count(2), (1, 2, 2, 3).index(2), (1, 2) == (1, 2), (1, 2) != (2, 1))
t[4].append(6)
print(t)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    print(t[10])
except IndexError as e:
    print("IndexError", e)
try:
    print((1, 2) + [3])
except TypeError as e:
    print("TypeError", e)
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1][1])
pair = (1, [2, 3])
print(pair, hash((1, 2)) == hash((1, 2)))
try:
    print(hash(pair))
except TypeError as e:
    print("TypeError", e)
print(tuple(t1) == t1, (1,) + t0, t0 + t0, ((),), (((1,),),))
for item in (1, (2, 3), "s"):
    print(item, end=";")
print()
