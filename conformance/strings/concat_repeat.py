# String concatenation and repetition, including the type errors.
a = "ab"
print(a + "cd", a + "", "" + "", a * 3, 3 * a, a * 0, a * -2, a * True, "" * 100)
print(repr(a * False), len("xyz" * 1000), ("-" * 10) + "|", "=" * 3 + ">" * 2)
s = ""
for i in range(5):
    s += str(i)
    s += ","
print(s, len(s))
t = "x"
t *= 4
print(t)
cases = [("a", 1), (1, "a"), ("a", None), ("a", ["b"]), ("a", 1.5), (None, "a")]
for x, y in cases:
    try:
        print(x + y)
    except TypeError as e:
        print("TypeError", e)
for x, y in [("a", "b"), ("a", 2.0), ("a", [2]), (2.5, "a"), ("a", 2 ** 100)]:
    try:
        print(len(x * y))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("a" - "b")
except TypeError as e:
    print("TypeError", e)
try:
    print("a" / 2)
except TypeError as e:
    print("TypeError", e)
try:
    print(-"a")
except TypeError as e:
    print("TypeError", e)
print("a" "b" "c", ("multi"
                     "line"))
