//! The native iterators of `itertools`, as the module `_itertools` that
//! lib/itertools.py re-exports: count, repeat, cycle, chain, islice,
//! accumulate, starmap, takewhile, dropwhile, filterfalse, compress,
//! pairwise, zip_longest, product, permutations, combinations and
//! combinations_with_replacement (groupby and tee stay in Python).
//!
//! Every iterator is an `ItertoolsObj`: one Rust type, hence one vtable,
//! which `ops::next` tests for directly (and `ops::iter` finds among the
//! registered iterator types), whose `state` says which iterator it is; its
//! Python class (`itertools.chain`, ...) is the one of its kind. Arguments are checked as CPython 3.11 checks them, with
//! its messages, and each iterator is exactly as lazy as CPython's: the
//! combinatoric ones read their inputs into tuples when made, the others
//! take an item from an input only when they need it.
//!
//! Concurrency: an iterator may be shared between threads. The ones that
//! run Python code in `next` (chain, islice, ...) keep their state in cells
//! whose racing updates may repeat or skip items but never reach outside an
//! object; like the builtin iterators (`types/iter.rs`) they take no lock.
//! The ones whose state is several indices that must agree (the
//! combinatoric iterators), and count, repeat and cycle, update it under
//! the object's lock when it is shared (`object::lock_if_shared`), and run
//! no Python code while they hold it.

use crate::builtins::make_classmethod;
use crate::call::call;
use crate::methods::kwarg;
use crate::object::{alloc_obj, barrier, downcast, lock_if_shared, ObjHeader, ValueArray};
use crate::types::class::{as_instance, class_of, native_of, new_class, new_instance, type_name, ClassObj, Layout, NativeFn};
use crate::types::function::{new_builtin, new_module};
use crate::types::int::{int_from_i64, is_intlike, to_i64};
use crate::types::list::{list_obj, new_list_obj, ListObj};
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::{new_tuple, tuple_items, TupleObj};
use crate::{classes, ops, raise, PyResult};
use morel_heap::{GcHeader, Tracer, Value, FLAG_SHARED};
use std::cell::Cell;
use std::sync::atomic::Ordering;
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

type Next = PyResult<Option<Value>>;

/// The iterator kinds, in the order of `NAMES`.
#[derive(Clone, Copy)]
enum Kind {
    Count,
    Repeat,
    Cycle,
    Chain,
    ISlice,
    Accumulate,
    StarMap,
    TakeWhile,
    DropWhile,
    FilterFalse,
    Compress,
    Pairwise,
    ZipLongest,
    Product,
    Permutations,
    Combinations,
    CombinationsWithReplacement,
}

/// The Python class names of the kinds.
const NAMES: [&str; 17] = [
    "count",
    "repeat",
    "cycle",
    "chain",
    "islice",
    "accumulate",
    "starmap",
    "takewhile",
    "dropwhile",
    "filterfalse",
    "compress",
    "pairwise",
    "zip_longest",
    "product",
    "permutations",
    "combinations",
    "combinations_with_replacement",
];

/// The classes' `__doc__`, in the order of `NAMES`.
const DOCS: [&str; 17] = [
    "count(start=0, step=1) --> start, start+step, start+2*step, ...",
    "repeat(object [,times]) --> object, times times or for ever.",
    "cycle(iterable) --> the items of iterable, then the same again, for ever.",
    "chain(*iterables) --> the items of the first iterable, then of the second, and so on.",
    "islice(iterable, stop) or islice(iterable, start, stop[, step]) --> the selected items of\n\
     iterable, like a slice of a list.",
    "accumulate(iterable, func=None, *, initial=None) --> running totals (or running results of func).",
    "starmap(function, iterable) --> function(*a) for each a in iterable.",
    "takewhile(predicate, iterable) --> the items of iterable as long as predicate is true for them.",
    "dropwhile(predicate, iterable) --> the items of iterable from the first one for which\n\
     predicate is false.",
    "filterfalse(function or None, iterable) --> the items of iterable for which function(item)\n\
     (or item itself, for None) is false.",
    "compress(data, selectors) --> the items of data whose selector is true.",
    "pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ...",
    "zip_longest(*iterables, fillvalue=None) --> tuples of one item from each iterable, padded\n\
     with fillvalue until the longest is exhausted.",
    "product(*iterables, repeat=1) --> the cartesian product, as tuples, in lexicographic order\n\
     of positions.",
    "permutations(iterable, r=None) --> r-length tuples of distinct positions, in lexicographic\n\
     order of positions.",
    "combinations(iterable, r) --> r-length tuples of increasing positions, in lexicographic order.",
    "combinations_with_replacement(iterable, r) --> r-length tuples of non-decreasing positions,\n\
     in lexicographic order.",
];

/// "No value" in a state cell (CPython's NULL); never visible to Python.
/// An input iterator's cell emptied at its end is CPython's
/// `Py_CLEAR(lz->it)`: later calls do not touch the input again.
const ABSENT: Value = Value::UNBOUND;

/// An itertools iterator; its class is that of its kind.
#[repr(C)]
pub struct ItertoolsObj {
    header: ObjHeader,
    state: State,
}

enum State {
    Count(Count),
    Repeat(Repeat),
    Cycle(Cycle),
    Chain(Chain),
    ISlice(ISlice),
    Accumulate(Accumulate),
    StarMap(StarMap),
    TakeWhile(TakeWhile),
    DropWhile(DropWhile),
    FilterFalse(FilterFalse),
    Compress(Compress),
    Pairwise(Pairwise),
    ZipLongest(ZipLongest),
    Product(Product),
    Permutations(Permutations),
    Combinations(Combinations),
    CombinationsWithReplacement(Combinations),
}

fn trace_array(t: &mut Tracer, a: &ValueArray) {
    t.ptr(a as *const ValueArray as *const GcHeader);
}

