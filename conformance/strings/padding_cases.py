# center/ljust/rjust/zfill: odd widths, fill characters, signs, short widths.
for w in [0, 3, 4, 5, 6, 7, 8]:
    print(repr("abc".center(w)), repr("ab".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")))
print(repr("".center(3, "x")), repr("a".center(4, "-")), repr("a".center(5, "-")), repr("ab".center(5, "-")))
for s in ["42", "-42", "+42", "", "-", "+", "abc", "--1", "3.14", "-0.5", "123456"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(2)))
print("x".ljust(3, "é"), "x".rjust(3, "0"), "7".zfill(3), "-7".rjust(4, "0"))
for fill in ["ab", "", 5]:
    try:
        print("x".center(5, fill))
    except TypeError as e:
        print("TypeError", e)
try:
    print("x".ljust("5"))
except TypeError as e:
    print("TypeError", e)
try:
    print("x".zfill(2.0))
except TypeError as e:
    print("TypeError", e)
rows = [("apple", 3), ("kiwi", 12), ("banana", 100)]
for name, qty in rows:
    print(name.ljust(8, ".") + str(qty).rjust(5) + "|" + name.center(10, "~") + "|")
