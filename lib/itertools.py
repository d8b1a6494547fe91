"""Functions creating iterators for efficient looping.

Every iterator here is an object of its own class (as in CPython) whose
arguments are checked when it is created; most keep their state in a
private generator that does the work lazily."""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]


_NO_ARG = object()


class _Lazy:
    """Base of the iterator classes: subclasses set self._gen."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    cls = type(x)
    for name in ("__index__", "__int__", "__float__", "__complex__"):
        if hasattr(cls, name):
            return True
    return False


def _as_index(x):
    if isinstance(x, int):
        return int(x)
    meth = getattr(type(x), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return meth(x)


# ---------------------------------------------------------- infinite iterators

class count(_Lazy):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __next__(self):
        v = self._value
        self._value = v + self._step
        return v

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "count(%r)" % (self._value,)
        return "count(%r, %r)" % (self._value, step)


class cycle(_Lazy):
    """cycle(iterable) --> the items of iterable, then the same again, forever."""

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    def _run(self, it):
        saved = []
        for item in it:
            yield item
            saved.append(item)
        if not saved:
            return
        while True:
            for item in saved:
                yield item


class repeat(_Lazy):
    """repeat(object [,times]) --> object, times times or forever."""

    def __init__(self, object=_NO_ARG, times=None):
        if object is _NO_ARG:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = object
        if times is None:
            self._left = -1
        else:
            times = _as_index(times)
            self._left = times if times > 0 else 0

    def __next__(self):
        if self._left == 0:
            raise StopIteration
        if self._left > 0:
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return "repeat(%r)" % (self._object,)
        return "repeat(%r, %d)" % (self._object, self._left)


# ------------------------------------------ iterators over the shortest input

def _plus(a, b):
    return a + b


class accumulate(_Lazy):
    """accumulate(iterable, func=operator.add, *, initial=None) --> running
    totals (or running results of func)."""

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), _plus if func is None else func, initial)

    def _run(self, it, func, total):
        if total is None:
            for total in it:
                break
            else:
                return
        yield total
        for item in it:
            total = func(total, item)
            yield total


class chain(_Lazy):
    """chain(*iterables) --> the items of the first iterable, then of the
    second, and so on."""

    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    def _run(self, sources):
        for source in sources:
            for item in source:
                yield item

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> like chain(*iterable), but lazy
        in the outer iterable too."""
        obj = cls()
        obj._gen = obj._run(iter(iterable))
        return obj


class compress(_Lazy):
    """compress(data, selectors) --> the items of data whose selector is true."""

    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    def _run(self, data, selectors):
        for item in data:
            for sel in selectors:
                break
            else:
                return
            if sel:
                yield item


class dropwhile(_Lazy):
    """dropwhile(predicate, iterable) --> the items of iterable, starting at
    the first one for which predicate is false."""

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    def _run(self, predicate, it):
        for item in it:
            if not predicate(item):
                yield item
                break
        for item in it:
            yield item


class takewhile(_Lazy):
    """takewhile(predicate, iterable) --> the items of iterable as long as
    predicate is true for them."""

    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    def _run(self, predicate, it):
        for item in it:
            if predicate(item):
                yield item
            else:
                return


class filterfalse(_Lazy):
    """filterfalse(function or None, iterable) --> the items of iterable for
    which function(item) (or item itself, for None) is false."""

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    def _run(self, function, it):
        if function is None:
            for item in it:
                if not item:
                    yield item
        else:
            for item in it:
                if not function(item):
                    yield item


class starmap(_Lazy):
    """starmap(function, iterable) --> function(*a) for each a in iterable."""

    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    def _run(self, function, it):
        for args in it:
            if type(args) is not tuple:
                args = tuple(args)
            yield function(*args)


class pairwise(_Lazy):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    def _run(self, it):
        for prev in it:
            break
        else:
            return
        for item in it:
            yield (prev, item)
            prev = item


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_INDICES = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_STEP = "Step for islice() must be a positive integer or None."


def _islice_int(x, message):
    if x is None:
        return None
    try:
        v = _as_index(x)
    except TypeError:
        raise ValueError(message) from None
    if v < 0 or v > _sys.maxsize:
        raise ValueError(message)
    return v


