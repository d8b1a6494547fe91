# Returning tuples, early returns from loops, returns inside try/finally.


def min_max(seq):
    if not seq:
        return None
    lo = hi = seq[0]
    for x in seq:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def first_negative(seq):
    for i, x in enumerate(seq):
        if x < 0:
            return i
    return -1


def nested_return(n):
    for i in range(n):
        for j in range(n):
            if i * j == 6:
                return (i, j)
    return "none"


def returns_list():
    return [1, 2]


def multiple_paths(x):
    if x > 0:
        return "pos"
    if x < 0:
        return "neg"


def in_finally(flag):
    try:
        if flag:
            return "from try"
    finally:
        print("  finally runs for", flag)
    return "after"


print(min_max([3, -1, 7, 0]), min_max([]), min_max("hello"))
lo, hi = min_max([5])
print(lo, hi)
print(first_negative([1, 2, -3, -4]), first_negative([]), first_negative([0]))
print(nested_return(4), nested_return(2))
r1 = returns_list()
r2 = returns_list()
r1.append(3)
print(r1, r2, r1 is r2)
print(multiple_paths(1), multiple_paths(-1), multiple_paths(0))
print(in_finally(True))
print(in_finally(False))


def chain(x):
    return double(inc(x))


def inc(x):
    return x + 1


def double(x):
    return x * 2


print(chain(5), chain(chain(0)), [chain(i) for i in range(3)])