crate::py_vtable!(ItertoolsObj, "itertools", |o, t| match &o.state {
    State::Count(s) => t.values(&[s.cur.get(), s.step]),
    State::Repeat(s) => t.value(s.obj),
    State::Cycle(s) => t.values(&[s.it.get(), s.saved]),
    State::Chain(s) => t.values(&[s.source.get(), s.active.get()]),
    State::ISlice(s) => t.value(s.it.get()),
    State::Accumulate(s) => t.values(&[s.it, s.func, s.total.get(), s.initial.get()]),
    State::StarMap(StarMap { func, it })
    | State::FilterFalse(FilterFalse { func, it })
    | State::TakeWhile(TakeWhile { func, it, .. })
    | State::DropWhile(DropWhile { func, it, .. }) => t.values(&[*func, *it]),
    State::Compress(s) => t.values(&[s.data, s.selectors]),
    State::Pairwise(s) => t.values(&[s.it.get(), s.old.get()]),
    State::ZipLongest(s) => {
        trace_array(t, s.iters);
        t.value(s.fill);
    }
    State::Product(s) => {
        t.value(s.pools);
        trace_array(t, s.indices);
    }
    State::Permutations(s) => {
        t.value(s.pool);
        trace_array(t, s.indices);
        trace_array(t, s.cycles);
    }
    State::Combinations(s) | State::CombinationsWithReplacement(s) => {
        t.value(s.pool);
        trace_array(t, s.indices);
    }
});

impl ItertoolsObj {
    /// The next item, or None when exhausted. (Each kind's `next` is a
    /// function of its own: this is a jump table of tail calls.)
    #[inline]
    pub fn next(&self) -> Next {
        let h = &self.header;
        match &self.state {
            State::Count(s) => s.next(h),
            State::Repeat(s) => s.next(h),
            State::Cycle(s) => s.next(h),
            State::Chain(s) => s.next(h),
            State::ISlice(s) => s.next(),
            State::Accumulate(s) => s.next(h),
            State::StarMap(s) => s.next(),
            State::TakeWhile(s) => s.next(),
            State::DropWhile(s) => s.next(),
            State::FilterFalse(s) => s.next(),
            State::Compress(s) => s.next(),
            State::Pairwise(s) => s.next(h),
            State::ZipLongest(s) => s.next(h),
            State::Product(s) => s.next(h),
            State::Permutations(s) => s.next(h),
            State::Combinations(s) => s.next(h),
            State::CombinationsWithReplacement(s) => s.next_with_replacement(h),
        }
    }
}

/// The `next` registered with `ops` for these iterators.
fn fast_next(v: Value) -> Next {
    crate::object::cast::<ItertoolsObj>(v).next()
}

/// `it`'s next item: an itertools iterator or an iterator over a builtin
/// sequence (the commonest inputs) directly, anything else through
/// `ops::next`.
#[inline]
fn next_of(it: Value) -> Next {
    if let Some(o) = downcast::<ItertoolsObj>(it) {
        return o.next();
    }
    if let Some(s) = crate::types::iter::as_seq_iter(it) {
        return s.next();
    }
    ops::next(it)
}

/// The classes of the kinds, in the order of `NAMES`.
static CLASSES: OnceLock<[usize; 17]> = OnceLock::new();

fn class_for(kind: Kind) -> *const ClassObj {
    CLASSES.get().expect("_itertools installed")[kind as usize] as *const ClassObj
}

fn new_obj(kind: Kind, state: State) -> Value {
    Value::from_ptr(alloc_obj::<ItertoolsObj>(class_for(kind), |header| ItertoolsObj { header, state }))
}

/// Whether every one of `items` is shared (or no heap object).
fn all_shared(items: &[Value]) -> bool {
    items.iter().all(|v| !v.is_ptr() || crate::object::header(*v).is_shared())
}

/// Marks a new tuple whose items are all shared as shared itself: tuples
/// never change, so this costs nothing, and a result stored into a shared
/// place (a module global, as by a `for` at module level) then needs no
/// sharing walk of its own.
fn born_shared(t: Value) {
    if t.is_ptr() {
        // Only this thread knows the new tuple, and all it reaches is shared.
        let flags = &crate::object::header(t).gc.flags;
        flags.store(flags.load(Ordering::Relaxed) | FLAG_SHARED, Ordering::Relaxed);
    }
}

/// A new result tuple of `items` (kept alive by the caller).
fn result_tuple(items: &[Value]) -> Value {
    let t = new_tuple(items);
    if all_shared(items) {
        born_shared(t);
    }
    t
}

/// A result tuple of `n` items of the pools an iterator holds, made by `f`;
/// `shared` says whether all the pools' items are shared.
#[inline]
fn pool_tuple(n: usize, shared: bool, mut f: impl FnMut(usize) -> Value) -> Value {
    const SHORT: usize = 16;
    let t = if n <= SHORT {
        let mut buf = [Value::NONE; SHORT];
        for (i, slot) in buf[..n].iter_mut().enumerate() {
            *slot = f(i);
        }
        new_tuple(&buf[..n])
    } else {
        let v: Vec<Value> = (0..n).map(f).collect();
        new_tuple(&v)
    };
    if shared {
        born_shared(t);
    }
    t
}

/// An array of the `n` small ints 0, 1, ... n-1.
fn index_array(n: usize) -> &'static ValueArray {
    let a = ValueArray::new_zeroed(n);
    for (i, v) in a.as_mut_slice().iter_mut().enumerate() {
        *v = sm(i);
    }
    a
}

/// An array of `n` small-int zeros.
fn zero_array(n: usize) -> &'static ValueArray {
    let a = ValueArray::new_zeroed(n);
    a.as_mut_slice().fill(Value::small_int(0));
    a
}

/// A small int holding an index, as a usize.
#[inline(always)]
fn ix(v: Value) -> usize {
    v.as_small_int() as usize
}

/// An index as a small int.
#[inline(always)]
fn sm(i: usize) -> Value {
    Value::small_int(i as i64)
}

/// `tuple(v)` (CPython's `PySequence_Tuple`): a tuple itself, else a new one.
fn to_tuple(v: Value) -> PyResult {
    if downcast::<TupleObj>(v).is_some() {
        return Ok(v);
    }
    if let Some(l) = downcast::<ListObj>(v) {
        return Ok(new_tuple(l.items.as_slice()));
    }
    let l = ops::to_list(v)?;
    Ok(new_tuple(list_obj(l).unwrap().items.as_slice()))
}

/// Where a combinatoric iterator is.
const FIRST: u8 = 0;
const RUNNING: u8 = 1;
const DONE: u8 = 2;

/// One step of an iterator driven by indices (product, permutations,
/// combinations): the first call yields the initial indices unless `empty`,
/// later calls `advance` them (false: exhausted), and once exhausted it
/// stays so. True when there is a result to make from the indices.
#[inline(always)]
fn next_stage(stage: &Cell<u8>, empty: impl FnOnce() -> bool, advance: impl FnOnce() -> bool) -> bool {
    let go = match stage.get() {
        DONE => false,
        FIRST => !empty(),
        _ => advance(),
    };
    stage.set(if go { RUNNING } else { DONE });
    go
}

