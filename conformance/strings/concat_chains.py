# Strings built by repeated concatenation share growing buffers: every
# string must keep exactly its own characters when several strings extend
# the same prefix, and must hash, compare, index and slice like any other.
base = "x" * 300
a = base + "A"
b = base + "B"          # extends the same prefix as `a`
c = a + "C"
d = a + "D"             # extends `a` after `c` already did
print(a[-3:], b[-3:], c[-3:], d[-3:], len(a), len(b), len(c), len(d))
print(a == base + "A", b == "x" * 300 + "B", hash(c) == hash("x" * 300 + "AC"), d.endswith("AD"))

s = ""
parts = []
for i in range(2000):
    s += chr(945 + i % 20) if i % 3 == 0 else str(i % 10)
    if i % 500 == 0:
        parts.append(s)
print(len(s), s[:10], s[-10:], s[1000:1010], s.count("α"), s.index("β"))
print([len(p) for p in parts], [p[-3:] for p in parts])
print(parts[2] == s[:len(parts[2])], s.startswith(parts[3]))

t = s
t += "!"
u = s + "?"
print(t[-2:], u[-2:], len(s), s[-1] != "!")
d = {t: 1, u: 2, s: 3}
print(d[s + "!"], d[s + "?"], d[s[:]])

r = "é" * 400
for k in range(3):
    r = r + "ü" + r[-2:]
print(len(r), r[-8:], r.encode("utf-8")[-6:], r[399:405])

z = "abc" * 100
zs = [z + str(i) for i in range(5)]
print([q[-4:] for q in zs], len(set(zs)))
