# iter() and next(): exhaustion, defaults, independent iterators, errors.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(str(e)), e.args)
s = iter("ab")
print(next(s), next(s), next(s, "end"))
t = iter((10, 20))
u = iter((10, 20))
print(next(t), next(t), next(u))
d = iter({"k1": 1, "k2": 2})
print(next(d), list(d), list(d))
r = iter(range(3))
print(next(r), list(r))
lst = [1, 2, 3, 4]
it2 = iter(lst)
for x in it2:
    print("got", x, "skip", next(it2, None))
it3 = iter([])
print(next(it3, "empty"), list(it3))
first = iter([5, 6, 7])
print(list(zip(first, first)))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [[1, 2], "ab", 5]:
    try:
        print(next(bad))
    except TypeError as e:
        print("TypeError", e)
e = iter([1])
print(sum(e), sum(e))
nums = iter(range(10))
total = 0
while True:
    v = next(nums, None)
    if v is None:
        break
    total += v
print(total)
