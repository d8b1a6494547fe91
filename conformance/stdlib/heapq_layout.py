# heapq: the exact list layouts after pushes, pops, heapify, replace, pushpop
import heapq

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1, 6, 0, 4]:
    heapq.heappush(h, v)
    print(h)
while h:
    print(heapq.heappop(h), h)
for size in [0, 1, 2, 5, 10, 17, 31]:
    data = [rnd(50) for _ in range(size)]
    heapq.heapify(data)
    print(size, data)
data = [rnd(100) for _ in range(20)]
heapq.heapify(data)
for _ in range(10):
    op = rnd(4)
    v = rnd(100)
    if op == 0:
        heapq.heappush(data, v)
        print("push", v, data)
    elif op == 1:
        print("pop", heapq.heappop(data), data)
    elif op == 2:
        print("replace", v, heapq.heapreplace(data, v), data)
    else:
        print("pushpop", v, heapq.heappushpop(data, v), data)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1, 2], 3))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "cherry"]
heapq.heapify(words)
print(words, [heapq.heappop(words) for _ in range(len(words))])
tasks = []
for item in [(3, "write"), (1, "plan"), (2, "test"), (1, "eat"), (5, "ship")]:
    heapq.heappush(tasks, item)
print(tasks)
print([heapq.heappop(tasks) for _ in range(5)])
fl = [3.5, -1.0, 2.25, 0.0, 7.0, -3.5]
heapq.heapify(fl)
print(fl)
big = list(range(40, 0, -1))
heapq.heapify(big)
print(big)
dup = [2, 2, 1, 1, 2, 1, 0, 2]
heapq.heapify(dup)
print(dup, heapq.heapreplace(dup, 5), dup)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify(3),
            lambda: heapq.heappush([1], "a"), lambda: heapq.heappushpop(3, 1)]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
