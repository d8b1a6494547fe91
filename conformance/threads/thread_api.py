# The Thread object: names, daemon flag, is_alive, join with a timeout,
# ident, current_thread/main_thread, active_count/enumerate, subclasses
# overriding run, and the errors for misuse.
import threading


def noop():
    pass


def named_target(a, b=2):
    info.append((threading.current_thread().name, a, b))


info = []
main = threading.current_thread()
print("main", main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print("main ident int", isinstance(main.ident, int), main.ident == threading.get_ident())
print("main in enumerate", main in threading.enumerate(), threading.active_count())

t = threading.Thread(target=noop)
print("default name", t.name)
t2 = threading.Thread(target=named_target, args=(1,), kwargs={"b": 3})
print("default name", t2.name)
t3 = threading.Thread()
print("no target", t3.name)
t4 = threading.Thread(target=noop, name="custom")
print("given name", t4.name)
t5 = threading.Thread(target=noop, name=7)
print("name made str", repr(t5.name))
print("before start", t.is_alive(), t.ident, t.daemon)
print(repr(t), repr(threading.Thread(name="d", daemon=True)))
for x in [t, t2, t3, t4, t5]:
    x.start()
for x in [t, t2, t3, t4, t5]:
    x.join()
print(info)
print("after join", t.is_alive(), isinstance(t.ident, int))

try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
fresh = threading.Thread(target=noop)
try:
    fresh.join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError", e)

# join with a timeout on a thread that is still waiting
release = threading.Event()
inside = threading.Event()


def blocker():
    inside.set()
    release.wait()


b = threading.Thread(target=blocker, name="blocker", daemon=True)
print("daemon arg", b.daemon)
b.start()
inside.wait()
b.join(0.01)
print("after join(timeout)", b.is_alive())
print("counted", threading.active_count(), b in threading.enumerate())
print("names", sorted([x.name for x in threading.enumerate()]))
try:
    b.daemon = False
except RuntimeError as e:
    print("RuntimeError", e)
release.set()
b.join()
print("finished", b.is_alive(), threading.active_count(), b in threading.enumerate())

d = threading.Thread(target=noop)
d.daemon = True
print("set daemon", d.daemon)
d.name = "renamed"
print("renamed", d.name)
d.start()
d.join()

# daemon flag inherited from the creating thread
inherited = []


def make_child():
    c = threading.Thread(target=noop)
    inherited.append(c.daemon)


for flag in [True, False]:
    p = threading.Thread(target=make_child, daemon=flag)
    p.start()
    p.join()
print("inherited daemon", inherited)


class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name="worker-%d" % n)
        self.n = n
        self.result = None

    def run(self):
        me = threading.current_thread()
        self.result = (self.n * self.n, me is self, me.name,
                       me is not threading.main_thread())


ws = [Worker(n) for n in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])
print("idents differ", len(set([w.ident for w in ws] + [main.ident])) >= 2)


class NoInit(threading.Thread):
    def __init__(self):
        pass


try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError", e)

seen = []


def check_current():
    seen.append(threading.current_thread().name)
    seen.append(threading.main_thread().name)


c = threading.Thread(target=check_current, name="checker")
c.start()
c.join()
print(seen, threading.current_thread().name)
print(threading.active_count(), [x.name for x in threading.enumerate()])
