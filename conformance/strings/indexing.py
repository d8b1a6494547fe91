# Indexing strings: negative indexes, out of range, bad index types.
s = "python"
print(s[0], s[5], s[-1], s[-6], s[len(s) - 1], s[True], s[False])
i = 0
out = []
while i < len(s):
    out.append(s[-i - 1])
    i += 1
print(out)
for idx in [6, -7, 100, -100, 2 ** 70]:
    try:
        print(s[idx])
    except IndexError as e:
        print("IndexError", e)
for idx in [1.0, "1", None, [0]]:
    try:
        print(s[idx])
    except TypeError as e:
        print("TypeError", e)
try:
    print(""[0])
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "P"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
u = "añb€c😀"
print(len(u), u[1], u[3], u[-1], u[-2], type(u[0]).__name__, len(u[-1]))
print(s[0][0][0], "abc"[1] + "xyz"[-1], "x"[0] == "x", "abc"[2] * 3)
