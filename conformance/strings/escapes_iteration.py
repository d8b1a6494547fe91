# Escape sequences, raw strings, triple quotes and iterating over strings.
s = "a\tb\nc\\d\'e\"f\x41\u00e9\101"
print(len(s), repr(s))
r = r"a\tb\n\x41"
print(len(r), r, repr(r))
t = """line one
  line 'two'
line "three\""""
print(t)
print(len(t), t.count("\n"))
u = '''single ''quoted'' triple'''
print(u)
print("tab:\t|", "nl-escaped:\\n", "quote:\"", 'apos:\'', "bs:\\")
count = 0
for ch in "abc\n\tdef":
    count += 1
    print(count, repr(ch))
for i, ch in enumerate("xyz"):
    print(i, ch, end=" ")
print()
for ch in "":
    print("never")
letters = []
for ch in "Mississippi":
    if ch not in letters:
        letters.append(ch)
print(letters, list("abc"), tuple("ab"), sorted("cab"), reversed("ab") is not None)
print("a\
b")
print("\x00" == "\0", len("\0"), "\u0041" == "A", "\101" == "A", "\7" == "\a")