// ---------------------------------------------------------------------------
// the iterators

/// `count(start=0, step=1)`: `cur` is the next value.
struct Count {
    cur: Cell<Value>,
    step: Value,
}

impl Count {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let c = self.cur.get();
        if c.is_small_int() && self.step.is_small_int() && !h.is_shared() {
            // both fit in 48 bits, so the sum fits in an i64
            self.cur.set(int_from_i64(c.as_small_int() + self.step.as_small_int()));
            return Ok(Some(c));
        }
        self.next_slow(h)
    }

    #[cold]
    #[inline(never)]
    fn next_slow(&self, h: &ObjHeader) -> Next {
        let g = lock_if_shared(h);
        let c = self.cur.get();
        if c.is_small_int() && self.step.is_small_int() {
            self.cur.set(int_from_i64(c.as_small_int() + self.step.as_small_int()));
            return Ok(Some(c));
        }
        // `+` may run Python code: not under the lock
        drop(g);
        let n = ops::add(c, self.step)?;
        barrier(h, n);
        self.cur.set(n);
        Ok(Some(c))
    }
}

/// `repeat(object[, times])`: `left` is -1 for ever.
struct Repeat {
    obj: Value,
    left: Cell<i64>,
}

impl Repeat {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        if self.left.get() < 0 {
            return Ok(Some(self.obj));
        }
        let _g = lock_if_shared(h);
        let n = self.left.get();
        if n == 0 {
            return Ok(None);
        }
        self.left.set(n - 1);
        Ok(Some(self.obj))
    }
}

/// `cycle(iterable)`: the items of `it` are saved until it is exhausted,
/// then `saved` (a list) is replayed from `index`.
struct Cycle {
    it: Cell<Value>,
    saved: Value,
    index: Cell<usize>,
}

impl Cycle {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let saved = list_obj(self.saved).unwrap();
        let src = self.it.get();
        if src != ABSENT {
            // an error leaves the input in place (as CPython)
            if let Some(x) = next_of(src)? {
                saved.append(x);
                return Ok(Some(x));
            }
            self.it.set(ABSENT);
        }
        let _g = lock_if_shared(h);
        let items = saved.items.as_slice();
        if items.is_empty() {
            return Ok(None);
        }
        let i = self.index.get();
        let i = if i < items.len() { i } else { 0 };
        self.index.set(if i + 1 < items.len() { i + 1 } else { 0 });
        Ok(Some(items[i]))
    }
}

/// `chain(*iterables)`: `source` yields the iterables, `active` is the
/// iterator of the current one.
struct Chain {
    source: Cell<Value>,
    active: Cell<Value>,
}

impl Chain {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        loop {
            let src = self.source.get();
            if src == ABSENT {
                return Ok(None);
            }
            let mut act = self.active.get();
            if act == ABSENT {
                // the next iterable; an error ends the chain (as CPython)
                let got = match next_of(src) {
                    Ok(Some(iterable)) => ops::iter(iterable),
                    Ok(None) => {
                        self.source.set(ABSENT);
                        return Ok(None);
                    }
                    Err(e) => Err(e),
                };
                match got {
                    Ok(a) => {
                        barrier(h, a);
                        self.active.set(a);
                        act = a;
                    }
                    Err(e) => {
                        self.source.set(ABSENT);
                        return Err(e);
                    }
                }
            }
            // an error of the active input leaves it active
            if let Some(x) = next_of(act)? {
                return Ok(Some(x));
            }
            self.active.set(ABSENT);
        }
    }
}

/// `islice(iterable, [start,] stop[, step])`: `cnt` items were taken from
/// `it`, the next one to yield is number `next`; `stop` -1 is None.
struct ISlice {
    it: Cell<Value>,
    next: Cell<i64>,
    cnt: Cell<i64>,
    stop: i64,
    step: i64,
}

impl ISlice {
    #[inline(never)]
    fn next(&self) -> Next {
        let src = self.it.get();
        if src == ABSENT {
            return Ok(None);
        }
        if self.cnt.get() < self.next.get() && !self.skip(src)? {
            return Ok(None);
        }
        if self.stop != -1 && self.cnt.get() >= self.stop {
            self.it.set(ABSENT);
            return Ok(None);
        }
        let Some(x) = self.take(src)? else { return Ok(None) };
        self.cnt.set(self.cnt.get() + 1);
        let old = self.next.get();
        let mut n = old.wrapping_add(self.step);
        if n < old || (self.stop != -1 && n > self.stop) {
            n = self.stop;
        }
        self.next.set(n);
        Ok(Some(x))
    }

    /// Takes and drops items up to the next one to yield; false at the end.
    #[inline(never)]
    fn skip(&self, src: Value) -> PyResult<bool> {
        while self.cnt.get() < self.next.get() {
            if self.take(src)?.is_none() {
                return Ok(false);
            }
            self.cnt.set(self.cnt.get() + 1);
        }
        Ok(true)
    }

    /// The next item of the input; its end, or an error, releases it for good.
    #[inline(always)]
    fn take(&self, src: Value) -> Next {
        let r = next_of(src);
        if !matches!(r, Ok(Some(_))) {
            self.it.set(ABSENT);
        }
        r
    }
}

/// `accumulate(iterable, func=None, *, initial=None)`; `func` None adds.
struct Accumulate {
    it: Value,
    func: Value,
    total: Cell<Value>,
    initial: Cell<Value>,
}

impl Accumulate {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let init = self.initial.get();
        if init != ABSENT {
            self.initial.set(ABSENT);
            self.total.set(init);
            return Ok(Some(init));
        }
        let Some(x) = next_of(self.it)? else { return Ok(None) };
        let t = self.total.get();
        let n = if t == ABSENT {
            x
        } else if self.func.is_none() {
            ops::add(t, x)?
        } else {
            call(self.func, &[t, x], &[])?
        };
        barrier(h, n);
        self.total.set(n);
        Ok(Some(n))
    }
}

/// `starmap(function, iterable)`.
struct StarMap {
    func: Value,
    it: Value,
}

impl StarMap {
    #[inline(never)]
    fn next(&self) -> Next {
        let Some(args) = next_of(self.it)? else { return Ok(None) };
        let args = to_tuple(args)?;
        call(self.func, tuple_items(args).unwrap(), &[]).map(Some)
    }
}

