# indexing and slicing long non-ASCII strings (1-4 byte characters), every
# position and many slices checked against a list of the characters
pieces = ["a", "\u00e9", "\u20ac", "\U0001F600", "z", "\u00df", " ", "\u4e2d"]
s = "".join(pieces[(i * 7 + i // 3) % len(pieces)] for i in range(1000))
chars = list(s)
print(len(s), len(chars), len(s.encode("utf-8")))
bad = [i for i in range(len(s)) if s[i] != chars[i] or s[-1 - i] != chars[-1 - i]]
print("index mismatches", bad)
print(s[0], s[31], s[32], s[33], s[63], s[64], s[999], s[-1], s[-1000])
for i in [1000, -1001, 5000]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError", e)
count = 0
bounds = [0, 1, 2, 30, 31, 32, 33, 63, 64, 65, 100, 255, 256, 500, 998, 999, 1000, 1200, -1, -2, -33, -999, -1000, -1500]
steps = [1, 2, 3, 31, 32, 33, 1000, -1, -2, -3, -32, -1000]
mismatch = []
for a in bounds + [None]:
    for b in bounds + [None]:
        for st in steps + [None]:
            count += 1
            if s[a:b:st] != "".join(chars[a:b:st]):
                mismatch.append((a, b, st))
print("slices checked", count, "mismatches", mismatch)
print(s[:5], s[30:35], s[-5:], s[::200], s[999:0:-250], len(s[::-1]), s[::-1][:4])
print(repr(s[5:5]), repr(s[10:5]), repr(s[2000:]), s[990:2000] == "".join(chars[990:]))
mixed = "x" * 300 + "\u00e9" + "y" * 300
print(len(mixed), mixed[299:302], mixed[300], mixed.index("\u00e9"), mixed[-301], mixed[299::150])
text = "\u00e9t\u00e9 " * 200
words = [text[i:i + 4] for i in range(0, len(text), 4)]
print(len(words), set(words), text[::4][:5], text.count("\u00e9"), text[401:409])
rev = "".join(reversed(s))
print(rev == s[::-1], [c for c in reversed(s[:6])], list(iter(s[-4:])))
seen = 0
for ch in s:
    if ch == "\U0001F600":
        seen += 1
print(seen, s.count("\U0001F600"), s.find("\u4e2d", 500), s.rfind("a"), s[s.find("\u4e2d", 500)])
