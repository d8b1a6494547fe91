# while loops with compound conditions, sentinels and counters.
a, b = 0, 10
steps = 0
while a < b and not (a == 4 and b == 6):
    a += 1
    b -= 1
    steps += 1
print(a, b, steps)
data = [3, 8, 0, 5, -1, 7]
i = 0
total = 0
while i < len(data) and data[i] >= 0:
    total += data[i]
    i += 1
print(i, total)
x = 27
seq_len = 0
peak = x
while x != 1:
    if x % 2 == 0:
        x = x // 2
    else:
        x = 3 * x + 1
    if x > peak:
        peak = x
    seq_len += 1
print("collatz 27:", seq_len, peak)
lo, hi = 0, 1000
target = 737
probes = 0
while lo <= hi:
    mid = (lo + hi) // 2
    probes += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", probes)
n = 0
while n < 100 or n % 7 != 0:
    n += 13
print(n)
stack = [1, [2, [3, [4]]]]
depth = 0
cur = stack
while isinstance(cur, list) and len(cur) > 1:
    cur = cur[1]
    depth += 1
print(depth, cur)
s = "aaabbbccd"
i = 0
runs = []
while i < len(s):
    j = i
    while j < len(s) and s[j] == s[i]:
        j += 1
    runs.append((s[i], j - i))
    i = j
print(runs)
