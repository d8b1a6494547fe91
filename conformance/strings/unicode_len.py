# len() counts code points; indexing, reversing and searching non-ASCII text.
samples = ["hello", "héllo", "日本語", "😀", "a😀b", "e\u0301", "ñ", "\u00f1", "n\u0303", "", "\U0001f1ef\U0001f1f5"]
for s in samples:
    print(repr(s), len(s), s[::-1] == s, [ord(c) for c in s])
t = "naïve café 日本"
print(len(t), t.upper(), t.find("café"), t.index("日"), t[6:10], t[-2:], "日" in t, t.count("é"))
print(t.split(), t.replace("é", "e"), t.center(20, "*"), len(t.center(20)))
print(sorted("bäa"), max("äz"), "ä" > "z", "Ä".lower(), "ä".upper())
total = 0
for ch in "añ€😀":
    total += ord(ch)
print(total)
print("😀" * 3, len("😀" * 3), ("x" + "😀")[1] == "😀")
