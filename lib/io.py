"""In-memory text streams (StringIO) and the io class hierarchy.

`open` and the file classes it makes (BufferedReader, BufferedWriter,
BufferedRandom and the files' TextIOWrapper) are the Rust ones of `_io`;
io.TextIOWrapper here wraps any object with read/write."""

from bisect import bisect_right as _bisect_right
from _io import UnsupportedOperation, BufferedReader, BufferedWriter, BufferedRandom

__all__ = ["IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
           "TextIOWrapper", "StringIO", "UnsupportedOperation", "open",
           "BufferedReader", "BufferedWriter", "BufferedRandom",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


def _closed_error():
    return ValueError("I/O operation on closed file")


class IOBase:
    """Base of the stream classes: closing, context management and line
    iteration on top of readline()."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_closed(self):
        if self.closed:
            raise _closed_error()

    def __enter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")


def _size_arg(size):
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    index = getattr(type(size), "__index__", None)
    if index is None:
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(size).__name__)
    return index(size)


def _int_arg(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return index(v)


_NEWLINE_KINDS = {0: None, 1: "\r", 2: "\n", 3: ("\r", "\n"), 4: "\r\n",
                  5: ("\r", "\r\n"), 6: ("\n", "\r\n"), 7: ("\r", "\n", "\r\n")}


class StringIO(TextIOBase):
    """A text stream kept in memory.

    Text appended at the end waits in a list of chunks; reading splits the
    text into lines once (and again after a write), so that readline() and
    iteration cost the length of the line, not of the whole text."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._value = ""
        self._pending = []
        self._size = 0
        self._pos = 0
        self._lines = None
        self._starts = None
        self._li = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # ------------------------------------------------------------ helpers
    def _check_closed(self):
        if self._closed:
            raise _closed_error()

    def _flat(self):
        if self._pending:
            self._value = self._value + "".join(self._pending)
            self._pending = []
        return self._value

    def _note_newlines(self, s):
        if "\r" in s:
            crlf = s.count("\r\n")
            if crlf:
                self._seen |= 4
            if s.count("\r") > crlf:
                self._seen |= 1
            if s.count("\n") > crlf:
                self._seen |= 2
        elif "\n" in s:
            self._seen |= 2

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            self._note_newlines(s)
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl == "":
            self._note_newlines(s)
        elif nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        return s

    def _split(self):
        """Split the text into lines (ends kept) with their start offsets."""
        value = self._flat()
        nl = self._newline
        if nl is None:
            nl = "\n"
        if nl == "":
            lines = self._split_any(value)
        else:
            parts = value.split(nl)
            lines = [p + nl for p in parts[:-1]]
            if parts[-1]:
                lines.append(parts[-1])
        starts = []
        at = 0
        for line in lines:
            starts.append(at)
            at += len(line)
        self._lines = lines
        self._starts = starts
        self._li = 0

    @staticmethod
    def _split_any(value):
        """Lines ending in "\r", "\n" or "\r\n" (newline='' mode)."""
        out = []
        pieces = value.split("\n")
        for k, piece in enumerate(pieces):
            last = k == len(pieces) - 1
            body = piece
            term = "" if last else "\n"
            if term and body.endswith("\r"):
                body = body[:-1]
                term = "\r\n"
            subs = body.split("\r")
            for s in subs[:-1]:
                out.append(s + "\r")
            tail = subs[-1] + term
            if tail:
                out.append(tail)
        return out

    def _line_at(self, pos):
        """Index of the line holding offset pos (pos < size)."""
        starts = self._starts
        li = self._li
        if li < len(starts) and starts[li] <= pos and (li + 1 == len(starts) or pos < starts[li + 1]):
            return li
        li = _bisect_right(starts, pos) - 1
        self._li = li
        return li

    def _changed(self):
        self._lines = None

    # ------------------------------------------------------------- writing
    def write(self, s):
        if self._closed:
            raise _closed_error()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline != "\n":
            s = self._translate(s)
        if not s:
            return n
        self._lines = None
        if self._pos == self._size:
            self._pending.append(s)
            size = self._size + len(s)
            self._size = size
            self._pos = size
            return n
        value = self._flat()
        pos = self._pos
        if pos > self._size:
            value = value + "\0" * (pos - self._size)
        end = pos + len(s)
        value = value[:pos] + s + value[end:]
        self._value = value
        self._size = len(value)
        self._pos = end
        return n

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        else:
            size = _size_arg(size)
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        if size < self._size:
            self._value = self._flat()[:size]
            self._size = size
            self._changed()
        return size

    # ------------------------------------------------------------- reading
    def getvalue(self):
        self._check_closed()
        return self._flat()

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        pos = self._pos
        if pos >= self._size:
            return ""
        if size < 0 or pos + size >= self._size:
            self._pos = self._size
            if pos == 0:
                return self._flat()
            if self._lines is None:
                self._split()
            li = self._line_at(pos)
            first = self._lines[li]
            off = pos - self._starts[li]
            rest = self._lines[li + 1:]
            return "".join([first[off:] if off else first] + rest)
        if self._lines is None:
            self._split()
        parts = []
        need = size
        li = self._line_at(pos)
        while need > 0:
            line = self._lines[li]
            off = pos - self._starts[li]
            avail = len(line) - off
            if avail <= need:
                parts.append(line[off:] if off else line)
                need -= avail
                pos += avail
                li += 1
            else:
                parts.append(line[off:off + need])
                pos += need
                need = 0
        self._pos = pos
        return "".join(parts)

    def readline(self, size=-1):
        if self._closed:
            raise _closed_error()
        if size != -1:
            size = _size_arg(size)
        pos = self._pos
        if pos >= self._size or size == 0:
            return ""
        if self._lines is None:
            self._split()
        li = self._li
        starts = self._starts
        if not (li < len(starts) and starts[li] == pos):
            li = self._line_at(pos)
        line = self._lines[li]
        off = pos - starts[li]
        if off:
            line = line[off:]
        if 0 < size < len(line):
            line = line[:size]
            self._pos = pos + size
            return line
        self._pos = pos + len(line)
        self._li = li + 1
        return line

    def readlines(self, hint=-1):
        self._check_closed()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ------------------------------------------------------------ position
    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _int_arg(pos)
        whence = _int_arg(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._size
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    # ---------------------------------------------------------- properties
    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def close(self):
        self._closed = True
        self._value = ""
        self._pending = []
        self._lines = None
        self._starts = None

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        if self._newline is None or self._newline == "":
            return _NEWLINE_KINDS[self._seen]
        return None


class TextIOWrapper(TextIOBase):
    """A text stream over another object's read/write/flush (Morel has no
    binary streams, so the underlying object handles str)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        self.buffer = buffer
        self.encoding = encoding if encoding is not None else "utf-8"
        self.errors = errors if errors is not None else "strict"
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._newline = newline

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self.buffer.write(s)
        return len(s)

    def read(self, size=-1):
        self._check_closed()
        return self.buffer.read(size)

    def readline(self, size=-1):
        self._check_closed()
        return self.buffer.readline(size)

    def flush(self):
        self._check_closed()
        flush = getattr(self.buffer, "flush", None)
        if flush is not None:
            flush()

    def close(self):
        if not self._closed:
            self._closed = True
            close = getattr(self.buffer, "close", None)
            if close is not None:
                close()

    def readable(self):
        return True

    def writable(self):
        return True

    def detach(self):
        buffer = self.buffer
        self.buffer = None
        return buffer
