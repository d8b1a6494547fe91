# nonlocal/global interplay and name resolution in nested functions.

x = "global"


def a():
    x = "a"

    def b():
        global x
        x = "set by b"
        return x
    r = b()
    return r, x


print(a(), x)


def c():
    x = "c"

    def d():
        def e():
            nonlocal x
            x = "set by e"
        e()
        return x
    return d(), x


print(c(), x)


def counter_pair():
    n = 0

    def up():
        nonlocal n
        n += 1
        return n

    def down():
        nonlocal n
        n -= 1
        return n
    return up, down


up, down = counter_pair()
print(up(), up(), down(), up())


def nonlocal_loop():
    total = 0

    def add_all(items):
        nonlocal total
        for it in items:
            total += it
    add_all([1, 2])
    add_all(range(5))
    return total


print(nonlocal_loop())
