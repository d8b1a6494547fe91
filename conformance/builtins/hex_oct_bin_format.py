# hex/oct/bin of ints (negative, big, bool) and format() with many specs.

for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100), True, 10 ** 20]:
    print(n, hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2), int(hex(-99), 0), int(hex(0), 16))
for bad in [1.5, "10", None, [1]]:
    for fn in [hex, oct, bin]:
        try:
            print(fn(bad))
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
print(format(255, "x"), format(255, "#X"), format(255, "08b"), format(-255, "#o"), format(255, ""), format(255))
print(format(3.14159, ".2f"), format(3.14159, "10.3e"), format(0.5, "%"), format(1e-10, "g"), format(2.0, "g"), format(2.5))
print(format("s", ">5"), format("s", "<5") + "|", format("s", "^5"), format("abc", ".1"), format("x", "*^7"), format(""))
print(format(1234567, ","), format(1234567.891, ",.2f"), format(-42, "+"), format(42, " "), format(42, "=+8"), format(True, ""))
print(format(None), format(None, ""), format([1, 2]), format((1,)), format({"a": 1}), format(True, "d"), format(False, "5"))
print(format(10 ** 25, ","), format(-(2 ** 70), "x"), format(2 ** 70, "e"), format(12, "c") == chr(12), format(65, "c"))
for val, spec in [("s", "d"), (1, "s"), (1.5, "d"), (None, "s"), ([1], ">5"), (1, "z"), (1, ".2d"), ("s", "+"),
                  (1, "=="), (1, ",_"), (1.5, "c"), ((), "5")]:
    try:
        print(repr(val), repr(spec), repr(format(val, spec)))
    except (ValueError, TypeError) as e:
        print(repr(val), repr(spec), type(e).__name__, e)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return "$" + str(self.cents // 100)
        return "$%d.%02d" % divmod(self.cents, 100)

    def __str__(self):
        return "Money"


m = Money(12345)
print(format(m), format(m, "short"), f"{m}|{m:short}|{m!s}", "{:short}".format(m), str(m))
