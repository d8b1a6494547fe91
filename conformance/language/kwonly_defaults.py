# Keyword-only parameters, defaults evaluated once, mutable default sharing.

counter = [0]


def make_default():
    counter[0] += 1
    return counter[0]


def f(x=make_default()):
    return x


print(f(), f(), f(99), counter)


def append_to(item, target=[]):
    target.append(item)
    return target


a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []), append_to(4))


def kwo(a, *, b, c=3):
    return a + b * c


print(kwo(1, b=2), kwo(1, c=10, b=2), kwo(a=1, b=1))
for call in [lambda: kwo(1, 2), lambda: kwo(1), lambda: kwo(1, 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


def bare_star(*, x, y):
    return x * 10 + y


print(bare_star(y=1, x=2))
try:
    bare_star(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bare_star()
except TypeError as e:
    print(type(e).__name__, e)

n = 5


def late(v=n):
    return v


n = 6
print(late(), n)


def many_defaults(a, b=1, c=2, d=3):
    return [a, b, c, d]


print(many_defaults(0), many_defaults(0, d=9), many_defaults(0, 1, c=7), many_defaults(d=1, a=2))
