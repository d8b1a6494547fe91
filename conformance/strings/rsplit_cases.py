# str.rsplit differs from split only when maxsplit limits the splits.
s = "a,b,c,d"
for n in [-1, 0, 1, 2, 3, 10]:
    print(n, s.split(",", n), s.rsplit(",", n))
t = "  x  y  z  "
for n in [-1, 0, 1, 2]:
    print(n, t.split(None, n), t.rsplit(None, n))
print("aaaa".rsplit("aa"), "aaa".rsplit("aa"), "aaa".split("aa"), "aaaaa".rsplit("aa", 1))
print("".rsplit(","), "".rsplit(), "   ".rsplit(), ",".rsplit(","))
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1), "noext".rsplit(".", 1))
print("k=v=w".split("=", 1), "k=v=w".rsplit("=", 1), "a b".rsplit(maxsplit=0))
try:
    print("abc".rsplit(""))
except ValueError as e:
    print("ValueError", e)
name, ext = "archive.v2.zip".rsplit(".", 1)
print(name, ext)
