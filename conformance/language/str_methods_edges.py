# str methods at their edges: split/strip/partition/find/replace/justify/predicates.

s = "  a,b,,c  "
print(s.split(","), s.split(), "".split(), "".split(","), "a b  c".split(" "), " x ".split(None, 0))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b".split(",", 0), "aXbXc".split("X", -1))
print("  lead and trail \t\n".strip(), "xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."), "..a..".rstrip("."))
print("a\nb\r\nc\rd\n".splitlines(), "a\n\nb".splitlines(), "".splitlines(), "x\n".split("\n"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find(""), "hello".find("l", 3), "hello".find("l", -1))
print("aaaa".count("aa"), "aaaa".count(""), "abc".count("c", 0, 2), "".count(""))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"), "aa".replace("a", "aa"))
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".center(6)), repr("x".ljust(3, "0")), repr("x".rjust(3)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("hello world".title(), "HELLO".capitalize(), "hELLO wORLD".swapcase(), "they're bill's".title())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abc".startswith("b", 1), "".startswith(""))
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isspace())
print("Hello".isupper(), "HELLO".isupper(), "hello1".islower(), "Title Case".istitle(), "_a1".isidentifier(), "1a".isidentifier())
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"), "ab".join(["1", "2", "3"]))
print("tab\tsep".expandtabs(4), "abc".index("c"), "abcabc".rindex("b"), "CaSe".lower(), "ß".upper())
for label, op in [("index", lambda: "abc".index("z")), ("rindex", lambda: "abc".rindex("z")),
                  ("join", lambda: ",".join(["a", 1])), ("split empty", lambda: "a".split("")),
                  ("center fill", lambda: "a".center(5, "xy")), ("strip int", lambda: "a".strip(1)),
                  ("replace", lambda: "a".replace(1, "b")), ("startswith", lambda: "a".startswith(["a"])),
                  ("mul", lambda: "a" * 2.0), ("add", lambda: "a" + 1), ("count", lambda: "a".count())]:
    try:
        print(label, op())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
print("abc" * 0, "abc" * -1, 3 * "ab", "a" + "b" * 2, "x" in "", "" in "x", "bc" in "abc")
print("ab" < "abc", "a" * 3 == "aaa", max("hello"), min("hello"), sorted("banana"), len("héllo"))
print("%s" % "a".join("123"), "a,b".split(",")[::-1], "  ".join("ab").split(" "))
print("x".upper(), "abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("z"))
