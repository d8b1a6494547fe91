# open() text modes r, w, a, x, r+, w+, a+: newline handling, encoding=,
# seek/tell, readline limits, readlines hints, print(file=...)
import os

BASE = "/tmp/morel_conf_open_text_%d_" % os.getpid()
PATH = BASE + "notes.txt"


def show(x):
    return repr(x).replace(BASE, "TMP/")


with open(PATH, "wb") as f:
    f.write(b"one\ntwo\r\nthree\rfour\n\nlast")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(PATH, "r", newline=nl) as f:
        print(repr(nl), repr(f.read()), repr(f.read()))
    with open(PATH, newline=nl) as f:
        print(repr(nl), repr(f.read(5)), repr(f.read(4)), repr(f.readline()), [x for x in f])

for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(PATH, "w", newline=nl) as f:
        print(f.write("a\nb\r\nc\rd"), end=" ")
    with open(PATH, "rb") as f:
        print(repr(nl), f.read())

with open(PATH, "w", encoding="utf-8") as f:
    print(show(f), f.mode, f.encoding, f.errors, type(f).__name__)
    print(f.write("h\u00e9llo\n"), f.write("w\u00f6rld \u20ac\n"), f.tell())
    print("printed", 42, sep="|", file=f)
    f.writelines(["x\n", "y\n"])
with open(PATH, encoding="utf-8") as f:
    print(show(f), f.readline(), f.tell(), f.readline(3), f.readline(), f.tell())
    print(f.readlines(), f.tell(), repr(f.read()), repr(f.readline()))
    print(f.seek(0), repr(f.read(3)), f.tell(), f.seek(0, 2), f.seek(0, 1), repr(f.read()))
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH) as f:
    print(f.readlines(9), f.readlines(0), f.readlines())

with open(PATH, "w+") as f:
    print(show(f), f.readable(), f.writable(), f.write("first\nsecond\n"), f.tell())
    print(f.seek(0), repr(f.read()), f.seek(6), repr(f.readline()), f.tell())
with open(PATH, "a+") as f:
    print(show(f), f.tell(), f.write("third\n"), f.tell(), f.seek(0), f.readlines())
with open(PATH, "a") as f:
    print(show(f), f.readable(), f.write("fourth"), f.tell())
with open(PATH, "r+") as f:
    print(show(f), f.write("FIRST"), f.seek(0), f.read())
with open(PATH, encoding="latin-1") as f:
    print(show(f), f.encoding, f.readline())
with open(PATH, "w", encoding="latin-1") as f:
    print(f.write("caf\u00e9 \u00ff"))
with open(PATH, "rb") as f:
    print(f.read())
with open(PATH, encoding="latin-1", newline="") as f:
    print(repr(f.read()))
os.remove(PATH)
with open(PATH, "x") as f:
    print(show(f), f.mode, f.write("created"))
with open(PATH, "rt") as f:
    print(show(f), f.mode, list(f))
os.remove(PATH)
print(os.path.exists(PATH))
