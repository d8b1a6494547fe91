# More operator dunders: __sub__/__mul__/__radd__/__neg__/__truediv__/__mod__/__le__, sum() with __radd__.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return Money(self.cents * k)

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Money(-self.cents)

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __mod__(self, k):
        return self.cents % k

    def __le__(self, other):
        return self.cents <= other.cents

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __repr__(self):
        return "Money(%d)" % self.cents


a, b = Money(250), Money(100)
print(a + b, a - b, a * 3, 3 * a, -a, a / 2, a % 7, 5 + a, a + 5)
print(sum([a, b, Money(1)]), sum([], Money(0)), sum([a], Money(5)))
print(a <= b, b <= a, a >= b, b >= a, a == Money(250), a != Money(250))
x = a
x += b
x -= Money(50)
x *= 2
print(x, a, x is a)
for label, op in [("mul float", lambda: a * 1.5), ("rsub", lambda: 5 - a), ("lt", lambda: a < b),
                  ("pow", lambda: a ** 2), ("floordiv", lambda: a // 2), ("pos", lambda: +a), ("str radd", lambda: "s" + a)]:
    try:
        print(label, op())
    except TypeError as e:
        print(label, type(e).__name__, e)
