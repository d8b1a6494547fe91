# %-formatting: conversions, flags, width/precision (incl. *), mapping keys, errors.

print("%s|%r" % ("it's", "it's"), "%r" % 'say "x"')
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%d" % (2 ** 70))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%x" % -255)
print("%f|%.2f|%10.3f|%-10.1f|%+.1e|%E|%g|%G" % (3.14159, 2.675, -1.5, 1.25, 12345.678, 0.000123, 1e-10, 1e20))
print("%.0f %.0f %.0f %.3g %g %g" % (0.5, 1.5, 2.5, 1234567, 100000, 1000000))
print("%s %s %s %s" % (None, [1, "a"], (1,), {"k": 2}))
print("%(name)s is %(age)d; %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*f" % (6, 1, 4, 2, 2, 3.14159, 8, 3, 2.71828))
print("100%% done %s" % "ok", "%%" % (), "%c%c" % (72, "i"))
print("%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % [1, 2], "%r" % "q")
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%10.4f|%-+8.2f|%08.2f|% .3f" % (3.14159, 2.5, -2.5, 1.0))
print("%f %f %e %5.1f|" % (float("inf"), float("nan"), float("-inf"), float("inf")))
print("%i%%" % 50, "a%sb" % "", "%3c|" % "z", "%-3c|" % 65)
print("%.3s" % 12345, "%s" % 1.0, "%r" % 1e100, "%.20f" % 0.1)
tests = [
    ("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s", "ab"), ("%(a)s", (1,)),
    ("%(a)s", {"b": 1}), ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%", 1),
    ("%f", "s"), ("no format", 5), ("%s %(a)s", {"a": 1}),
]
for fmt, args in tests:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {}, "%s" % {"a": 1}, "x" % {}, "%(k)s %(k)r" % {"k": "v"})
