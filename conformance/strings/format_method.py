# str.format with automatic, numbered and named fields.
print("{} {}".format("a", "b"), "{0}{1}{0}".format("x", "y"), "{1}-{0}".format(1, 2))
print("{name} is {age}".format(name="Bo", age=7), "{0} {n}".format(5, n=6))
print("{}".format(None), "{}".format([1, "a"]), "{}".format(1.0), "{}|{}".format("", 0))
print("{}|{}|{}".format(3.14159, 10 ** 20, -0.0), "{0}{0}{1}".format("ab", True))
print("{{}} {{0}} {}".format("lit"), "{}{{".format(1), "}}{}".format(2), "{a}{b}{a}".format(b=1, a=0))
print("no fields".format(1, 2, x=3), "{0}".format("only", "extra"))
tmpl = "{} + {} = {}"
for a, b in [(1, 2), (10, -3)]:
    print(tmpl.format(a, b, a + b))
bad = ["{} {}", "{2}", "{x}", "{0} {}", "{", "}", "{1}{0}"]
for t in bad:
    try:
        print(t.format("only"))
    except Exception as e:
        print(type(e).__name__, e)
