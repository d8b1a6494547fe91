# Indexing and slicing of str/list/tuple: negative steps, clamping, slice assignment, del.

s = "abcdefgh"
L = list(range(10))
t = tuple("xyz")
print(s[::-1], s[::2], s[1::3], s[-3:], s[:-3], s[-100:100], s[5:2], s[5:2:-1], s[::-3])
print(L[2:8:2], L[8:2:-2], L[-1:-4:-1], L[:0], L[10:], L[3:3], L[-2:], L[::-4], L[100:])
print(t[::-1], t[1:], t[-1], t[:1], t[5:], s[-1], s[0], s[len(s) - 1])
print(L[1:9][::-1][1:3], s[2:][:2], L[::1] == L, L[:] is L, t[:] == t)
for label, op in [("str idx", lambda: s[8]), ("neg idx", lambda: s[-9]), ("list idx", lambda: L[10]),
                  ("tuple idx", lambda: t[3]), ("step 0", lambda: s[::0]), ("float idx", lambda: L[1.0]),
                  ("str idx type", lambda: s["a"]), ("tuple neg", lambda: t[-4]), ("None idx", lambda: L[None])]:
    try:
        print(label, op())
    except (IndexError, ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
print(L[None:3], L[2:None], s[None:None:-1], L[True], s[False:True + 2])
m = list(range(8))
m[2:5] = ["a"]
print(m)
m[1:1] = [9, 9, 9]
print(m)
m[:] = "xy"
print(m)
m = list(range(8))
m[::2] = [0, 0, 0, 0]
print(m)
m[5:1:-2] = ["p", "q"]
print(m)
m[len(m):] = [100]
m[-1:] = []
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
n = list(range(10))
del n[::3]
print(n)
del n[-2:]
del n[0]
print(n)
try:
    del n[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(L[-10], L[9], "abc"[-3], [[1, 2], [3]][-1][-1], ("a", ("b", "c"))[1][0])
