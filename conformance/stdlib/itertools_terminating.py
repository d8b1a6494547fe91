# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# starmap, pairwise, zip_longest, tee
from itertools import (accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, starmap, pairwise, zip_longest, tee, islice, count)
import operator

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])), list(accumulate([], initial=9)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)))
print(list(accumulate([[1], [2], [3]])), list(accumulate(range(1, 6), func=operator.mul)))
print(list(accumulate([1.5, 2.5, -4])), list(accumulate([5], initial=None)))
print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain([])))
print(list(chain.from_iterable(["xy", [3], range(3)])), list(chain.from_iterable([])))
print(list(islice(chain.from_iterable(repeat_ for repeat_ in (count(),)), 3)))
ch = chain([1], [2])
print(next(ch), next(ch), list(ch), type(ch).__name__, type(chain.from_iterable([])).__name__)
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [1, 1])))
print(list(compress(range(10), [0, 1] * 10)), list(compress([], [1])), list(compress("abc", [])))
print(list(compress(count(), [True, False, True])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [0, 1])))
print(list(takewhile(lambda x: x < 3, count())), list(dropwhile(lambda c: c == " ", "  hi ")))
it = iter([1, 2, 10, 3, 4])
print(list(takewhile(lambda x: x < 5, it)), list(it))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, ["ab", "cd"])))
print(list(starmap(max, [[1, 5, 2], (4, 0)])), list(starmap(lambda: 0, [(), ()])))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])), list(pairwise(range(3))))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("ab", [1, 2, 3])))
print(list(zip_longest()), list(zip_longest([], [])), list(zip_longest("a")), list(zip_longest([1], [], [2, 3])))
a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a), list(b))
x, y, z = tee(iter("abc"), 3)
print(list(x), list(zip(y, z)))
print(tee([1], 0), len(tee("abc", 5)))
src = iter(range(5))
t1, t2 = tee(src)
print(next(t1), next(t1), next(t2), next(src), list(t1), list(t2))
t3, t4 = tee(t1)
print(list(t3), list(t4))
g1, = tee((x * x for x in range(3)), 1)
print(list(g1))
p, q = tee(count())
print(list(islice(p, 3)), list(islice(q, 5)), list(islice(p, 2)))
for bad in [lambda: tee([], -1), lambda: list(accumulate(5)), lambda: type(chain(5)).__name__, lambda: list(chain(5)),
            lambda: list(chain.from_iterable([1])), lambda: compress(1, []), lambda: dropwhile(len, 1),
            lambda: list(starmap(len, [1])), lambda: pairwise(1), lambda: zip_longest([], 1),
            lambda: list(accumulate([1, "a"])), lambda: filterfalse(None, 3)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
