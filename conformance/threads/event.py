# Event: set/clear/is_set, wait with and without timeouts, many waiters
# released by one set(), and a ping-pong between two threads.
import threading

e = threading.Event()
print("initial", e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=0))
e.set()
print("after set", e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
print("set twice", e.is_set())
e.clear()
print("after clear", e.is_set(), e.wait(0.01))
e.clear()

go = threading.Event()
woke = []
lock = threading.Lock()


def waiter(k):
    r = go.wait()
    with lock:
        woke.append((k, r))


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
print("before set", woke)
go.set()
for t in ts:
    t.join()
print("woken", sorted(woke))

# timed waits from threads: some time out, then the event is set
ev = threading.Event()
results = []


def timed(k):
    results.append(ev.wait(0.01))


ts = [threading.Thread(target=timed, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("timed out", results)
results.clear()
ev.set()
ts = [threading.Thread(target=timed, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("already set", results)

# ping-pong: strictly alternating turns
ping = threading.Event()
pong = threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong %d" % i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(5):
    trace.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(trace)

# a waiter blocked with a long timeout is released by set
late = threading.Event()
out = []


def long_wait():
    out.append(late.wait(10))


t = threading.Thread(target=long_wait)
t.start()
late.set()
t.join()
print("released", out)
print(type(e).__name__, e.is_set())
