"""Abstract base classes for containers (collections.abc).

Each ABC is a class: subclassing one gives its mixin methods and makes
instantiation fail while abstract methods remain.  isinstance() and
issubclass() go through ABCMeta's hooks: registrations, the structural
checks (__subclasshook__) and, for instances of builtin types, probes that
try the operation (`_isinstance(x, ABC)` gives the same answer).
"""

from abc import ABC, ABCMeta, abstractmethod, _note_abc, _abc_instancecheck, _instance_probes

_GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
           "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
           "Reversible", "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
           "KeysView", "ItemsView", "ValuesView", "Sequence",
           "MutableSequence", "ByteString"]

def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            ns = B.__dict__
            if method in ns:
                if ns[method] is None:
                    return NotImplemented
                break
        else:
            if not hasattr(C, method):
                return NotImplemented
    return True


def _protocol(*methods):
    """Class decorator: the ABC recognises, structurally, any class whose MRO
    defines `methods` (its `__subclasshook__`; subclasses of the ABC do not
    inherit the structural check)."""
    def decorate(abc):
        def __subclasshook__(cls, C):
            if cls is abc:
                return _check_methods(C, *methods)
            return NotImplemented
        abc.__subclasshook__ = classmethod(__subclasshook__)
        return abc
    return decorate


def _isinstance(obj, abc_cls):
    """isinstance(obj, abc_cls) as CPython answers it (registrations and
    structural checks included)."""
    if _abc_instancecheck(abc_cls, obj):
        return True
    probe = _BUILTIN_PROBES.get(abc_cls)
    if probe is not None:
        for klass in type(obj).__mro__:
            if klass is not object and klass.__module__ == "builtins":
                return probe(obj)
    return False


# Morel's builtin types do not list all their slots (__hash__, __call__,
# __next__, __reversed__) as attributes; for instances of builtin types and
# their subclasses these ABCs are answered by trying the operation.
def _probe_hash(obj):
    try:
        hash(obj)
    except TypeError:
        return False
    return True


def _probe_iter(obj):
    try:
        iter(obj)
    except TypeError:
        return False
    return True


def _probe_iterator(obj):
    try:
        return iter(obj) is obj
    except TypeError:
        return False


def _probe_reversed(obj):
    if not _probe_iter(obj):
        return False
    try:
        reversed(obj)
    except TypeError:
        return False
    return True


def _probe_generator(obj):
    return type(obj).__name__ == "generator"


# ------------------------------------------------------------- one-trick ponies

@_protocol("__hash__")
class Hashable(ABC):
    @abstractmethod
    def __hash__(self):
        return 0


@_protocol("__await__")
class Awaitable(ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __await__(self):
        yield


@_protocol("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")


@_protocol("__aiter__")
class AsyncIterable(ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


@_protocol("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    def __anext__(self):
        return self.asend(None)

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def aclose(self):
        return self.athrow(GeneratorExit)


@_protocol("__iter__")
class Iterable(ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


@_protocol("__iter__", "__next__")
class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_protocol("__reversed__", "__iter__")
class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


@_protocol("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")


@_protocol("__len__")
class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0


@_protocol("__contains__")
class Container(ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        return False


@_protocol("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    """A sized, iterable container."""


@_protocol("__call__")
class Callable(ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# ------------------------------------------------------------------------ sets

class Set(Collection):
    """A finite, iterable container with set comparisons and operators
    (subclasses supply __contains__, __iter__ and __len__)."""

    def __le__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    __hash__ = None

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not _is_iterable(other):
            return NotImplemented
        return self._from_iterable([value for value in other if value in self])

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not _is_iterable(other):
            return NotImplemented
        chain = [e for e in self]
        for e in other:
            chain.append(e)
        return self._from_iterable(chain)

    __ror__ = __or__

    def __sub__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in self
                                    if value not in other])

    def __rsub__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable([value for value in other
                                    if value not in self])

    def __xor__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        MAX = 9223372036854775807
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


def _is_set(obj):
    return isinstance(obj, (set, frozenset, Set)) or _isinstance(obj, Set)


def _is_iterable(obj):
    try:
        iter(obj)
    except TypeError:
        return False
    return True


class MutableSet(Set):
    """A mutable set (subclasses also supply add and discard)."""

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in [v for v in self if v not in it]:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not _is_set(it):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# -------------------------------------------------------------------- mappings

class Mapping(Collection):
    """A read-only mapping (subclasses supply __getitem__, __iter__ and
    __len__)."""

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None


def _is_mapping(obj):
    return isinstance(obj, (dict, Mapping)) or _isinstance(obj, Mapping)


class MappingView(Sized):
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class _Marker:
    pass


_MARKER = _Marker()


class MutableMapping(Mapping):
    """A mutable mapping (subclasses also supply __setitem__ and
    __delitem__)."""

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MARKER):
        try:
            value = self[key]
        except KeyError:
            if default is _MARKER:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

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

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ------------------------------------------------------------------- sequences

class Sequence(Reversible, Collection):
    """A read-only sequence (subclasses supply __getitem__ and __len__)."""

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        n = 0
        for v in self:
            if v is value or v == value:
                n += 1
        return n


class ByteString(Sequence):
    pass


class MutableSequence(Sequence):
    """A mutable sequence (subclasses also supply __setitem__, __delitem__
    and insert)."""

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---------------------------------------------------- registrations and lineage

for _cls in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator,
             AsyncGenerator, Iterable, Iterator, Reversible, Generator, Sized,
             Container, Collection, Callable, Set, MutableSet, Mapping,
             MappingView, KeysView, ItemsView, ValuesView, MutableMapping,
             Sequence, ByteString, MutableSequence):
    _note_abc(_cls)

_BUILTIN_PROBES = {
    Hashable: _probe_hash,
    Callable: callable,
    Iterable: _probe_iter,
    Iterator: _probe_iterator,
    Reversible: _probe_reversed,
    Generator: _probe_generator,
}
_instance_probes.update(_BUILTIN_PROBES)

ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(bytearray)

MutableSet.register(set)
Set.register(frozenset)
MutableMapping.register(dict)
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
MutableSequence.register(list)
del _cls
