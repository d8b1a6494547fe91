# concurrent.futures.ThreadPoolExecutor: submit/result, map keeps input
# order, as_completed, wait, exceptions, callbacks, cancel, shutdown.
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, Future,
                                FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION,
                                CancelledError, TimeoutError)


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, i) for i in range(10)]
    print("results", [f.result() for f in fs])
    print("done", all(f.done() for f in fs), any(f.cancelled() for f in fs))
    print("map", list(ex.map(square, range(8))))
    print("map two iterables", list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    done_values = sorted([f.result() for f in as_completed([ex.submit(square, i) for i in range(6)])])
    print("as_completed", done_values)
    bad = ex.submit(fail, 3)
    print("exception()", type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result() re-raises", e)
    try:
        list(ex.map(fail, [1]))
    except ValueError as e:
        print("map re-raises", e)
    f = ex.submit(square, 5)
    print("kwargs", ex.submit(pow, 2, exp=10).exception() is not None, f.result(timeout=5))
    print("keyword call", ex.submit(int, "ff", base=16).result())

# wait(): FIRST_COMPLETED returns once one is done; ALL_COMPLETED waits for all
gate = threading.Event()


def gated(x):
    gate.wait()
    return x


with ThreadPoolExecutor(max_workers=3) as ex:
    quick = ex.submit(square, 7)
    slow = [ex.submit(gated, i) for i in range(2)]
    done, not_done = wait([quick] + slow, return_when=FIRST_COMPLETED)
    print("first completed", [f.result() for f in done], len(not_done))
    done, not_done = wait(slow, timeout=0.01)
    print("timed out wait", len(done), len(not_done))
    try:
        slow[0].result(timeout=0.01)
    except TimeoutError:
        print("result timeout", type(TimeoutError()).__name__)
    gate.set()
    done, not_done = wait([quick] + slow, return_when=ALL_COMPLETED)
    print("all completed", sorted([f.result() for f in done]), len(not_done))
    failing = [ex.submit(fail, 1), ex.submit(square, 2)]
    done, not_done = wait(failing, return_when=FIRST_EXCEPTION)
    print("first exception", len(done) >= 1, any(f.exception() is not None for f in done))

# callbacks run once the future is done (immediately if already done)
calls = []
lock = threading.Lock()


def cb(f):
    with lock:
        calls.append(f.result())


with ThreadPoolExecutor(max_workers=2) as ex:
    for i in range(4):
        ex.submit(square, i).add_done_callback(cb)
    done_f = ex.submit(square, 9)
    done_f.result()
    done_f.add_done_callback(cb)
print("callbacks", sorted(calls))

# cancel pending work: one worker blocked, the queued futures can be cancelled
def blocked_pool(result):
    """A one-worker pool whose worker is busy until the returned event is set."""
    hold = threading.Event()
    started = threading.Event()

    def blocking():
        started.set()
        hold.wait()
        return result

    pool = ThreadPoolExecutor(max_workers=1)
    fut = pool.submit(blocking)
    started.wait()
    return pool, fut, hold


ex, running, hold = blocked_pool("ran")
pending = [ex.submit(square, i) for i in range(3)]
print("running", running.running(), "cancel running", running.cancel())
print("cancel pending", pending[0].cancel(), pending[0].cancelled(), pending[0].done())
try:
    pending[0].result()
except CancelledError:
    print("CancelledError from result")
try:
    pending[0].exception()
except CancelledError:
    print("CancelledError from exception")
hold.set()
ex.shutdown(wait=True)
print("after shutdown", running.result(), [f.result() for f in pending[1:]])
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)

# shutdown(cancel_futures=True) cancels what has not started
ex, first, hold2 = blocked_pool("first")
rest = [ex.submit(square, i) for i in range(3)]
ex.shutdown(wait=False, cancel_futures=True)
print("cancelled before running", [f.cancelled() for f in rest], first.done())
hold2.set()
ex.shutdown(wait=True)
print("cancel_futures", first.result(), [f.cancelled() for f in rest])

# a bare Future driven by hand
f = Future()
print("bare", f.done(), f.running(), f.cancelled())
print(f.set_running_or_notify_cancel(), f.running())
f.set_result(42)
print(f.result(), f.done(), f.exception())
g = Future()
g.set_exception(KeyError("k"))
print(type(g.exception()).__name__, g.done())
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)

# thread names: a prefix of one's own, else "ThreadPoolExecutor-N" where only
# executors without a prefix use up an N
import os


def my_name():
    return threading.current_thread().name


names = []
for prefix in ["pfx", "", None, "other"]:
    if prefix is None:
        ex = ThreadPoolExecutor(1)
    else:
        ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix=prefix)
    names.append(ex.submit(my_name).result())
    ex.shutdown()
print(names)
ex = ThreadPoolExecutor()
print("default max_workers", ex._max_workers == min(32, os.cpu_count() + 4))
print(ex.submit(my_name).result().endswith("_0"))
ex.shutdown()

# an initializer runs once in each worker, with initargs
inits = []


def init(a, b):
    inits.append((a + b, threading.current_thread().name))


with ThreadPoolExecutor(max_workers=1, initializer=init, initargs=(1, 2),
                        thread_name_prefix="init") as ex:
    print(ex.submit(square, 3).result(), ex.submit(square, 4).result())
print(inits)
