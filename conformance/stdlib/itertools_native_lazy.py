# itertools (native): laziness, and the state left by exhaustion and errors
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, zip_longest)

log = []


def gen(name, items, fail_at=None):
    for i, x in enumerate(items):
        if i == fail_at:
            log.append(name + "!")
            raise KeyError(name)
        log.append(name + str(x))
        yield x


def take(it, n):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            out.append("stop")
        except Exception as e:
            out.append(type(e).__name__ + " " + str(e))
    return out


def run(label, make, n):
    del log[:]
    it = make()
    made = list(log)
    got = take(it, n)
    print(label, "| made:", made, "| got:", got, "| log:", log)


# chain: an iterable is asked for (and iter() called) only when needed
run("chain", lambda: chain(gen("a", [1, 2]), gen("b", [3])), 5)
run("chain lazy source", lambda: chain.from_iterable(gen("s", [[1], [], [2, 3]])), 5)
run("chain inner error", lambda: chain(gen("a", [1, 2, 3], fail_at=1), [9]), 5)
run("chain source error", lambda: chain.from_iterable(gen("s", [[1], [2]], fail_at=1)), 4)
run("chain not iterable", lambda: chain([1], 5, [2]), 4)
# islice: consumption, and death after its end or an error
run("islice start", lambda: islice(gen("a", range(10)), 2, 6, 2), 4)
run("islice stop 0", lambda: islice(gen("a", range(3)), 0), 2)
run("islice error", lambda: islice(gen("a", range(5), fail_at=2), 4), 4)
src = iter(range(10))
print(list(islice(src, 2, 4)), list(islice(src, 3)), list(islice(src, 1, None, 2)), list(src))
src = iter(range(5))
s = islice(src, 2)
print(list(s), next(src), list(s), list(src))
run("islice huge", lambda: islice(count(), 2 ** 62, None), 0)
print(list(islice(range(100), 95, None, 10 ** 18)), list(islice(range(10), 8, None, 2 ** 62)))
# cycle
run("cycle", lambda: cycle(gen("a", "xy")), 7)
run("cycle error", lambda: cycle(gen("a", "xyz", fail_at=1)), 4)
run("cycle empty", lambda: cycle(gen("a", "")), 2)
# accumulate
run("accumulate", lambda: accumulate(gen("a", [1, 2, 3]), initial=10), 5)
run("accumulate func", lambda: accumulate(gen("a", [4, 5]), lambda t, x: t * 10 + x), 3)
run("accumulate error", lambda: accumulate([1, "a", 2]), 3)
# takewhile / dropwhile: which items are consumed
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
it = iter([1, 2, 10, 3, 4])
tw = takewhile(lambda x: x < 5, it)
print(list(tw), list(tw), next(it))
run("dropwhile", lambda: dropwhile(lambda x: x < 2, gen("a", [0, 1, 2, 0, 1])), 4)


def boom(x):
    raise ValueError("pred %r" % (x,))


run("takewhile pred error", lambda: takewhile(boom, [1, 2]), 2)
run("dropwhile pred error", lambda: dropwhile(boom, [1, 2]), 2)
run("filterfalse", lambda: filterfalse(lambda x: x % 3, gen("a", range(7))), 4)
run("filterfalse bool", lambda: filterfalse(bool, [0, "", "a", None, [], 7]), 5)
run("filterfalse None", lambda: filterfalse(None, [0, 1, 0.0, (), (0,)]), 4)
# compress: the datum is taken before the selector
run("compress", lambda: compress(gen("d", "abcd"), gen("s", [1, 0, 1])), 3)
run("compress short data", lambda: compress(gen("d", "a"), gen("s", [0, 1, 1])), 2)
# starmap
run("starmap", lambda: starmap(pow, gen("a", [(2, 3), [3, 2], range(2, 4)])), 4)
run("starmap bad", lambda: starmap(pow, [(2, 3), 7, (1, 1)]), 3)
# pairwise
run("pairwise", lambda: pairwise(gen("a", "abcd")), 4)
run("pairwise error", lambda: pairwise(gen("a", "abcd", fail_at=2)), 4)
run("pairwise one", lambda: pairwise(gen("a", "a")), 2)
# zip_longest: an error ends it
run("zip_longest", lambda: zip_longest(gen("a", [1, 2, 3]), gen("b", "x"), fillvalue="-"), 4)
run("zip_longest error", lambda: zip_longest(gen("a", [1, 2, 3], fail_at=1), "xyz"), 3)
print(list(zip_longest(*[range(i) for i in range(20)]))[-1])
# combinatoric iterators read their inputs when made
run("product", lambda: product(gen("a", "ab"), gen("b", [1, 2])), 5)
run("product repeat", lambda: product(gen("a", "ab"), repeat=2), 5)
run("product repeat 0", lambda: product(gen("a", "ab"), repeat=0), 2)
run("product empty pool", lambda: product(gen("a", "ab"), gen("b", [])), 2)
run("permutations", lambda: permutations(gen("a", "abc"), 2), 7)
run("permutations r>n", lambda: permutations(gen("a", "ab"), 3), 1)
run("combinations", lambda: combinations(gen("a", "abcd"), 3), 5)
run("combinations r>n", lambda: combinations(gen("a", "ab"), 3), 1)
run("cwr", lambda: combinations_with_replacement(gen("a", "abc"), 2), 7)
run("cwr empty", lambda: combinations_with_replacement(gen("a", ""), 1), 1)
print(list(permutations(range(3), 0)), list(combinations([], 0)), list(combinations_with_replacement([], 0)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))), len(list(combinations(range(20), 17))))
print(list(permutations("abcd")) == sorted(permutations("abcd")), list(permutations([1, 1, 2], 2)))
print(len(list(combinations_with_replacement(range(5), 4))), list(product("ab", [], repeat=0)))
print(list(product(*["ab"] * 9))[-1], len(list(product(*["ab"] * 7))))
print(sum(1 for _ in product(range(3), repeat=5)), list(islice(permutations(range(20)), 3, 5)))
# repeat and count
run("repeat", lambda: repeat("x", 2), 3)
run("count float", lambda: count(0.5, 0.25), 3)
run("count big", lambda: count(2 ** 47 - 2), 4)
run("count big step", lambda: count(2 ** 63 - 1, 2 ** 62), 3)
run("count neg", lambda: count(-(2 ** 47) + 1, -1), 3)
run("count bool", lambda: count(True), 2)
run("count bool step 2", lambda: count(True, 2), 2)
run("count bool step", lambda: count(0.5, True), 2)
