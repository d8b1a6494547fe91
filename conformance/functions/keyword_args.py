# Calling with positional and keyword arguments in different combinations.


def describe(name, age=0, city="nowhere", tags=None):
    return "%s/%d/%s/%s" % (name, age, city, tags)


print(describe("ann"))
print(describe("bob", 30))
print(describe("cy", city="Oslo"))
print(describe(age=5, name="dee"))
print(describe("eve", 1, "Rome", ["x"]))
print(describe("fay", tags=(1,), age=2))
print(describe(name="gus", city="Lima", age=99, tags="t"))


def order(a, b, c):
    return [a, b, c]


print(order(1, 2, 3), order(1, c=3, b=2), order(c=1, a=2, b=3))
trace = []


def val(x):
    trace.append(x)
    return x


print(order(val("first"), c=val("second"), b=val("third")), trace)


def defaults_mix(a, b=2, c=3):
    return a * 100 + b * 10 + c


print(defaults_mix(1), defaults_mix(1, 5), defaults_mix(1, c=9), defaults_mix(a=0, c=0), defaults_mix(4, 5, 6))
print(int("42"), sorted([3, 1], reverse=True), print("kw", "print", sep="-", end="!\n"))
print("a", "b", sep="")
print("a", "b", sep=None)
print("x", end="")
print("y", end=None)
print(sep="<>")
print("only end", end="|\n")
print(1, 2, 3, sep=", ")
print()
