"""Regular expressions: Python's `re` API over Morel's matching core.

Patterns are translated and matched by the Rust module `_re` (built on the
fancy-regex engine); this module provides the objects and functions of
CPython's `re`: Pattern and Match, the module-level helpers with their
compile cache, replacement templates, flags and `re.error`.

bytes patterns are supported by mapping each byte to the character of the
same code (latin-1) on the way in and back on the way out.
"""

import _re

_substr = _re.substr

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]
# also: Scanner (undocumented in CPython too)

_MAXSIZE = 9223372036854775807

# ---------------------------------------------------------------- flags

# (name, value) in the order CPython lists combined flags
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


def _flag_parts(value):
    names = []
    rest = value
    for name, bit in _FLAG_ORDER:
        if value & bit:
            names.append(name)
            rest &= ~bit
    return names, rest


class RegexFlag(int):
    """The flags of `re`, an int whose repr names its members."""

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names, rest = _flag_parts(value)
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names, rest = _flag_parts(value)
        if rest or not names:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

# ---------------------------------------------------------------- error


class error(Exception):
    """A pattern or a replacement template is not valid.

    Attributes: msg (the message without position), pattern, pos, and the
    lineno and colno that pos falls on (None without a position).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        Exception.__init__(self, msg)


def _error_for(pattern):
    """The error factory `_re.compile` calls, reporting `pattern` itself."""
    def make(msg, text=None, pos=None):
        if text is None:
            return error(msg)
        return error(msg, pattern, pos)
    return make


# ---------------------------------------------------------------- helpers


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _clamp(value, length):
    value = _as_index(value)
    if value < 0:
        return 0
    if value > length:
        return length
    return value


def _to_bytes(text):
    return text.encode("latin-1")


# ---------------------------------------------------------------- Pattern


class Pattern:
    """A compiled regular expression (made by `re.compile`)."""

    def __init__(self, pattern, flags):
        if isinstance(pattern, (bytes, bytearray)):
            self._bytes = True
            source = bytes(pattern).decode("latin-1")
            make_error = _error_for(pattern)
        else:
            self._bytes = False
            source = pattern
            make_error = error
        engine, groups, names, parents, final_flags = _re.compile(source, int(flags), self._bytes, make_error)
        self.pattern = pattern
        self.flags = final_flags
        self.groups = groups
        self._engine = engine
        self._names = names
        self._parents = parents
        self._templates = {}

    @property
    def groupindex(self):
        return dict(self._names)

    def __repr__(self):
        flags = self.flags
        if not self._bytes:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags and self._bytes == other._bytes

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def _text(self, string):
        """The subject as str (bytes subjects decoded as latin-1)."""
        if self._bytes:
            if isinstance(string, (bytes, bytearray)):
                return bytes(string).decode("latin-1")
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        else:
            if isinstance(string, str):
                return string
            if isinstance(string, (bytes, bytearray)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _run(self, string, pos, endpos, mode):
        if type(string) is str and not self._bytes:
            text = string
        else:
            text = self._text(string)
        n = len(text)
        if pos != 0:
            if type(pos) is not int:
                pos = _as_index(pos)
            if pos < 0:
                pos = 0
            elif pos > n:
                pos = n
        if endpos is _MAXSIZE:
            endpos = n
        else:
            endpos = _clamp(endpos, n)
        spans = _re.search(self._engine, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, text, spans, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        text = self._text(string)
        n = len(text)
        found = _re.findall(self._engine, text, _clamp(pos, n), _clamp(endpos, n))
        if self._bytes:
            if self.groups > 1:
                return [tuple([_to_bytes(s) for s in item]) for item in found]
            return [_to_bytes(s) for s in found]
        return found

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        text = self._text(string)
        n = len(text)
        pos = _clamp(pos, n)
        endpos = _clamp(endpos, n)
        spans = _re.scan(self._engine, text, pos, endpos, 0)
        return iter([Match(self, string, text, sp, pos, endpos) for sp in spans])

    def split(self, string, maxsplit=0):
        text = self._text(string)
        parts = _re.split(self._engine, text, _as_index(maxsplit))
        if self._bytes:
            return [None if p is None else _to_bytes(p) for p in parts]
        return parts

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        text = self._text(string)
        count = _as_index(count)
        if count < 0:
            return string, 0
        if callable(repl):
            pattern = self
            is_bytes = self._bytes

            def replace(spans):
                r = repl(Match(pattern, string, text, spans, 0, len(text)))
                if is_bytes:
                    if isinstance(r, (bytes, bytearray)):
                        return bytes(r).decode("latin-1")
                    if r is not None:
                        raise TypeError("expected a bytes-like object, %s found" % type(r).__name__)
                return r

            result, n = _re.sub(self._engine, text, replace, count)
        else:
            result, n = _re.sub(self._engine, text, self._template(repl), count)
        if self._bytes:
            result = _to_bytes(result)
        return result, n

    def _template(self, repl):
        """The replacement template `repl` as a list of literal strs and group numbers."""
        try:
            return self._templates[repl]
        except (KeyError, TypeError):
            pass
        if isinstance(repl, str) and not self._bytes:
            text = repl
        elif isinstance(repl, (bytes, bytearray)) and self._bytes:
            text = bytes(repl).decode("latin-1")
        elif isinstance(repl, str):
            raise TypeError("sequence item 0: expected a bytes-like object, str found")
        elif isinstance(repl, (bytes, bytearray)):
            raise TypeError("sequence item 0: expected str instance, bytes found")
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
        if "\\" in text:
            parts = _parse_template(text, repl, self)
        else:
            parts = [text]
        if isinstance(repl, (str, bytes)):
            if len(self._templates) >= 100:
                self._templates.clear()
            self._templates[repl] = parts
        return parts


_OCTAL = "01234567"
_DIGITS = "0123456789"
_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _parse_template(text, original, pattern):
    """Parses a replacement template into literal strs and group numbers,
    with the errors of CPython's `re`."""
    parts = []
    literal = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        raise error(msg, original, pos)

    def add_group(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while i < n:
        c = text[i]
        i += 1
        if c != "\\":
            literal.append(c)
            continue
        if i >= n:
            fail("bad escape (end of pattern)", i - 1)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            i += 1
            start = i
            name = []
            while True:
                if i >= n:
                    if not name:
                        fail("missing group name", i)
                    fail("missing >, unterminated name", start)
                ch = text[i]
                if ch == "\\" and i + 1 < n:
                    name.append(text[i:i + 2])
                    i += 2
                    continue
                i += 1
                if ch == ">":
                    if not name:
                        fail("missing group name", i - 1)
                    break
                name.append(ch)
            name = "".join(name)
            if name.isidentifier():
                if name not in pattern._names:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._names[name]
            else:
                if not name or not all([ch in _DIGITS for ch in name]):
                    fail("bad character in group name %r" % name, start)
                index = int(name)
                if index >= 1073741823:
                    fail("invalid group reference %d" % index, start)
            add_group(index, start)
        elif c == "0":
            digits = "0"
            while len(digits) < 3 and i < n and text[i] in _OCTAL:
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xFF))
        elif c in _DIGITS:
            start = i - 1
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCTAL and digits[1] in _OCTAL and i < n and text[i] in _OCTAL:
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits, start - 1)
                    literal.append(chr(value))
                    continue
            add_group(int(digits), start)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif ("a" <= c <= "z") or ("A" <= c <= "Z"):
            fail("bad escape \\%s" % c, i - 2)
        else:
            literal.append("\\" + c)
    if literal:
        parts.append("".join(literal))
    return parts


