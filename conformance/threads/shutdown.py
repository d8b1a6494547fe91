# Interpreter exit: daemon threads still blocked (on an Event, a Lock, a
# Semaphore, a Condition) or busy allocating do not hold up the exit, while a
# non-daemon thread still running when the main program ends is waited for.
import threading

never = threading.Event()
held = threading.Lock()
held.acquire()
sem = threading.Semaphore(0)
cond = threading.Condition()
spinning = threading.Event()


def wait_event():
    never.wait()


def wait_lock():
    held.acquire()


def wait_semaphore():
    sem.acquire()


def wait_cond():
    with cond:
        cond.wait()


def busy():
    n = 0
    while True:
        n += 1
        junk = [n, str(n), {"n": n}]
        if n == 100:
            spinning.set()


daemons = [threading.Thread(target=f, daemon=True)
           for f in [wait_event, wait_lock, wait_semaphore, wait_cond, busy]]
for t in daemons:
    t.start()
spinning.wait()
print("daemons alive", [t.is_alive() for t in daemons])

last_call = threading.Event()
result = []


def finisher():
    last_call.wait()
    total = 0
    for i in range(1000):
        total += i
    result.append(total)
    print("finisher ran after main:", total)


f = threading.Thread(target=finisher)
f.start()
print("main ends; finisher alive", f.is_alive(), "daemon", f.daemon)
last_call.set()