/// `takewhile(predicate, iterable)`.
struct TakeWhile {
    func: Value,
    it: Value,
    stopped: Cell<bool>,
}

impl TakeWhile {
    #[inline(never)]
    fn next(&self) -> Next {
        if self.stopped.get() {
            return Ok(None);
        }
        let Some(x) = next_of(self.it)? else { return Ok(None) };
        if ops::truthy(call(self.func, &[x], &[])?)? {
            return Ok(Some(x));
        }
        self.stopped.set(true);
        Ok(None)
    }
}

/// `dropwhile(predicate, iterable)`.
struct DropWhile {
    func: Value,
    it: Value,
    started: Cell<bool>,
}

impl DropWhile {
    #[inline(never)]
    fn next(&self) -> Next {
        loop {
            let Some(x) = next_of(self.it)? else { return Ok(None) };
            if self.started.get() || !ops::truthy(call(self.func, &[x], &[])?)? {
                self.started.set(true);
                return Ok(Some(x));
            }
        }
    }
}

/// `filterfalse(function or None, iterable)`.
struct FilterFalse {
    func: Value,
    it: Value,
}

impl FilterFalse {
    #[inline(never)]
    fn next(&self) -> Next {
        // None and bool test the items themselves (as CPython)
        let plain = self.func.is_none() || self.func == Value::from_ptr(classes().bool);
        loop {
            let Some(x) = next_of(self.it)? else { return Ok(None) };
            let t = if plain { x } else { call(self.func, &[x], &[])? };
            if !ops::truthy(t)? {
                return Ok(Some(x));
            }
        }
    }
}

/// `compress(data, selectors)`.
struct Compress {
    data: Value,
    selectors: Value,
}

impl Compress {
    #[inline(never)]
    fn next(&self) -> Next {
        loop {
            let Some(x) = next_of(self.data)? else { return Ok(None) };
            let Some(s) = next_of(self.selectors)? else { return Ok(None) };
            if ops::truthy(s)? {
                return Ok(Some(x));
            }
        }
    }
}

/// `pairwise(iterable)`: `old` is the last item taken.
struct Pairwise {
    it: Cell<Value>,
    old: Cell<Value>,
}

impl Pairwise {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let src = self.it.get();
        if src == ABSENT {
            return Ok(None);
        }
        let mut old = self.old.get();
        if old == ABSENT {
            old = match next_of(src) {
                Ok(Some(x)) => x,
                r => return self.end(r),
            };
            barrier(h, old);
            self.old.set(old);
        }
        match next_of(src) {
            Ok(Some(x)) => {
                let pair = result_tuple(&[old, x]);
                barrier(h, x);
                self.old.set(x);
                Ok(Some(pair))
            }
            r => self.end(r),
        }
    }

    /// The end of the input, or an error of it, releases it for good.
    fn end(&self, r: Next) -> Next {
        self.it.set(ABSENT);
        self.old.set(ABSENT);
        r.map(|_| None)
    }
}

/// `zip_longest(*iterables, fillvalue=None)`: an exhausted iterator's slot
/// in `iters` holds ABSENT; `active` counts the others.
struct ZipLongest {
    iters: &'static ValueArray,
    active: Cell<usize>,
    fill: Value,
}

impl ZipLongest {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let n = self.iters.len;
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        // The items stay rooted until the tuple is made: on the stack (a
        // short row) or in a list.
        const SHORT: usize = 16;
        if n <= SHORT {
            let mut buf = [Value::NONE; SHORT];
            for (i, slot) in buf[..n].iter_mut().enumerate() {
                let Some(x) = self.item(h, i)? else { return Ok(None) };
                *slot = x;
            }
            return Ok(Some(result_tuple(&buf[..n])));
        }
        let row = new_list_obj(n);
        for i in 0..n {
            let Some(x) = self.item(h, i)? else { return Ok(None) };
            row.items.push(x);
        }
        Ok(Some(result_tuple(row.items.as_slice())))
    }

    /// The item of input `i` for the next row (the fill value once it is
    /// exhausted); None when every input is, and the iterator ends. An error
    /// ends it too (as CPython).
    fn item(&self, h: &ObjHeader, i: usize) -> Next {
        let it = self.iters.as_slice()[i];
        if it == ABSENT {
            return Ok(Some(self.fill));
        }
        match next_of(it) {
            Ok(Some(x)) => Ok(Some(x)),
            Ok(None) => {
                let left = self.active.get().saturating_sub(1);
                self.active.set(left);
                if left == 0 {
                    return Ok(None);
                }
                let _g = lock_if_shared(h);
                self.iters.as_mut_slice()[i] = ABSENT;
                Ok(Some(self.fill))
            }
            Err(e) => {
                self.active.set(0);
                Err(e)
            }
        }
    }
}

/// `product(*iterables, repeat=1)`: `pools` is a tuple of tuples and
/// `indices` (small ints) the position in each.
struct Product {
    pools: Value,
    indices: &'static ValueArray,
    stage: Cell<u8>,
    /// All the pools' items are shared (see `pool_tuple`).
    shared: bool,
}

impl Product {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let _g = lock_if_shared(h);
        let pools = tuple_items(self.pools).unwrap();
        let pool = |i: usize| tuple_items(pools[i]).unwrap();
        let idx = self.indices.as_mut_slice();
        let empty = || (0..pools.len()).any(|i| pool(i).is_empty());
        let advance = || {
            // an odometer: the rightmost position turns fastest
            let mut i = pools.len();
            loop {
                if i == 0 {
                    return false;
                }
                i -= 1;
                let k = ix(idx[i]) + 1;
                if k < pool(i).len() {
                    idx[i] = sm(k);
                    return true;
                }
                idx[i] = sm(0);
            }
        };
        if !next_stage(&self.stage, empty, advance) {
            return Ok(None);
        }
        Ok(Some(pool_tuple(pools.len(), self.shared, |i| pool(i)[ix(idx[i])])))
    }
}

/// `permutations(iterable, r=None)`: `indices` is a permutation of the
/// pool's positions whose first `r` make the result, and `cycles` drives
/// the order (the algorithm of the itertools documentation).
struct Permutations {
    pool: Value,
    r: usize,
    indices: &'static ValueArray,
    cycles: &'static ValueArray,
    stage: Cell<u8>,
    /// All the pool's items are shared (see `pool_tuple`).
    shared: bool,
}

