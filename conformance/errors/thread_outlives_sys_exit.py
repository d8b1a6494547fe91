# sys.exit() in the main thread waits for non-daemon threads before the
# process ends; the message goes to stderr and the exit status is 1. Daemon
# threads still blocked are abandoned.
import sys
import threading

go = threading.Event()
never = threading.Event()


def worker(n):
    go.wait()
    print("worker", n, "done:", sum(range(n)))


def stuck():
    never.wait()


threading.Thread(target=stuck, daemon=True).start()
t = threading.Thread(target=worker, args=(1000,))
t.start()
print("exiting with a worker still waiting")
go.set()
sys.exit("stopped by sys.exit")
