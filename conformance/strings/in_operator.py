# The in / not in operators on strings.
s = "hello world"
print("hello" in s, "world" in s, "o w" in s, "low" in s, "" in s, "" in "", "a" in "")
print("H" in s, "hello world!" in s, s in s, "d" not in s, "z" not in s)
print("ab" in "a" + "b", "x" in "x" * 3, "é" in "café", "😀" in "a😀b")
for c in "aeiou":
    print(c, c in s, s.count(c))
vowels = "aeiou"
print([ch for ch in s if ch in vowels], [ch for ch in s if ch not in vowels + " "])
for left in [1, None, ["h"], ("h",)]:
    try:
        print(left in s)
    except TypeError as e:
        print("TypeError", e)
print("h" in ["h", "i"], "h" in ("hi",), "hi" in ["hi"], "h" in {"h": 1}, "x" in {"h": 1})
