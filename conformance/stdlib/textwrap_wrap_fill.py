# textwrap: wrap, fill and TextWrapper options on ordinary text
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs! How vexingly quick daft zebras jump? A well-known "
        "self-referential sentence--this one--is hard to break.")
for width in [10, 17, 33, 70]:
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("a", 1))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10, break_long_words=False))
print(textwrap.wrap("anti-dis-establishment-arian-ism rocks", 12))
print(textwrap.wrap("anti-dis-establishment-arian-ism rocks", 12, break_on_hyphens=False))
print(textwrap.wrap("e-mail co-op t-shirt x-ray A-1 well--known", 6))
print(textwrap.wrap("Hello.  World.   Spaces    collapse? no", 12))
print(textwrap.wrap("tabs\there\tand\tthere", 12), textwrap.wrap("tabs\tx", 40, tabsize=4))
print(textwrap.wrap("tabs\tx", 40, expand_tabs=False), textwrap.wrap("a\tb", 40, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("line one\nline two\n\nline four", 15))
print(textwrap.wrap("keep   spaces  here", 8, drop_whitespace=False))
print(textwrap.wrap("  leading and trailing  ", 9))
print(textwrap.wrap("  leading and trailing  ", 9, drop_whitespace=False))
print(textwrap.wrap("Mr. Smith went. He said hi. Ok?  Yes.", 60, fix_sentence_endings=True))
print(textwrap.wrap('She said "stop." Then left! end', 60, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=12, max_lines=2)
print(w.wrap(text))
print(textwrap.wrap(text, 25, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("short text", 20, max_lines=1), textwrap.wrap("one two three", 9, max_lines=1))
print(textwrap.wrap("aaaaaaaaaaaaaaa bbb", 10, max_lines=1, placeholder="..."))
print(textwrap.fill("one two three four five six", 11, max_lines=2, placeholder=" [+]"))
wr = textwrap.TextWrapper(width=16, initial_indent="> ", subsequent_indent=">> ")
print(wr.wrap(text[:80]))
print(wr.fill("word " * 8))
wr.width = 9
print(wr.wrap("resize this wrapper please"))
print(textwrap.wrap("ünïcödé wörds wrap fine", 8))
print(textwrap.wrap("1234567890-1234567890", 8), textwrap.wrap("abc-def-ghi", 5))
for bad in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=" [........]")]:
    try:
        textwrap.wrap("some words here", **bad)
    except ValueError as e:
        print("ValueError", e)
