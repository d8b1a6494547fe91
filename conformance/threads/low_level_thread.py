# _thread: start_new_thread with positional and keyword arguments,
# allocate_lock used as a completion signal, get_ident, argument errors.
import _thread
import threading

results = []
guard = _thread.allocate_lock()
N = 6
finished = _thread.allocate_lock()
remaining = [N]
finished.acquire()


def work(k, scale=1):
    v = k * scale
    with guard:
        results.append((k, v, _thread.get_ident() != main_ident))
        remaining[0] -= 1
        if remaining[0] == 0:
            finished.release()


main_ident = _thread.get_ident()
for k in range(N):
    r = _thread.start_new_thread(work, (k,), {"scale": 10})
    if not isinstance(r, int):
        print("start_new_thread did not return an int")
finished.acquire()
print(sorted(results))

l = _thread.allocate_lock()
print(type(l).__name__, l.locked(), l.acquire(), l.locked(), l.acquire(0))
l.release()
print(isinstance(l, _thread.LockType), _thread.LockType is type(threading.Lock()))
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
print("error is RuntimeError", _thread.error is RuntimeError)
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError", e)
try:
    _thread.start_new_thread(work, (1,), [])
except TypeError as e:
    print("TypeError", e)

# a thread started with _thread is seen by threading as a dummy thread
names = []
done = _thread.allocate_lock()
done.acquire()


def look():
    t = threading.current_thread()
    names.append((t.name.startswith("Dummy-"), t.daemon, t.is_alive(),
                  t is not threading.main_thread()))
    done.release()


_thread.start_new_thread(look, ())
done.acquire()
print(names)

# an RLock from _thread
rl = _thread.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release()
rl.release()
print(rl._is_owned())
print(_thread.TIMEOUT_MAX > 1000, isinstance(_thread.get_ident(), int))
