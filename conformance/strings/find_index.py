# find/rfind/index/rindex with start and end, including the empty string.
s = "hello world, hello"
print(s.find("hello"), s.rfind("hello"), s.find("o"), s.rfind("o"), s.find("z"), s.rfind("z"))
print(s.find("o", 5), s.find("o", 5, 7), s.find("o", -5), s.rfind("o", 0, 5), s.rfind("l", -3, -1))
print(s.find(""), s.rfind(""), s.find("", 5), s.find("", 100), s.rfind("", 3, 6), len(s))
print(s.find("hello", 1), s.find("hello", 13), s.find("hello", 14), s.find("world", 6, 10))
print(s.find("h", -100), s.find("h", 100), s.find("d", 0, -7), "".find(""), "".find("a"))
print(s.index("world"), s.rindex("l"), s.index("", 3), s.rindex("h", 0, 5))
print("aaa".find("aa"), "aaa".rfind("aa"), "abcabc".index("c", 3), "abab".rfind("ab", 1))
for args in [("z",), ("hello", 14), ("o", 5, 6), ("world", 0, 10)]:
    try:
        if len(args) == 1:
            print(s.index(args[0]))
        elif len(args) == 2:
            print(s.index(args[0], args[1]))
        else:
            print(s.index(args[0], args[1], args[2]))
    except ValueError as e:
        print("ValueError", e)
try:
    print(s.rindex("xyz"))
except ValueError as e:
    print("ValueError", e)
try:
    print(s.find(5))
except TypeError as e:
    print("TypeError", e)
try:
    print(s.index(None))
except TypeError as e:
    print("TypeError", e)
