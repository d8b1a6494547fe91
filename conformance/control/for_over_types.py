# for loops over range, list, tuple, str, dict and what the loop variable keeps.
for x in range(3):
    print("range", x)
for x in [1, "two", 3.0, None]:
    print("list", x)
for x in (True, (1, 2)):
    print("tuple", x)
for x in "hé!":
    print("str", x)
d = {"b": 2, "a": 1}
for x in d:
    print("dict", x)
print("last", x)
nums = [1, 2, 3]
for n in nums:
    n = n * 100
print(nums, n)
items = [1, 2, 3]
for it in items:
    if len(items) < 6:
        items.append(it * 10)
print(items)
seq = [0, 1, 2, 3, 4, 5]
for v in seq:
    if v % 2 == 0:
        seq.remove(v)
print(seq)
for i, (a, b) in enumerate([("x", 1), ("y", 2)]):
    print(i, a, b)
for _ in range(0):
    print("never")
total = 0
for row in [[1, 2], [3], []]:
    for cell in row:
        total += cell
print(total)
for ch in "abc"[::-1]:
    print(ch, end="")
print()
for k, v in sorted({"z": 1, "y": 2}.items()):
    print(k, v)
for bad in [5, None, 3.5]:
    try:
        for q in bad:
            pass
    except TypeError as e:
        print("TypeError", e)
