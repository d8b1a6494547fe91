"""random_walk: Monte Carlo with the random module (random(), randint(),
choice(), gauss()) seeded for a reproducible result.
Usage: random_walk.py [n]   (default 150000)
"""
import random
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
    random.seed(2024)
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    pos = 0
    steps = (-1, 1)
    for _ in range(n):
        pos += random.choice(steps) * random.randint(1, 3)
    g = sum(random.gauss(0.0, 1.0) for _ in range(n // 10))
    print("pi~%.4f walk=%d gauss=%.6f" % (4.0 * inside / n, pos, g))


main()
