"""Shallow and deep copy operations.

copy(x) returns a shallow copy of x; deepcopy(x) a deep one, which copies
shared and cyclic structures once, keeping their sharing.  A class can take
over with __copy__(self) and __deepcopy__(self, memo), with
__getstate__/__setstate__, or with __reduce_ex__/__reduce__."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _noop():
    pass


_FunctionType = type(_noop)
_BuiltinType = type(len)
_NoneType = type(None)

# objects of these types are their own copies
_ATOMIC = {
    _NoneType, int, float, bool, str, type, range, _FunctionType, _BuiltinType,
    type(Ellipsis), type(NotImplemented), property,
}
try:
    _ATOMIC.add(complex)
except NameError:
    pass
try:
    _ATOMIC.add(bytes)
except NameError:
    pass


def _is_atomic(x):
    return type(x) in _ATOMIC or isinstance(x, type)


def _no_init(self, *args, **kwargs):
    pass


def _blank_instance(cls):
    """An instance of cls whose __init__ has not run."""
    new = getattr(cls, "__new__", None)
    if new is not None:
        return new(cls)
    # Without object.__new__, call the class with an __init__ that does
    # nothing in place of its own, then put the class back as it was.
    own = cls.__dict__
    had_own = "__init__" in own
    saved = own.get("__init__")
    cls.__init__ = _no_init
    try:
        obj = cls()
    finally:
        if had_own:
            cls.__init__ = saved
        else:
            del cls.__init__
    return obj


def _user_method(cls, name):
    """cls's method called name, or None when the class has only object's."""
    meth = getattr(cls, name, None)
    if meth is None or meth is getattr(object, name, None):
        return None
    return meth


def _instance_state(x):
    getstate = _user_method(type(x), "__getstate__")
    if getstate is not None:
        return getstate(x)
    try:
        d = x.__dict__
    except AttributeError:
        return None
    return d if d else None


def _set_state(y, state):
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        for key, value in state.items():
            object.__setattr__(y, key, value)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _has_instance_dict(x):
    try:
        x.__dict__
    except AttributeError:
        return False
    return True


def _reduce(x):
    """The reduce value of x: (callable, args[, state[, listitems[, dictitems]]])
    or a string, or None when x cannot be reduced."""
    cls = type(x)
    reductor = _user_method(cls, "__reduce_ex__")
    if reductor is not None:
        return reductor(x, 4)
    reductor = _user_method(cls, "__reduce__")
    if reductor is not None:
        return reductor(x)
    if isinstance(x, BaseException):
        return (cls, tuple(x.args), _instance_state(x))
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), _instance_state(x))
    if _has_instance_dict(x):
        # subclasses of list and dict carry their items along
        listitems = iter(x) if isinstance(x, list) else None
        dictitems = iter(x.items()) if isinstance(x, dict) else None
        return (_blank_instance, (cls,), _instance_state(x), listitems, dictitems)
    return None


def _uncopyable(cls, deep):
    # what object.__reduce_ex__ says about objects it cannot reduce
    return TypeError("cannot pickle '%s' object" % cls.__name__)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = _user_method(cls, "__copy__")
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if rv is None:
        raise _uncopyable(cls, False)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a cycle through this tuple may already have made its copy
        if key in memo:
            return memo[key]
        same = True
        for a, b in zip(items, x):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    else:
        copier = _user_method(cls, "__deepcopy__")
        if copier is not None:
            y = copier(x, memo)
        else:
            rv = _reduce(x)
            if rv is None:
                raise _uncopyable(cls, True)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # the originals stay alive while the memo is in use, so that their ids
    # cannot be reused by new objects during the copy
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y
