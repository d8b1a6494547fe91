# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print((i, j), end=" ")
    print("| end row", i)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found is not None:
        break
print("found", found)
count = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if j % 2 == 0:
            continue
        count += 1
print("count", count)
out = []
for word in ["alpha", "beta", "", "gamma", "stop", "delta"]:
    if word == "":
        continue
    if word == "stop":
        break
    for ch in word:
        if ch in "aeiou":
            continue
        out.append(ch)
print("".join(out))
total = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c == 2:
                break
            if b == 1:
                continue
            total += 100 * a + 10 * b + c
print(total)
k = 0
for k in range(5):
    pass
print("k after loop", k)
