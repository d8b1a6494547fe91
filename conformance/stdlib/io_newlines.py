# io.StringIO newline= modes: translation on write, line splitting on read
import io

text = "a\r\nb\rc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines, s.tell())
    s.seek(0)
    print("  ", [repr(line) for line in s])

for nl in [None, ""]:
    s = io.StringIO(newline=nl)
    print(repr(nl), s.newlines)
    s.write("one\n")
    print("  ", s.newlines)
    s.write("two\r\n")
    print("  ", s.newlines)
    s.write("three\r")
    print("  ", s.newlines)
    s.seek(0)
    print("  ", s.readlines())

s = io.StringIO("x\r\ny\r\rz", newline="")
print(s.readlines())
print(io.StringIO("\r\n\r\n", newline="").readlines())
print(io.StringIO("\r\r\n\n", newline="").readlines())
print(io.StringIO("end\r", newline="").readlines())
print(repr(io.StringIO("1\n2\n", newline="\r\n").getvalue()))
print(io.StringIO("1\n2\n", newline="\r").readlines())
s = io.StringIO(newline=None)
s.write("a\r")
s.write("\nb")
print(repr(s.getvalue()), s.newlines)
