# printf-style %-formatting of strings.
print("%s" % "x", "%s and %s" % ("a", "b"), "%d items" % 3, "%5.2f" % 3.14159, "%x" % 255)
print("%r" % "q", "%r" % 5, "%r" % [1, "a"], "%s" % [1, "a"], "%s" % (1,), "%s" % ((1, 2),))
print("%d" % 3.99, "%d" % -3.99, "%d" % True, "%s" % True, "%d" % 2 ** 70, "%x" % 2 ** 70)
print("[%5s] [%-5s] [%5d] [%-5d] [%05d] [%+d] [% d] [%+5.1f] [%-8.3f] [%.0f]" % ("a", "b", 42, 42, 42, 42, 42, 2.25, 2.25, 2.5))
print("%.3s|%10.3s|%-10s|" % ("abcdef", "abcdef", "left"))
print("%%|%d%%|100%%" % 50, "%s" % "%d", "%s%s" % ("%", "s"))
print("%5.2f%%" % 12.3456, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25, "%.2f" % 1e20)
print("%d apples and %s oranges cost %.2f" % (3, "five", 4.5))
print("%s" % None, "%r" % None, "%s" % "", "%r" % "", "%s|%s" % ("a\tb", "c\nd"))
print("%x %x %x" % (0, 15, -16), "%5x|%-5x|%05x" % (10, 10, 10))
print("%s" % 1.0, "%s" % 1e16, "%r" % 0.1, "%.3f" % float("inf"), "%f" % float("nan"), "%f" % 1.5)
bad = [("%d", "3"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", None), ("%5.2f", "x"), ("%", 1), ("%y", 1)]
for fmt, arg in bad:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print("no format" % 5)
except TypeError as e:
    print("TypeError", e)
print("no format" % ())
print("%s" % [], "%s" % {}, "%s" % ((),))
