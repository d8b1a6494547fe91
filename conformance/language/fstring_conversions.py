# f-strings: !r and !s conversions, escaping braces, expressions inside fields.


class P:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "P(" + repr(self.name) + ")"

    def __str__(self):
        return "person " + self.name


p = P("ann")
s = "it's"
print(f"{p} | {p!s} | {p!r}")
print(f"{s} | {s!r} | {s!s}")
q = 'say "hi"'
print(f"{q!r} {q + chr(39)!r} {'x'!r}")
print(f"{[p, 'a']} {(1, 'b')!r} {{'k': p}}")
print(f"{{}} {{{1 + 1}}} {{x}}")
print(f"{None!r} {True!s} {3.0!r} {1e20!r} {-0.0}")
tab = "a\tb"
print(f"{tab!r} {tab!s}|")
d = {"key": [10, 20]}
print(f"{d['key'][1] * 2} {len(d)} {d!r}")
print(f"{'a' 'b'}" f"{1}" "plain" f"{2}")
print(f"{p.name.upper()!r:>8}|{p!r:^12}|{s!r:<7}|")
nl = "line1\nline2"
print(f"{nl!r}")
print(f"{chr(233)!r} {chr(0)!r} {chr(127)!r} {chr(92)!r}")
x = 5
print(f"{x=}", f"{x = }", f"{x=!s}", f"{p=}", f"{x*2=:>4}")
print(f"{3 > 2} {not x} {x if x > 3 else -x} {(lambda: 'l')()}")
print(f"{1_000_000} {0x10} {2 ** 70}")
print(f"{''}|{'' !r}|")
