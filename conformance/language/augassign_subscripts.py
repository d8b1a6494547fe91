# Augmented assignment on dict/list subscripts and failing targets (missing keys, attributes, unbound locals, tuples).

d = {"a": [1, 2], "n": 0}
d["a"][0] += 100
d["n"] -= 1
d.setdefault("m", 5)
d["m"] **= 3
print(d)
lst = [1, 2, 3]
lst[-1] //= 2
lst[0] <<= 4
lst[1] |= 8
print(lst)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    lst[10] += 1
except IndexError as e:
    print(type(e).__name__, e)


class Obj:
    pass


o = Obj()
o.items = [[0]]
o.items[0][0] += 5
o.items += [[1]]
print(o.items)
try:
    o.nope += 1
except AttributeError as e:
    print(type(e).__name__, e)


def local_unbound():
    z += 1
    return z


try:
    local_unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e, t)
m = [[1, 2], [3, 4]]
for row in m:
    row[0] *= 10
m[1][-1] -= 100
print(m)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
    counts[ch] += 0
print(counts)
