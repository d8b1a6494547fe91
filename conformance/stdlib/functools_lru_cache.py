# functools: lru_cache (bounded, unbounded, disabled), cache, cache_info
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n


print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls)
info = sq.cache_info()
print(info)
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (1, 5, 2, 2), tuple(info), info[0], len(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)
sq.cache_clear()
print(sq.cache_info())
print(sq.cache_parameters())
print(sq.__name__, sq.__wrapped__(9), sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
print(fib.cache_parameters())


@cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info())
print(fact(25), fact.cache_info())
print(fact.cache_parameters())

seen = []


@lru_cache(maxsize=None)
def kw(a, b=1, *, c=0):
    seen.append((a, b, c))
    return a + b + c


print(kw(1), kw(1), kw(1, 1), kw(1, b=1), kw(a=1, b=1), kw(b=1, a=1), kw(1, c=0))
print(kw.cache_info())
print(kw(1.0), kw(True), kw.cache_info())
print(seen)

zero_calls = []


@lru_cache(maxsize=0)
def nocache(x):
    zero_calls.append(x)
    return x


nocache(1)
nocache(1)
print(zero_calls, nocache.cache_info())

neg = lru_cache(maxsize=-5)(lambda x: x)
neg(1)
neg(1)
print(neg.cache_info())

typed_calls = []


@lru_cache(typed=True)
def typed(x):
    typed_calls.append(x)
    return x


typed(1)
typed(1.0)
typed(1)
print(typed_calls, typed.cache_info(), typed.cache_parameters())

order = []


@lru_cache(maxsize=3)
def track(x):
    order.append(x)
    return x


for v in [1, 2, 3, 1, 4, 2, 1, 5, 3]:
    track(v)
print(order, track.cache_info())

try:
    sq([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError", e)


class Thing:
    def __init__(self, n):
        self.n = n

    @lru_cache(maxsize=None)
    def double(self):
        return self.n * 2


t = Thing(21)
print(t.double(), t.double(), Thing.double.cache_info())
