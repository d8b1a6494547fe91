"""permutations: itertools.permutations, combinations and product driving
a small search (a magic-sum count), with islice/chain/accumulate.
Usage: permutations.py [n]   (default 8)
"""
import itertools
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    count = 0
    for p in itertools.permutations(range(n)):
        if p[0] < p[-1] and (p[0] + p[1]) % 3 == 0:
            count += 1
    combos = sum(1 for c in itertools.combinations(range(n * 3), 4) if sum(c) % 5 == 0)
    grid = sum(a * b for a, b in itertools.product(range(n * 20), repeat=2))
    head = list(itertools.islice(itertools.accumulate(itertools.chain(range(10), range(5))), 12))
    print(count, combos, grid, head)


main()
