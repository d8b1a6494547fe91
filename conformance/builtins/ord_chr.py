# ord() and chr(): ranges, non-ASCII, round trips, errors.

print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\x00"), ord("é"), ord("€"), ord("中"), ord("\U0001f600"))
print(chr(97), chr(65), repr(chr(0)), repr(chr(10)), chr(233), chr(8364), chr(0x4e2d), chr(0x1F600), repr(chr(0x10FFFF)))
print([chr(i) for i in range(ord("a"), ord("f"))], "".join([chr(ord(c) + 1) for c in "HAL"]))
print(all([ord(chr(i)) == i for i in range(0, 0x3000, 7)]), repr(chr(True)), ord(max("hello")), chr(ord("z") - 25))
print(repr(chr(127)), repr(chr(128)), repr(chr(159)), repr(chr(160)), repr(chr(0x2028)), repr(chr(0x300)))
for label, op in [("ord empty", lambda: ord("")), ("ord two", lambda: ord("ab")), ("ord int", lambda: ord(65)),
                  ("ord list", lambda: ord(["a"])), ("chr neg", lambda: chr(-1)), ("chr big", lambda: chr(0x110000)),
                  ("chr float", lambda: chr(65.0)), ("chr str", lambda: chr("A")), ("chr huge", lambda: chr(2 ** 70)),
                  ("ord none", lambda: ord(None))]:
    try:
        print(label, op())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


def caesar(s, k):
    out = []
    for c in s:
        if "a" <= c and c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)


print(caesar("hello, world", 3), caesar(caesar("xyz abc", 5), -5))
print(sum([ord(c) for c in "abc"]), [ord(c) for c in "Aé€"], sorted("bAaB", key=ord))
print(len(chr(0x1F600)), chr(0x1F600) > chr(0xFFFF), "\u00e9" == chr(233), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é")
