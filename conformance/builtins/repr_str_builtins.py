# repr() and str() of builtin values: quoting choice, escapes, nesting, recursion.

strings = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "back\\slash",
           "\x00\x07\x1b", "\x7f", "é", "\u00a0", "\u200b", "中文", "\U0001f600", "", "'", '"']
for s in strings:
    print(repr(s), len(s), len(repr(s)))
print(str("x"), repr(repr("x")), str(repr("it's")), repr(str(5)))
print(repr(1), repr(-1), repr(2 ** 100), repr(1.0), repr(-0.0), repr(1e-7), repr(1.5e300), repr(float("nan")))
print(repr(True), repr(None), repr([]), repr(()), repr({}), repr((1,)), repr([()]), repr({1: ()}))
print(str([1, "a", 2.0, None]), str((1, "b")), str({"k": "v", 2: [3]}), str([[[]]]))
print(repr(["it's", 'x"y', "\n"]), str(("é", "\t")))
a = [1]
a.append(a)
d = {"self": None}
d["self"] = d
print(repr(a), str(d), [a, a])
b = [a, d]
print(b)
print(repr(range(3)), repr(range(1, 10, 2)), str(range(0)), repr(len), str(print) == repr(print))
print(str(), str(None), str(True), str(12), str(1.25), str(-7e-5), str(1e16), str(123456789.123456789))
print(repr("a" * 3), repr("%s" % "q"), repr(chr(9) + chr(10)), repr(chr(160)), repr(chr(173)))
print(repr("\\n"), repr("\\"), repr("'\""), str("'\""))
t = (1, [2, (3, {4: "5"})])
print(repr(t), str(t) == repr(t), len(repr(t)))
print(repr(ValueError("x")), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), str(KeyError(1)))
print(repr(dict(a=1).keys()), repr(list(dict(a=1).items())), repr(type(1)), repr(int), repr(str), repr(ValueError))