class islice(_Lazy):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) -->
    the selected items of iterable, like a slice of a list."""

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if n > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
        if n == 1:
            start = 0
            stop = _islice_int(args[0], _ISLICE_STOP)
            step = 1
        else:
            start = args[0]
            stop = args[1]
            step = args[2] if n == 3 else None
            if start is not None:
                start = _islice_int(start, _ISLICE_INDICES)
            else:
                start = 0
            stop = _islice_int(stop, _ISLICE_STOP)
            if step is None:
                step = 1
            else:
                try:
                    step = _as_index(step)
                except TypeError:
                    raise ValueError(_ISLICE_STEP) from None
                if step < 1:
                    raise ValueError(_ISLICE_STEP)
        self._gen = self._run(iter(iterable), start, stop, step)

    def _run(self, it, start, stop, step):
        seen = 0
        wanted = start
        while True:
            while seen < wanted:
                for _ in it:
                    break
                else:
                    return
                seen += 1
            if stop is not None and seen >= stop:
                return
            for item in it:
                break
            else:
                return
            seen += 1
            wanted += step
            if stop is not None and wanted > stop:
                wanted = stop
            yield item


class zip_longest(_Lazy):
    """zip_longest(*iterables, fillvalue=None) --> tuples of one item from
    each iterable, padded with fillvalue until the longest is exhausted."""

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(x) for x in iterables], fillvalue)

    def _run(self, iters, fillvalue):
        n = len(iters)
        if n == 0:
            return
        live = n
        done = [False] * n
        while True:
            row = []
            for i in range(n):
                if done[i]:
                    row.append(fillvalue)
                    continue
                for item in iters[i]:
                    row.append(item)
                    break
                else:
                    live -= 1
                    if live == 0:
                        return
                    done[i] = True
                    row.append(fillvalue)
            yield tuple(row)


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


# ------------------------------------------------------ combinatoric iterators

class product(_Lazy):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples, in
    lexicographic order of positions."""

    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(x) for x in iterables] * repeat
        self._gen = self._run(pools)

    def _run(self, pools):
        n = len(pools)
        for pool in pools:
            if not pool:
                return
        idx = [0] * n
        current = [pool[0] for pool in pools]
        while True:
            yield tuple(current)
            i = n - 1
            while i >= 0:
                idx[i] += 1
                if idx[i] < len(pools[i]):
                    current[i] = pools[i][idx[i]]
                    break
                idx[i] = 0
                current[i] = pools[i][0]
                i -= 1
            if i < 0:
                return


def _r_arg(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Lazy):
    """permutations(iterable, r=None) --> r-length tuples of distinct
    positions, in lexicographic order of positions."""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            r = _r_arg(r)
        self._gen = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if r > n:
            return
        idx = list(range(r))
        used = [False] * n
        for i in idx:
            used[i] = True
        while True:
            yield tuple(pool[i] for i in idx)
            # find the rightmost position that can take a larger unused index
            pos = r - 1
            while pos >= 0:
                cur = idx[pos]
                used[cur] = False
                nxt = cur + 1
                while nxt < n and used[nxt]:
                    nxt += 1
                if nxt < n:
                    idx[pos] = nxt
                    used[nxt] = True
                    # refill the positions after it with the smallest unused
                    cand = 0
                    for j in range(pos + 1, r):
                        while used[cand]:
                            cand += 1
                        idx[j] = cand
                        used[cand] = True
                    break
                pos -= 1
            if pos < 0:
                return


class combinations(_Lazy):
    """combinations(iterable, r) --> r-length tuples of increasing
    positions, in lexicographic order."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _r_arg(r)
        self._gen = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if r > n:
            return
        idx = list(range(r))
        while True:
            yield tuple(pool[i] for i in idx)
            pos = r - 1
            while pos >= 0 and idx[pos] == pos + n - r:
                pos -= 1
            if pos < 0:
                return
            idx[pos] += 1
            for j in range(pos + 1, r):
                idx[j] = idx[j - 1] + 1


class combinations_with_replacement(_Lazy):
    """combinations_with_replacement(iterable, r) --> r-length tuples of
    non-decreasing positions, in lexicographic order."""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _r_arg(r)
        self._gen = self._run(pool, r)

    def _run(self, pool, r):
        n = len(pool)
        if n == 0 and r > 0:
            return
        idx = [0] * r
        while True:
            yield tuple(pool[i] for i in idx)
            pos = r - 1
            while pos >= 0 and idx[pos] == n - 1:
                pos -= 1
            if pos < 0:
                return
            v = idx[pos] + 1
            for j in range(pos, r):
                idx[j] = v
