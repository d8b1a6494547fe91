# splitlines: all line boundaries, keepends, trailing newlines, and vs split("\n").
samples = ["a\nb\nc", "a\nb\n", "a\r\nb\rc\n", "\n", "", "no newline", "a\n\nb", "\r\n\r\n",
           "x\x0by\x0cz", "p\x1cq\x1dr\x1es", "u\x85v", "l1\u2028l2\u2029l3", "a\r\r\nb"]
for s in samples:
    print(repr(s), s.splitlines(), s.splitlines(True))
print("a\nb\n".split("\n"), "a\nb\n".splitlines(), "".split("\n"), "".splitlines())
print("one\ntwo".splitlines(keepends=True), "one\ntwo\r\n".splitlines(keepends=False))
text = "first line\nsecond line\n\nfourth line\n"
n = 0
for line in text.splitlines():
    n += 1
    print(n, repr(line), len(line))
