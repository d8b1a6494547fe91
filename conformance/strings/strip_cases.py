# strip/lstrip/rstrip with default whitespace and explicit character sets.
samples = ["  hi  ", "\t\n hi \r\n\x0b\x0c", "", "   ", "hi", "\u00a0hi\u3000", "\x1chi\x1f"]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "xyhiyx".strip("yx"), "hello".strip("ol"))
print("www.example.com".strip("cmowz."), "www.example.com".lstrip("w."), "www.example.com".rstrip(".com"))
print(repr("aaa".strip("a")), repr("abc".strip("")), repr("  a  ".strip(None)), repr("abc".strip("abc")))
print("123abc321".strip("0123456789"), "--==x==--".lstrip("-"), "--==x==--".rstrip("=-"))
print("mississippi".strip("ipm"), "mississippi".rstrip("ip"), "mississippi".lstrip("mis"))
s = "  spaces  "
t = s.strip()
print(repr(s), repr(t), len(s), len(t))
for arg in [5, ["a"]]:
    try:
        print("abc".strip(arg))
    except TypeError as e:
        print("TypeError", e)
