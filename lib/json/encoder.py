"""The JSON encoder: JSONEncoder and the string escapers.

The Rust module `_json` encodes the common value trees; where it answers
NotImplemented (other types, a default() to call, a circular reference, ...)
the Python code below runs and gives the output or the exception."""

from _json import encode as _fast_encode

INFINITY = float("inf")

# escapes used whatever ensure_ascii says
_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_ESCAPE = dict(_SHORT_ESCAPES)
for _i in range(0x20):
    _c = chr(_i)
    if _c not in _ESCAPE:
        _ESCAPE[_c] = "\\u%04x" % _i
_ESCAPE_ASCII = dict(_ESCAPE)
_ESCAPE_ASCII["\x7f"] = "\\u007f"
del _i, _c


def _plain(s):
    """True if `s` has nothing to escape in either mode."""
    return s.isascii() and s.isprintable() and '"' not in s and "\\" not in s


def encode_basestring(s):
    """`s` as a JSON string literal, keeping non-ASCII characters."""
    if _plain(s):
        return '"' + s + '"'
    table = _ESCAPE
    parts = ['"']
    for ch in s:
        e = table.get(ch)
        parts.append(ch if e is None else e)
    parts.append('"')
    return "".join(parts)


def encode_basestring_ascii(s):
    """`s` as a JSON string literal with only ASCII characters (\\uXXXX
    escapes, surrogate pairs above U+FFFF)."""
    if _plain(s):
        return '"' + s + '"'
    table = _ESCAPE_ASCII
    parts = ['"']
    for ch in s:
        e = table.get(ch)
        if e is not None:
            parts.append(e)
            continue
        n = ord(ch)
        if n < 0x7f:
            parts.append(ch)
        elif n <= 0xFFFF:
            parts.append("\\u%04x" % n)
        else:
            n -= 0x10000
            parts.append("\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
    parts.append('"')
    return "".join(parts)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = None
c_encode_basestring_ascii = None
c_make_encoder = None


def _int_text(o):
    if type(o) is int:
        return repr(o)
    return int.__repr__(o)


class JSONEncoder:
    """Turns Python dicts, lists, tuples, strings, numbers, booleans and None
    into JSON text.  Subclasses override default() to serialize other
    objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type %s is not JSON serializable"
                        % (o.__class__.__name__,))

    def encode(self, o):
        text = self._fast(o)
        if text is not NotImplemented:
            return text
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        return iter(self._chunks(o, _one_shot))

    # ------------------------------------------------------------ internals
    def _fast(self, o):
        """o's JSON text from the Rust encoder, or NotImplemented where the
        Python code must run: an overridden iterencode(), an indent other
        than int or str, separators other than str, or a value the Rust
        encoder leaves to Python. It gives up before any object default()
        would be called for, any key skipkeys would skip and any circular
        reference, so default, skipkeys and check_circular cannot change
        what it returns."""
        if type(self).iterencode is not _ITERENCODE:
            return NotImplemented
        indent = self.indent
        if indent is not None:
            if type(indent) is int:
                indent = " " * indent
            elif type(indent) is not str:
                return NotImplemented
        item_sep = self.item_separator
        key_sep = self.key_separator
        if type(item_sep) is not str or type(key_sep) is not str:
            return NotImplemented
        return _fast_encode(o, not not self.ensure_ascii, not not self.allow_nan,
                            not not self.sort_keys, indent, item_sep, key_sep)

    def _float_text(self, o, detail=False):
        """The JSON text of a float; `detail` adds the value to the message
        of the ValueError for NaN and infinities (as CPython's Python
        encoder does, unlike its C one)."""
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        elif type(o) is float:
            return repr(o)
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            if detail:
                raise ValueError("Out of range float values are not JSON compliant: "
                                 + repr(o))
            raise ValueError("Out of range float values are not JSON compliant")
        return text

    def _chunks(self, o, one_shot=False):
        """The chunks of o's JSON text. CPython encodes a whole value
        (one_shot) without indent in C, everything else in Python; the two
        differ in the message for a disallowed NaN or infinity."""
        indent = self.indent
        detail = not one_shot or indent is not None
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        out = []
        markers = {} if self.check_circular else None
        enc = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        item_sep = self.item_separator
        key_sep = self.key_separator
        skipkeys = self.skipkeys
        sort_keys = self.sort_keys
        float_text = self._float_text
        default = self.default

        def value(o, level):
            if isinstance(o, str):
                out.append(enc(o))
            elif o is None:
                out.append("null")
            elif o is True:
                out.append("true")
            elif o is False:
                out.append("false")
            elif isinstance(o, int):
                out.append(_int_text(o))
            elif isinstance(o, float):
                out.append(float_text(o, detail))
            elif isinstance(o, (list, tuple)):
                array(o, level)
            elif isinstance(o, dict):
                obj(o, level)
            else:
                key = enter(o)
                value(default(o), level)
                leave(key)

        def enter(o):
            """Records `o` as being encoded (circular-reference check)."""
            if markers is None:
                return None
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o
            return key

        def leave(key):
            if key is not None:
                del markers[key]

        def container(o, opening, closing, items, level, write_item):
            """Writes `opening`, the items separated (and indented), `closing`."""
            key = enter(o)
            out.append(opening)
            if indent is not None:
                level += 1
                newline = "\n" + indent * level
                sep = item_sep + newline
                out.append(newline)
            else:
                sep = item_sep
            first = True
            for item in items:
                if first:
                    first = False
                else:
                    out.append(sep)
                write_item(item, level)
            if indent is not None:
                level -= 1
                out.append("\n" + indent * level)
            out.append(closing)
            leave(key)

        def array(lst, level):
            if not lst:
                out.append("[]")
                return
            container(lst, "[", "]", lst, level, value)

        def key_text(k):
            """A dict key as JSON text, or None to skip it (skipkeys)."""
            if isinstance(k, str):
                return enc(k)
            if isinstance(k, float):
                k = float_text(k, detail)
            elif k is True:
                k = "true"
            elif k is False:
                k = "false"
            elif k is None:
                k = "null"
            elif isinstance(k, int):
                k = _int_text(k)
            elif skipkeys:
                return None
            else:
                raise TypeError("keys must be str, int, float, bool or None, not %s"
                                % (k.__class__.__name__,))
            return enc(k)

        def member(kv, level):
            out.append(kv[0])
            out.append(key_sep)
            value(kv[1], level)

        def obj(dct, level):
            if not dct:
                out.append("{}")
                return
            items = sorted(dct.items()) if sort_keys else dct.items()
            # Keys are converted before anything is written: a skipped key
            # must not leave a separator behind.
            members = []
            for k, v in items:
                t = key_text(k)
                if t is not None:
                    members.append((t, v))
            container(dct, "{", "}", members, level, member)

        value(o, 0)
        return out


_ITERENCODE = JSONEncoder.iterencode
