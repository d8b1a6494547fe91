# io.StringIO: write/read/readline/readlines/iteration/seek/tell/truncate/close
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO()
print(s.write("hello "), s.write("w\u00f6rld\n"), s.write(""), s.tell())
s.write("second line\nthird")
print(repr(s.getvalue()), s.tell())
print(repr(s.read()), s.seek(0), repr(s.read(5)), s.tell())
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(3)
print(repr(s.read(4)), repr(s.readline(3)), repr(s.readline(100)), s.tell())

t = io.StringIO("line1\nline2\n\nline4")
for i, line in enumerate(t):
    print(i, repr(line))
print(repr(t.read()), repr(t.readline()), t.readlines())
t.seek(0)
print(t.readlines(1), t.readlines(7), t.readlines(0))

u = io.StringIO("0123456789")
u.seek(4)
u.write("AB")
print(repr(u.getvalue()), u.tell(), repr(u.read()))
u.seek(12)
u.write("Z")
print(repr(u.getvalue()), u.tell())
print(u.truncate(5), repr(u.getvalue()), u.tell())
u.seek(0)
print(u.truncate(), repr(u.getvalue()))
u.write("new")
print(repr(u.getvalue()), u.seek(0, 2), u.seek(0, 1), u.seek(1))

print(repr(io.StringIO("abc").read(-1)), repr(io.StringIO("abc").read(None)), repr(io.StringIO("abc").read(0)))
print(repr(io.StringIO().read()), repr(io.StringIO().readline()), io.StringIO().readlines(), list(io.StringIO()))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO("x\ny\n").readline(0)))
v = io.StringIO("keep")
v.seek(0, 2)
v.write(" going")
print(repr(v.getvalue()))
w = io.StringIO()
w.writelines(["a\n", "b\n", "c"])
print(repr(w.getvalue()))
w = io.StringIO()
print("x", 1, [2], file=w)
print("no newline", end="", file=w)
print(repr(w.getvalue()))

with io.StringIO("ctx") as f:
    print(f.read(), f.closed, f.readable(), f.writable(), f.seekable(), f.isatty())
print(f.closed)
for name, call in [("read", lambda: f.read()), ("write", lambda: f.write("x")),
                   ("getvalue", lambda: f.getvalue()), ("tell", lambda: f.tell()),
                   ("seek", lambda: f.seek(0)), ("readline", lambda: f.readline()),
                   ("iter", lambda: iter(f)), ("readable", lambda: f.readable()),
                   ("close again", lambda: f.close())]:
    attempt(name, call)

g = io.StringIO("abc")
attempt("write int", lambda: g.write(1))
attempt("neg seek", lambda: g.seek(-1))
attempt("cur seek", lambda: g.seek(1, 1))
attempt("end seek", lambda: g.seek(-1, 2))
attempt("bad whence", lambda: g.seek(0, 3))
attempt("read str", lambda: g.read("a"))
attempt("init int", lambda: io.StringIO(1))
attempt("bad newline", lambda: io.StringIO(newline="x"))
attempt("neg truncate", lambda: g.truncate(-1))
attempt("float seek", lambda: g.seek(1.5))
attempt("fileno", lambda: g.fileno())
print(g.encoding, g.errors, g.line_buffering, g.newlines)
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.TextIOBase, io.IOBase), isinstance(g, io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

big = io.StringIO()
for i in range(300):
    big.write("row %d\n" % i)
big.seek(0)
rows = big.readlines()
print(len(rows), rows[0], rows[-1], len(big.getvalue()))
big.seek(0)
total = 0
for line in big:
    total += int(line.split()[1])
print(total)
