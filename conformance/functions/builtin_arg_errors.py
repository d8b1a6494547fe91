# Messages from builtins called with arguments of the wrong type.
checks = ["len(5)", "len(None)", "len(3.5)", "abs('a')", "int(None)", "int([1])", "float([])",
          "ord('')", "round('x')", "ord(5)", "chr('a')", "sorted(5)", "sum(['a'])",
          "min(5)", "range('a')", "list(1)", "tuple(None)", "dict(5)", "enumerate(1)",
          "zip(1)", "divmod(1, 'a')", "pow('a', 2)", "isinstance(1, 5)", "iter(1)",
          "next([])", "bool(1, 2)", "repr()", "hash([])"]
for i in range(len(checks)):
    label = checks[i]
    try:
        if i == 0:
            len(5)
        elif i == 1:
            len(None)
        elif i == 2:
            len(3.5)
        elif i == 3:
            abs("a")
        elif i == 4:
            int(None)
        elif i == 5:
            int([1])
        elif i == 6:
            float([])
        elif i == 7:
            ord("")
        elif i == 8:
            round("x")
        elif i == 9:
            ord(5)
        elif i == 10:
            chr("a")
        elif i == 11:
            sorted(5)
        elif i == 12:
            sum(["a"])
        elif i == 13:
            min(5)
        elif i == 14:
            range("a")
        elif i == 15:
            list(1)
        elif i == 16:
            tuple(None)
        elif i == 17:
            dict(5)
        elif i == 18:
            enumerate(1)
        elif i == 19:
            zip(1)
        elif i == 20:
            divmod(1, "a")
        elif i == 21:
            pow("a", 2)
        elif i == 22:
            isinstance(1, 5)
        elif i == 23:
            iter(1)
        elif i == 24:
            next([])
        elif i == 25:
            bool(1, 2)
        elif i == 26:
            repr()
        else:
            hash([])
        print(label, "no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
