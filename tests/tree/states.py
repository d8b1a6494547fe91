# Sites in every state: polymorphic arithmetic, megamorphic method calls and
# attribute loads (ten classes), and code that never ran.


def make(i):
    class Box:
        def __init__(self):
            self.v = i

        def get(self):
            return self.v

    return Box


objs = [make(i)() for i in range(10)]


def total(xs):
    s = 0
    for o in xs:
        s = s + o.get()
    return s


def mix(a, b):
    return a + b


def unused(a, b):
    return a * b


print(total(objs), mix(1, 2), mix(1.5, 2.5))