impl Permutations {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        let _g = lock_if_shared(h);
        let items = tuple_items(self.pool).unwrap();
        let (n, r) = (items.len(), self.r);
        let idx = self.indices.as_mut_slice();
        let advance = || {
            let cycles = self.cycles.as_mut_slice();
            let mut i = r;
            loop {
                if i == 0 {
                    return false;
                }
                i -= 1;
                let c = ix(cycles[i]) - 1;
                if c == 0 {
                    // position i has seen every candidate: move it last
                    let first = idx[i];
                    for j in i..n - 1 {
                        idx[j] = idx[j + 1];
                    }
                    idx[n - 1] = first;
                    cycles[i] = sm(n - i);
                } else {
                    cycles[i] = sm(c);
                    idx.swap(i, n - c);
                    return true;
                }
            }
        };
        if !next_stage(&self.stage, || r > n, advance) {
            return Ok(None);
        }
        Ok(Some(pool_tuple(r, self.shared, |k| items[ix(idx[k])])))
    }
}

/// `combinations(iterable, r)` (`indices` increase strictly) and
/// `combinations_with_replacement(iterable, r)` (they never decrease).
struct Combinations {
    pool: Value,
    indices: &'static ValueArray,
    stage: Cell<u8>,
    /// All the pool's items are shared (see `pool_tuple`).
    shared: bool,
}

impl Combinations {
    #[inline(never)]
    fn next(&self, h: &ObjHeader) -> Next {
        self.step(h, |idx, n| {
            let r = idx.len();
            // the rightmost index below its maximum (i + n - r)
            let Some(i) = (0..r).rev().find(|&i| ix(idx[i]) != i + n - r) else {
                return false;
            };
            // it goes up by one, and those after it follow on
            let mut v = ix(idx[i]);
            for slot in &mut idx[i..] {
                v += 1;
                *slot = sm(v);
            }
            true
        })
    }

    #[inline(never)]
    fn next_with_replacement(&self, h: &ObjHeader) -> Next {
        self.step(h, |idx, n| {
            // the rightmost index below its maximum (n - 1)
            let Some(i) = (0..idx.len()).rev().find(|&i| ix(idx[i]) != n - 1) else {
                return false;
            };
            // it goes up by one, and those after it take its value
            let v = sm(ix(idx[i]) + 1);
            idx[i..].fill(v);
            true
        })
    }

    /// What both kinds share: under the object's lock, `next_stage` with
    /// `advance` (given the pool's size), then the tuple of the pool's items
    /// at the indices.
    #[inline(always)]
    fn step(&self, h: &ObjHeader, advance: impl FnOnce(&mut [Value], usize) -> bool) -> Next {
        let _g = lock_if_shared(h);
        let items = tuple_items(self.pool).unwrap();
        let idx = self.indices.as_mut_slice();
        if !next_stage(&self.stage, || false, || advance(&mut *idx, items.len())) {
            return Ok(None);
        }
        Ok(Some(pool_tuple(idx.len(), self.shared, |k| items[ix(idx[k])])))
    }
}

// ---------------------------------------------------------------------------
// arguments

/// Binds `args` and `kw` to the parameters `names` as CPython's argument
/// clinic does, with its messages: the first `required` are required, at
/// most `max_pos` may be given by position (the rest are keyword-only). An
/// omitted parameter is None in the result.
fn bind<const N: usize>(
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: [&str; N],
    required: usize,
    max_pos: usize,
) -> PyResult<[Option<Value>; N]> {
    let (nargs, nkw) = (args.len(), kw.len());
    if nargs + nkw > N {
        let keyword = if nargs == 0 { "keyword " } else { "" };
        let s = if N == 1 { "" } else { "s" };
        return raise!(type_error, "{}() takes at most {} {}argument{} ({} given)", fname, N, keyword, s, nargs + nkw);
    }
    if nargs > max_pos {
        let how = if required < max_pos { "at most" } else { "exactly" };
        let s = if max_pos == 1 { "" } else { "s" };
        return raise!(type_error, "{}() takes {} {} positional argument{} ({} given)", fname, how, max_pos, s, nargs);
    }
    let mut out = [None; N];
    for (slot, a) in out.iter_mut().zip(args) {
        *slot = Some(*a);
    }
    let mut unused = nkw;
    for i in nargs..N {
        let found = if unused > 0 { kwarg(kw, names[i]) } else { None };
        match found {
            Some(v) => {
                out[i] = Some(v);
                unused -= 1;
            }
            None if i < required => {
                return raise!(type_error, "{}() missing required argument '{}' (pos {})", fname, names[i], i + 1);
            }
            None => {}
        }
    }
    if unused > 0 {
        for (i, name) in names.iter().enumerate().take(nargs) {
            if kwarg(kw, name).is_some() {
                return raise!(type_error, "argument for {}() given by name ('{}') and position ({})", fname, name, i + 1);
            }
        }
        for (k, _) in kw {
            let k = as_str(*k).unwrap_or("");
            if !names.contains(&k) {
                return raise!(type_error, "'{}' is an invalid keyword argument for {}()", k, fname);
            }
        }
    }
    Ok(out)
}

/// Checks a positional-only signature (CPython's `_PyArg_NoKeywords` and
/// `_PyArg_CheckPositional`).
fn positional(fname: &str, args: &[Value], kw: Kw, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return raise!(type_error, "{}() takes no keyword arguments", fname);
    }
    let n = args.len();
    if n < min || n > max {
        let (how, k) = if n < min { ("at least ", min) } else { ("at most ", max) };
        let how = if min == max { "" } else { how };
        let s = if k == 1 { "" } else { "s" };
        return raise!(type_error, "{} expected {}{} argument{}, got {}", fname, how, k, s, n);
    }
    Ok(())
}

/// An int subclass instance's int, or `v`.
fn int_value(v: Value) -> Option<Value> {
    if is_intlike(v) {
        return Some(v);
    }
    native_of(v).filter(|n| is_intlike(*n))
}

/// `operator.index(v)` (CPython's `PyNumber_Index`).
fn index_value(v: Value) -> PyResult {
    if let Some(i) = int_value(v) {
        return Ok(i);
    }
    if as_instance(v).is_some() {
        if let Some(f) = class_of(v).lookup_str("__index__") {
            let r = call(f, &[v], &[])?;
            return match int_value(r) {
                Some(i) => Ok(i),
                None => raise!(type_error, "__index__ returned non-int (type {})", type_name(r)),
            };
        }
    }
    raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(v))
}

