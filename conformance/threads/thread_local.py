# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again (with the same arguments) in every thread that uses it.
import threading

data = threading.local()
data.x = "main"
seen = {}
lock = threading.Lock()


def worker(k):
    try:
        data.x
        first = "inherited"
    except AttributeError as e:
        first = "AttributeError: " + str(e)
    data.x = k
    data.items = []
    for i in range(100):
        data.items.append(k)
    with lock:
        seen[k] = (first, data.x, len(data.items), sum(data.items) == 100 * k)


ts = [threading.Thread(target=worker, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main still", data.x, hasattr(data, "items"))
try:
    data.missing
except AttributeError as e:
    print("AttributeError", e)
print(getattr(data, "missing", "default"))
del data.x
print("after del", hasattr(data, "x"))
try:
    del data.x
except AttributeError as e:
    print("AttributeError on del", type(e).__name__)


class Counter(threading.local):
    inits = 0
    kind = "class attr"

    def __init__(self, start, step=1):
        with lock:
            Counter.inits += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
print("main", c.value, c.bump(), c.kind, Counter.inits)
got = {}


def use(k):
    before = c.value
    for i in range(k):
        c.bump()
    with lock:
        got[k] = (before, c.value, c.step, c.kind)


ts = [threading.Thread(target=use, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got.items()))
print("inits", Counter.inits, "main value", c.value)

# per-thread __dict__
d = threading.local()
d.a = 1
out = []


def dict_view():
    d.b = 2
    out.append(sorted(d.__dict__.items()))


t = threading.Thread(target=dict_view)
t.start()
t.join()
print(sorted(d.__dict__.items()), out)

try:
    threading.local(1, 2)
except TypeError as e:
    print("TypeError", e)
