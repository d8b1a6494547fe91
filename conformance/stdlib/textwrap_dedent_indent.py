# textwrap: dedent, indent and shorten
import textwrap

samples = [
    "    hello\n      world\n    !",
    "  a\n\tb\n",
    "\t\tx\n\t\ty\n\tz",
    "    one\n\n    two\n   \n    three\n",
    "no indent\n    some",
    "  \n  \n",
    "",
    "   only line",
    "\t  mixed\n\t  same\n\t    deeper",
    "  a\r\n  b\r\n",
    " \t x\n \t y",
    "  x\n \ty",
]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(textwrap.dedent('''
    def f():
        return 1
'''))
for s in ["a\nb\n", "a\n\n  \nb", "", "one", "x\r\ny\rz\n"]:
    print(repr(textwrap.indent(s, "> ")), repr(textwrap.indent(s, "+", lambda line: True)))
print(repr(textwrap.indent("a\nbb\nccc\n", "-", lambda line: len(line) > 2)))
text = "The quick brown fox jumps over the lazy dog"
for width in [5, 9, 10, 11, 15, 20, 43, 50]:
    try:
        print(width, repr(textwrap.shorten(text, width)))
    except ValueError as e:
        print(width, "ValueError", e)
print(repr(textwrap.shorten("  lots   of\n\twhitespace   here  ", 30)))
print(repr(textwrap.shorten("Hello world!", 11, placeholder="...")))
print(repr(textwrap.shorten("Hello  world!", 12)))
print(repr(textwrap.shorten("averyveryverylongword and more", 10)))
print(repr(textwrap.shorten("", 6)), repr(textwrap.shorten("a b", 6)))
print(repr(textwrap.shorten(text, 20, placeholder=" (more)")))
try:
    textwrap.shorten(text, 3)
except ValueError as e:
    print("ValueError", e)
