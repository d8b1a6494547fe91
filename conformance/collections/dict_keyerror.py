# KeyError messages use repr of the key; unhashable keys raise TypeError.
d = {"a": 1, 2: "two", (1, 2): "tuple", None: "none"}
for k in ["x", 3, (1, 3), "", "it's", 2.5, False, (), ("a",)]:
    try:
        print(d[k])
    except KeyError as e:
        print("KeyError", e, "| args:", e.args, "| str:", str(e), "| repr:", repr(e))
print(d[None], d[(1, 2)], d[2.0])
try:
    del d["nope"]
except KeyError as e:
    print("KeyError on del", e)
for k in [[1], {}, ["a", "b"]]:
    try:
        print(d[k])
    except TypeError as e:
        print("TypeError", e)
    try:
        d[k] = 1
    except TypeError as e:
        print("TypeError", e)
    try:
        print(k in d)
    except TypeError as e:
        print("TypeError", e)
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError", e)
try:
    print({(1, [2]): 3})
except TypeError as e:
    print("TypeError", e)
e1 = KeyError("msg")
e2 = KeyError()
e3 = KeyError("a", "b")
print(str(e1), str(e2), str(e3), repr(e1), repr(e2), e3.args)
try:
    raise KeyError(("t", 1))
except KeyError as e:
    print(e, e.args)