/// `v` as a C `Py_ssize_t` (CPython's `PyNumber_AsSsize_t` raising OverflowError).
fn as_ssize(v: Value) -> PyResult<i64> {
    let i = index_value(v)?;
    match to_i64(i) {
        Some(n) => Ok(n),
        None => raise!(overflow_error, "Python int too large to convert to C ssize_t"),
    }
}

/// CPython's `PyNumber_Check`: ints, floats, complex numbers, and objects
/// whose class converts to one of them.
fn is_number(v: Value) -> bool {
    let basic = |v: Value| v.is_float() || is_intlike(v) || crate::types::complex::as_complex(v).is_some();
    if basic(v) || native_of(v).is_some_and(basic) {
        return true;
    }
    as_instance(v).is_some() && {
        let c = class_of(v);
        ["__index__", "__int__", "__float__", "__complex__"].iter().any(|m| c.lookup_str(m).is_some())
    }
}

/// The callable arguments after the class (a constructor's `args[0]`).
fn ctor_args(args: &[Value]) -> &[Value] {
    args.get(1..).unwrap_or(&[])
}

// ---------------------------------------------------------------------------
// constructors

fn count_new(args: &[Value], kw: Kw) -> PyResult {
    let [start, step] = bind("count", ctor_args(args), kw, ["start", "step"], 0, 2)?;
    let start_v = start.unwrap_or(Value::small_int(0));
    let step_v = step.unwrap_or(Value::small_int(1));
    if (start.is_some() && !is_number(start_v)) || (step.is_some() && !is_number(step_v)) {
        return raise!(type_error, "a number is required");
    }
    // CPython's fast mode (an int start that fits, an int step of 1) yields
    // plain ints even from a bool or an int subclass.
    let one = int_value(step_v).and_then(to_i64) == Some(1);
    let (cur, step) = match int_value(start_v).and_then(to_i64) {
        Some(s) if one => (int_from_i64(s), Value::small_int(1)),
        _ => (start_v, step_v),
    };
    Ok(new_obj(Kind::Count, State::Count(Count { cur: Cell::new(cur), step })))
}

fn repeat_new(args: &[Value], kw: Kw) -> PyResult {
    let [obj, times] = bind("repeat", ctor_args(args), kw, ["object", "times"], 1, 2)?;
    let left = match times {
        Some(t) => as_ssize(t)?.max(0),
        None => -1,
    };
    Ok(new_obj(Kind::Repeat, State::Repeat(Repeat { obj: obj.unwrap(), left: Cell::new(left) })))
}

fn cycle_new(args: &[Value], kw: Kw) -> PyResult {
    let a = ctor_args(args);
    positional("cycle", a, kw, 1, 1)?;
    let it = ops::iter(a[0])?;
    let saved = Value::from_ptr(new_list_obj(0));
    Ok(new_obj(Kind::Cycle, State::Cycle(Cycle { it: Cell::new(it), saved, index: Cell::new(0) })))
}

fn chain_new(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return raise!(type_error, "chain() takes no keyword arguments");
    }
    let source = ops::iter(new_tuple(ctor_args(args)))?;
    Ok(new_chain(source))
}

fn new_chain(source: Value) -> Value {
    new_obj(Kind::Chain, State::Chain(Chain { source: Cell::new(source), active: Cell::new(ABSENT) }))
}

/// `chain.from_iterable(iterable)`, a class method.
fn chain_from_iterable(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        return raise!(type_error, "chain.from_iterable() takes no keyword arguments");
    }
    let a = ctor_args(args);
    if a.len() != 1 {
        return raise!(type_error, "chain.from_iterable() takes exactly one argument ({} given)", a.len());
    }
    let chain = new_chain(ops::iter(a[0])?);
    // called on a subclass: an instance of it around the native chain
    match args.first().and_then(|c| crate::types::class::as_class(*c)) {
        Some(cls) if !std::ptr::eq(cls, class_for(Kind::Chain)) => {
            let inst = new_instance(cls);
            inst.native.set(chain);
            Ok(Value::from_ptr(inst))
        }
        _ => Ok(chain),
    }
}

const ISLICE_STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_INDICES: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_STEP: &str = "Step for islice() must be a positive integer or None.";

fn islice_new(args: &[Value], kw: Kw) -> PyResult {
    let a = ctor_args(args);
    positional("islice", a, kw, 2, 4)?;
    // A bad value (any error converting it) counts as -1, as in CPython.
    let ssize = |v: Value| if v.is_none() { None } else { Some(as_ssize(v).unwrap_or(-1)) };
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    if a.len() == 2 {
        if let Some(s) = ssize(a[1]) {
            if s < 0 {
                return raise!(value_error, "{}", ISLICE_STOP);
            }
            stop = s;
        }
    } else {
        if let Some(s) = ssize(a[1]) {
            start = s;
        }
        if let Some(s) = ssize(a[2]) {
            if s == -1 {
                return raise!(value_error, "{}", ISLICE_STOP);
            }
            stop = s;
        }
    }
    if start < 0 || stop < -1 {
        return raise!(value_error, "{}", ISLICE_INDICES);
    }
    if let Some(s) = a.get(3).and_then(|v| ssize(*v)) {
        step = s;
    }
    if step < 1 {
        return raise!(value_error, "{}", ISLICE_STEP);
    }
    let it = ops::iter(a[0])?;
    Ok(new_obj(
        Kind::ISlice,
        State::ISlice(ISlice { it: Cell::new(it), next: Cell::new(start), cnt: Cell::new(0), stop, step }),
    ))
}

fn accumulate_new(args: &[Value], kw: Kw) -> PyResult {
    let [iterable, func, initial] = bind("accumulate", ctor_args(args), kw, ["iterable", "func", "initial"], 1, 2)?;
    let it = ops::iter(iterable.unwrap())?;
    let func = func.unwrap_or(Value::NONE);
    let initial = initial.filter(|v| !v.is_none()).unwrap_or(ABSENT);
    Ok(new_obj(
        Kind::Accumulate,
        State::Accumulate(Accumulate { it, func, total: Cell::new(ABSENT), initial: Cell::new(initial) }),
    ))
}

