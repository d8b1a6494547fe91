# str comparisons and `for ch in text`: exact strs take a fast path; the
# edges (subclasses, non-ASCII text, mixed types) must behave as CPython's.
words = ["apple", "Apple", "apple ", "appl", "", "é", "z", "\u00ff", "\u0100", "日本", "\U0001F600", "a\x00b", "a"]
for a in words:
    row = []
    for b in words:
        row.append("%d%d%d%d%d%d" % (a == b, a != b, a < b, a <= b, a > b, a >= b))
    print(repr(a), " ".join(row))

print(sorted(words), min(words), max(words))
s = "ab"
t = "".join(["a", "b"])
print(s == t, s is t, s != t, "a" < "b" < "c", "b" < "a" < "c", "a" < "b" > "a")

class LoudStr(str):
    def __eq__(self, other):
        return "eq called"

    def __lt__(self, other):
        return "lt called"

print(LoudStr("x") == "x", "x" == LoudStr("x"), LoudStr("x") < "y", "y" > LoudStr("x"))
for bad in (1, 1.5, None, b"x", ["x"]):
    print("x" == bad, "x" != bad, end=" ")
    try:
        "x" < bad
    except TypeError as e:
        print("TypeError:", e)

def count(text, ch):
    n = 0
    for c in text:
        if c == ch:
            n += 1
    return n

print(count("hello world", "o"), count("", "o"), count("ünïcödé ö", "ö"), count("日本日本", "日"))
for text in ("abc", "äbc", ""):
    for c in text:
        if c == "b":
            print("break at", c)
            break
    else:
        print("no b in", repr(text))

class Rev(str):
    def __iter__(self):
        return iter(reversed(str(self)))

print([c for c in Rev("abc")], list(Rev("abc")))
out = []
for c in Rev("xyz"):
    out.append(c)
print(out)
text = "abc"
for c in text:
    text = "zzz"       # rebinding the name does not change the loop
    out.append(c)
print(out, [c * 2 for c in "hi"], [ord(c) for c in "a\x7f"])
