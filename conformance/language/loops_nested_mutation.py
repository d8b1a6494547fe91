# Loop variables after loops, nested loops with continue/break/else, try/finally in loops, mutation while iterating.

for x in "ab":
    pass
print("pass loop left x =", x)

for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j, end="; ")
    else:
        print("inner done", i)
print()
total = 0
for i in range(10):
    try:
        if i == 7:
            break
        if i % 2:
            continue
        total += i
    finally:
        total += 100
print("total", total)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.append(4)
print(lst)
for i in range(3):
    print("i before", i, end=" ")
    i = 100
    print("after", i)
n = 3
for k in range(n):
    n = 0
print("range fixed at creation", k, n)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(top)
    else:
        flat.append(top)
print(sorted(flat))
nums = [5, 6, 7]
for idx, val in enumerate(nums):
    nums[idx] = val * 2
print(nums)
for a, b in [(1, 2), (3, 4)]:
    a, b = b, a
    print(a, b, end=" | ")
print()
for ch in []:
    pass
else:
    ch = "else assigned"
print(ch)
