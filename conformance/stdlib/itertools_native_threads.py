# itertools (native): iterators shared by threads. count, repeat, cycle
# (once it replays) and the combinatoric iterators hand out each item once;
# the others must at least never fail or crash while threads race on them.
import threading
from itertools import (accumulate, chain, combinations, compress, count, cycle, islice,
                       pairwise, permutations, product, repeat, starmap, zip_longest)

N = 4


def drain(it, n=None):
    """Each of N threads takes items from `it` (n each, or until it ends)."""
    results = [[] for _ in range(N)]
    errors = []

    def work(k):
        out = results[k]
        try:
            if n is None:
                for x in it:
                    out.append(x)
            else:
                for _ in range(n):
                    out.append(next(it))
        except Exception as e:
            errors.append(type(e).__name__)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return [x for r in results for x in r], errors


got, err = drain(count(), 500)
print("count", len(got), sorted(got) == list(range(N * 500)), err)
got, err = drain(count(10, 3), 200)
print("count step", sorted(got) == list(range(10, 10 + 3 * N * 200, 3)), err)
got, err = drain(repeat("x", 999))
print("repeat", len(got), set(got), err)
c = cycle([1, 2, 3])
for _ in range(3):
    next(c)
got, err = drain(c, 300)
print("cycle", len(got), sorted(set(got)), got.count(1) + got.count(2) + got.count(3), err)
got, err = drain(permutations(range(7)))
print("permutations", len(got), len(set(got)), sorted(got) == sorted(permutations(range(7))), err)
got, err = drain(combinations(range(16), 4))
print("combinations", len(got), len(set(got)), err)
got, err = drain(product("abcd", repeat=6))
print("product", len(got), len(set(got)), err)
# racing iterators that run Python code in next: no crash, no bad values
for name, make in [("chain", lambda: chain(range(300), range(300, 600))),
                   ("islice", lambda: islice(count(), 1, 2000, 3)),
                   ("accumulate", lambda: accumulate(repeat(1, 800))),
                   ("pairwise", lambda: pairwise(range(800))),
                   ("zip_longest", lambda: zip_longest(range(500), range(300))),
                   ("starmap", lambda: starmap(pow, zip(range(400), repeat(2)))),
                   ("compress", lambda: compress(range(800), cycle([1, 0])))]:
    got, err = drain(make())
    print(name, len(got) > 0, err)
