# the generator's words, floats and state, and the distributions built on them
import random

random.seed(12345)
print(random.random(), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33))
print(random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
print([random.randint(1, 6) for _ in range(12)])
for s in [0, 1, -7, 2**32, 2**100 + 5, 3.25, "morel", "", b"bytes"[:0] or "x"]:
    random.seed(s)
    print(repr(s), round(random.random(), 12), random.randrange(1000))
random.seed(7)
st = random.getstate()
a = [random.random() for _ in range(700)]
random.setstate(st)
b = [random.random() for _ in range(700)]
print(a == b, len(st), st[0], len(st[1]), st[1][-1])
random.seed(99)
print([round(random.gauss(10, 2), 9) for _ in range(5)])
print([round(random.normalvariate(0, 1), 9) for _ in range(5)])
print([round(random.expovariate(0.5), 9) for _ in range(3)])
print([round(random.triangular(0, 10, 3), 9) for _ in range(3)], random.triangular(2, 2, 2))
print(round(random.lognormvariate(0, 0.5), 9), round(random.uniform(5, 6), 9))
r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.choice("abcdef"), r2.sample(range(100), 5))
l = list(range(20))
r1.shuffle(l)
print(l)


class Fixed(random.Random):
    def random(self):
        return 0.25


f = Fixed(1)
print(f.random(), f.uniform(0, 8), f.choices("abcd", k=3), f.triangular(0, 1), f.randrange(10), f.choice("xyz"))


class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1 if k < 3 else 0


print(Bits().randrange(100), Bits().choice([10, 20, 30, 40]))
for bad in [-1, 1.5]:
    try:
        random.getrandbits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.setstate((3, (1, 2, 3), None))
except ValueError as e:
    print("ValueError", e)
