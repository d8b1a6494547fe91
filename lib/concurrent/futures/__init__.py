"""Running callables asynchronously on a pool of threads.

Future, ThreadPoolExecutor, as_completed and wait.
"""

import threading
import time as _time_mod
from collections import namedtuple as _namedtuple

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
    "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor",
    "wait", "as_completed", "ThreadPoolExecutor",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"


_GenericAlias = type(list[int])


class Error(Exception):
    """Base class for the module's errors."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class BrokenThreadPool(BrokenExecutor):
    """A worker thread of a ThreadPoolExecutor failed to initialize."""


def _now():
    return _time_mod.monotonic()


class Future:
    """The eventual result of a call."""
    __class_getitem__ = classmethod(_GenericAlias)


    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return "<%s at %#x state=finished raised %s>" % (
                        self.__class__.__name__, id(self), self._exception.__class__.__name__)
                return "<%s at %#x state=finished returned %s>" % (
                    self.__class__.__name__, id(self), self._result.__class__.__name__)
            state = "cancelled" if self._state == _CANCELLED_NOTIFIED else self._state.lower()
            return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self), state)

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                threading._thread._write_stderr(
                    "exception calling callback for %r\n%s" % (self, threading._thread._format_exception(e)))

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            threading._thread._write_stderr(
                "exception calling callback for %r\n%s" % (self, threading._thread._format_exception(e)))

    def result(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            self._condition.wait_for(lambda: self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED), timeout)
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            self._condition.wait_for(lambda: self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED), timeout)
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                raise CancelledError()
            if self._state == _FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise InvalidStateError("%s: %r" % (self._state, self))
            self._result = result
            self._state = _FINISHED
            for w in self._waiters:
                w.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise InvalidStateError("%s: %r" % (self._state, self))
            self._exception = exception
            self._state = _FINISHED
            for w in self._waiters:
                w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _Waiter:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, mode):
        self.mode = mode
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished = []
        self.pending_calls = 0

    def _arm(self, n):
        self.pending_calls = n

    def _done(self, f, failed):
        with self.lock:
            self.finished.append(f)
            self.pending_calls -= 1
            if (self.mode == FIRST_COMPLETED
                    or (self.mode == FIRST_EXCEPTION and failed)
                    or self.pending_calls <= 0):
                self.event.set()

    def add_result(self, f):
        self._done(f, False)

    def add_exception(self, f):
        self._done(f, True)

    def add_cancelled(self, f):
        self._done(f, self.mode == FIRST_EXCEPTION)


def _is_done(f):
    return f._state in (_CANCELLED_NOTIFIED, _FINISHED)


DoneAndNotDoneFutures = _namedtuple("DoneAndNotDoneFutures", "done not_done")


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns (done, not_done) sets."""
    fs = set(fs)
    done = set(f for f in fs if _is_done(f))
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            f._state == _CANCELLED_NOTIFIED or (f._state == _FINISHED and f._exception is not None) for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not not_done:
        return DoneAndNotDoneFutures(done, not_done)
    waiter = _Waiter(return_when)
    waiter._arm(len(not_done))
    for f in not_done:
        with f._condition:
            if _is_done(f):
                waiter._done(f, f._state == _CANCELLED_NOTIFIED or f._exception is not None)
            else:
                f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in not_done:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)
    done = set(f for f in fs if _is_done(f))
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yields the futures as they finish (finished ones first)."""
    end = None if timeout is None else _now() + timeout
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter(FIRST_COMPLETED)
    # Sort the futures into done and pending under each one's condition, so
    # that none can finish between the check and the waiter's registration.
    done = []
    pending = set()
    for f in fs:
        with f._condition:
            if _is_done(f):
                done.append(f)
            else:
                f._waiters.append(waiter)
                pending.add(f)
    try:
        for f in done:
            yield f
        while pending:
            remaining = None
            if end is not None:
                remaining = end - _now()
                if remaining < 0:
                    raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            if not waiter.event.wait(remaining):
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), total))
            with waiter.lock:
                finished = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in finished:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class Executor:
    """Base of executors: submit, map, shutdown, context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else _now() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    f = fs.pop()
                    if end is None:
                        yield f.result()
                    else:
                        yield f.result(end - _now())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor_ref, work_queue):
    while True:
        item = work_queue.get()
        if item is None:
            work_queue.put(None)
            return
        item.run()
        del item
        executor_ref._idle.release()


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on up to max_workers threads."""

    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        import os
        import queue
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            # only executors without a prefix of their own use up a number
            thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
            ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _run_worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as e:
                threading._thread._write_stderr(
                    "Exception in initializer:\n" + threading._thread._format_exception(e))
                self._initializer_failed()
                return
        _worker(self, self._work_queue)

    def _initializer_failed(self):
        """Marks the pool broken and fails every call still queued."""
        with self._shutdown_lock:
            self._broken = "A thread initializer failed, the thread pool is not usable anymore"
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except Exception:
                    break
                if item is None:
                    # keep the shutdown signal for the other workers
                    self._work_queue.put(None)
                    break
                if item.future.set_running_or_notify_cancel():
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name="%s_%d" % (self._thread_name_prefix, n), target=self._run_worker)
            t.daemon = False
            t.start()
            self._threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except Exception:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


# Error is the base of the errors above but, as in CPython, not a name the
# package exports.
del Error
