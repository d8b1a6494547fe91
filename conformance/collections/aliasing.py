# Aliasing: shared references, list multiplication, nested copies.
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
row = [0, 0]
table = [row, row]
row.append(5)
print(table, table[0] is table[1])
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0][0] = 99
shallow[1] = ["new"]
print(outer, shallow)
d = {"k": [1]}
lst = d["k"]
lst.append(2)
print(d)
e = [a, a]
a.clear()
print(e)
x = [1]
y = [x, x]
x[0] = "changed"
print(y, y[0] is y[1])
s = [[]] * 2
s[0].append("shared")
s[1] = ["own"]
print(s)
t = ([1], [2])
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print("TypeError", e)
print(t)


def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst


orig = ["o"]
ret = mutate(orig)
print(orig, ret)
