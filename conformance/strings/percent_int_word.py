# %-formatting of machine-word ints and the per-thread table of parsed formats
cases = [('%d', -255), ('%x', -255), ('%#o', 8), ('%05d', -42), ('%+d', 5), ('% d', 5),
         ('%.3d', 7), ('%-6d|', 3), ('%X', 255), ('%#X', 255), ('%d', True), ('%i', 2**70),
         ('%u', -3), ('%5.3x', -10), ('%d', -2**63), ('%x', 2**63 - 1), ('%o', -2**63),
         ('%d', 1.9), ('%x', False), ('%*d', (6, 42)), ('%-*.*d|', (8, 4, -7))]
for f, a in cases:
    print(repr(f % a))
# many distinct formats: the table starts over when full, results stay right
total = 0
for i in range(600):
    fmt = "%" + str(i % 300 + 1) + "d"
    total += len(fmt % i)
print(total)
# a broken format raises every time, also when repeated
for _ in range(3):
    try:
        print("%d %y" % (1, 2))
    except ValueError as e:
        print("ValueError", e)
    try:
        print("%d %d" % (1,))
    except TypeError as e:
        print("TypeError", e)
print("%(a)d-%(b)x" % {"a": 10, "b": 255}, "%c%c" % (72, "i"), "%s|%r" % ("s", "r"))
