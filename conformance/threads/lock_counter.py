# Lock and RLock: an exact counter from 8 threads, non-blocking and timed
# acquires, locked(), re-entry, and releasing a lock nobody holds.
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1
    for i in range(n):
        lock.acquire()
        try:
            counter += 2
        finally:
            lock.release()


threads = [threading.Thread(target=work, args=(200,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, counter == 8 * 200 * 3)

l = threading.Lock()
print("fresh locked()", l.locked())
print("acquire", l.acquire())
print("locked()", l.locked())
print("non-blocking while held", l.acquire(False), l.acquire(blocking=False))
print("timed while held", l.acquire(timeout=0.01), l.acquire(True, 0.01))
l.release()
print("after release", l.locked(), l.acquire(blocking=False))
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    l.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    l.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
for bad in [None, "1", float("nan"), 1e10, 10 ** 20]:
    try:
        l.acquire(timeout=bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("explicit -1 means forever", l.acquire(True, -1), l.acquire(blocking=False, timeout=-1))
l.release()
print("timeout=0 when free", l.acquire(timeout=0), l.acquire(timeout=0))
l.release()
with l:
    print("in with", l.locked())
print("after with", l.locked())

# held by another thread: a timed acquire here fails, then succeeds later
held = threading.Event()
go = threading.Event()


def holder():
    l.acquire()
    held.set()
    go.wait()
    l.release()


t = threading.Thread(target=holder)
t.start()
held.wait()
print("other thread holds it", l.locked(), l.acquire(timeout=0.01))
go.set()
print("waits for it", l.acquire(timeout=5))
l.release()
t.join()

r = threading.RLock()
print("rlock acquire x3", r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
with r:
    with r:
        print("nested with")
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

results = []


def try_rlock():
    got = r.acquire(timeout=0.01)
    results.append(got)
    if got:
        r.release()


r.acquire()
t = threading.Thread(target=try_rlock)
t.start()
t.join()
r.release()
t = threading.Thread(target=try_rlock)
t.start()
t.join()
print("other thread got rlock", results)


def release_foreign():
    try:
        r.release()
    except RuntimeError as e:
        results.append(str(e))


t = threading.Thread(target=release_foreign)
t.start()
t.join()
print("foreign release", results[-1])
r.acquire()
t = threading.Thread(target=release_foreign)
t.start()
t.join()
r.release()
print("release of an rlock held by main", results[-1])
print(type(l).__name__, isinstance(l, type(threading.Lock())))
