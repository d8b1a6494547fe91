# Barrier: parties, the wait() indices, the action run once per cycle,
# reuse over several rounds, n_waiting, timeouts, abort and reset.
import threading

N = 4
log = []
log_lock = threading.Lock()
actions = []


def action():
    actions.append(len(log))


b = threading.Barrier(N, action=action)
print("parties", b.parties, "n_waiting", b.n_waiting, "broken", b.broken)
indices = []


def worker(k):
    for rnd in range(3):
        with log_lock:
            log.append((rnd, k))
        i = b.wait()
        with log_lock:
            indices.append((rnd, i))


ts = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for rnd in range(3):
    print("round", rnd, sorted([i for r, i in indices if r == rnd]))
print("action saw", actions)
print("rounds in order", [r for r, k in log] == sorted([r for r, k in log]))

# n_waiting while threads are parked
b2 = threading.Barrier(3)
parked = []


def park():
    try:
        parked.append(b2.wait())
    except threading.BrokenBarrierError:
        parked.append("broken")


ts = [threading.Thread(target=park) for k in range(2)]
for t in ts:
    t.start()
while b2.n_waiting < 2:
    pass
print("n_waiting", b2.n_waiting)
print("main index", b2.wait())
for t in ts:
    t.join()
print("parked", sorted(parked), "n_waiting", b2.n_waiting)

# abort wakes the waiters with BrokenBarrierError
ts = [threading.Thread(target=park) for k in range(2)]
parked.clear()
for t in ts:
    t.start()
while b2.n_waiting < 2:
    pass
b2.abort()
for t in ts:
    t.join()
print("after abort", parked, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(str(e)), isinstance(e, RuntimeError))
b2.reset()
print("after reset", b2.broken, b2.n_waiting)

# a timeout breaks the barrier for everyone
b3 = threading.Barrier(2, timeout=0.01)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out, broken", b3.broken)
b4 = threading.Barrier(2)
try:
    b4.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("wait(timeout) broken", b4.broken)

# an action that raises breaks the barrier; the raiser sees the exception


def bad_action():
    raise KeyError("action")


b5 = threading.Barrier(2, action=bad_action)
seen = []


def party():
    try:
        b5.wait()
        seen.append("ok")
    except threading.BrokenBarrierError:
        seen.append("broken")
    except KeyError as e:
        seen.append("KeyError " + str(e))


ts = [threading.Thread(target=party) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("bad action", sorted(seen), b5.broken)

b1 = threading.Barrier(1)
print("single party", b1.wait(), b1.wait())
print("zero parties accepted", threading.Barrier(0).parties)
