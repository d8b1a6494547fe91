# Decorators applied to methods, stacked with property/staticmethod/classmethod, and to classes.

calls = []


def logged(fn):
    def wrapper(self, *args):
        calls.append(type(self).__name__ + "." + fn.__name__ + str(args))
        return fn(self, *args)
    return wrapper


def times(n):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(n)]
        return wrapper
    return deco


def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls


@add_greeting
class Account:
    rate = 2

    def __init__(self, balance):
        self.balance = balance

    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @property
    @logged
    def doubled(self):
        return self.balance * 2

    @staticmethod
    @times(2)
    def ping(x):
        return "ping" + str(x)

    @classmethod
    def open(cls, amount=0):
        return cls(amount * cls.rate)


class Savings(Account):
    rate = 3


acc = Account(10)
print(acc.deposit(5), acc.deposit(1), acc.doubled, calls)
print(Account.ping(1), acc.ping(2), acc.greet(), Savings(0).greet())
s = Savings.open(10)
print(type(s).__name__, s.balance, s.deposit(1), calls[-1])
counter = {"n": 0}


def counted(fn):
    def wrapper(*a, **k):
        counter["n"] += 1
        return fn(*a, **k)
    wrapper.inner_name = fn.__name__
    return wrapper


@counted
@counted
def ident(v):
    return v


print(ident(1), ident(v=2), counter, ident.inner_name, ident.__name__)
