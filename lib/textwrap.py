"""Text wrapping and filling."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# the only characters textwrap treats as whitespace
_whitespace = "\t\n\x0b\x0c\r "


def _is_space(c):
    return c in _whitespace


def _is_wordchar(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # a word character that is not a decimal digit
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_wordpunct(c):
    return c.isalnum() or c in "_!\"'&.,?"


def _hyphen_run(text, i):
    """Length of the run of '-' starting at text[i]."""
    n = len(text)
    j = i
    while j < n and text[j] == "-":
        j += 1
    return j - i


def _dash_before_word(text, i):
    """True when text[i:] is two or more hyphens followed by a word char."""
    m = _hyphen_run(text, i)
    return m >= 2 and i + m < len(text) and _is_wordchar(text[i + m])


def _splits_at_hyphen(text, j):
    """Whether a word may end with the hyphen at text[j]: the hyphen follows
    two letters (or letter-hyphen-letter) and precedes a letter, an optional
    hyphen and another letter."""
    n = len(text)
    if j >= n or text[j] != "-":
        return False
    before = (j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1])) or \
        (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == "-"
         and _is_letter(text[j - 1]))
    if not before:
        return False
    if j + 1 >= n or not _is_letter(text[j + 1]):
        return False
    if j + 2 < n and _is_letter(text[j + 2]):
        return True
    return j + 3 < n and text[j + 2] == "-" and _is_letter(text[j + 3])


def _split_words(text):
    """Split text into chunks: runs of whitespace, em-dashes between words,
    and words, which may end after a hyphen inside hyphenated words."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if _is_space(c):
            j = i + 1
            while j < n and _is_space(text[j]):
                j += 1
        elif c == "-" and i > 0 and _is_wordpunct(text[i - 1]) and \
                _dash_before_word(text, i):
            j = i + _hyphen_run(text, i)
        else:
            # the shortest word that ends at a permitted place; only a hyphen
            # can end it before the next whitespace
            e = i + 1
            while e < n and not _is_space(text[e]):
                e += 1
            if "-" not in text[i:e]:
                chunks.append(text[i:e])
                i = e
                continue
            j = i + 1
            while True:
                if _splits_at_hyphen(text, j):
                    j += 1
                    break
                if j >= n or _is_space(text[j]):
                    break
                if _is_wordpunct(text[j - 1]) and _dash_before_word(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_spaces(text):
    """Split text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = _is_space(text[i])
        j = i + 1
        while j < n and _is_space(text[j]) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a quote, at the end
    k = len(chunk)
    if k and chunk[k - 1] in "\"'":
        k -= 1
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are only for
    subclasses that want to change the behaviour."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting ------------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                if c in text:
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_spaces(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- wrapping -------------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break the chunk at the end of reversed_chunks (too long for any
        line), putting what fits onto cur_line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                # prefer to cut just after a hyphen that has text before it
                h = chunk.rfind("-", 0, space_left)
                if h > 0 and chunk[:h].strip("-"):
                    cut = h + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _line_fits_placeholder(self, pending, cur_len, width):
        # the line is the last one allowed, but all that is left after it
        # is (droppable) whitespace, so it may be kept whole
        if pending and not (self.drop_whitespace and len(pending) == 1
                            and not pending[0].strip()):
            return False
        return cur_len <= width

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = list(reversed(chunks))   # next chunk at the end
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            line = []
            length = 0
            if self.drop_whitespace and lines and not pending[-1].strip():
                pending.pop()
            while pending and length + len(pending[-1]) <= width:
                piece = pending.pop()
                line.append(piece)
                length += len(piece)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, length, width)
                length = 0
                for piece in line:
                    length += len(piece)
            if self.drop_whitespace and line and not line[-1].strip():
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    self._line_fits_placeholder(pending, length, width):
                lines.append(indent + "".join(line))
                continue
            # the last permitted line: end it with the placeholder
            placed = False
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    placed = True
                    break
                length -= len(line[-1])
                line.pop()
            if not placed:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    # -- public interface -----------------------------------------------

    def wrap(self, text):
        """Wrap the single paragraph text: a list of lines of at most
        self.width characters, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph text and return one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text into a list of lines of at most width
    characters (see TextWrapper for the keyword arguments)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text: wrap() joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit width, ending
    with the placeholder when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


# ------------------------------------------------------------ dedent / indent

def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace (spaces and tabs) from every line
    of text.  Lines of only spaces and tabs are emptied and ignored when the
    common margin is found."""
    lines = text.split("\n")
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            lines[k] = ""
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            i = 0
            while i < len(margin) and i < len(blanks) and margin[i] == blanks[i]:
                i += 1
            margin = margin[:i]
    if margin:
        cut = len(margin)
        for k in range(len(lines)):
            if lines[k]:
                lines[k] = lines[k][cut:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of the selected lines of text: by default
    those that are not only whitespace, else those for which predicate(line)
    is true."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
