# Exceptions in threads: a custom threading.excepthook receives them (with
# the thread), exceptions handed back to the main thread through a list,
# re-raised there, and per-thread exception state kept apart.
import threading
import sys

hooked = []


def hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value),
                   args.thread.name, args.exc_traceback is not None))


print("default hook", threading.excepthook is threading.__excepthook__)
threading.excepthook = hook


def fail(kind, msg):
    if kind == "value":
        raise ValueError(msg)
    if kind == "key":
        raise KeyError(msg)
    if kind == "exit":
        sys.exit(msg)
    if kind == "custom":
        raise AppError(msg, 42)
    return msg


class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code


cases = [("value", "v1"), ("key", "k1"), ("exit", "bye"), ("custom", "c1"), ("none", "ok")]
for i, (kind, msg) in enumerate(cases):
    t = threading.Thread(target=fail, args=(kind, msg), name="w%d" % i)
    t.start()
    t.join()
for h in hooked:
    print("hook", h)
threading.excepthook = threading.__excepthook__
print("restored", threading.excepthook is threading.__excepthook__)

# exceptions carried back in a list and re-raised in the main thread
errors = []
results = []
lock = threading.Lock()


def task(k):
    try:
        if k % 3 == 0:
            raise ZeroDivisionError("task %d" % k)
        with lock:
            results.append(100 // k)
    except Exception as e:
        with lock:
            errors.append((k, e))


ts = [threading.Thread(target=task, args=(k,)) for k in range(9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
errors.sort(key=lambda p: p[0])
print("results", sorted(results))
for k, e in errors:
    print("error", k, type(e).__name__, e)
try:
    raise errors[0][1]
except ZeroDivisionError as e:
    print("re-raised in main:", e)

# each thread has its own "exception being handled"
seen = {}
gate = threading.Barrier(2)


def handler(k):
    try:
        raise LookupError("from %d" % k)
    except LookupError:
        gate.wait()
        seen[k] = str(sys.exc_info()[1])
    seen[k + 10] = sys.exc_info()[0]


ts = [threading.Thread(target=handler, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items(), key=lambda p: p[0]))
print("main exc_info", sys.exc_info())

# a thread that catches, chains and hands back the chain
chained = []


def chain():
    try:
        try:
            {}["missing"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        chained.append(e)


t = threading.Thread(target=chain)
t.start()
t.join()
e = chained[0]
print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
