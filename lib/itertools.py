"""Functions creating iterators for efficient looping.

Every iterator is an object of its own class (as in CPython) whose
arguments are checked when it is created. All but groupby and tee are
native (runtime/src/itertools.rs, the module _itertools)."""

from _itertools import (
    accumulate, chain, combinations, combinations_with_replacement, compress,
    count, cycle, dropwhile, filterfalse, islice, pairwise, permutations,
    product, repeat, starmap, takewhile, zip_longest,
)

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]


class _Lazy:
    """Base of the iterator classes written in Python: subclasses set
    self._gen or define __next__."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _as_index(x):
    if isinstance(x, int):
        return int(x)
    meth = getattr(type(x), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return meth(x)


# -------------------------------------------------------------------- groupby

class groupby(_Lazy):
    """groupby(iterable, key=None) --> (key, group) pairs for the runs of
    consecutive items with equal keys; a group is valid until the next pair
    is taken."""

    _NONE = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        none = groupby._NONE
        self._tgtkey = none
        self._currkey = none
        self._currvalue = none
        self._current = None      # the group that may still yield

    def _step(self):
        # raises StopIteration at the end of the input
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __next__(self):
        none = groupby._NONE
        self._current = None
        while True:
            if self._currkey is none:
                pass
            elif self._tgtkey is none:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._current = group
        return (self._currkey, group)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        none = groupby._NONE
        if parent._currvalue is none:
            parent._step()
        if not (self._tgtkey == parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = none
        parent._currkey = none
        return value


# ------------------------------------------------------------------------ tee

class _TeeLink:
    """One position in the buffer shared by tee iterators: value is the item
    at this position once fetched, and next the following position."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """One of the independent iterators returned by tee()."""

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """tee(iterable, n=2) --> tuple of n independent iterators over iterable."""
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    if n == 0:
        return ()
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)
