# 8 threads allocating garbage (lists, dicts, instances, strings, tuples,
# cycles, large blocks) at the same time, so collections run while all of
# them are busy.
# Every thread computes a checksum that must come out exact.
import threading


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.meta = {"v": value, "tag": "n%d" % value}


def chain_sum(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    while head is not None:
        total += head.value + len(head.meta["tag"])
        head = head.next
    return total


def churn(k, rounds):
    total = 0
    keep = []
    for r in range(rounds):
        lst = [i * k for i in range(30)]
        d = {}
        for i in range(20):
            d["key%d" % i] = [i, str(i), (i, k)]
        s = "-".join([str(x) for x in lst[:10]])
        total += sum(lst) + len(d) + len(s)
        # large short-lived blocks: enough allocation that collections run
        # while the threads are busy, even without MOREL_GC_STRESS
        total += len([k] * 60000) + len(("%d" % k) * 100000)
        total += chain_sum(15)
        # a reference cycle that becomes garbage
        a = Node(r, None)
        b = Node(k, a)
        a.next = b
        total += a.next.value
        # some objects survive for a while
        keep.append((r, s, d["key3"]))
        if len(keep) > 20:
            old = keep.pop(0)
            total += old[0] + len(old[1]) + old[2][0]
    for r, s, v in keep:
        total += r + len(s) + v[0]
    return total


ROUNDS = 4
expect = [churn(k, ROUNDS) for k in range(8)]
got = [None] * 8


def worker(k):
    got[k] = churn(k, ROUNDS)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("checksums", got)
print("match sequential", got == expect)

# shared structures mutated while others allocate: a dict of lists grown by
# every thread under a lock, strings built per thread
shared = {}
lock = threading.Lock()


def grow(k):
    for i in range(40):
        item = ("t%d" % k, [i] * 3, {"i": i})
        with lock:
            shared.setdefault(i % 10, []).append(item)


ts = [threading.Thread(target=grow, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("buckets", sorted(shared), [len(shared[b]) for b in sorted(shared)])
print("items intact", all(it[1] == [it[2]["i"]] * 3 and it[2]["i"] % 10 == b
                          for b in shared for it in shared[b]))
texts = [None] * 8


def text(k):
    parts = []
    for i in range(30):
        parts.append(("%d:%d" % (k, i)).upper() * 2)
    texts[k] = len("".join(parts))


ts = [threading.Thread(target=text, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("texts", texts)
