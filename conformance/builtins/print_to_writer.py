# print(file=obj) calls obj.write once per piece; empty str/bytes hash to 0
import io


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


w = W()
print(1, "two", 3.0, file=w, sep="|")
print(file=w)
print("a", "b", file=w, sep="", end="")
print(w.parts)
buf = io.StringIO()
print("x", [1], None, sep=", ", file=buf, end=";")
print("y", file=buf)
print(repr(buf.getvalue()))
print("to stdout", file=None)
print(hash(""), hash(b""), hash("") == hash(b""), {"": 1}[""], {b"": 2}[b""])
