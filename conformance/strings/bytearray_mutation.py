# bytearray mutation: item and slice assignment, deletion, growth, aliasing.
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 70
print(ba, len(ba))
ba[1:3] = b"XYZW"
print(ba, len(ba))
ba[2:5] = b""
print(ba)
ba[0:0] = [1, 2, 3]
print(ba)
ba[len(ba):] = bytearray(b"end")
print(ba)
ba[5:2] = b"!"
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba = bytearray(b"abcdef")
ba[::2] = b""
print(ba)
ba = bytearray(b"abcdefgh")
ba[::-3] = b"123"
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba = bytearray(b"0123456789")
del ba[::-4]
print(ba)
ba = bytearray(b"xy")
ba[:] = ba
print(ba)
ba[1:1] = ba
print(ba)
ba += bytes(ba)
print(ba)
ba.extend(ba)
print(ba, len(ba))
for bad in [5, 1.5, "str"]:
    try:
        ba[0:1] = bad
    except TypeError as e:
        print("TypeError", e)
for key, value in [(100, 1), (0, 256), (0, -1), ("k", 1), (0, "v"), (10**30, 1)]:
    try:
        ba[key] = value
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ba[::2] = b"ab"
except ValueError as e:
    print("ValueError", e)
for key in [100, -100, "k"]:
    try:
        del ba[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
b = b"immutable"
try:
    b[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del b[0]
except TypeError as e:
    print("TypeError", e)
try:
    b[0:1] = b"x"
except TypeError as e:
    print("TypeError", e)
big = bytearray()
for i in range(5000):
    big.append(i % 251)
print(len(big), big[4999], sum(big[:100]), big.count(b"\x00"))
big[100:4900] = b""
print(len(big), big[:3], big[-3:])
big.clear()
print(big, len(big))
big.extend(range(200))
print(len(big), big.pop(), big.pop(0), len(big), big[0], big[-1])
big.reverse()
print(big[:4], big.find(b"\x05\x04"))
big[:] = b"reset"
print(big, bytes(big), big == b"reset", b"set" in big)
