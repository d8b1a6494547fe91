def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = "é✓😀x"
t(lambda: ascii(s))
t(lambda: f"{s!a}")
t(lambda: f"{s!a:>20}|")
t(lambda: "{!a}".format(s))
t(lambda: "{0!a:*^22}".format(s))
t(lambda: "%a" % s)
t(lambda: "%15a|" % "é")
t(lambda: "%a %r" % ("é", "é"))
t(lambda: "%a" % ["ü", 1])
t(lambda: f"{['ß']!a}")
