# list.insert at negative, too large and too small positions.
a = []
a.insert(0, "first")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.insert(-1, "before-last")
a.insert(1, "second")
print(a)
a.insert(len(a), "append-like")
a.insert(-len(a), "front-like")
print(a)
b = [0, 1, 2, 3]
b.insert(-2, "x")
print(b)
b.insert(10 ** 6, "huge")
b.insert(-(10 ** 6), "tiny")
print(b)
b.insert(True, "T")
print(b)
c = [1, 2, 3]
for i in range(3):
    c.insert(i * 2, -i)
print(c)
for args in [("1", 0), (1.0, 0)]:
    try:
        c.insert(args[0], args[1])
    except TypeError as e:
        print("TypeError", e)
try:
    c.insert(0)
except TypeError as e:
    print("TypeError", e)
print(c.insert(0, 0), c)
