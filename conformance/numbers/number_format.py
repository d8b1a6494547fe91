# Formatting numbers with f-string specs and %-formatting.
n = 1234567
x = 3.14159265
neg = -42.5
print(f"[{n}] [{n:,}] [{n:>12,}] [{n:<10}] [{n:^11}] [{n:010}] [{n:+}] [{-n:,}]")
print(f"[{x:.3f}] [{x:.0f}] [{x:10.4f}] [{x:<10.2f}] [{x:^10.1f}] [{x:08.2f}] [{neg:08.2f}]")
print(f"[{neg:+.1f}] [{x:+.2f}] [{0.5:.0f}] [{1.5:.0f}] [{2.5:.0f}] [{-0.0:.1f}]")
print(f"[{1e10:,.2f}] [{1e-7:.3f}] [{2 ** 70:,}] [{-1234.5:,.1f}] [{999.995:.2f}]")
print(f"[{'ab':>5}] [{'ab':<5}] [{'ab':^5}] [{'ab':*^6}] [{'abc':.2}] [{7:*>4}] [{7:_<4}]")
print(f"[{True:>5}] [{None}] [{n:d}] [{-7:5d}] [{-7:05d}] [{3.0}] [{1e16}]")
print(f"{n}{x}{neg}", f"{{literal}}", f"{n % 1000:03}", f"{n // 1000:,}")
print("%d|%5d|%-5d|%05d|%+d|%d" % (42, 42, 42, -42, 42, -3.99))
print("%s|%r|%s|%r" % ("hi", "hi", 1.0, 'it\'s'))
print("%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|%.0f|%.0f" % (x, x, x, neg, x, 0.5, 1.5))
print("%x|%X|%5x|%-5x|%05x|%x" % (255, 255, 255, 255, 255, -255))
print("%s %s" % (1, 2), "%d%%" % 50, "%s" % [1, 2], "%s" % (None,), "%s" % "solo")
print("%5s|%-5s|%.2s|%r" % ("ab", "ab", "abcdef", [1, "a"]))
bad = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%f", None), ("%z", 1), ("%x", 1.5)]
for fmt, args in bad:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
for spec_val in [1.5]:
    try:
        print(f"{spec_val:d}")
    except ValueError as e:
        print("ValueError", e)
try:
    print(f"{'s':d}")
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{5:s}")
except ValueError as e:
    print("ValueError", e)
