# string: the constants and capwords
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords("hello world"), string.capwords("  hello   big\tWORLD  "))
print(repr(string.capwords("")), repr(string.capwords("   ")), string.capwords("o'neil mcDONALD"))
print(string.capwords("a-b c-d", "-"), string.capwords("x,,y,z", ","), repr(string.capwords(",a,", ",")))
print(string.capwords("ÉCOLE été"), string.capwords("1st 2ND"))
print("a" in string.ascii_lowercase, "\n" in string.whitespace, "_" in string.punctuation)
print(sorted(set(string.printable)) == sorted(string.printable), string.printable[-6:] == string.whitespace)
count = 0
for ch in "Hello, World! 123":
    if ch in string.punctuation:
        count += 1
print(count, "".join(c for c in "a1b2c3" if c in string.digits))
print(int("ff", 16), all(c in string.hexdigits for c in "DeadBeef"))
try:
    string.capwords(5)
except AttributeError as e:
    print("AttributeError", e)
