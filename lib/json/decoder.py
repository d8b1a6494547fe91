"""The JSON decoder: JSONDecoder, JSONDecodeError and scanstring.

The Rust module `_json` decodes well-formed documents when there are no
hooks; otherwise, and for any document it leaves to Python (a malformed one
first of all), the scanner below runs. It works on a list of the document's
characters (indexing a list is constant time whatever the characters are)."""

from _json import decode as _fast_decode

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_CONSTANTS = {
    "-Infinity": NegInf,
    "Infinity": PosInf,
    "NaN": NaN,
}
_PARSE_CONSTANT = _CONSTANTS.__getitem__

_SIMPLE_ESCAPES = {
    '"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
    "r": "\r", "t": "\t",
}

_HEX = {}
for _i, _c in enumerate("0123456789abcdef"):
    _HEX[_c] = _i
    _HEX[_c.upper()] = _i
del _i, _c

_WS = " \t\n\r"
_DIGITS = "0123456789"


class JSONDecodeError(ValueError):
    """ValueError with the position of a JSON syntax error.

    msg: the unformatted message, doc: the document, pos: the index of the
    error in doc, lineno and colno: its line and column (from 1)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _surrogate_char(n):
    # Morel strings cannot hold lone surrogates; they decode to U+FFFD
    try:
        return chr(n)
    except ValueError:
        return "\ufffd"


def _positions(doc, ch):
    """Sorted indices of every `ch` in doc."""
    out = []
    pos = -1
    parts = doc.split(ch)
    parts.pop()
    for seg in parts:
        pos += len(seg) + 1
        out.append(pos)
    return out


class _Strings:
    """Scans JSON string literals of one document, jumping from quote to
    backslash with the precomputed positions of both characters."""

    def __init__(self, doc, chars, strict):
        self.doc = doc
        self.chars = chars
        self.n = len(chars)
        self.strict = strict
        self.quotes = _positions(doc, '"')
        self.backslashes = _positions(doc, "\\")
        self.qi = 0
        self.bi = 0

    def scan(self, i):
        """The string whose body starts at i (after the opening quote), and
        the index after its closing quote."""
        chars = self.chars
        n = self.n
        quotes = self.quotes
        backslashes = self.backslashes
        begin = i - 1
        parts = None
        while True:
            qi = self.qi
            nq = len(quotes)
            while qi < nq and quotes[qi] < i:
                qi += 1
            self.qi = qi
            j = quotes[qi] if qi < nq else n
            bi = self.bi
            nb = len(backslashes)
            while bi < nb and backslashes[bi] < i:
                bi += 1
            self.bi = bi
            k = backslashes[bi] if bi < nb else n
            end = j if j < k else k
            if end > i:
                chunk = "".join(chars[i:end])
                if self.strict and not chunk.isprintable():
                    for p in range(i, end):
                        if chars[p] < " ":
                            raise JSONDecodeError("Invalid control character at", self.doc, p)
            else:
                chunk = ""
            if end >= n:
                raise JSONDecodeError("Unterminated string starting at", self.doc, begin)
            if end == j:
                if parts is None:
                    return chunk, j + 1
                parts.append(chunk)
                return "".join(parts), j + 1
            if parts is None:
                parts = []
            if chunk:
                parts.append(chunk)
            i = _escape(self.doc, chars, k, begin, parts)


def _escape(doc, chars, k, begin, parts):
    """Decode the escape whose backslash is at k into parts; return the
    index after it."""
    n = len(chars)
    i = k + 1
    if i >= n:
        raise JSONDecodeError("Unterminated string starting at", doc, begin)
    c = chars[i]
    if c != "u":
        e = _SIMPLE_ESCAPES.get(c)
        if e is None:
            raise JSONDecodeError("Invalid \\escape", doc, i - 1)
        parts.append(e)
        return i + 1
    i += 1
    if i + 4 >= n:
        raise JSONDecodeError("Invalid \\uXXXX escape", doc, i - 1)
    u = _hex4(doc, chars, i, i - 1)
    i += 4
    if 0xD800 <= u <= 0xDBFF and i + 6 < n and chars[i] == "\\" and chars[i + 1] == "u":
        u2 = _hex4(doc, chars, i + 2, i + 1)
        if 0xDC00 <= u2 <= 0xDFFF:
            parts.append(chr(0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00))))
            return i + 6
    if 0xD800 <= u <= 0xDFFF:
        parts.append(_surrogate_char(u))
    else:
        parts.append(chr(u))
    return i


def _parse(dec, doc, chars, i):
    """Parse the JSON value starting exactly at chars[i]; return it and the
    index after it.  Containers are kept on an explicit stack."""
    n = len(chars)
    strings = _Strings(doc, chars, dec.strict)
    scan = strings.scan
    object_hook = dec.object_hook
    pairs_hook = dec.object_pairs_hook
    parse_float = dec.parse_float
    parse_int = dec.parse_int
    parse_constant = dec.parse_constant
    fast_int = parse_int is int
    ws = _WS
    digits = _DIGITS
    # entries: [kind, container, key]; kind 0 list, 1 dict, 2 pairs list
    stack = []
    while True:
        # ---------------------------------------------- one value at i
        if i >= n:
            raise JSONDecodeError("Expecting value", doc, i)
        c = chars[i]
        if c == '"':
            val, i = scan(i + 1)
        elif c in digits or c == "-":
            start = i
            if c == "-":
                if i + 8 < n and chars[i + 1] == "I" and "".join(chars[i:i + 9]) == "-Infinity":
                    val = parse_constant("-Infinity")
                    i += 9
                    c = None
                else:
                    i += 1
                    if i >= n or chars[i] not in digits:
                        raise JSONDecodeError("Expecting value", doc, start)
            if c is not None:
                if chars[i] == "0":
                    i += 1
                else:
                    i += 1
                    while i < n and chars[i] in digits:
                        i += 1
                is_float = False
                if i + 1 < n and chars[i] == "." and chars[i + 1] in digits:
                    is_float = True
                    i += 2
                    while i < n and chars[i] in digits:
                        i += 1
                if i < n and (chars[i] == "e" or chars[i] == "E"):
                    j = i + 1
                    if j < n and (chars[j] == "+" or chars[j] == "-"):
                        j += 1
                    if j < n and chars[j] in digits:
                        j += 1
                        while j < n and chars[j] in digits:
                            j += 1
                        is_float = True
                        i = j
                if is_float:
                    val = parse_float("".join(chars[start:i]))
                elif fast_int and i - start == 1:
                    val = _SMALL[chars[start]]
                else:
                    val = parse_int("".join(chars[start:i]))
        elif c == "{":
            i += 1
            while i < n and chars[i] in ws:
                i += 1
            if i < n and chars[i] == "}":
                i += 1
                if pairs_hook is not None:
                    val = pairs_hook([])
                else:
                    val = {}
                    if object_hook is not None:
                        val = object_hook(val)
            else:
                if i >= n or chars[i] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, i)
                key, i = scan(i + 1)
                while i < n and chars[i] in ws:
                    i += 1
                if i >= n or chars[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", doc, i)
                i += 1
                while i < n and chars[i] in ws:
                    i += 1
                if pairs_hook is not None:
                    stack.append([2, [], key])
                else:
                    stack.append([1, {}, key])
                continue
        elif c == "[":
            i += 1
            while i < n and chars[i] in ws:
                i += 1
            if i < n and chars[i] == "]":
                i += 1
                val = []
            else:
                stack.append([0, [], None])
                continue
        elif c == "n" and i + 3 < n and chars[i + 1] == "u" and chars[i + 2] == "l" and chars[i + 3] == "l":
            val = None
            i += 4
        elif c == "t" and i + 3 < n and chars[i + 1] == "r" and chars[i + 2] == "u" and chars[i + 3] == "e":
            val = True
            i += 4
        elif c == "f" and "".join(chars[i:i + 5]) == "false":
            val = False
            i += 5
        elif c == "N" and "".join(chars[i:i + 3]) == "NaN":
            val = parse_constant("NaN")
            i += 3
        elif c == "I" and "".join(chars[i:i + 8]) == "Infinity":
            val = parse_constant("Infinity")
            i += 8
        else:
            raise JSONDecodeError("Expecting value", doc, i)

        # ------------------------------ hand the value to its container
        while True:
            if not stack:
                return val, i
            top = stack[-1]
            while i < n and chars[i] in ws:
                i += 1
            kind = top[0]
            if kind == 0:
                top[1].append(val)
                if i < n and chars[i] == "]":
                    i += 1
                    stack.pop()
                    val = top[1]
                    continue
            else:
                if kind == 1:
                    top[1][top[2]] = val
                else:
                    top[1].append((top[2], val))
                if i < n and chars[i] == "}":
                    i += 1
                    stack.pop()
                    if kind == 2:
                        val = pairs_hook(top[1])
                    else:
                        val = top[1]
                        if object_hook is not None:
                            val = object_hook(val)
                    continue
            if i >= n or chars[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            i += 1
            while i < n and chars[i] in ws:
                i += 1
            if kind != 0:
                if i >= n or chars[i] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, i)
                key, i = scan(i + 1)
                while i < n and chars[i] in ws:
                    i += 1
                if i >= n or chars[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", doc, i)
                i += 1
                while i < n and chars[i] in ws:
                    i += 1
                top[2] = key
            break


_SMALL = {}
for _k in range(10):
    _SMALL[str(_k)] = _k
del _k


def _hex4(doc, chars, i, err_pos):
    """The value of the four hex digits at chars[i:i+4]."""
    v = 0
    for k in range(i, i + 4):
        d = _HEX.get(chars[k])
        if d is None:
            raise JSONDecodeError("Invalid \\uXXXX escape", doc, err_pos)
        v = v * 16 + d
    return v


def scanstring(s, end, strict=True):
    """Decode the JSON string literal in s whose body starts at index end;
    return (string, index after the closing quote)."""
    return _Strings(s, list(s), strict).scan(end)


def _check_doc(s):
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not %s"
                        % (s.__class__.__name__,))


class JSONDecoder:
    """Turns JSON text into Python objects: objects become dicts (or what
    object_hook / object_pairs_hook make of them), arrays lists, strings
    str, numbers int or float, true/false/null True/False/None."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _PARSE_CONSTANT
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """The Python object for the JSON document s (surrounding whitespace
        allowed, nothing else)."""
        if (type(self) is JSONDecoder and self.object_hook is None
                and self.object_pairs_hook is None and self.parse_float is float
                and self.parse_int is int
                and self.parse_constant is _PARSE_CONSTANT):
            obj = _fast_decode(s)
            if obj is not NotImplemented:
                return obj
        return self._decode(s)

    def _decode(self, s):
        """decode() by the Python scanner."""
        chars = list(s)
        n = len(chars)
        i = 0
        while i < n and chars[i] in _WS:
            i += 1
        obj, end = _parse(self, s, chars, i)
        while end < n and chars[end] in _WS:
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]; return it and the index
        where it ended."""
        if idx < 0:
            raise ValueError("idx cannot be negative")
        return _parse(self, s, list(s), idx)
