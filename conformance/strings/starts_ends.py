# startswith/endswith: tuples of prefixes, start/end arguments, errors.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith(""), s.endswith(".gz"), s.endswith(""))
print(s.startswith(("x", "fi")), s.startswith(()), s.endswith((".zip", ".gz")), s.endswith((".zip",)))
print(s.startswith("name", 4), s.startswith("name", 4, 7), s.startswith("name", 4, 8), s.startswith("", 100))
print(s.endswith("tar", 0, 12), s.endswith("tar", -6, -3), s.endswith("gz", 100), s.startswith("f", -100))
print("".startswith(""), "".endswith(""), "".startswith("a"), "a".startswith("ab"))
print("Hello".startswith("h"), "Hello".lower().startswith("h"), "x".endswith(("", "y")))
for arg in [["file"], 5, None, ("file", 5)]:
    try:
        print(s.startswith(arg))
    except TypeError as e:
        print("TypeError", e)
try:
    print(s.endswith([".gz"]))
except TypeError as e:
    print("TypeError", e)
names = ["test_a.py", "a_test.py", "test_b.txt", "readme"]
print([n for n in names if n.startswith("test_") and n.endswith(".py")])
