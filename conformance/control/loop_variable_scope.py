# Loop variables survive the loop; an empty loop leaves the name unbound.
for i in range(5):
    pass
print("i =", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)


def f():
    for k in range(0):
        pass
    return k


try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
squares = [m * m for m in range(4)]
try:
    print(m)
except NameError as e:
    print("NameError", e)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
x = 10
for x in range(3):
    pass
print("x =", x)
n = 0
while n < 3:
    inner = n * 2
    n += 1
print(n, inner)
for idx in range(3):
    if idx == 1:
        break
print("idx =", idx)
for ch in "xyz":
    last = ch
print(last, ch)
