b = b"hello \x00\xff'"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), b"ab" + b"cd", b"ab" * 3, b"ell" in b, 104 in b)
print(bytes(3), bytes([65, 66]), bytes("héllo", "utf-8"), "héllo".encode(), "abc".encode("ascii"))
print(b"h\xc3\xa9llo".decode(), b"abc".decode("ascii"), b"\xff".decode("latin-1"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
except ValueError as e:
    print("ValueError", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
except ValueError as e:
    print("ValueError", e)
print(b"a,b,c".split(b","), b" x y ".split(), b"-".join([b"a", b"b"]), b"  pad ".strip(), b"abc".upper())
print(b"abc".hex(), bytes.fromhex("de ad be ef"), b"abcabc".count(b"b"), b"abc".find(b"c"), b"aXbX".replace(b"X", b"-"))
ba = bytearray(b"xyz"); ba.append(33); ba[0] = 88; ba.extend([1, 2]); ba += b"!"
print(ba, len(ba), ba.pop(), bytes(ba), bytearray(), bytearray(2))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\x04\x00", "big"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print(b"abc" == b"abc", b"abc" < b"abd", hash(b"x") == hash(b"x"), {b"k": 1}[b"k"], b"a" == "a", sorted([b"b", b"a"]))
print(repr(b'"quoted"'), repr(b"it's"), b"\t\n\r\\", type(b).__name__, isinstance(ba, bytearray))
