def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
big = 10 ** 4300
t(lambda: len(str(big - 1)))
t(lambda: str(big))
t(lambda: str(-big + 1)[:3])
t(lambda: repr(-big))
t(lambda: f"{big}")
t(lambda: "%d" % big)
t(lambda: "%s" % big)
t(lambda: len(hex(big)))
t(lambda: [big])
t(lambda: print(big))
t(lambda: format(big, ","))
import sys
sys.set_int_max_str_digits(0)
t(lambda: len(str(big)))
t(lambda: sys.get_int_max_str_digits())
t(lambda: sys.set_int_max_str_digits(100))
t(lambda: sys.set_int_max_str_digits("a"))
sys.set_int_max_str_digits(maxdigits=700)
t(lambda: sys.get_int_max_str_digits())
t(lambda: len(str(10 ** 699)))
t(lambda: len(str(10 ** 700)))
t(lambda: "%d" % 10 ** 700)
t(lambda: "%x" % 10 ** 700 != "")
