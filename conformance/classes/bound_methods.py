# Bound methods as values, methods calling methods, returning self for chaining.


class Acc:
    def __init__(self, start):
        self.total = start
        self.history = []

    def add(self, v):
        self.total += v
        self.history.append(("add", v))
        return self

    def mul(self, v):
        self.total *= v
        self.history.append(("mul", v))
        return self

    def apply_all(self, ops):
        for name, v in ops:
            if name == "add":
                self.add(v)
            else:
                self.mul(v)
        return self.total


a = Acc(1)
print(a.add(2).mul(5).add(-1).total, a.history)
step = a.add
step(100)
step(1)
print(a.total, len(a.history))
b = Acc(0)
fns = [b.add, b.mul, b.add]
for fn in fns:
    fn(3)
print(b.total, b.history)
print(Acc(2).apply_all([("mul", 10), ("add", 1), ("mul", 2)]))
unbound = Acc.add
c = Acc(5)
unbound(c, 5)
print(c.total)
m1 = c.add
m2 = c.add
print(m1 == m2, type(m1).__name__, type(Acc.add).__name__)


class Greeter:
    greeting = "hello"

    def greet(self, who):
        return self.greeting + ", " + who

    def greet_all(self, names):
        return [self.greet(n) for n in names]


g = Greeter()
print(g.greet_all(["a", "b"]))
Greeter.greeting = "hi"
print(g.greet("c"))
g.greeting = "yo"
print(g.greet("d"), Greeter().greet("e"))
