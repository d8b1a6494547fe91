# String comparisons: lexicographic by code point, prefixes, case, mixing types.
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("ab", "a"), ("", "a"), ("", ""),
         ("Z", "a"), ("a", "B"), ("10", "9"), ("abc", "abd"), ("é", "z"), ("A", "a"),
         ("apple", "Apple"), ("😀", "é"), (" ", "!")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", " z"]))
print(min("hello"), max("hello"), min(["b", "a", "c"]), max("abc", "abd", "ab"))
print("a" == "a"[0:1], "abc" == "ab" + "c", "1" == 1, "a" != 1, "" == [], "abc" != None)
for y in [1, None, ["a"], 1.0]:
    try:
        print("a" < y)
    except TypeError as e:
        print("TypeError", e)
try:
    print(1 >= "a")
except TypeError as e:
    print("TypeError", e)
