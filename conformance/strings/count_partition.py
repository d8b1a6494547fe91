# count (non-overlapping, empty pattern, ranges) and partition/rpartition.
s = "aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count(""), "".count(""), "".count("a"))
print("abcabc".count("abc", 1), "abcabc".count("c", 0, 3), "abcabc".count("", 2, 4), "abc".count("", 10))
print("banana".count("an"), "banana".count("ana"), "banana".count("a", -3), "banana".count("a", 2, -2))
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="), "".partition("x"), "x".partition("x"))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "=start".partition("="), "end=".rpartition("="))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail)
head, sep, tail = "no at sign".partition("@")
print(repr(head), repr(sep), repr(tail))
for method in ["partition", "rpartition"]:
    try:
        if method == "partition":
            print("abc".partition(""))
        else:
            print("abc".rpartition(""))
    except ValueError as e:
        print("ValueError", e)
try:
    print("abc".count(None))
except TypeError as e:
    print("TypeError", e)
try:
    print("abc".partition(1))
except TypeError as e:
    print("TypeError", e)
