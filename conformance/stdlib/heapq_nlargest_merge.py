# heapq: nlargest, nsmallest (with key, ties) and merge
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 0, 6]
for n in [-1, 0, 1, 2, 3, 5, 11, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data)))
print(heapq.nlargest(2, []), heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))
print(heapq.nsmallest(4, range(100, 0, -7)), heapq.nlargest(4, (x * x for x in range(-5, 4))))
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg", "h"]
for n in [1, 2, 3, 4, 8]:
    print(n, heapq.nlargest(n, words, key=len), heapq.nsmallest(n, words, key=len))
print(heapq.nlargest(3, iter(words), key=len), heapq.nsmallest(3, iter(words), key=len))
recs = [("ann", 30), ("bob", 25), ("cy", 30), ("di", 22), ("ed", 25), ("flo", 30)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(2, recs, key=lambda r: r[1]))
print(heapq.nlargest(4, iter(recs), key=lambda r: r[1]), heapq.nsmallest(4, iter(recs), key=lambda r: r[1]))
print(heapq.nlargest(3, [1.5, 2, 2.0, 1, True]), heapq.nsmallest(3, [1.5, 2, 2.0, 1, True]))
print(heapq.nlargest(2, "hello"), heapq.nsmallest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 2], [0])), list(heapq.merge()), list(heapq.merge([])))
print(list(heapq.merge("ace", "bdf")))
print(list(heapq.merge([9, 7, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge(["dddd", "a"], ["ccc", "bb"], key=len, reverse=True)))
left = [(1, "L1"), (2, "L2"), (2, "L3")]
right = [(1, "R1"), (2, "R2")]
print(list(heapq.merge(left, right, key=lambda t: t[0])))
print(list(heapq.merge(right, left, key=lambda t: t[0])))
m = heapq.merge(iter([1, 10]), iter([5]))
print(next(m), next(m), list(m))


def gen(start, stop, step):
    for i in range(start, stop, step):
        yield i


print(list(heapq.merge(gen(0, 20, 3), gen(1, 20, 5), gen(2, 10, 2))))
try:
    heapq.nlargest(2, [1, "a", 3])
except TypeError as e:
    print("TypeError", e)
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print("TypeError", e)
