# list.sort and sorted: keys, reverse, stability, mixed types and errors.


def second(p):
    return p[1]


def neg(x):
    return -x


def lower_key(s):
    return s.lower()


a = [3, 1, 2, 1.5, -1, True]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
pairs.sort(key=second)
print(pairs)
pairs.sort(key=second, reverse=True)
print(pairs)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=lower_key), sorted(words, key=len))
print(sorted(words, key=len, reverse=True), sorted(words, reverse=True))
print(sorted([5, 3, 9], key=neg), sorted([]), sorted((3, 1, 2)), sorted("dcba"))
print(sorted({"z": 1, "a": 2}), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
print(sorted([-3, 2, -1], key=abs), sorted([10, 9, 100], key=str))
r = a.sort()
print(r)
for bad in [[1, "a"], [None, 1], [[1], (1,)], [1.5, "2"]]:
    try:
        bad.sort()
    except TypeError as e:
        print("TypeError", e)
try:
    sorted([3, 1], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 1], lower_key)
except TypeError as e:
    print("TypeError", e)
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), len(sorted([nan, 1.0, nan])))
big = [(i * 7919) % 101 for i in range(30)]
big.sort()
print(big[:10], big[-3:])
