# String slicing: steps, negative steps, clamping, empty results, step errors.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-3:-1], s[5:2], s[2:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1], s[-1:-4:-1], s[::3])
print(s[100:], s[-100:], s[:100], s[-100:100], s[3:-100], s[100:-100:-1], s[5:100:3])
print(s[::-3], s[-2::-4], s[:-11:-1], s[:2:-1], s[2::-1], s[-1::-1] == s[::-1])
print(repr(s[5:5]), repr(""[::-1]), repr(""[1:2]), repr("a"[1:]), s[1:9:100], s[9:1:-100])
print(s[None:3], s[3:None], s[::None], s[True:3], s[-2 ** 70: 2 ** 70])
for step in [0]:
    try:
        print(s[::step])
    except ValueError as e:
        print("ValueError", e)
try:
    print(s[1.0:2])
except TypeError as e:
    print("TypeError", e)
try:
    print(s["a":])
except TypeError as e:
    print("TypeError", e)
w = "racecar"
print(w == w[::-1], "abc"[::-1] == "cba", "hello"[1:4][::-1])
u = "héllo wörld"
print(u[1:4], u[::-1], u[-5:], len(u[::2]))
