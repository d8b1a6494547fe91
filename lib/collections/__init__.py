"""Container datatypes: deque, defaultdict, OrderedDict, Counter,
namedtuple, ChainMap, UserDict and UserList."""

import sys as _sys

from collections.abc import (Mapping as _Mapping, MutableMapping as _MutableMapping,
                             MutableSequence as _MutableSequence, _isinstance as _abc_isinstance)
import collections.abc as abc

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList",
           "defaultdict", "deque", "namedtuple"]

# ids of the containers whose repr is being built (to print `...` for
# self-references)
_repr_running = set()


def _is_mapping(obj):
    return isinstance(obj, (dict, _Mapping)) or _abc_isinstance(obj, _Mapping)


# ----------------------------------------------------------------------- deque

# Native (runtime/src/types/deque.rs): a ring buffer, safe to share between
# threads.
from _collections import deque

_NATIVE_SEQUENCES = (list, tuple, range, str)

_MutableSequence.register(deque)


# ----------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """dict whose missing keys are filled in by calling default_factory."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = "None"
        elif id(factory) in _repr_running:
            frepr = "..."
        else:
            _repr_running.add(id(factory))
            try:
                frepr = repr(factory)
            finally:
                _repr_running.discard(id(factory))
        key = id(self)
        if key in _repr_running:
            body = "{...}"
        else:
            _repr_running.add(key)
            try:
                body = dict.__repr__(self)
            finally:
                _repr_running.discard(key)
        return "%s(%s, %s)" % (type(self).__name__, frepr, body)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ----------------------------------------------------------------- OrderedDict

def _dict_eq(a, b):
    """Plain dict equality of two dicts (or dict subclasses)."""
    return dict(a) == dict(b)


class OrderedDict(dict):
    """dict that remembers insertion order, with order-aware equality,
    move_to_end() and popitem(last=)."""

    def __init__(self, other=(), /, **kwds):
        super().__init__()
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        if not dict.__len__(self):
            raise KeyError("dictionary is empty")
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        if not dict.__contains__(self, key):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            body = repr(list(self.items()))
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__name__, body)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not _dict_eq(self, other):
                return False
            for a, b in zip(self, other):
                if not (a is b or a == b):
                    return False
            return True
        if isinstance(other, dict):
            return _dict_eq(self, other)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __reduce__(self):
        return (self.__class__, (), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# --------------------------------------------------------------------- Counter

def _count_of(item):
    return item[1]


class Counter(dict):
    """dict subclass counting hashable items: missing keys count 0."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n <= 0:
            return []
        return ordered[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            try:
                d = dict(self.most_common())
            except TypeError:
                d = dict(self)
            body = repr(d)
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__name__, body)

    # multiset comparisons (missing elements count as zero); against other
    # dicts, plain dict equality (what CPython's fallback to dict.__eq__
    # gives, which Morel does not do after NotImplemented from a dict
    # subclass)
    def __eq__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return _dict_eq(self, other)
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] == other[e]:
                    return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return not _dict_eq(self, other)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] <= other[e]:
                    return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for c in (self, other):
            for e in c:
                if not self[e] >= other[e]:
                    return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # multiset arithmetic (results keep only positive counts)
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count + other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            n = count - other[elem]
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            n = theirs if count < theirs else count
            if n > 0:
                result[elem] = n
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            theirs = other[elem]
            n = count if count < theirs else theirs
            if n > 0:
                result[elem] = n
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            theirs = other[elem]
            if theirs < count:
                self[elem] = theirs
        return self._keep_positive()


# ------------------------------------------------------------------ namedtuple

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield"])


def _and_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _field_getter(index):
    def get(self):
        return tuple.__getitem__(self, index)
    return get


def _field_set(self, value):
    raise AttributeError("can't set attribute")


def _field_del(self):
    raise AttributeError("can't delete attribute")


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return "__main__"


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose fields can be read as attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(n) for n in field_names]
    typename = str(typename)
    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[i] = "_%d" % i
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid "
                             "identifiers: %r" % (name,))
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a "
                             "keyword: %r" % (name,))
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r"
                             % (name,))
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % (name,))
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    field_defaults = {}
    default_values = ()
    if defaults is not None:
        default_values = tuple(defaults)
        if len(default_values) > nfields:
            raise TypeError("Got more default values than field names")
        for name, value in zip(fields[nfields - len(default_values):], default_values):
            field_defaults[name] = value
    nrequired = nfields - len(default_values)
    qualname = typename + ".__new__"

    def bind(args, kwargs):
        values = list(args[:nfields])
        for key in kwargs:
            if key in fields:
                i = fields.index(key)
                if i < len(args):
                    raise TypeError("%s() got multiple values for argument '%s'"
                                    % (qualname, key))
            else:
                raise TypeError("%s() got an unexpected keyword argument '%s'"
                                % (qualname, key))
        if len(args) > nfields:
            if nrequired == nfields:
                raise TypeError("%s() takes %d positional argument%s but %d %s given"
                                % (qualname, nfields + 1, "" if nfields == 0 else "s",
                                   len(args) + 1, "was" if len(args) == 0 else "were"))
            raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                            % (qualname, nrequired + 1, nfields + 1, len(args) + 1))
        missing = []
        for i in range(len(args), nfields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (qualname, len(missing), "" if len(missing) == 1 else "s",
                               _and_list(missing)))
        return values

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == nfields:
            return tuple.__new__(_cls, args)
        return tuple.__new__(_cls, bind(args, kwargs))

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != nfields:
            raise TypeError("Expected %d arguments, got %d" % (nfields, len(result)))
        return result

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(fields, self):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        if kwds:
            raise ValueError("Got unexpected field names: %r" % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        parts = []
        for name, value in zip(fields, self):
            parts.append("%s=%r" % (name, value))
        return "%s(%s)" % (self.__class__.__name__, ", ".join(parts))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__module__": module if module is not None else _caller_module(),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__match_args__": fields,
        "__new__": __new__,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__slots__": (),
    }
    for index, name in enumerate(fields):
        ns[name] = property(_field_getter(index), _field_set, _field_del,
                            "Alias for field number %d" % index)
    cls = type(typename, (tuple,), ns)
    return cls


# -------------------------------------------------------------------- ChainMap

class ChainMap(_MutableMapping):
    """Several mappings searched in order as one; writes go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __len__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                seen.add(key)
        return len(seen)

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            body = ", ".join([repr(m) for m in self.maps])
        finally:
            _repr_running.discard(key)
        return "%s(%s)" % (type(self).__name__, body)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: %r" % (key,)) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# -------------------------------------------------------- UserDict / UserList

class UserDict(_MutableMapping):
    """A dict wrapper (in .data) meant to be subclassed."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data.update(other.data)
        else:
            self.data.update(other)
        return self

    def __copy__(self):
        inst = self.__class__()
        inst.data = self.data.copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        return self.__copy__()

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list wrapper (in .data) meant to be subclassed."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__()
        inst.data = self.data[:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        elif type(other) in _NATIVE_SEQUENCES:
            self.data.extend(other)
        else:
            for item in other:
                self.data.append(item)
