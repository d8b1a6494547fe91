# str.join with various iterables and the errors for non-str items.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join([]), "-".join(["solo"]))
print(", ".join(("t1", "t2")), "+".join("abc"), "|".join({"k1": 1, "k2": 2}))
print(" ".join([str(i) for i in range(5)]), "\n".join(["l1", "l2"]).split("\n"))
print("ab".join(["1", "2", "3"]), repr("".join([])), repr(",".join(["", "", ""])))
print("->".join(reversed(["a", "b", "c"])), "".join(sorted("banana")))
print("/".join(["", "usr", "bin"]), ".".join(["a", "", "b"]))
cases = [[1, 2], ["a", 2], ["a", "b", None], [["a"]], [1.5], 5, None]
for c in cases:
    try:
        print(",".join(c))
    except TypeError as e:
        print("TypeError", e)
parts = []
for i in range(3):
    parts.append("p%d" % i)
print("+".join(parts))
