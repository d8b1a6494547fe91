# open() in binary modes: rb, wb, ab, r+b, w+b, xb; bytes in and out
import os

BASE = "/tmp/morel_conf_open_binary_%d_" % os.getpid()
PATH = BASE + "data.bin"


def show(x):
    return repr(x).replace(BASE, "TMP/")


f = open(PATH, "wb")
print(show(f), f.mode, type(f).__name__, f.closed, f.readable(), f.writable(), f.seekable())
print(f.write(b"line one\n"), f.write(bytearray(b"line two\r\n")), f.write(b""), f.tell())
f.writelines([b"three\n", bytearray(b"\x00\xff\x80"), b"\nlast"])
f.close()
print(f.closed, show(f))

with open(PATH, "rb") as f:
    print(show(f), f.mode, type(f).__name__, f.readable(), f.writable())
    print(f.read(4), f.tell(), f.read(0), f.readline(), f.readline(3), f.readline())
    print(f.readlines(), f.read(), f.read(5), f.readline(), f.tell())
    print(f.seek(0), f.read(), f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(3))
    print(f.seek(100), f.read(), f.tell(), f.seek(0), list(f))
    f.seek(0)
    print(next(f), next(iter(f)), f.readlines(1), f.readlines(0))
    f.seek(0)
    buf = bytearray(6)
    print(f.readinto(buf), buf, f.read1(3), f.read(None), f.read(-1))
print(f.closed)

with open(PATH, "ab") as f:
    print(show(f), f.mode, f.tell(), f.write(b"+tail"), f.tell())
with open(PATH, "rb") as f:
    print(f.read())

with open(PATH, "r+b") as f:
    print(show(f), f.mode, f.read(4), f.write(b"ONE"), f.tell(), f.read(5))
    print(f.seek(0), f.read(12), f.truncate(20), f.tell(), f.seek(0, 2))
    f.seek(0)
    print(f.read())

with open(PATH, "w+b") as f:
    print(show(f), f.mode, f.read(), f.write(b"abc\ndef"), f.seek(0), f.readlines())
    print(f.seek(1), f.write(b"Z"), f.seek(0), f.read(), f.truncate(), f.tell())

os.remove(PATH)
with open(PATH, "xb") as f:
    print(show(f), f.mode, type(f).__name__, f.write(b"new"))
with open(PATH, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__)

# bytes round trip of every byte value
with open(PATH, "wb") as f:
    f.write(bytes(range(256)))
with open(PATH, "rb") as f:
    back = f.read()
print(len(back), back == bytes(range(256)), back[:4], back[-4:])
with open(PATH, "rb") as f:
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(len(c))
print(chunks)
os.remove(PATH)
print(os.path.exists(PATH))
