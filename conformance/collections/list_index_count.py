# index with start/stop and count with equal-but-different-type values.
a = [1, 2, 3, 2, 1, 2]
print(a.index(2), a.index(2, 2), a.index(2, 4), a.index(1, -2), a.index(2, -3, -1))
print(a.count(2), a.count(1), a.count(7), a.count(2.0), [].count(1))
b = [1, True, 1.0, 0, False, 0.0, "1", None]
print(b.count(1), b.count(0), b.count(True), b.count("1"), b.count(None), b.index(False), b.index(0.0))
print([[1], [1], (1,)].count([1]), [(1, 2), (1, 2)].index((1, 2)))
for args in [(5,), (1, 5), (2, 0, 1), ("2",)]:
    try:
        if len(args) == 1:
            print(a.index(args[0]))
        elif len(args) == 2:
            print(a.index(args[0], args[1]))
        else:
            print(a.index(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError", e)
try:
    print([].index(None))
except ValueError as e:
    print("ValueError", e)
try:
    print([[1]].index([2]))
except ValueError as e:
    print("ValueError", e)
try:
    print(a.index(1, "x"))
except TypeError as e:
    print("TypeError", e)
t = (4, 5, 4)
print(t.index(4), t.index(4, 1), t.count(4))
try:
    print(t.index(9))
except ValueError as e:
    print("ValueError", e)
