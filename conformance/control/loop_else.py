# else clauses on for and while loops: run only when the loop was not broken.


def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print("no", target)


find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while finished, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    print("never")
else:
    print("else of a loop that never ran")
for i in range(3):
    if i == 1:
        continue
    print("body", i)
else:
    print("continue does not skip else")
for i in range(2):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else", i)
    print("after inner", i, j)
else:
    print("outer else")


def early_return():
    for x in [1, 2]:
        return x
    else:
        return "else"


print(early_return())
for p in range(2, 20):
    for d in range(2, p):
        if p % d == 0:
            break
    else:
        print(p, end=" ")
print()
