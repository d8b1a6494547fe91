# argument errors of sum() with bytes starts and enumerate() with too many arguments
for args in [([b"a"], b""), ([bytearray(b"a")], bytearray()), (["a"], ""), ([[1], [2]], [])]:
    try:
        print(sum(*args))
    except TypeError as e:
        print("TypeError", e)
for call in [lambda: enumerate([1], 1, 2), lambda: enumerate([1], 1, start=2), lambda: enumerate(),
             lambda: list(enumerate("ab", start=True)), lambda: list(enumerate(iterable="xy", start=-1))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
