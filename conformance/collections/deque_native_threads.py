# collections.deque (native) shared between threads: appends and pops at
# both ends are atomic; readers racing with writers see valid items or
# RuntimeError, never a crash
import threading
from collections import deque

N = 4
PER = 500

# producers append at both ends, consumers pop from both ends: every item
# is taken exactly once
work = deque()
done = threading.Event()
taken = [[] for _ in range(N)]


def producer(k):
    for i in range(PER):
        v = k * PER + i
        if i % 2:
            work.append(v)
        else:
            work.appendleft(v)


def consumer(k):
    mine = taken[k]
    while True:
        try:
            mine.append(work.popleft() if k % 2 else work.pop())
        except IndexError:
            if done.is_set() and not work:
                return


cons = [threading.Thread(target=consumer, args=(k,)) for k in range(N)]
prods = [threading.Thread(target=producer, args=(k,)) for k in range(N)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
done.set()
for t in cons:
    t.join()
allv = sorted(v for m in taken for v in m)
print("taken", len(allv), allv == list(range(N * PER)))

# readers iterate, index, count and compare while writers mutate: only
# RuntimeError/IndexError/ValueError, never a crash or a wrong item
shared = deque(range(100), maxlen=200)
errors = {}
stop = threading.Event()


def writer(k):
    i = 0
    while not stop.is_set():
        i += 1
        shared.append(i)
        shared.appendleft(-i)
        if i % 3 == 0:
            shared.rotate(k + 1)
        if i % 5 == 0:
            try:
                shared.pop()
                shared.popleft()
            except IndexError:
                pass
        if i % 7 == 0:
            try:
                del shared[len(shared) // 2]
                shared.insert(3, 0)
            except IndexError:
                pass
        if i % 11 == 0:
            shared.reverse()
        if i % 97 == 0:
            shared.clear()
        if i % 53 == 0:
            shared.extend(range(20))


def count3():
    shared.count(3)


def index_missing():
    shared.index(10 ** 9)


def contains5():
    return 5 in shared


def equal():
    return shared == deque([1])


def rev():
    return list(reversed(shared))


def reader(k):
    seen = 0
    for _ in range(100):
        try:
            for x in shared:
                if not isinstance(x, int):
                    raise AssertionError("bad item %r" % (x,))
                seen += 1
        except RuntimeError:
            errors[k] = errors.get(k, 0) + 1
        try:
            x = shared[5]
            if not isinstance(x, int):
                raise AssertionError("bad item %r" % (x,))
        except IndexError:
            pass
        for f in (count3, index_missing, contains5, equal, rev):
            try:
                f()
            except (RuntimeError, ValueError):
                pass
        _ = repr(shared)
        _ = shared.copy()
    return seen


ws = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
rs = [threading.Thread(target=reader, args=(k,)) for k in range(2)]
for t in ws + rs:
    t.start()
for t in rs:
    t.join()
stop.set()
for t in ws:
    t.join()
print("readers done", len(shared) <= 200)
