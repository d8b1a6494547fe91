# iter() / next() (incl. defaults and sentinel form), any() / all() short-circuiting.

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(str(e)))
s = iter("ab")
print(iter(s) is s, list(s), next(s, "empty"))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
t = iter((1,))
r = iter(range(2))
print(next(t), next(r), next(r), next(r, "done"), list(iter([])))
count = [0]


def tick():
    count[0] += 1
    return count[0]


print(list(iter(tick, 4)), count)
vals = ["a", "b", "", "c"]
print(list(iter(lambda: vals.pop(0), "")), vals)
for label, op in [("next list", lambda: next([1])), ("iter int", lambda: iter(5)), ("iter none", lambda: iter(None)),
                  ("next none", lambda: next(None, 1)), ("sentinel non-callable", lambda: iter(5, 1)),
                  ("no args", lambda: next())]:
    try:
        print(label, op())
    except TypeError as e:
        print(label, type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all(""), any({0: 1}), all({1: 0}), any(range(0)), all(range(1, 5)), any([[]]), all([[]]))
seen = []


def probe(v):
    seen.append(v)
    return v


print(any(map(probe, [0, 0, 3, 4, 0])), seen)
seen.clear()
print(all(map(probe, [1, 2, 0, 5])), seen)
seen.clear()
print(any([probe(1), probe(2)]), seen)
it2 = iter([0, 1, 2, 3])
print(any(it2), list(it2))
it3 = iter([5, 0, 7])
print(all(it3), list(it3))
for bad in [lambda: any(5), lambda: all(None), lambda: any(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(any([])).__name__, any([None, 2.5]), all(["0"]), all([0.0]) is False)
