# Common accumulation patterns: counters, running max, grouping, two pointers.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
best_word = None
best = 0
for w, c in counts.items():
    if c > best:
        best_word, best = w, c
print(best_word, best)
letters = {}
for ch in text:
    if ch == " ":
        continue
    letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=None, reverse=True)[:3]
print(top, len(letters))
data = [5, 3, 8, 1, 9, 2, 9, 4]
running = []
cur = data[0]
for v in data:
    if v > cur:
        cur = v
    running.append(cur)
print(running)
prefix = [0]
for v in data:
    prefix.append(prefix[-1] + v)
print(prefix, prefix[5] - prefix[2])
arr = sorted(data)
i, j = 0, len(arr) - 1
target = 11
found = []
while i < j:
    s = arr[i] + arr[j]
    if s == target:
        found.append((arr[i], arr[j]))
        i += 1
        j -= 1
    elif s < target:
        i += 1
    else:
        j -= 1
print(arr, found)
evens, odds = [], []
for v in data:
    if v % 2:
        odds.append(v)
    else:
        evens.append(v)
print(evens, odds)
seen = []
dups = []
for v in data:
    if v in seen:
        dups.append(v)
    seen.append(v)
print(dups)
