# open() errors: missing files, bad modes and arguments, closed files,
# reading a write-only file, writing the wrong type, io.UnsupportedOperation
import io
import os

BASE = "/tmp/morel_conf_open_errors_%d_" % os.getpid()
PATH = BASE + "f.txt"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r).replace(BASE, "TMP/"))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(BASE, "TMP/"))


attempt("missing", lambda: open(BASE + "missing.txt"))
attempt("missing rb", lambda: open(BASE + "missing.bin", "rb"))
attempt("missing r+", lambda: open(BASE + "missing.txt", "r+"))
attempt("no dir", lambda: open(BASE + "nodir/x.txt", "w"))
attempt("directory", lambda: open("/tmp"))
try:
    open(BASE + "gone")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename.replace(BASE, "TMP/"), e.args, isinstance(e, OSError))
for mode in ["rw", "rbt", "b", "", "q", "r++", "wa", "U", "rr", "xa"]:
    attempt("mode %r" % mode, lambda: open(PATH, mode))
attempt("mode int", lambda: open(PATH, 3))
attempt("path float", lambda: open(3.5))
attempt("negative fd", lambda: open(-1))
attempt("closed fd", lambda: open(100000))
attempt("no args", lambda: open())
attempt("bad kw", lambda: open(PATH, foo=1))
attempt("binary encoding", lambda: open(PATH, "rb", encoding="utf-8"))
attempt("binary newline", lambda: open(PATH, "wb", newline=""))
attempt("binary errors", lambda: open(PATH, "wb", errors="strict"))
attempt("bad newline", lambda: open(PATH, "w", newline="x"))
attempt("bad encoding", lambda: open(PATH, "w", encoding="no-such-codec"))
attempt("unbuffered text", lambda: open(PATH, "w", buffering=0))

with open(PATH, "w") as f:
    f.write("abc\n")
attempt("create existing", lambda: open(PATH, "x"))
attempt("create existing b", lambda: open(PATH, "xb"))

for mode in ["r", "w", "rb", "wb"]:
    f = open(PATH, mode)
    text = "b" not in mode
    attempt(mode + " read", lambda: f.read())
    attempt(mode + " readline", lambda: f.readline())
    attempt(mode + " write str", lambda: f.write("x"))
    attempt(mode + " write bytes", lambda: f.write(b"x"))
    attempt(mode + " truncate", lambda: f.truncate(0))
    attempt(mode + " seek neg", lambda: f.seek(-1))
    attempt(mode + " seek cur", lambda: f.seek(1, 1))
    attempt(mode + " seek whence", lambda: f.seek(0, 7))
    f.close()
    attempt(mode + " closed read", lambda: f.read())
    attempt(mode + " closed write", lambda: f.write("x" if text else b"x"))
    attempt(mode + " closed tell", lambda: f.tell())
    attempt(mode + " closed seek", lambda: f.seek(0))
    attempt(mode + " closed flush", lambda: f.flush())
    attempt(mode + " closed readable", lambda: f.readable())
    attempt(mode + " closed iter", lambda: iter(f))
    attempt(mode + " closed with", lambda: f.__enter__())
    attempt(mode + " closed close", lambda: f.close())

try:
    open(PATH, "w").read()
except io.UnsupportedOperation as e:
    print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError), type(e).__module__)
os.remove(PATH)
attempt("remove missing", lambda: os.remove(PATH))
