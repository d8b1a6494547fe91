# min/max with key=, default=, ties, multiple arguments and errors.


def second(p):
    return p[1]


def length(s):
    return len(s)


words = ["pear", "fig", "banana", "kiwi", "apple"]
print(max(words), min(words), max(words, key=length), min(words, key=length))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([0, False, -0.0]), min([False, 0]))
pairs = [("a", 2), ("b", 3), ("c", 3), ("d", 1), ("e", 1)]
print(max(pairs, key=second), min(pairs, key=second), max(pairs), min(pairs))
print(max([], default=None), min([], default="empty"), max([5], default=0), max((), key=second, default=-1))
print(max(3, 1, 2), min(3, 1, 2), max("a", "b"), max("abc"), min([[2], [1, 5]]), max(1, 2, key=abs))
print(max(-5, 3, key=abs), min(-5, 3, 4, key=abs), max(range(10), key=abs), max([-3, 3], key=abs))
print(max({"a": 5, "b": 1}), max({"a": 5, "b": 1}.values()), min("hello", key=ord))
cases = ["empty_max", "empty_min", "int", "mixed", "default_multi"]
for c in cases:
    try:
        if c == "empty_max":
            print(max([]))
        elif c == "empty_min":
            print(min(()))
        elif c == "int":
            print(min(7))
        elif c == "mixed":
            print(max([1, "2"]))
        else:
            print(max(1, 2, default=0))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(max())
except TypeError as e:
    print("TypeError", e)
try:
    print(min([1, 2], key=5))
except TypeError as e:
    print("TypeError", e)
