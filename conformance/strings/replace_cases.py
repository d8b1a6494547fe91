# str.replace with counts, empty patterns and overlapping matches.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("one", "1", 2), s.replace("xyz", "!"), s.replace("", "-"), "".replace("", "x"))
print("abc".replace("", "-", 2), "abc".replace("", ""), "aaaa".replace("aa", "b"), "aaa".replace("aa", "b"))
print("banana".replace("a", ""), "banana".replace("ana", "A"), "a.b.c".replace(".", "", 1))
print("tab\there".replace("\t", "    "), "x".replace("x", "xx").replace("x", "xx"))
print("Hello".replace("h", "J"), "Hello".replace("H", "J"), "ééé".replace("é", "e", 2))
print(repr("abc".replace("abc", "")), "abc".replace("b", "\n").split("\n"))
t = "mississippi"
print(t.replace("ss", "SS"), t.replace("i", "I", 3), t.replace("issi", "ISSI"))
print(t.count("i"), t.replace("i", "").count("i"), len(t.replace("s", "")))
try:
    print(s.replace("one", 1))
except TypeError as e:
    print("TypeError", e)
try:
    print(s.replace("one"))
except TypeError as e:
    print("TypeError", e)
