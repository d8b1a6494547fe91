# itertools (native): argument checking and CPython's messages
import sys
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, zip_longest)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

    def __repr__(self):
        return "Idx(%d)" % self.n


def show(label, f):
    try:
        r = f()
        if type(r).__module__ == "itertools":
            r = list(islice(r, 8))
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


show("count('a')", lambda: count("a"))
show("count(1, 'b')", lambda: count(1, "b"))
show("count(None)", lambda: count(None))
show("count(1, 2, 3)", lambda: count(1, 2, 3))
show("count(x=1)", lambda: count(x=1))
show("count(1, start=2)", lambda: count(1, start=2))
show("count(1, 'a', x=1)", lambda: count(1, "a", x=1))
show("count(x=1, y=2, z=3)", lambda: count(x=1, y=2, z=3))
show("count(r=1, start=2)", lambda: count(r=1, start=2))
show("count(step=3)", lambda: count(step=3))
show("count(start=2, step=-1)", lambda: count(start=2, step=-1))
show("repeat()", lambda: repeat())
show("repeat(x=1)", lambda: repeat(x=1))
show("repeat(times=2)", lambda: repeat(times=2))
show("repeat(1, 2, 3)", lambda: repeat(1, 2, 3))
show("repeat(1, 3, times=3)", lambda: repeat(1, 3, times=3))
show("repeat(1, x=2)", lambda: repeat(1, x=2))
show("repeat(1, 'x')", lambda: repeat(1, "x"))
show("repeat(1, None)", lambda: repeat(1, None))
show("repeat(1, 2.0)", lambda: repeat(1, 2.0))
show("repeat(1, 2**70)", lambda: repeat(1, 2 ** 70))
show("repeat(1, Idx(3))", lambda: repeat(1, Idx(3)))
show("repeat(object=5, times=-4)", lambda: repeat(object=5, times=-4))
show("repeat(1, True)", lambda: repeat(1, True))
show("cycle()", lambda: cycle())
show("cycle(1)", lambda: cycle(1))
show("cycle([1], [2])", lambda: cycle([1], [2]))
show("cycle(x=1)", lambda: cycle(x=1))
show("chain(x=1)", lambda: chain(x=1))
show("chain(1)", lambda: type(chain(1)).__name__)
show("list(chain(1))", lambda: list(chain(1)))
show("chain.from_iterable()", lambda: chain.from_iterable())
show("chain.from_iterable(1)", lambda: chain.from_iterable(1))
show("chain.from_iterable([], [])", lambda: chain.from_iterable([], []))
show("islice()", lambda: islice())
show("islice([])", lambda: islice([]))
show("islice([], 1, 2, 3, 4)", lambda: islice([], 1, 2, 3, 4))
show("islice([], stop=1)", lambda: islice([], stop=1))
show("islice(1, 2)", lambda: islice(1, 2))
show("islice(1, -1)", lambda: islice(1, -1))
for args in [(-1,), ("a",), (1.5,), (2 ** 70,), (sys.maxsize,), (None, -1), (-1, None),
             (1, -2), (1, -1), ("a", "b"), (-5, "b"), (-1, -1), (1, None, -3), (1, 2, 0),
             (1, 2, "x"), (8, None, 2 ** 70), (2 ** 70, None), (Idx(2),), (Idx(2), None, Idx(3)),
             (True,), (1, 4, True), (None, None, None), (None, None), (0, 0)]:
    show("islice(range(10), *%r)" % (args,), lambda: islice(range(10), *args))
