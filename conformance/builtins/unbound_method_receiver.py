# str/list/dict methods called through the class with a wrong or missing receiver
def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


t(lambda: str.upper(5))
t(lambda: str.upper())
t(lambda: str.upper("a"))
t(lambda: list.append(5, 1))
t(lambda: list.append([], 1))
t(lambda: dict.keys(5))
t(lambda: dict.get({}, 1, 2))
t(lambda: str.join(",", ["a", "b"]))
t(lambda: list(map(str.strip, [" a ", "b "])))
