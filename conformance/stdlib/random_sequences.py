# random: seeded Mersenne Twister sequences (random, getrandbits, seeding forms)
import random

for s in [0, 42, 2 ** 100 + 17]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)], random.getrandbits(32))
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, -42 != 42)
random.seed(-42)
c = random.random()
random.seed(42)
print(c == random.random())
r = random.Random(2024)
print([r.getrandbits(k) for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 200]])
print(r.getrandbits(1000) % 1000003)
for s in [1.5, -2.75, True]:
    r.seed(s)
    print(repr(s), r.random(), r.getrandbits(16))
for s in ["Hello, World!", "ünïcödé ☃ 𝄞"]:
    r.seed(s)
    print(repr(s[:12]), r.random(), r.randrange(10 ** 6))
r.seed("abc", version=1)
print(r.random())
r1 = random.Random(99)
r2 = random.Random(99)
print(r1.random() == r2.random(), r1.random(), r2.random())
r = random.Random(5)
for _ in range(630):
    r.getrandbits(32)
print(r.random(), r.getrandbits(48))
st = r.getstate()
print(st[0], len(st[1]), st[2])
x1 = [r.random() for _ in range(3)]
r.setstate(st)
x2 = [r.random() for _ in range(3)]
print(x1 == x2)
other = random.Random()
other.setstate(st)
print(other.random() == x1[0])
random.seed(3)
print(random.random(), random.getrandbits(10))
g = random.Random(7)
print([round(g.random(), 6) for _ in range(4)])
for bad in [lambda: r.getrandbits(-1), lambda: r.seed([1]), lambda: r.seed((1,)),
            lambda: r.setstate((2, (), None)), lambda: r.setstate((1, (), None)), lambda: r.getrandbits(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
