# Semaphore and BoundedSemaphore: a limit on concurrent holders, blocking and
# timed acquires, release(n), over-release; Timer running and cancelled.
import threading

sem = threading.Semaphore(3)
state = {"inside": 0, "peak": 0, "done": 0}
lock = threading.Lock()


def limited(k):
    for i in range(20):
        with sem:
            with lock:
                state["inside"] += 1
                if state["inside"] > state["peak"]:
                    state["peak"] = state["inside"]
            with lock:
                state["inside"] -= 1
                state["done"] += 1


ts = [threading.Thread(target=limited, args=(k,)) for k in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done", state["done"], "peak <= 3", state["peak"] <= 3, "inside", state["inside"])

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(False))
s.release()
s.release()
s.release()
print("unbounded release past start", s.acquire(), s.acquire(), s.acquire(), s.acquire(False))
try:
    s.release(0)
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
z = threading.Semaphore(0)
print("zero", z.acquire(False), z.acquire(timeout=0))

# a waiter released by another thread
got = []


def wait_sem():
    got.append(z.acquire(timeout=5))


t = threading.Thread(target=wait_sem)
t.start()
z.release()
t.join()
print("released waiter", got)

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
b.release(2)
print("bounded back to full", b.acquire(False), b.acquire(False), b.acquire(False))
print(isinstance(b, threading.Semaphore))

# Timer: runs once after the interval, or never if cancelled first
fired = []
done = threading.Event()


def fire(tag, extra=None):
    fired.append((tag, extra))
    done.set()


t1 = threading.Timer(0.01, fire, args=["t1"], kwargs={"extra": 5})
t1.start()
done.wait(5)
t1.join()
t2 = threading.Timer(10, fire, args=("t2",))
t2.start()
t2.cancel()
t2.join()
t3 = threading.Timer(10, fire, ["t3"])
t3.cancel()
t3.start()
t3.join()
print("fired", fired, t1.is_alive(), t2.is_alive())
print(t1.interval, t2.finished.is_set(), isinstance(t1, threading.Thread))
