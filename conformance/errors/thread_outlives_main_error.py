# The main program dies with an uncaught exception while a non-daemon
# thread is still working: the traceback is printed, the thread is waited
# for (its output still appears) and the exit status is 1.
import threading

go = threading.Event()
results = []


def worker():
    go.wait()
    total = 0
    for i in range(2000):
        total += i * i
    results.append(total)
    print("worker finished after the main program:", total, len(results))


t = threading.Thread(target=worker, name="late-worker")
t.start()
print("main thread about to fail; worker alive:", t.is_alive())
go.set()
raise LookupError("main failed while a thread was running")
