# str.split: default whitespace splitting vs explicit separators, maxsplit.
samples = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", ",", "\tx\ny\r\nz\x0bw\x0cv"]
for s in samples:
    print(repr(s), s.split(), s.split(" "), s.split(","))
print("a b c d".split(None, 1), "a b c d".split(" ", 2), "a b c d".split(maxsplit=0))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".split(maxsplit=2), "  a  b  ".split(" ", 1))
print("a,b,c".split(",", -1), "a,b,c".split(",", 0), "a,b,c".split(",", 10), "a,b,c".split(sep=",", maxsplit=1))
print("abcabcab".split("ab"), "aaaa".split("aa"), "aaa".split("aa"), "xyz".split("xyz"))
print("1<>2<>3".split("<>"), "no-sep".split("-", 5), "--".split("-"))
print("line1\nline2\n".split("\n"), "x\u3000y\u00a0z".split())
for sep in ["", 5]:
    try:
        print("abc".split(sep))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("a b".split(" ", "1"))
except TypeError as e:
    print("TypeError", e)
words = "the quick  brown fox".split()
print(len(words), words[-1], "-".join(words))
