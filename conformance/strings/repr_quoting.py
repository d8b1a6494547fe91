# repr() quoting rules and escapes for strings (and strings inside containers).
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "back\\slash", "tab\there",
           "new\nline", "cr\rx", "nul\x00byte", "bell\x07", "del\x7f", "esc\x1b", "\x80\x9f",
           "é ü ñ", "\u00a0nbsp", "\u200bzero width", "\u2028sep", "😀",
           "'", '"', "'\"", "\\'"]
for s in samples:
    print(repr(s), len(repr(s)))
print(["it's", 'a"b', "c"], ("x",), {"k'": 'v"'})
print(str("it's"), str(['a', "b'"]), repr(repr("a")), repr(str(5)))
print("%r" % "q'", "%s" % repr("q"), f"{repr('z')}")
print(repr("a\tb\\n"), "a\tb\\n")
print(repr("\x0b\x0c"), repr("\u0100"), repr("\uffff"), repr("\U0001f600"), repr("\U000e0001"))
for ch in [0, 9, 10, 13, 31, 32, 39, 34, 92, 126, 127, 160, 173]:
    print(ch, repr(chr(ch)))
