# the native heap operations: layouts, errors, comparisons that run Python code
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [(i * 7919) % 101 for i in range(40)]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 50), heapq.heappushpop(data, -1), heapq.heappushpop(data, 1000), data[:6])
print(heapq.heappushpop([], 3), heapq.heappushpop([5], 3), heapq.heappushpop([1], 3))
f = [2.5, 1.5, float("inf"), -0.0, 0.0, 3]
heapq.heapify(f)
print(f)
t = [(3, "c"), (1, "z"), (1, "a"), (2, "b")]
heapq.heapify(t)
print([heapq.heappop(t) for _ in range(4)])
s = ["pear", "apple", "fig", "banana"]
heapq.heapify(s)
print(heapq.heappop(s), s)


class L(list):
    pass


sub = L([4, 2, 3, 1])
heapq.heapify(sub)
print(sub, type(sub).__name__)


class Item:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Item.calls += 1
        return self.v < other.v

    def __repr__(self):
        return "Item(%d)" % self.v


items = [Item(v) for v in [9, 4, 7, 1, 8]]
heapq.heapify(items)
print(items, Item.calls > 0)
print(heapq.heappop(items), heapq.heappop(items))
for fn, args in [(heapq.heappush, (1, 2)), (heapq.heappop, (1,)), (heapq.heappop, ([],)),
                 (heapq.heapreplace, ([], 1)), (heapq.heapify, ((3, 1),)), (heapq.heappushpop, ("x", 1)),
                 (heapq.heappush, ([1, "a"], 2)), (heapq.heappush, ([],))]:
    try:
        fn(*args)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


class Shrinker:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim

    def __lt__(self, other):
        self.victim.clear()
        return True


victim = []
victim.extend(Shrinker(i, victim) for i in range(6))
try:
    heapq.heapify(victim)
    print("no error", len(victim))
except RuntimeError as e:
    print("RuntimeError", e)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]), list(heapq.merge([1, 4], [2, 3])))