/// The `(function, iterable)` of starmap, takewhile, dropwhile and filterfalse.
fn func_and_iter(name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, Value)> {
    let a = ctor_args(args);
    positional(name, a, kw, 2, 2)?;
    Ok((a[0], ops::iter(a[1])?))
}

fn starmap_new(args: &[Value], kw: Kw) -> PyResult {
    let (func, it) = func_and_iter("starmap", args, kw)?;
    Ok(new_obj(Kind::StarMap, State::StarMap(StarMap { func, it })))
}

fn takewhile_new(args: &[Value], kw: Kw) -> PyResult {
    let (func, it) = func_and_iter("takewhile", args, kw)?;
    Ok(new_obj(Kind::TakeWhile, State::TakeWhile(TakeWhile { func, it, stopped: Cell::new(false) })))
}

fn dropwhile_new(args: &[Value], kw: Kw) -> PyResult {
    let (func, it) = func_and_iter("dropwhile", args, kw)?;
    Ok(new_obj(Kind::DropWhile, State::DropWhile(DropWhile { func, it, started: Cell::new(false) })))
}

fn filterfalse_new(args: &[Value], kw: Kw) -> PyResult {
    let (func, it) = func_and_iter("filterfalse", args, kw)?;
    Ok(new_obj(Kind::FilterFalse, State::FilterFalse(FilterFalse { func, it })))
}

fn compress_new(args: &[Value], kw: Kw) -> PyResult {
    let [data, selectors] = bind("compress", ctor_args(args), kw, ["data", "selectors"], 2, 2)?;
    let data = ops::iter(data.unwrap())?;
    let selectors = ops::iter(selectors.unwrap())?;
    Ok(new_obj(Kind::Compress, State::Compress(Compress { data, selectors })))
}

fn pairwise_new(args: &[Value], kw: Kw) -> PyResult {
    let a = ctor_args(args);
    positional("pairwise", a, kw, 1, 1)?;
    let it = ops::iter(a[0])?;
    Ok(new_obj(Kind::Pairwise, State::Pairwise(Pairwise { it: Cell::new(it), old: Cell::new(ABSENT) })))
}

fn zip_longest_new(args: &[Value], kw: Kw) -> PyResult {
    let mut fill = Value::NONE;
    if !kw.is_empty() {
        match kw {
            [(k, v)] if as_str(*k) == Some("fillvalue") => fill = *v,
            _ => return raise!(type_error, "zip_longest() got an unexpected keyword argument"),
        }
    }
    let a = ctor_args(args);
    // the iterators are rooted by a list while the others are made
    let its = new_list_obj(a.len());
    for x in a {
        its.items.push(ops::iter(*x)?);
    }
    let iters = ValueArray::new_zeroed(a.len());
    iters.as_mut_slice().copy_from_slice(its.items.as_slice());
    Ok(new_obj(Kind::ZipLongest, State::ZipLongest(ZipLongest { iters, active: Cell::new(a.len()), fill })))
}

fn product_new(args: &[Value], kw: Kw) -> PyResult {
    let mut repeat = 1i64;
    if !kw.is_empty() {
        if kw.len() > 1 {
            return raise!(type_error, "product() takes at most 1 keyword argument ({} given)", kw.len());
        }
        let (k, v) = kw[0];
        let k = as_str(k).unwrap_or("");
        if k != "repeat" {
            return raise!(type_error, "'{}' is an invalid keyword argument for product()", k);
        }
        repeat = as_ssize(v)?;
    }
    if repeat < 0 {
        return raise!(value_error, "repeat argument cannot be negative");
    }
    let a = ctor_args(args);
    // with repeat=0 the iterables are not even looked at (as CPython)
    let nargs = if repeat == 0 { 0 } else { a.len() };
    if repeat > 0 && nargs as u64 > (i64::MAX as u64 / 8) / repeat as u64 {
        return raise!(overflow_error, "repeat argument too large");
    }
    let npools = nargs * repeat as usize;
    let pools: &'static ListObj = new_list_obj(npools);
    for x in &a[..nargs] {
        pools.items.push(to_tuple(*x)?);
    }
    for i in nargs..npools {
        pools.items.push(pools.items.get(i - nargs));
    }
    let shared = pools.items.as_slice().iter().all(|p| all_shared(tuple_items(*p).unwrap()));
    let pools = new_tuple(pools.items.as_slice());
    let indices = zero_array(npools);
    let state = Product { pools, indices, stage: Cell::new(FIRST), shared };
    Ok(new_obj(Kind::Product, State::Product(state)))
}

fn permutations_new(args: &[Value], kw: Kw) -> PyResult {
    let [iterable, r] = bind("permutations", ctor_args(args), kw, ["iterable", "r"], 1, 2)?;
    let pool = to_tuple(iterable.unwrap())?;
    let n = tuple_items(pool).unwrap().len();
    let r = match r.filter(|v| !v.is_none()) {
        None => n,
        Some(v) => {
            if int_value(v).is_none() {
                return raise!(type_error, "Expected int as r");
            }
            let r = as_ssize(v)?;
            if r < 0 {
                return raise!(value_error, "r must be non-negative");
            }
            r as usize
        }
    };
    // r > n yields nothing: no state needed
    let (indices, cycles) = if r > n {
        (ValueArray::new_zeroed(0), ValueArray::new_zeroed(0))
    } else {
        let cycles = ValueArray::new_zeroed(r);
        for (i, c) in cycles.as_mut_slice().iter_mut().enumerate() {
            *c = sm(n - i);
        }
        (index_array(n), cycles)
    };
    let shared = all_shared(tuple_items(pool).unwrap());
    let stage = Cell::new(FIRST);
    let state = Permutations { pool, r, indices, cycles, stage, shared };
    Ok(new_obj(Kind::Permutations, State::Permutations(state)))
}

/// The pool and r of combinations and combinations_with_replacement.
fn pool_and_r(name: &str, args: &[Value], kw: Kw) -> PyResult<(Value, i64)> {
    let [iterable, r] = bind(name, ctor_args(args), kw, ["iterable", "r"], 2, 2)?;
    // r is converted before the iterable is read, and checked after
    let r = as_ssize(r.unwrap())?;
    let pool = to_tuple(iterable.unwrap())?;
    if r < 0 {
        return raise!(value_error, "r must be non-negative");
    }
    Ok((pool, r))
}

