# upper/lower/title/capitalize/swapcase including digits, apostrophes and unicode.
samples = ["hello world", "HELLO World", "they're bill's friends", "hello world42abc",
           "", "123", "mIxEd CaSe", "ß straße", "élan VITAL", "a-b_c d.e",
           "x1y2 z3", "ABC def GHI"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
print("ABC".lower().upper(), "Σ".lower(), "σ".upper(), len("ß".upper()), "ß".lower())
print("hello".upper() == "HELLO", "Hello".isupper(), "HELLO".isupper(), "hello".islower())
print("Hello World".istitle(), "Hello world".istitle(), "".istitle(), "123".isupper(), "A1".isupper())
s = "camelCaseString"
out = ""
for ch in s:
    if ch.isupper():
        out += "_" + ch.lower()
    else:
        out += ch
print(out)