# ---------------------------------------------------------------- Match


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, text, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._text = text
        self._spans = spans

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re._names.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _get(self, index, default=None):
        start = self._spans[2 * index]
        if start < 0:
            return default
        text = _substr(self._text, start, self._spans[2 * index + 1])
        if self.re._bytes:
            return _to_bytes(text)
        return text

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        result = {}
        for name, index in self.re._names.items():
            result[name] = self._get(index, default)
        return result

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        sp = self._spans
        return tuple([(sp[2 * i], sp[2 * i + 1]) for i in range(self.re.groups + 1)])

    def _encloses(self, outer, inner):
        parents = self.re._parents
        g = parents[inner]
        while g:
            if g == outer:
                return True
            g = parents[g]
        return False

    @property
    def lastindex(self):
        # the group whose match closed last: the one ending last, an
        # enclosing group winning over the groups inside it
        best = None
        best_end = -1
        sp = self._spans
        for g in range(1, self.re.groups + 1):
            end = sp[2 * g + 1]
            if end < 0:
                continue
            if best is None or end > best_end or (end == best_end and not self._encloses(best, g)):
                best = g
                best_end = end
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re._names.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        parts = self.re._template(template)
        out = []
        for part in parts:
            if isinstance(part, int):
                s = self._spans[2 * part]
                if s >= 0:
                    out.append(_substr(self._text, s, self._spans[2 * part + 1]))
            else:
                out.append(part)
        text = "".join(out)
        if self.re._bytes:
            return _to_bytes(text)
        return text

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())

    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---------------------------------------------------------------- functions

_cache = {}
_cache_noflags = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if not flags:
        # the common case: no flags, the cache keyed by the pattern alone
        try:
            return _cache_noflags[pattern]
        except (KeyError, TypeError):
            pass
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    if type(flags) is int and flags == 0:
        if len(_cache_noflags) >= _MAXCACHE:
            _cache_noflags.clear()
        _cache_noflags[pattern] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string with the leftmost non-overlapping matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but return (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()
    _cache_noflags.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = bytes(pattern).decode("latin-1")
    return escape(text).encode("latin-1")


class Scanner:
    """A small lexer: `Scanner([(pattern, action), ...]).scan(string)`
    returns the actions' results for successive tokens and the unscanned
    rest. At each position the phrases are tried in order (as CPython's
    alternation of them would); an action is a callable `action(scanner,
    text)`, a value, or None to drop the token."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(compile(phrase, flags), action) for phrase, action in lexicon]
        self.match = None

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = None
            action = None
            for pattern, act in self._phrases:
                m = pattern.match(string, i)
                if m is not None:
                    action = act
                    break
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
