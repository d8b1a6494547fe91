"""Heap queue algorithm (a.k.a. priority queue).

A heap is a list in which heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k for which those children exist; heap[0] is the smallest item.
Only the < operator is used to compare items."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


# The min-heap operations are native (_heapq, runtime/src/heapq.rs, which
# explains the movements). The max-heap helpers below, used by merge and
# nlargest, mirror them with the comparisons reversed:
#
# _bubble_up_max moves the item at position pos towards the root (stopping
# at position top) while it is larger than its parent.
#
# _sink_leaf_max fills the hole at position pos by promoting the larger
# child until the hole reaches a leaf, puts the displaced item there, and
# lets it bubble back up.

from _heapq import heappush, heappop, heapreplace, heappushpop, heapify


def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_leaf_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, start, pos)


def _heappop_max(heap):
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_leaf_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_leaf_max(heap, 0)
    return largest


def _heapify_max(x):
    for i in range(len(x) // 2 - 1, -1, -1):
        _sink_leaf_max(x, i)


# --------------------------------------------------------------------- merge

def merge(*iterables, key=None, reverse=False):
    """Merge several sorted inputs into one sorted output (lazily).

    Equal items come out in the order of the inputs that hold them; key and
    reverse mean what they mean to sorted()."""
    # each heap entry is [sort key, input number, current item, iterator];
    # the input number breaks ties, so items themselves are never compared
    # unless their keys are equal and come from the same input
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for first in it:
            k = first if key is None else key(first)
            entries.append(_MergeEntry(k, order, first, it, reverse))
            break
    heapify(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry.item
        advanced = False
        for nxt in entry.it:
            entry.item = nxt
            entry.key = nxt if key is None else key(nxt)
            advanced = True
            break
        if advanced:
            heapreplace(entries, entry)
        else:
            heappop(entries)
    if entries:
        entry = entries[0]
        yield entry.item
        for item in entry.it:
            yield item


class _MergeEntry:
    def __init__(self, key, order, item, it, reverse):
        self.key = key
        self.order = order
        self.item = item
        self.it = it
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            if other.key < self.key:
                return True
            if self.key < other.key:
                return False
        else:
            if self.key < other.key:
                return True
            if other.key < self.key:
                return False
        return self.order < other.order


# ------------------------------------------------------ nsmallest / nlargest

class _Ranked:
    """An item with its sort key and its position in the input, ordered by
    key and then position (so that ties keep their input order)."""

    def __init__(self, key, pos, item):
        self.key = key
        self.pos = pos
        self.item = item


class _Low(_Ranked):
    # for nsmallest: a max-heap of the n best, so "less" means "worse"
    def __lt__(self, other):
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.pos < other.pos


class _High(_Ranked):
    # for nlargest: larger keys rank first, earlier positions win ties
    def __lt__(self, other):
        if self.key < other.key:
            return True
        if other.key < self.key:
            return False
        return self.pos > other.pos


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n == 1:
        sentinel = object()
        if key is None:
            result = min(iterable, default=sentinel)
        else:
            result = min(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except TypeError:
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # keep a max-heap (by key, then position) of the n smallest seen so far
    heap = []
    pos = 0
    for item in iterable:
        k = item if key is None else key(item)
        entry = _Low(k, pos, item)
        pos += 1
        if len(heap) < n:
            heap.append(entry)
            if len(heap) == n:
                _heapify_max(heap)
        elif entry < heap[0]:
            _heapreplace_max(heap, entry)
    heap.sort()
    return [e.item for e in heap]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        sentinel = object()
        if key is None:
            result = max(iterable, default=sentinel)
        else:
            result = max(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except TypeError:
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # keep a min-heap of the n largest seen so far: the root is the worst
    heap = []
    pos = 0
    for item in iterable:
        k = item if key is None else key(item)
        entry = _High(k, pos, item)
        pos += 1
        if len(heap) < n:
            heap.append(entry)
            if len(heap) == n:
                heapify(heap)
        elif heap[0] < entry:
            heapreplace(heap, entry)
    heap.sort(reverse=True)
    return [e.item for e in heap]
