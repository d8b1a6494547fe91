"""Higher-order functions and operations on callable objects."""

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
    "partial", "partialmethod", "cached_property", "singledispatch",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


# ------------------------------------------------------------------- wrappers

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned,
    merge the dictionaries named in updated, and set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        source = getattr(wrapped, name, None)
        if not source:
            continue
        if name == "__dict__":
            # merge attribute by attribute: this works whether or not the
            # wrapper exposes a live namespace dictionary
            for key, value in source.items():
                setattr(wrapper, key, value)
        else:
            getattr(wrapper, name).update(source)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) applied to g returns
    update_wrapper(g, f)."""
    def apply(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return apply


# --------------------------------------------------------------------- reduce

def reduce(function, iterable, initial=_MISSING):
    """Apply function of two arguments cumulatively to the items of iterable,
    from left to right, so as to reduce it to a single value."""
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _MISSING:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        acc = initial
    for item in it:
        acc = function(acc, item)
    return acc


# -------------------------------------------------------------------- partial

_GenericAlias = type(list[int])


class partial:
    """New function with partial application of the given arguments and
    keywords."""
    __class_getitem__ = classmethod(_GenericAlias)


    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self = args[0]
        func = args[1]
        args = args[2:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append("%s=%r" % (k, v))
        return "functools.partial(%s)" % ", ".join(parts)


class partialmethod:
    """Method descriptor with partial application of the given arguments and
    keywords; binds like the function it wraps."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        if obj is None:
            target = self.func
            pargs = self.args
            pkw = self.keywords

            def unbound(cls_or_self, /, *args, **keywords):
                kw = dict(pkw)
                kw.update(keywords)
                return target(cls_or_self, *pargs, *args, **kw)
            return unbound
        return partial(self.func, obj, *self.args, **self.keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append("%s=%r" % (k, v))
        return "functools.partialmethod(%s)" % ", ".join(parts)


# ------------------------------------------------------------------ lru_cache

class _CacheInfo:
    """The (hits, misses, maxsize, currsize) record of a cached function;
    compares and unpacks like the tuple it stands for."""

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _astuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self._astuple()

    def __iter__(self):
        return iter(self._astuple())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._astuple()[i]

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._astuple()
        if isinstance(other, tuple):
            return self._astuple() == other
        return NotImplemented

    def __ne__(self, other):
        eq = self.__eq__(other)
        if eq is NotImplemented:
            return eq
        return not eq

    def __hash__(self):
        return hash(self._astuple())

    def _asdict(self):
        return {"hits": self.hits, "misses": self.misses,
                "maxsize": self.maxsize, "currsize": self.currsize}


_CacheInfo.__name__ = "CacheInfo"
_CacheInfo.__qualname__ = "CacheInfo"

# separates positional arguments from keyword items inside a cache key
_KWD_MARK = object()


# a lone argument of one of these exact types is its own key (as in CPython,
# where f(1) and f(1.0) therefore have different keys)
_SELF_KEYED = (int, str)


def _make_key(args, kwds, typed):
    if not kwds and not typed and len(args) == 1:
        if type(args[0]) in _SELF_KEYED:
            return args[0]
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple(type(v) for v in args)
        if kwds:
            key = key + tuple(type(v) for v in kwds.values())
    return key


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]          # hits, misses
    sentinel = _MISSING

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)

    elif maxsize is None:
        def wrapper(*args, **kwds):
            # _make_key's common cases written inline (a call fewer per
            # lookup): positional arguments only, not typed
            if kwds or typed:
                key = _make_key(args, kwds, typed)
            elif len(args) == 1 and type(args[0]) in _SELF_KEYED:
                key = args[0]
            else:
                key = args
            result = cache.get(key, sentinel)
            if result is not sentinel:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result

    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, sentinel)
            if result is not sentinel:
                # most recently used goes to the end of the dict
                del cache[key]
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # a recursive call already stored it
                pass
            else:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = 0
        stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    With maxsize None the cache grows without bound; with typed true,
    arguments of different types are cached separately.  The wrapped function
    gets cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function = maxsize
        wrapper = _lru_wrapper(user_function, 128, typed)
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        return update_wrapper(wrapper, user_function)
    return decorating_function


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# ------------------------------------------------------------- total_ordering

# How each missing operation follows from the root one's result r:
# (derived name, rule(self, other, r)).
_DERIVED = {
    "__lt__": (("__gt__", lambda s, o, r: not r and s != o),
               ("__le__", lambda s, o, r: r or s == o),
               ("__ge__", lambda s, o, r: not r)),
    "__le__": (("__ge__", lambda s, o, r: not r or s == o),
               ("__lt__", lambda s, o, r: r and s != o),
               ("__gt__", lambda s, o, r: not r)),
    "__gt__": (("__lt__", lambda s, o, r: not r and s != o),
               ("__ge__", lambda s, o, r: r or s == o),
               ("__le__", lambda s, o, r: not r)),
    "__ge__": (("__le__", lambda s, o, r: not r or s == o),
               ("__gt__", lambda s, o, r: r and s != o),
               ("__lt__", lambda s, o, r: not r)),
}


def _derived(root, name, rule):
    """The operation `name` computed from the class's `root` operation."""
    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return rule(self, other, r)
    method.__name__ = name
    method.__qualname__ = name
    return method


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods from the one
    (or ones) the class defines."""
    defined = []
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        # defined by the class or a base other than object
        if any(getattr(k, "__dict__", {}).get(op) is not None for k in cls.__mro__[:-1]):
            defined.append(op)
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # prefer __lt__, then __le__, __gt__, __ge__ (the largest name)
    root = max(defined)
    for opname, rule in _DERIVED[root]:
        if opname not in defined:
            setattr(cls, opname, _derived(root, opname, rule))
    return cls


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    """What cmp_to_key() returns: called with an object, it wraps that object
    in a KeyWrapper whose comparisons ask the cmp function."""

    def __init__(self, cmp, obj=_MISSING):
        self._cmp = cmp
        if obj is not _MISSING:
            self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    return KeyWrapper(mycmp)


# ------------------------------------------------------------ cached_property

class cached_property:
    """A property computed once per instance and then kept as an ordinary
    instance attribute."""
    __class_getitem__ = classmethod(_GenericAlias)


    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            # the interpreter may not call __set_name__; the function's own
            # name is the attribute name in the usual decorator form
            name = getattr(self.func, "__name__", None)
            if name is None:
                raise TypeError("Cannot use cached_property instance without "
                                "calling __set_name__ on it.")
        value = self.func(instance)
        setattr(instance, name, value)
        return value


# ------------------------------------------------------------- singledispatch

def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is
    chosen by the type of the first argument."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        impl = dispatch_cache.get(cls)
        if impl is not None:
            return impl
        impl = None
        for base in cls.__mro__:
            if base in registry:
                impl = registry[base]
                break
        if impl is None:
            impl = func
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if not isinstance(cls, type):
                raise TypeError(
                    "Invalid first argument to `register()`. %r is not a class." % (cls,))

            def deco(f):
                register(cls, f)
                return f
            return deco
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper
