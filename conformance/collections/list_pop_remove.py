# pop with indexes and errors; remove first match and errors.
a = [10, 20, 30, 40, 50]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-1), a)
print(a.pop(1), a)
print(a.pop(-1), a)
for idx in [None, 0, -1, 5]:
    try:
        if idx is None:
            print(a.pop())
        else:
            print(a.pop(idx))
    except IndexError as e:
        print("IndexError", e)
b = [1, 2, 3]
for idx in [3, -4, 100]:
    try:
        print(b.pop(idx))
    except IndexError as e:
        print("IndexError", e)
try:
    print(b.pop("0"))
except TypeError as e:
    print("TypeError", e)
c = [1, 2, 1, 3, 1]
c.remove(1)
print(c)
c.remove(1)
print(c)
d = [True, 1, 1.0, "1"]
d.remove(1.0)
print(d)
d.remove("1")
print(d)
for v in [5, "x", None, [1]]:
    try:
        c.remove(v)
    except ValueError as e:
        print("ValueError", e)
e_list = [[1], [2], [1]]
e_list.remove([1])
print(e_list)
print(c.remove(3), c)
