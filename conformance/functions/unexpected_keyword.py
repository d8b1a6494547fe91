# TypeError messages for bad keyword arguments.


def f(a, b=2):
    return a + b


for which in range(5):
    try:
        if which == 0:
            f(1, z=3)
        elif which == 1:
            f(1, 2, a=1)
        elif which == 2:
            f(1, a=1)
        elif which == 3:
            f(b=1, c=2)
        else:
            f(a=1, b=2, zz=0)
        print(which, "ok")
    except TypeError as e:
        print(which, "->", e)


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


try:
    Account("x", bal=5)
except TypeError as e:
    print("->", e)
acct = Account(owner="y", balance=10)
print(acct.deposit(amount=5), acct.owner)
try:
    acct.deposit(5, amount=1)
except TypeError as e:
    print("->", e)
try:
    acct.deposit(value=1)
except TypeError as e:
    print("->", e)
try:
    sorted([1], reversed=True)
except TypeError as e:
    print("->", e)
try:
    print("x", color="red")
except TypeError as e:
    print("->", e)
try:
    len(obj=[1])
except TypeError as e:
    print("->", e)
try:
    "a,b".split(separator=",")
except TypeError as e:
    print("->", e)
