"""Utilities for with-statement contexts."""

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "suppress"]


_GenericAlias = type(list[int])


class _Probe(Exception):
    pass


def _handled_exception():
    """The exception being handled by the caller (sys.exc_info()[1])."""
    try:
        raise _Probe
    except _Probe as probe:
        return probe.__context__


class AbstractContextManager:
    """A base class for context managers: __enter__ returns self."""
    __class_getitem__ = classmethod(_GenericAlias)


    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base class that lets a context manager be used as a decorator: the
    decorated function runs inside the context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = getattr(func, "__name__", "inner")
        inner.__qualname__ = getattr(func, "__qualname__", "inner")
        inner.__doc__ = getattr(func, "__doc__", None)
        inner.__wrapped__ = func
        return inner


class _GeneratorContextManager(ContextDecorator):
    """The context manager made by a @contextmanager function."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # each use as a decorator needs a fresh generator
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # the arguments are only needed to recreate the manager
        del self.args
        del self.kwds
        del self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # the with statement passes instances, but direct calls may not
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # the generator finished: the exception is suppressed unless it
            # was a StopIteration raised in the with body
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # a StopIteration from the body turns into a RuntimeError as it
            # leaves the generator (PEP 479); let the original propagate
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager decorator: turns a generator function that yields
    once into a factory of context managers.  The code before the yield runs
    on entry, the yielded value is bound by `as`, and the code after it runs
    on exit; an exception in the with block is raised at the yield."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, "__name__", "helper")
    helper.__qualname__ = getattr(func, "__qualname__", "helper")
    helper.__doc__ = getattr(func, "__doc__", None)
    helper.__wrapped__ = func
    return helper


class closing(AbstractContextManager):
    """Context to automatically close something at the end of a block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """Context manager that does nothing: __enter__ returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Context manager to suppress the specified exceptions: execution goes
    on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _qualified_type_name(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class ExitStack(AbstractContextManager):
    """Context manager for dynamic management of a stack of exit callbacks,
    which run in reverse order of registration when the stack closes."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Move all callbacks to a new ExitStack and return it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager's __exit__ (given the
        manager) or any callable with the same signature."""
        cls = type(exit)
        exit_method = getattr(cls, "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter the context manager cm and push its __exit__; return the
        result of its __enter__."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit_method = getattr(cls, "__exit__", None)
        if enter is None or exit_method is None:
            raise TypeError("'%s' object does not support the context manager "
                            "protocol" % _qualified_type_name(cls))
        result = enter(cm)
        self._push_exit(cm, exit_method)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit; returns callback."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def _push_exit(self, cm, exit_method):
        def cm_exit(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        cm_exit.__self__ = cm
        self._exit_callbacks.append(cm_exit)

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        received = exc_type is not None
        # the exception the with statement is handling, if any: new
        # exceptions raised by callbacks are linked to it automatically, and
        # their chains are redirected to the exception they really follow
        frame_exc = _handled_exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(exc_type, exc, tb):
                    suppressed = True
                    pending = False
                    exc_type = exc = tb = None
            except BaseException as new_exc:
                _fix_context(new_exc, exc, frame_exc)
                pending = True
                exc_type = type(new_exc)
                exc = new_exc
                tb = new_exc.__traceback__
        if pending:
            fixed = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = fixed
                raise
        return received and suppressed


def _fix_context(new_exc, old_exc, frame_exc):
    # make the chain of new_exc end at old_exc, as if the callbacks had been
    # nested with statements
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc
