# list.append, dict stores of distinct keys, set.add and deque appends from
# several threads at once: nothing is lost or duplicated.
import threading
from collections import deque

N = 8
PER = 60
shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()
counts = {}
start = threading.Barrier(N)


def worker(k):
    start.wait()
    for i in range(PER):
        v = k * PER + i
        shared_list.append(v)
        shared_dict[v] = k
        shared_set.add(v % 1000)
        shared_deque.append(v)
    # setdefault/pop on per-thread keys while others mutate the dict
    counts[k] = 0
    for i in range(PER):
        key = ("t", k, i)
        shared_dict.setdefault(key, i)
        counts[k] += shared_dict.pop(key)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("list length", len(shared_list), len(shared_list) == N * PER)
print("list content", sorted(shared_list) == list(range(N * PER)))
print("first of each thread in order", all(
    shared_list.index(k * PER) < shared_list.index(k * PER + PER - 1) for k in range(N)))
print("dict size", len(shared_dict))
print("dict keys", sorted(shared_dict) == list(range(N * PER)))
print("dict values", all(shared_dict[v] == v // PER for v in range(N * PER)))
print("set size", len(shared_set), sorted(shared_set)[:5], sorted(shared_set)[-3:])
print("deque length", len(shared_deque), sum(shared_deque) == sum(range(N * PER)))
print("counts", sorted(counts.items()))

# concurrent pops: each item is taken exactly once
taken = []
lock = threading.Lock()


def popper():
    mine = []
    while True:
        try:
            mine.append(shared_list.pop())
        except IndexError:
            break
    with lock:
        taken.extend(mine)


threads = [threading.Thread(target=popper) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("popped", len(taken), sorted(taken) == list(range(N * PER)), shared_list)

# per-thread string building joined at the end
parts = [None] * N


def build(k):
    s = ""
    for i in range(50):
        s += chr(ord("a") + k)
    parts[k] = s


threads = [threading.Thread(target=build, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([len(p) for p in parts], "".join(p[0] for p in parts))
