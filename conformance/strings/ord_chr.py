# ord and chr round trips, boundaries and errors.
for ch in ["a", "A", "0", " ", "\n", "\x00", "é", "€", "😀", "\U0010ffff", "\x7f"]:
    print(repr(ch), ord(ch), chr(ord(ch)) == ch)
print(chr(65), chr(97), chr(48), chr(32), repr(chr(0)), chr(233), chr(8364), chr(128512), len(chr(1114111)))
print(ord("a") - ord("A"), chr(ord("a") + 25), chr(True + 64))
word = "Hello"
shifted = ""
for ch in word:
    shifted += chr((ord(ch) - 65 + 3) % 58 + 65)
print(shifted)
print([ord(c) for c in "AZaz09"], "".join([chr(i) for i in range(97, 103)]))
for v in [-1, 1114112, 2 ** 40]:
    try:
        print(chr(v))
    except Exception as e:
        print(type(e).__name__, e)
for v in [65.0, "A", None]:
    try:
        print(chr(v))
    except TypeError as e:
        print("TypeError", e)
for v in ["", "ab", 65, None, ["a"]]:
    try:
        print(ord(v))
    except TypeError as e:
        print("TypeError", e)