fn combinations_new(args: &[Value], kw: Kw) -> PyResult {
    let (pool, r) = pool_and_r("combinations", args, kw)?;
    let n = tuple_items(pool).unwrap().len();
    let r = r as usize;
    let indices = index_array(if r > n { 0 } else { r });
    let stage = Cell::new(if r > n { DONE } else { FIRST });
    let shared = all_shared(tuple_items(pool).unwrap());
    let state = Combinations { pool, indices, stage, shared };
    Ok(new_obj(Kind::Combinations, State::Combinations(state)))
}

fn cwr_new(args: &[Value], kw: Kw) -> PyResult {
    let (pool, r) = pool_and_r("combinations_with_replacement", args, kw)?;
    let n = tuple_items(pool).unwrap().len();
    let r = r as usize;
    let empty = n == 0 && r > 0;
    let indices = zero_array(if empty { 0 } else { r });
    let stage = Cell::new(if empty { DONE } else { FIRST });
    let shared = all_shared(tuple_items(pool).unwrap());
    let state = Combinations { pool, indices, stage, shared };
    Ok(new_obj(Kind::CombinationsWithReplacement, State::CombinationsWithReplacement(state)))
}

// ---------------------------------------------------------------------------
// methods

/// The iterator a method was called on (the native part of an instance of
/// a subclass).
fn receiver(args: &[Value], name: &str) -> PyResult<&'static ItertoolsObj> {
    let v = args.first().copied().unwrap_or(Value::NONE);
    match downcast::<ItertoolsObj>(v).or_else(|| native_of(v).and_then(downcast::<ItertoolsObj>)) {
        Some(o) => Ok(o),
        None => raise!(type_error, "descriptor '{}' requires an itertools iterator, not '{}'", name, type_name(v)),
    }
}

fn no_args(args: &[Value], kw: Kw, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return raise!(type_error, "{}() takes no keyword arguments", name);
    }
    if args.len() != 1 {
        return raise!(type_error, "expected 0 arguments, got {}", args.len().saturating_sub(1));
    }
    Ok(())
}

fn m_iter(args: &[Value], kw: Kw) -> PyResult {
    receiver(args, "__iter__")?;
    no_args(args, kw, "__iter__")?;
    Ok(args[0])
}

fn m_next(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "__next__")?;
    no_args(args, kw, "__next__")?;
    match o.next()? {
        Some(v) => Ok(v),
        None => Err(crate::Exc(crate::types::exception::new_exception_with_args(
            // SAFETY: builtin classes are immortal.
            unsafe { &*classes().stop_iteration },
            new_tuple(&[]),
        ))),
    }
}

fn m_repr(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "__repr__")?;
    no_args(args, kw, "__repr__")?;
    Ok(new_str(&repr_of(o, type_name(args[0]))?))
}

/// `repeat.__length_hint__()`.
fn m_length_hint(args: &[Value], kw: Kw) -> PyResult {
    let o = receiver(args, "__length_hint__")?;
    no_args(args, kw, "__length_hint__")?;
    match &o.state {
        State::Repeat(s) if s.left.get() < 0 => raise!(type_error, "len() of unsized object"),
        State::Repeat(s) => Ok(int_from_i64(s.left.get())),
        _ => raise!(type_error, "descriptor '__length_hint__' requires a 'repeat' object"),
    }
}

/// The repr of a count or a repeat (`count(5)`, `repeat('a', 2)`) under
/// the class name `name`; the default one of the other kinds.
fn repr_of(o: &ItertoolsObj, name: &str) -> PyResult<String> {
    match &o.state {
        State::Count(s) => {
            let cur = ops::repr(s.cur.get())?;
            if int_value(s.step).and_then(to_i64) == Some(1) {
                Ok(format!("{}({})", name, cur))
            } else {
                Ok(format!("{}({}, {})", name, cur, ops::repr(s.step)?))
            }
        }
        State::Repeat(s) => {
            let n = s.left.get();
            if n < 0 {
                Ok(format!("{}({})", name, ops::repr(s.obj)?))
            } else {
                Ok(format!("{}({}, {})", name, ops::repr(s.obj)?, n))
            }
        }
        _ => Ok(format!("<itertools.{} object at {:#x}>", name, o as *const ItertoolsObj as usize)),
    }
}

/// `repr(v)` for an itertools iterator; None for anything else.
pub fn repr(v: Value) -> Option<PyResult<String>> {
    let o = downcast::<ItertoolsObj>(v)?;
    Some(repr_of(o, type_name(v)))
}

/// Creates the classes and the `_itertools` module, and registers the fast
/// `next`.
pub fn install() {
    let ctors: [NativeFn; 17] = [
        count_new,
        repeat_new,
        cycle_new,
        chain_new,
        islice_new,
        accumulate_new,
        starmap_new,
        takewhile_new,
        dropwhile_new,
        filterfalse_new,
        compress_new,
        pairwise_new,
        zip_longest_new,
        product_new,
        permutations_new,
        combinations_new,
        cwr_new,
    ];
    let m = new_module("_itertools", Value::NONE);
    let mut addrs = [0usize; 17];
    for (i, (name, ctor)) in NAMES.iter().zip(ctors).enumerate() {
        let cls = new_class(name, &[], Layout::Builtin);
        cls.module.set(intern("itertools"));
        cls.set_attr(intern("__doc__"), new_str(DOCS[i])).unwrap();
        crate::add_root(Value::from_ptr(cls));
        cls.ctor.set(Some(ctor));
        let mut methods: Vec<(&'static str, NativeFn)> = vec![("__iter__", m_iter), ("__next__", m_next)];
        match *name {
            "count" => methods.push(("__repr__", m_repr)),
            "repeat" => methods.extend([("__repr__", m_repr as NativeFn), ("__length_hint__", m_length_hint)]),
            _ => {}
        }
        for (n, f) in methods {
            cls.set_attr(intern(n), new_builtin(n, f, Value::from_ptr(cls))).unwrap();
        }
        if *name == "chain" {
            let fi = make_classmethod(new_builtin("from_iterable", chain_from_iterable, Value::from_ptr(cls)));
            cls.set_attr(intern("from_iterable"), fi).unwrap();
        }
        m.set(name, Value::from_ptr(cls));
        addrs[i] = cls as *const ClassObj as usize;
    }
    let _ = CLASSES.set(addrs);
    ops::register_iterator(<ItertoolsObj as crate::object::PyType>::VTABLE, fast_next);
    crate::modules::register_module("_itertools", Value::from_ptr(m));
}
