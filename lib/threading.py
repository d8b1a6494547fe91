"""Threads that run in parallel (Morel has no global interpreter lock).

Built on the `_thread` module: OS threads, `lock` and `RLock` objects whose
waits do not hold up the garbage collector.
"""

import _thread
import sys as _sys

__all__ = [
    "get_ident", "get_native_id", "active_count", "activeCount", "Condition",
    "current_thread", "currentThread", "enumerate", "main_thread", "TIMEOUT_MAX",
    "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
    "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
    "setprofile", "settrace", "local", "stack_size", "excepthook",
]

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
RLock = _thread.RLock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
_allocate_lock = _thread.allocate_lock


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


# ---------------------------------------------------------------------------
# Condition

class Condition:
    """Waiting for a state change announced by another thread.

    Each waiter parks on a lock of its own that it holds twice; notify
    releases the waiter's lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.release()

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        lock = self._lock
        if hasattr(lock, "_is_owned"):
            return lock._is_owned()
        if lock.acquire(False):
            lock.release()
            return False
        return True

    def _release_all(self):
        lock = self._lock
        if hasattr(lock, "_release_save"):
            return lock._release_save()
        lock.release()
        return None

    def _restore(self, saved):
        lock = self._lock
        if saved is not None and hasattr(lock, "_acquire_restore"):
            lock._acquire_restore(saved)
        else:
            lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_all()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if end is None:
                    end = _time() + remaining
                else:
                    remaining = end - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


def _time():
    import time
    return time.monotonic()


# ---------------------------------------------------------------------------
# Semaphores, Event, Barrier

class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads can wait to become true."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s.%s at %#x: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait(timeout)
            return flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        # CPython 3.11 accepts any number of parties (3.12 added a check).
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0          # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %#x: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# ---------------------------------------------------------------------------
# Threads

_registry_lock = Lock()
_active = {}             # ident -> Thread, for started threads that are alive
_counter = 0


def _new_name(template):
    global _counter
    with _registry_lock:
        _counter += 1
        n = _counter
    return template % n


class _ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return ("ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % (self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def ExceptHookArgs(args):
    return _ExceptHookArgs(*args)


def excepthook(args):
    """Prints an exception raised by Thread.run() as CPython does."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    text = _thread._format_exception(args.exc_value)
    _thread._write_stderr("Exception in thread %s:\n%s" % (name, text))


__excepthook__ = excepthook


class Thread:
    """A Python function running on its own OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _new_name("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = Condition(Lock())
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _registry_lock:
            _limbo[id(self)] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[id(self)]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self
            _limbo.pop(id(self), None)
        _current.thread = self
        self._started.set()
        try:
            self.run()
        except BaseException as e:
            hook = excepthook
            try:
                hook(_ExceptHookArgs(type(e), e, e.__traceback__, self))
            except BaseException as e2:
                _thread._write_stderr("Exception in threading.excepthook:\n")
                _thread._write_stderr(_thread._format_exception(e2))
        finally:
            # Leave the registry before waking joiners, so that a thread that
            # has been joined no longer counts in active_count()/enumerate().
            with _registry_lock:
                if _active.get(self._ident) is self:
                    del _active[self._ident]
            with self._done:
                self._is_stopped = True
                self._done.notify_all()
            # Last: nothing after this may touch thread-local data (or
            # current_thread(), which would register a dummy thread).
            _local_forget()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        with self._done:
            if timeout is None:
                while not self._is_stopped:
                    self._done.wait()
            else:
                self._done.wait_for(lambda: self._is_stopped, max(timeout, 0))

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


_limbo = {}


class Timer(Thread):
    """Calls a function after `interval` seconds unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly."""

    def __init__(self):
        Thread.__init__(self, name=_new_name("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# ---------------------------------------------------------------------------
# Thread-local data

class _local:
    """Attributes that each thread sees its own copy of.

    Each thread's attributes live in a dict of their own, keyed by the
    thread's serial number (`_thread._serial()`, never reused). A subclass's
    __init__ runs again, with the constructor's arguments, the first time
    another thread touches the object.
    """

    __module__ = "_thread"

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__state", ({}, args, kw, _thread._serial()))
        return self

    def _local__dict(self):
        state = object.__getattribute__(self, "_local__state")
        dicts = state[0]
        key = _thread._serial()
        d = dicts.get(key)
        if d is None:
            d = {}
            dicts[key] = d
            _local_touched.setdefault(key, []).append(dicts)
            if key != state[3] and type(self).__init__ is not object.__init__:
                type(self).__init__(self, *state[1], **state[2])
        return d

    def _local__missing(self, name):
        # CPython names the base class by its full C name.
        cls = type(self)
        label = "_thread._local" if cls is _local else cls.__name__
        return AttributeError("'%s' object has no attribute '%s'" % (label, name))

    def __getattribute__(self, name):
        if name == "__dict__":
            return _local._local__dict(self)
        if name.startswith("_local__"):
            return object.__getattribute__(self, name)
        d = _local._local__dict(self)
        cls = type(self)
        attr = None
        for klass in cls.__mro__:
            if name in klass.__dict__:
                attr = klass.__dict__[name]
                break
        if attr is not None and hasattr(type(attr), "__set__"):
            return object.__getattribute__(self, name)
        if name in d:
            return d[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            raise _local._local__missing(self, name) from None

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % type(self).__name__)
        for klass in type(self).__mro__:
            if name in klass.__dict__:
                attr = klass.__dict__[name]
                if hasattr(type(attr), "__set__"):
                    return object.__setattr__(self, name, value)
                break
        _local._local__dict(self)[name] = value

    def __delattr__(self, name):
        d = _local._local__dict(self)
        if name in d:
            del d[name]
        else:
            raise _local._local__missing(self, name)


local = _local

# serial -> the per-object dicts of every local that thread has used, so
# that a Thread's values can be dropped when it ends (see _local_forget).
_local_touched = {}


def _local_forget():
    """Drops the calling thread's values from every local it has used."""
    key = _thread._serial()
    for dicts in _local_touched.pop(key, ()):
        dicts.pop(key, None)


_current = local()


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _current.thread
    except AttributeError:
        pass
    t = _active.get(get_ident())
    if t is None:
        t = _DummyThread()
    _current.thread = t
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _registry_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Waits for every non-daemon thread (called when the main program ends)."""
    _main_thread._is_stopped = True
    while True:
        with _registry_lock:
            pending = [t for t in _active.values()
                       if t is not _main_thread and not t._daemonic and not isinstance(t, _DummyThread)]
        pending += [t for t in list(_limbo.values()) if not t._daemonic]
        if not pending:
            return
        for t in pending:
            if t._started.is_set():
                t.join()


_main_thread = _MainThread()
_current.thread = _main_thread
