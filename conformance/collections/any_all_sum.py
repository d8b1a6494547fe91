# any/all on empty and mixed iterables; sum with start values and errors.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0.0, [], [0]]), all([1, 0]))
print(any("abc"), all(""), any({}), all({0: 1}), any({0: 1}), all((True, 1, 2.5)), any(range(0)))
print(any([x > 3 for x in [1, 2, 5]]), all([x > 0 for x in [1, 2, -5]]), all([[]]), any([[]]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.5, 0.25]), sum([1, 2.5]), sum([[1], [2, 3]], []))
print(sum([(1,), (2,)], ()), sum(range(5), -10), sum([True, True]), sum([10 ** 20, -(10 ** 20), 1]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([-0.0]), sum([-0.0], -0.0))
for bad in [(["a", "b"], ""), ([1, "a"], 0), ([[1]], 0), ([1, 2], None)]:
    try:
        print(sum(bad[0], bad[1]))
    except TypeError as e:
        print("TypeError", e)
try:
    print(sum(5))
except TypeError as e:
    print("TypeError", e)
try:
    print(any(5))
except TypeError as e:
    print("TypeError", e)
try:
    print(all(None))
except TypeError as e:
    print("TypeError", e)
calls = []


def check(x):
    calls.append(x)
    return x > 2


print(any([check(v) for v in [1, 3, 5]]), calls)