show("permutations()", lambda: permutations())
show("permutations(r=1)", lambda: permutations(r=1))
show("permutations([], -1)", lambda: permutations([], -1))
show("permutations([], 'a')", lambda: permutations([], "a"))
show("permutations([], 1.0)", lambda: permutations([], 1.0))
show("permutations('abc', Idx(2))", lambda: permutations("abc", Idx(2)))
show("permutations([], 2**70)", lambda: permutations([], 2 ** 70))
show("permutations(1, -1)", lambda: permutations(1, -1))
show("permutations('ab', None)", lambda: permutations("ab", None))
show("permutations('ab', True)", lambda: permutations("ab", True))
show("permutations([1], 2, r=2)", lambda: permutations([1], 2, r=2))
show("permutations(iterable='ab', r=1)", lambda: permutations(iterable="ab", r=1))
show("combinations([])", lambda: combinations([]))
show("combinations([], -1)", lambda: combinations([], -1))
show("combinations([], None)", lambda: combinations([], None))
show("combinations(1, 'a')", lambda: combinations(1, "a"))
show("combinations(1, -1)", lambda: combinations(1, -1))
show("combinations('abc', Idx(2))", lambda: combinations("abc", Idx(2)))
show("combinations([], 2**70)", lambda: combinations([], 2 ** 70))
show("combinations(iterable='ab', r=1)", lambda: combinations(iterable="ab", r=1))
show("combinations(range(3), 2, r=2)", lambda: combinations(range(3), 2, r=2))
show("combinations_with_replacement([])", lambda: combinations_with_replacement([]))
show("combinations_with_replacement([], -1)", lambda: combinations_with_replacement([], -1))
show("combinations_with_replacement('ab', True)", lambda: combinations_with_replacement("ab", True))
show("combinations_with_replacement(r=2, iterable='xy')", lambda: combinations_with_replacement(r=2, iterable="xy"))
show("product(range(2), repeat=-1)", lambda: product(range(2), repeat=-1))
show("product(1, repeat=-1)", lambda: product(1, repeat=-1))
show("product(1, repeat=0)", lambda: product(1, repeat=0))
show("product(range(2), repeat='a')", lambda: product(range(2), repeat="a"))
show("product([1], repeat=1.0)", lambda: product([1], repeat=1.0))
show("product(1)", lambda: product(1))
show("product(x=1)", lambda: product(x=1))
show("product(range(3), repeat=2, x=1)", lambda: product(range(3), repeat=2, x=1))
show("product('ab', repeat=Idx(2))", lambda: product("ab", repeat=Idx(2)))
show("product(repeat=2**70)", lambda: product(repeat=2 ** 70))
show("product(repeat=sys.maxsize)", lambda: product(repeat=sys.maxsize))
show("product([1], repeat=sys.maxsize)", lambda: product([1], repeat=sys.maxsize))
show("accumulate()", lambda: accumulate())
show("accumulate(1)", lambda: accumulate(1))
show("accumulate([], None, None)", lambda: accumulate([], None, None))
show("accumulate([], x=1)", lambda: accumulate([], x=1))
show("accumulate(initial=1)", lambda: accumulate(initial=1))
show("accumulate([1], None, func=None)", lambda: accumulate([1], None, func=None))
show("accumulate([1], func=None, initial=None, x=3)", lambda: accumulate([1], func=None, initial=None, x=3))
show("accumulate(x=1, y=2, z=3, w=4)", lambda: accumulate(x=1, y=2, z=3, w=4))
show("accumulate(iterable=[1, 2], func=max)", lambda: accumulate(iterable=[1, 2], func=max))
for name, f in [("starmap", starmap), ("takewhile", takewhile), ("dropwhile", dropwhile),
                ("filterfalse", filterfalse)]:
    show(name + "()", lambda: f())
    show(name + "(len)", lambda: f(len))
    show(name + "(len, 1)", lambda: f(len, 1))
    show(name + "(len, [], 1)", lambda: f(len, [], 1))
    show(name + "(len, iterable=[])", lambda: f(len, iterable=[]))
show("compress()", lambda: compress())
show("compress([])", lambda: compress([]))
show("compress(selectors=1)", lambda: compress(selectors=1))
show("compress(1, [])", lambda: compress(1, []))
show("compress([], 1)", lambda: compress([], 1))
show("compress([], [], 1)", lambda: compress([], [], 1))
show("compress(data='ab', selectors=[0, 1])", lambda: compress(data="ab", selectors=[0, 1]))
show("pairwise()", lambda: pairwise())
show("pairwise(1)", lambda: pairwise(1))
show("pairwise([], [])", lambda: pairwise([], []))
show("pairwise(iterable=[])", lambda: pairwise(iterable=[]))
show("zip_longest(1)", lambda: zip_longest(1))
show("zip_longest([], x=1)", lambda: zip_longest([], x=1))
show("zip_longest([], fillvalue=1, x=2)", lambda: zip_longest([], fillvalue=1, x=2))
show("zip_longest(fillvalue=1)", lambda: zip_longest(fillvalue=1))
show("zip_longest('ab', 'c', fillvalue=0)", lambda: zip_longest("ab", "c", fillvalue=0))
