# A ThreadPoolExecutor whose initializer raises: the failure is reported on
# stderr ("Exception in initializer:" and its traceback), the queued calls
# fail with BrokenThreadPool and later submits raise it; exit status 0.
from concurrent.futures import ThreadPoolExecutor, BrokenExecutor


def bad_init(tag):
    raise LookupError("no config for " + tag)


def work(x):
    return x * 2


ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init, initargs=("pool",))
f = ex.submit(work, 1)
try:
    f.result(timeout=10)
except BrokenExecutor as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError), f.done(), type(f.exception()).__name__)
try:
    ex.submit(work, 2)
except BrokenExecutor as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()
print("after shutdown")
