# A catalogue of CPython error messages from built-in operations.
labels = []
msgs = []
for i in range(30):
    try:
        if i == 0:
            r = 1 / 0
        elif i == 1:
            r = [1, 2][5]
        elif i == 2:
            r = (1, 2)[-3]
        elif i == 3:
            r = "ab"[9]
        elif i == 4:
            r = {"a": 1}["b"]
        elif i == 5:
            r = 1 + "a"
        elif i == 6:
            r = "a" + 1
        elif i == 7:
            r = [1] + (2,)
        elif i == 8:
            r = int("x")
        elif i == 9:
            r = float("y")
        elif i == 10:
            r = undefined_global
        elif i == 11:
            r = None + 1
        elif i == 12:
            r = len(42)
        elif i == 13:
            r = [].pop()
        elif i == 14:
            r = [1].index(2)
        elif i == 15:
            r = "abc".index("z")
        elif i == 16:
            r = {}.popitem()
        elif i == 17:
            r = i[0]
        elif i == 18:
            n = None
            r = n[0]
        elif i == 19:
            r = {}[[1]]
        elif i == 20:
            r = 1 < "a"
        elif i == 21:
            r = -"a"
        elif i == 22:
            r = "a" * "b"
        elif i == 23:
            idx = 1.5
            r = [1, 2, 3][idx]
        elif i == 24:
            r = {"a": 1}.x
        elif i == 25:
            a, b = [1, 2, 3]
        elif i == 26:
            r = 10 % 0
        elif i == 27:
            r = 2 ** -1 % 0
        elif i == 28:
            r = max([])
        else:
            r = next(iter([]))
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
