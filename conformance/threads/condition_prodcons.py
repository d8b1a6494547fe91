# Condition: a bounded buffer with wait/notify, notify_all waking every
# waiter, wait_for with a predicate, timeouts, and misuse errors.
import threading

cond = threading.Condition()
buf = []
CAP = 3
consumed = []
DONE = -1


def producer(base):
    for i in range(20):
        with cond:
            while len(buf) >= CAP:
                cond.wait()
            buf.append(base + i)
            cond.notify_all()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: len(buf) > 0)
            item = buf.pop(0)
            cond.notify_all()
        if item == DONE:
            return
        consumed.append(item)


producers = [threading.Thread(target=producer, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for k in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for k in range(2):
    with cond:
        while len(buf) >= CAP:
            cond.wait()
        buf.append(DONE)
        cond.notify_all()
for t in consumers:
    t.join()
print("consumed", len(consumed), sorted(consumed) == sorted(
    [k * 100 + i for k in range(3) for i in range(20)]))

# notify(n) and notify_all: count the wakeups
state = {"go": 0, "woken": 0}
ready = threading.Condition(threading.Lock())


def waiter():
    with ready:
        ready.wait_for(lambda: state["go"] > 0)
        state["go"] -= 1
        state["woken"] += 1
        ready.notify_all()


ws = [threading.Thread(target=waiter) for k in range(5)]
for t in ws:
    t.start()
with ready:
    state["go"] = 2
    ready.notify(2)
with ready:
    ready.wait_for(lambda: state["woken"] == 2)
    print("after go=2 woken", state["woken"])
    state["go"] = 3
    ready.notify_all()
for t in ws:
    t.join()
print("all woken", state["woken"], state["go"])

# wait with a timeout and nobody notifying
c = threading.Condition()
with c:
    print("wait timeout", c.wait(0.01))
    print("wait_for timeout", c.wait_for(lambda: False, timeout=0.01))
    print("wait_for true at once", c.wait_for(lambda: 42, timeout=0))
    print("wait 0", c.wait(0))

# a timed wait that is notified in time
flag = []


def setter():
    with c:
        flag.append(1)
        c.notify()


with c:
    t = threading.Thread(target=setter)
    t.start()
    got = c.wait_for(lambda: flag, timeout=5)
    print("notified in time", got)
t.join()

# misuse
try:
    c.wait()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.notify()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.notify_all()
except RuntimeError as e:
    print("RuntimeError", e)

# Condition over an RLock held twice: wait releases both levels
rl = threading.RLock()
c2 = threading.Condition(rl)
box = []


def put():
    with c2:
        box.append("x")
        c2.notify()


with c2:
    with c2:
        t = threading.Thread(target=put)
        t.start()
        print("rlock wait", c2.wait_for(lambda: box, 5), box)
    print("still owned once", rl._is_owned())
print("owned after", rl._is_owned())
t.join()
