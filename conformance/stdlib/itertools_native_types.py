# itertools (native): classes, reprs, methods, subclasses
import itertools
from itertools import (accumulate, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, zip_longest)

its = [count(), repeat(1), cycle("a"), chain(), chain.from_iterable([]), islice("", 1),
       accumulate([]), starmap(len, []), takewhile(len, []), dropwhile(len, []),
       filterfalse(len, []), compress([], []), pairwise([]), zip_longest(), product(),
       permutations(""), combinations("", 0), combinations_with_replacement("", 0)]
for it in its:
    t = type(it)
    print(t.__name__, t.__module__, t.__qualname__, isinstance(it, t), iter(it) is it,
          getattr(itertools, t.__name__) is t, repr(it).startswith("<itertools." + t.__name__ + " object at 0x"),
          hasattr(t, "__next__"), hasattr(t, "__iter__"))
print(repr(count), repr(chain), repr(zip_longest))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(-1, 1)), repr(count(1.5)),
      repr(count(0, 1.0)), repr(count(2 ** 70)), repr(count(2 ** 70, 2 ** 65)), repr(count(1, -1)))
print(repr(count(True)), repr(count(True, True)), repr(count(True, 2)), repr(count(5, True)),
      repr(count(0.5, True)), repr(count(step=0)), repr(count(-0.0, -1)), str(count(3, 3)))
c = count(3)
print(next(c), next(c), repr(c), c.__next__(), repr(c))
c = count(2 ** 47 - 2)
print(next(c), next(c), next(c), repr(c))
c = count(1.0, 0.5)
print(next(c), next(c), repr(c))
print(repr(repeat("a")), repr(repeat("a", 2)), repr(repeat([1, (2,)], -3)), repr(repeat(repeat(1), 2)))
r = repeat(None, 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), repr(r), list(r), r.__length_hint__(), repr(r))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
it = chain("ab")
print(it.__next__(), next(it), next(it, "default"), next(it, None))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next(permutations("ab", 3))
except StopIteration as e:
    print("StopIteration", e.args)
print(chain.from_iterable(["ab", "c"]).__class__.__name__, list(chain().from_iterable(["xy"])))
print(callable(chain.from_iterable), type(chain.from_iterable).__name__)


class MyChain(chain):
    def extra(self):
        return "extra"


mc = MyChain("ab", "c")
print(type(mc).__name__, isinstance(mc, chain), list(mc), mc.extra())
fi = MyChain.from_iterable(["xy", "z"])
print(type(fi).__name__, list(fi))


class Counter(count):
    pass


k = Counter(10, 5)
print(next(k), next(k), repr(k), isinstance(k, count), list(islice(k, 3)))


class Take(islice):
    def __next__(self):
        return 2 * islice.__next__(self)


print(list(Take("abc", 2)), list(Take(range(10), 2, 8, 3)))
# the same result values as tuples, fresh each time
p = product("ab", repeat=2)
a = next(p)
b = next(p)
print(a, b, a is b, type(a).__name__)
print([x for x in permutations((1, 2))], [type(x).__name__ for x in zip_longest([1], [])])
t = (1, 2, 3)
print(next(combinations(t, 3)) == t, list(combinations_with_replacement("ab", 1)))
# mixing with builtins
print(list(zip(count(), "abc")), list(map(pow, range(4), repeat(2))), dict(zip("ab", count(1))))
print(sorted(islice(cycle([3, 1, 2]), 7)), max(accumulate([1, -5, 8, 2])), sum(compress(range(10), cycle([1, 0]))))
print(list(enumerate(pairwise("abc"))), any(takewhile(bool, [0, 1])), all(dropwhile(bool, [1, 0, 2])))
print(" ".join(starmap("{}{}".format, zip("abc", count()))), tuple(filterfalse(str.isdigit, "a1b2")))
print(set(permutations("aab")) == set(permutations("aba")), sorted(set(combinations("aabb", 2))))
print(list(chain(*[range(i) for i in range(4)])), list(chain.from_iterable(repeat("ab", 3))))
