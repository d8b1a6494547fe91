# isdigit/isalpha/isspace/... on empty strings, mixed content and unicode.
samples = ["", " ", "abc", "ABC", "abc1", "123", "12.5", "-1", "²", "\t\n",
           "\u00a0", "é", "a b", "_", "Hello World"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "".isidentifier(), "a b".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii(), "\x7f".isascii())
print("Hello\n".isprintable(), "Hello".isprintable(), "".isprintable())
count = 0
for ch in "a1 b2\tc3!":
    if ch.isdigit():
        count += 10
    elif ch.isalpha():
        count += 1
    elif ch.isspace():
        count += 100
print(count)
