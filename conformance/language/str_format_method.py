# str.format: auto/manual numbering, names, attributes, items, conversions, nested specs.


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Pt(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(%d,%d)" % (self.x, self.y)


p = Pt(3, 4)
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "plain".format())
print("{name} is {age}".format(name="Bo", age=7), "{0}{k}{1}".format(1, 2, k="-"))
print("{0.x},{0.y} {p.x}".format(p, p=p), "{0[1]} {0[0]}".format("ab"), "{d[k]} {d[2]}".format(d={"k": "v", 2: "two"}))
print("{0[0][1]} {0[1].y}".format([("a", "b"), p]))
print("{0!r} {0!s} {0!r:>10}|{1!s:>5}|".format(p, "s"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+,}".format("r", "l", "c", "s", 3.14159, 1234567))
print("{:{}}|{:{w}.{p}f}|{:>{w}}".format("ab", 5, 2.71828, "z", w=8, p=2))
print("{0:{1}{2}}|".format(42, "<", 6), "{:#x} {:#b} {:o} {:e}".format(255, 5, 64, 1234.5))
print("{{}} {{{}}} {{0}}".format("in"), "{:%}".format(0.125), "{:.1%}".format(2 / 3))
print("{0}{0}{0}".format("ha"), "{:c}{:c}".format(80, 121), "{!r}".format("q'"))
print("{:,.2f} {:_d} {:>+6d} {:=+6d}".format(9876543.21, 10 ** 8, 5, 5))
print("{}".format([1, "a"]), "{}".format({"a": (1,)}), "{:>10}".format(str([1])))
print("{:.3}|{:.3}|{:10.4}|".format("abcdef", 3.14159, 2.0 / 3))
tests = [
    ("{} {}", (1,), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{} {0}", (1, 2), {}),
    ("{0} {}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{:d}", ("s",), {}),
    ("{0.nope}", (p,), {}), ("{0[5]}", ([1],), {}), ("{0[k]}", ({},), {}), ("{!x}", (1,), {}),
    ("{:q}", (1,), {}), ("{:,s}", ("a",), {}),
]
for fmt, args, kw in tests:
    try:
        print(repr(fmt), "->", fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
fmt = "{greet}, {0}!"
print(fmt.format("world", greet="Hello"), fmt.format("you", greet="Bye", unused=1))
print("{:^{width}}|".format("mid", width=11), "{:0>5}".format(7), "{:x<4}".format(1))
