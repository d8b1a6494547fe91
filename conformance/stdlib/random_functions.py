# random: randrange, randint, choice, shuffle, sample, choices, uniform
import random

r = random.Random(12345)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(5, 15) for _ in range(8)], [r.randrange(0, 100, 7) for _ in range(6)])
print([r.randrange(100, 0, -3) for _ in range(6)], [r.randrange(-10, -5) for _ in range(5)])
print([r.randint(1, 6) for _ in range(12)], r.randint(5, 5), r.randrange(2 ** 80))
print(r.randrange(10 ** 20, 10 ** 20 + 5), r.randint(-2 ** 70, 2 ** 70))
print([r.choice("abcdef") for _ in range(8)], r.choice([None]), r.choice(range(1000)))
print(r.choice((1, 2, 3)), r.choice(["x", "y"]))
lst = list(range(15))
r.shuffle(lst)
print(lst)
words = ["a", "b", "c", "d"]
r.shuffle(words)
print(words)
one = [1]
r.shuffle(one)
empty = []
r.shuffle(empty)
print(one, empty)
print(r.sample(range(100), 10), r.sample("abcdefg", 3), r.sample([1, 2, 3], 3), r.sample([1], 0))
print(r.sample(range(10 ** 9), 4), r.sample(range(30), 25))
print(r.sample(range(200), 8), r.sample(tuple(range(60)), 6))
print(r.sample(["red", "blue"], 5, counts=[4, 2]), r.sample("ab", 3, counts=[2, 2]))
print(r.choices("abc", k=10))
print(r.choices(["x", "y", "z"], [10, 1, 1], k=8))
print(r.choices(["x", "y", "z"], cum_weights=[1, 2, 10], k=8))
print(r.choices([1, 2], [0, 1], k=4), r.choices([7], k=3), r.choices("ab", k=0))
print(r.choices(range(5), weights=[0.5, 0.25, 0.125, 0.0625, 0.0625], k=6))
print([r.uniform(1, 2) for _ in range(3)], r.uniform(5, -5), r.uniform(3, 3))
r.seed(0)
deck = [v + s for s in "SHDC" for v in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
print(sorted(r.sample(deck, 5)))
random.seed(8)
print(random.randint(0, 99), random.choice("xyz"), random.sample(range(5), 2), random.uniform(0, 1))
items = [1, 2, 3, 4, 5]
random.shuffle(items)
print(items, random.randrange(3, 30, 3), random.choices("hm", [1, 3], k=5))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0),
            lambda: r.randrange(10, 1, 2), lambda: r.randrange(5, step=2), lambda: r.randint(3, 1),
            lambda: r.randrange("a"), lambda: r.choice([]), lambda: r.choice(""),
            lambda: r.sample([1, 2], 3), lambda: r.sample([1, 2], -1), lambda: r.sample({1, 2}, 1),
            lambda: r.sample({"a": 1}, 1), lambda: r.sample([1, 2, 3], 2, counts=[1, 1]),
            lambda: r.sample([1], 1, counts=[0]), lambda: r.choices([1, 2], [1]),
            lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1, 2], [1, 2], cum_weights=[1, 2]),
            lambda: r.choices([1, 2], 2), lambda: r.choices([], k=2),
            lambda: r.choices([1], [float("inf")])]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
# widths on both sides of the word-sized draws (32 bits, 47 bits)
r = random.Random(99)
print([r.randrange(w) for w in (2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 33 + 5, 2 ** 46 + 3)])
print([r.randrange(w) for w in (2 ** 47 - 1, 2 ** 47, 2 ** 47 + 1, 2 ** 62 - 1, 2 ** 62, 2 ** 63 + 7)])
print(r.randint(True, 3), r.randint(-5, -5), r.randint(-2 ** 40, 2 ** 40), r.randrange(3, 3 + 2 ** 47), r.getrandbits(47), r.getrandbits(62), r.getrandbits(63))
