def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int("1" * 4300) % 1000)
t(lambda: int("1" * 4301))
t(lambda: int("-" + "1" * 5000))
t(lambda: int("  " + "1" * 4300 + "  ") % 7)
t(lambda: int("1_" * 4300 + "1"))
t(lambda: int("f" * 5000, 16) % 1000)
t(lambda: int("0x" + "f" * 5000, 0) % 1000)
t(lambda: int("7" * 5000, 8) % 1000)
t(lambda: int("z" * 5000, 36))
t(lambda: int("1" * 5000, 0))
t(lambda: int(b"1" * 5000))
t(lambda: int("1" * 4400 + "x"))
