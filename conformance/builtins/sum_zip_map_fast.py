# sum over lists, tuples and iterators with int, float, big-int and mixed
# items; zip and map with few and many iterables
big = 2**46
print(sum([big, big, big, big]), sum((big,) * 10), sum(iter([1, 2, 3])))
print(sum([0.1] * 10), sum([1, 0.5, 2]), sum([0.5, 1, 2]), sum([1, 2], 0.5), sum([], 7))
print(sum([True, True, 3]), sum([2**70, -2**70, 1]), sum([1.5, 2**60]), sum(x * x for x in range(10)))
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([1, 2], start=10))
print(sum([float("inf"), 1.0]), sum([1e308, 1e308]), sum([-0.0, -0.0]), sum([-0.0]))


class Grow:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __radd__(self, other):
        if len(self.target) < 6:
            self.target.append(Grow(1, self.target))
        return other + self.v


items = []
items.append(Grow(10, items))
print(sum(items), len(items))
for bad in (["a", "b"], [b"x"], [1, "a"]):
    try:
        print(sum(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    sum(["a"], "")
except TypeError as e:
    print("TypeError", e)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(*[range(3)] * 10))[:1])
print(list(map(lambda *a: sum(a), *[range(4)] * 9)), list(map(pow, [2, 3], [5, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(enumerate("abc", 2**46 - 1)), list(enumerate("ab", -1)))
