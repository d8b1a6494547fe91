# Exception args, str() and repr() for different argument counts and types.
samples = [Exception(), Exception("one"), Exception("a", "b"), Exception(42), Exception(None),
           Exception(""), Exception([1, 2]), Exception(("t",)), ValueError("v"), KeyError("k"),
           KeyError(), KeyError(1, 2), IndexError(3), ZeroDivisionError(), TypeError("x", 1.5),
           StopIteration(7), RuntimeError("it's"), NameError("n"), AttributeError("attr")]
for e in samples:
    print(type(e).__name__, "| args=", e.args, "| str=", str(e), "| repr=", repr(e), "| len(args)=", len(e.args))
try:
    raise ValueError("msg", 2)
except ValueError as e:
    print(e.args[0], e.args[1], e)
try:
    {}["key"]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    [].pop()
except IndexError as e:
    print(e.args, str(e))
try:
    int("12x")
except ValueError as e:
    print(e.args, len(str(e)))
e = Exception("mutable")
e.args = ("changed", 1)
print(e, e.args)
e.custom = "attr on exception"
print(e.custom)
print(str(Exception("a")) == "a", Exception("a") == Exception("a"), f"{ValueError('in f-string')}")
print("%s|%r" % (KeyError("k"), KeyError("k")), [ValueError("in list")])
