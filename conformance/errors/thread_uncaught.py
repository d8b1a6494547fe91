# An exception escaping Thread.run is printed to stderr by the default
# threading.excepthook ("Exception in thread NAME:" and a traceback); the
# thread ends, the rest of the program goes on and the exit status is 0.
import threading


def boom(what):
    raise ValueError("bad " + what)


def fine(out):
    out.append("fine ran")


t = threading.Thread(target=boom, args=("first",))
t.start()
t.join()
print("after first", t.is_alive())
out = []
t2 = threading.Thread(target=fine, args=(out,))
t2.start()
t2.join()
print(out)
t3 = threading.Thread(target=boom, args=("second",), name="worker-3")
t3.start()
t3.join()
print("main goes on")


class Quiet(threading.Thread):
    def run(self):
        raise SystemExit(3)


q = Quiet()
q.start()
q.join()
print("SystemExit in a thread is silent", q.is_alive())


class Loud(threading.Thread):
    def run(self):
        raise KeyError("last")


t4 = Loud()
t4.start()
t4.join()
print("done")
