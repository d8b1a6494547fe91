# Stress program for free threading: every total is exact under any
# interleaving. Run repeatedly (tests/threads.rs), also under
# MOREL_GC_STRESS=1 and MOREL_SHARE_ALL=1.
import sys
import threading
from queue import Queue

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
T = 8

# 1. a counter under a Lock
lock = threading.Lock()
counter = [0]


def count():
    for _ in range(N):
        with lock:
            counter[0] += 1


# 2. appends to one list, distinct keys into one dict, adds to one set
shared_list = []
shared_dict = {}
shared_set = set()


def fill(t):
    for i in range(N):
        shared_list.append(i)
        shared_dict[(t, i)] = i * t
        shared_set.add(t * N + i)


# 3. garbage: short-lived lists, dicts, instances and strings
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


checks = [0] * T


def garbage(t):
    acc = 0
    for i in range(N):
        chain = None
        for j in range(5):
            chain = Node(j + i, chain)
        d = {"a": [i, str(i)], "b": (i, t)}
        acc += chain.v + len(d["a"][1]) + d["b"][0]
    checks[t] = acc


# 4. a class patched while threads call its methods
class Target:
    def value(self):
        return 1


seen = [0] * T
stop = threading.Event()


def caller(t):
    obj = Target()
    n = 0
    while not stop.is_set() or n < 100:
        r = obj.value()
        if r not in (1, 2):
            raise AssertionError(r)
        n += 1
    seen[t] = n


# 5. producer / consumer through a Queue
q = Queue(maxsize=64)
consumed = [0]


def producer():
    for i in range(N):
        q.put(i)
    q.put(None)


def consumer():
    total = 0
    while True:
        x = q.get()
        if x is None:
            break
        total += x
    consumed[0] = total


def run(targets):
    threads = [threading.Thread(target=f, args=a) for f, a in targets]
    for th in threads:
        th.start()
    return threads


ts = run([(count, ())] * T)
for th in ts:
    th.join()
assert counter[0] == T * N, counter[0]

ts = run([(fill, (t,)) for t in range(T)])
for th in ts:
    th.join()
assert len(shared_list) == T * N, len(shared_list)
assert sorted(shared_list) == sorted(list(range(N)) * T)
assert len(shared_dict) == T * N and all(shared_dict[(t, i)] == i * t for t in range(T) for i in range(N))
assert len(shared_set) == T * N

ts = run([(garbage, (t,)) for t in range(T)])
for th in ts:
    th.join()
expected = sum(4 + i + len(str(i)) + i for i in range(N))
assert checks == [expected] * T, (checks, expected)

ts = run([(caller, (t,)) for t in range(4)])
for k in range(200):
    Target.value = (lambda self: 2) if k % 2 == 0 else (lambda self: 1)
    Target.extra = k
    del Target.extra
stop.set()
for th in ts:
    th.join()
assert all(n >= 100 for n in seen[:4])

ts = run([(producer, ()), (consumer, ())])
for th in ts:
    th.join()
assert consumed[0] == N * (N - 1) // 2

print("ok", counter[0], len(shared_list), len(shared_dict), len(shared_set), consumed[0])
