# __iter__/__next__ on user classes: for, list, unpacking, next() defaults, exhaustion.

class Countdown:
    def __init__(self, start):
        self.cur = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)


for v in Countdown(3):
    print("loop", v)
c = Countdown(4)
print(next(c), list(c), list(c), next(c, "done"))
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r), max(r), 2 in r, 7 in r)
a, b = Range2(2)
print(a, b, [x * 10 for x in Range2(3)], list(zip(Range2(3), Countdown(2))))
print(list(enumerate(Countdown(2), 1)), dict(zip("ab", Range2(2))), tuple(map(str, Range2(2))))
print(list(filter(lambda x: x % 2, Range2(5))), any(Countdown(0)), all(Range2(3)))
it = iter(Countdown(2))
print(it is iter(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)


class StopWithValue:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("payload")


try:
    next(StopWithValue())
except StopIteration as e:
    print("value", e.args, e.value)
print(list(StopWithValue()))


class BadIter:
    def __iter__(self):
        return 5


class NoNext:
    def __iter__(self):
        return self


for obj in [BadIter(), NoNext()]:
    try:
        for x in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next(Range2(1))
except TypeError as e:
    print(type(e).__name__, e)
