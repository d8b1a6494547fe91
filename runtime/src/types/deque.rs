//! `collections.deque` (the `_collections` module): a double-ended queue in
//! a ring buffer, with its forward and reverse iterators.
//!
//! Storage: a GC-managed `ValueArray` whose length (the capacity) is a power
//! of two; item `i` (0 = leftmost) lives in slot `(head + i) & (cap - 1)`.
//! Both ends push and pop in O(1); the buffer doubles when full and halves
//! (or less) when mostly empty. Slots outside the items hold None or the
//! zero word, which the collector reads as the float 0.0.
//!
//! Concurrency: every access to a shared deque, reads included, holds its
//! `lock_if_shared` lock, so `append`/`popleft` from several threads are
//! atomic and a reader always sees a consistent buffer. The lock is held only
//! for Rust code (no Python code runs under it: comparisons, `__index__` and
//! iteration of an argument happen outside it), and every slot access is
//! masked by the buffer's capacity, so no state can index out of bounds.
//! `len` is one atomic word and needs no lock. Values stored into a shared
//! deque go through the sharing barrier first.
//!
//! As in CPython, a `state` counter changes with every change of length (and
//! on `rotate`); iterators and the comparing methods (`count`, `index`, `in`,
//! `remove`, `==`, ...) raise when it changes under them.

use crate::call::call;
use crate::object::{alloc_obj, barrier, downcast, lock_if_shared, ObjHeader, ValueArray};
use crate::ops::{self, CmpOp};
use crate::types::class::{as_class, as_instance, class_of, native_of, new_class, new_instance, type_name, ClassObj, Layout, NativeFn};
use crate::types::function::{new_builtin, new_module};
use crate::types::int::{int_from_i64, is_intlike, to_big, to_i64};
use crate::types::list::{new_list_obj, ListObj};
use crate::types::str::{intern, new_str};
use crate::types::tuple::{new_tuple, TupleObj};
use crate::{exc, raise, Exc, PyResult};
use morel_heap::{GcHeader, Value};
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering::Relaxed};
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

/// `maxlen` of an unbounded deque.
const UNBOUNDED: usize = usize::MAX;
/// The smallest buffer (a power of two).
const MIN_CAP: usize = 8;
/// Buffers at least this large shrink when mostly empty.
const SHRINK_FROM: usize = 64;
/// The most items `d * n` may make (a MemoryError beyond, not an abort).
const MAX_REPEAT: usize = 1 << 31;
/// CPython's name of the type, used in its error messages.
const TP_NAME: &str = "collections.deque";

#[repr(C)]
pub struct DequeObj {
    pub header: ObjHeader,
    /// The ring buffer; its length is a power of two, never zero.
    buf: AtomicPtr<ValueArray>,
    /// Slot of the leftmost item (always below the capacity).
    head: AtomicUsize,
    /// Number of items.
    len: AtomicUsize,
    /// Most items kept, `UNBOUNDED` for None.
    maxlen: AtomicUsize,
    /// Changes with every change of length and on rotation.
    state: AtomicUsize,
}

crate::py_vtable!(DequeObj, "deque", |o, t| t.ptr(o.buf.load(Relaxed) as *const GcHeader));

/// An iterator over a deque, from the left or (`reverse`) from the right.
#[repr(C)]
pub struct DequeIterObj {
    pub header: ObjHeader,
    /// The `DequeObj` walked.
    deque: Value,
    reverse: bool,
    /// The deque's length and state when the iterator was made.
    len: usize,
    state: usize,
    /// Items produced so far (updated under the deque's lock when shared).
    done: AtomicUsize,
}

crate::py_vtable!(DequeIterObj, "_deque_iterator", |o, t| t.value(o.deque));

struct Classes {
    deque: usize,
    iter: usize,
    reverse_iter: usize,
}

static CLASSES: OnceLock<Classes> = OnceLock::new();

fn deque_class() -> &'static ClassObj {
    // SAFETY: the class is rooted at install and immortal.
    unsafe { &*(CLASSES.get().expect("_collections installed").deque as *const ClassObj) }
}

/// `v` as a deque: a deque itself or the native part of an instance of a
/// subclass of deque.
#[inline]
pub fn deque_obj(v: Value) -> Option<&'static DequeObj> {
    match downcast::<DequeObj>(v) {
        Some(d) => Some(d),
        None => native_of(v).and_then(downcast::<DequeObj>),
    }
}

/// A new empty deque of the builtin class with room for `cap` items.
fn alloc_deque(cap: usize, maxlen: usize) -> &'static DequeObj {
    // The buffer first: the deque is not yet reachable while it allocates.
    let arr = ValueArray::new_zeroed(cap.max(MIN_CAP).next_power_of_two());
    alloc_obj::<DequeObj>(deque_class(), |header| DequeObj {
        header,
        buf: AtomicPtr::new(arr as *const ValueArray as *mut ValueArray),
        head: AtomicUsize::new(0),
        len: AtomicUsize::new(0),
        maxlen: AtomicUsize::new(maxlen),
        state: AtomicUsize::new(0),
    })
}

// ---------------------------------------------------------------------------
// storage: the `_raw` methods assume the caller holds the lock of a shared
// deque (or owns a local one) and run no Python code.

impl DequeObj {
    /// The number of items (no lock: one atomic word).
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.load(Relaxed)
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `maxlen`, None when unbounded.
    pub fn maxlen(&self) -> Option<usize> {
        Some(self.maxlen.load(Relaxed)).filter(|m| *m != UNBOUNDED)
    }
    #[inline(always)]
    fn state(&self) -> usize {
        self.state.load(Relaxed)
    }
    #[inline(always)]
    fn bump(&self) {
        // Under the lock (or on a local deque): a plain read-modify-write.
        self.state.store(self.state().wrapping_add(1), Relaxed);
    }
    #[inline(always)]
    fn arr(&self) -> &'static ValueArray {
        // SAFETY: `buf` always points to a live ValueArray: set at creation
        // and on every replacement, traced by the deque's vtable, and kept on
        // the caller's stack while it is used.
        unsafe { &*self.buf.load(Relaxed) }
    }
    #[inline(always)]
    fn head(&self) -> usize {
        self.head.load(Relaxed)
    }
    fn set_buf(&self, arr: &'static ValueArray, head: usize) {
        self.buf.store(arr as *const ValueArray as *mut ValueArray, Relaxed);
        self.head.store(head, Relaxed);
    }

    /// Item `i` (0 = leftmost), None past the end.
    #[inline]
    fn get_raw(&self, i: usize) -> Option<Value> {
        if i >= self.len() {
            return None;
        }
        let s = self.arr().as_slice();
        s.get((self.head() + i) & (s.len().wrapping_sub(1))).copied()
    }

    /// The slot of item `i` in buffer `s` (masked: always in bounds).
    #[inline(always)]
    fn slot(&self, s: &[Value], i: usize) -> usize {
        (self.head().wrapping_add(i)) & (s.len() - 1)
    }

    /// Copies the items into a new buffer of capacity `cap` (at least the
    /// length, a power of two), leftmost item in slot 0.
    #[cold]
    #[inline(never)]
    fn resize_raw(&self, cap: usize) {
        let new = ValueArray::new_zeroed(cap);
        let (old, n) = (self.arr().as_slice(), self.len());
        let dst = new.as_mut_slice();
        for (i, d) in dst.iter_mut().enumerate().take(n) {
            *d = old[self.slot(old, i)];
        }
        self.set_buf(new, 0);
    }

    #[inline]
    fn push_back_raw(&self, v: Value) {
        let n = self.len();
        if n == self.arr().len {
            // `v` stays visible to the collector on the stack while growing.
            self.resize_raw(n * 2);
        }
        let s = self.arr().as_mut_slice();
        let i = self.slot(s, n);
        s[i] = v;
        self.len.store(n + 1, Relaxed);
        self.bump();
    }

    #[inline]
    fn push_front_raw(&self, v: Value) {
        let n = self.len();
        if n == self.arr().len {
            self.resize_raw(n * 2);
        }
        let s = self.arr().as_mut_slice();
        let h = self.head().wrapping_sub(1) & (s.len() - 1);
        s[h] = v;
        self.head.store(h, Relaxed);
        self.len.store(n + 1, Relaxed);
        self.bump();
    }

    #[inline]
    fn pop_back_raw(&self) -> Option<Value> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let s = self.arr().as_mut_slice();
        let i = self.slot(s, n - 1);
        let v = std::mem::replace(&mut s[i], Value::NONE);
        self.len.store(n - 1, Relaxed);
        self.bump();
        self.maybe_shrink_raw();
        Some(v)
    }

    #[inline]
    fn pop_front_raw(&self) -> Option<Value> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let s = self.arr().as_mut_slice();
        let h = self.head() & (s.len() - 1);
        let v = std::mem::replace(&mut s[h], Value::NONE);
        self.head.store((h + 1) & (s.len() - 1), Relaxed);
        self.len.store(n - 1, Relaxed);
        self.bump();
        self.maybe_shrink_raw();
        Some(v)
    }

    /// Halves the buffer (or more) when at most an eighth of it is used:
    /// the copy is paid for by the pops since the last resize.
    #[inline(always)]
    fn maybe_shrink_raw(&self) {
        let cap = self.arr().len;
        if cap >= SHRINK_FROM && self.len() * 8 <= cap {
            self.resize_raw((self.len() * 2).next_power_of_two().max(MIN_CAP));
        }
    }

    /// Appends with the `maxlen` rule: a full deque drops its leftmost item.
    #[inline]
    fn append_raw(&self, v: Value) {
        let max = self.maxlen.load(Relaxed);
        if self.len() >= max {
            if max == 0 {
                return;
            }
            self.pop_front_raw();
        }
        self.push_back_raw(v);
    }

    /// Prepends with the `maxlen` rule: a full deque drops its rightmost item.
    #[inline]
    fn appendleft_raw(&self, v: Value) {
        let max = self.maxlen.load(Relaxed);
        if self.len() >= max {
            if max == 0 {
                return;
            }
            self.pop_back_raw();
        }
        self.push_front_raw(v);
    }

    /// Empties the deque (a new small buffer; the old one becomes garbage).
    fn clear_raw(&self, fresh: &'static ValueArray) {
        if self.is_empty() {
            return;
        }
        self.set_buf(fresh, 0);
        self.len.store(0, Relaxed);
        self.bump();
    }

    /// Rotates `n` steps to the right (left when negative).
    fn rotate_raw(&self, n: i64) {
        let len = self.len();
        if len <= 1 {
            return;
        }
        self.bump();
        let k = n.rem_euclid(len as i64) as usize;
        if k == 0 {
            return;
        }
        let s = self.arr().as_mut_slice();
        let mask = s.len() - 1;
        let mut h = self.head();
        if len == s.len() {
            // A full ring rotates by moving its start.
            self.head.store(h.wrapping_sub(k) & mask, Relaxed);
            return;
        }
        if k <= len / 2 {
            // the last k items move, one by one, to the front
            for _ in 0..k {
                let last = (h + len - 1) & mask;
                let v = std::mem::replace(&mut s[last], Value::NONE);
                h = h.wrapping_sub(1) & mask;
                s[h] = v;
            }
        } else {
            // the first len - k items move to the back
            for _ in 0..len - k {
                let v = std::mem::replace(&mut s[h], Value::NONE);
                s[(h + len) & mask] = v;
                h = (h + 1) & mask;
            }
        }
        self.head.store(h, Relaxed);
    }

    /// Reverses the items in place (the state does not change, as in CPython).
    fn reverse_raw(&self) {
        let n = self.len();
        let s = self.arr().as_mut_slice();
        for i in 0..n / 2 {
            let (a, b) = (self.slot(s, i), self.slot(s, n - 1 - i));
            s.swap(a, b);
        }
    }

    /// Inserts `v` before item `i` (`0 <= i <= len`), moving the shorter side.
    fn insert_raw(&self, i: usize, v: Value) {
        let n = self.len();
        if n == self.arr().len {
            self.resize_raw(n * 2);
        }
        let s = self.arr().as_mut_slice();
        let mask = s.len() - 1;
        let h = self.head();
        if i < n / 2 {
            // items 0..i move one slot left
            let nh = h.wrapping_sub(1) & mask;
            for k in 0..i {
                s[(nh + k) & mask] = s[(h + k) & mask];
            }
            s[(nh + i) & mask] = v;
            self.head.store(nh, Relaxed);
        } else {
            // items i..n move one slot right
            for k in (i..n).rev() {
                s[(h + k + 1) & mask] = s[(h + k) & mask];
            }
            s[(h + i) & mask] = v;
        }
        self.len.store(n + 1, Relaxed);
        self.bump();
    }

    /// Removes item `i` (`i < len`), closing the gap from the shorter side.
    fn remove_raw(&self, i: usize) -> Value {
        let n = self.len();
        let s = self.arr().as_mut_slice();
        let mask = s.len() - 1;
        let h = self.head();
        let v = s[(h + i) & mask];
        if i < n / 2 {
            // items 0..i move one slot right
            for k in (0..i).rev() {
                s[(h + k + 1) & mask] = s[(h + k) & mask];
            }
            s[h & mask] = Value::NONE;
            self.head.store((h + 1) & mask, Relaxed);
        } else {
            for k in i..n - 1 {
                s[(h + k) & mask] = s[(h + k + 1) & mask];
            }
            s[(h + n - 1) & mask] = Value::NONE;
        }
        self.len.store(n - 1, Relaxed);
        self.bump();
        self.maybe_shrink_raw();
        v
    }
}

// ---------------------------------------------------------------------------
// operations with their locks

impl DequeObj {
    /// `d.append(v)`; atomic on a shared deque.
    #[inline]
    pub fn append(&self, v: Value) {
        barrier(&self.header, v);
        let _g = lock_if_shared(&self.header);
        self.append_raw(v);
    }
    /// `d.appendleft(v)`; atomic on a shared deque.
    #[inline]
    pub fn appendleft(&self, v: Value) {
        barrier(&self.header, v);
        let _g = lock_if_shared(&self.header);
        self.appendleft_raw(v);
    }
    /// `d.pop()`, None when empty.
    #[inline]
    pub fn pop(&self) -> Option<Value> {
        let _g = lock_if_shared(&self.header);
        self.pop_back_raw()
    }
    /// `d.popleft()`, None when empty.
    #[inline]
    pub fn popleft(&self) -> Option<Value> {
        let _g = lock_if_shared(&self.header);
        self.pop_front_raw()
    }
    /// Item `i` (None past the end) for a loop that started at `state`:
    /// RuntimeError when the deque has changed since.
    fn get_unchanged(&self, i: usize, state: usize) -> PyResult<Option<Value>> {
        let _g = lock_if_shared(&self.header);
        if self.state() != state {
            return Err(mutated());
        }
        Ok(self.get_raw(i))
    }
    /// Empties the deque.
    pub fn clear(&self) {
        let fresh = ValueArray::new_zeroed(MIN_CAP);
        let _g = lock_if_shared(&self.header);
        self.clear_raw(fresh);
    }
    /// The items, in a new list (a GC root while the caller holds it).
    pub fn to_list(&self) -> &'static ListObj {
        let out = new_list_obj(self.len());
        let _g = lock_if_shared(&self.header);
        for i in 0..self.len() {
            if let Some(v) = self.get_raw(i) {
                out.items.push(v);
            }
        }
        out
    }
    /// Appends (or prepends, for `left`) every item of `src`.
    fn extend_from(&self, src: Value, left: bool) -> PyResult<()> {
        // `d.extend(d)`: the items as they were.
        let snapshot;
        let src = if deque_obj(src).is_some_and(|s| std::ptr::eq(s, self)) {
            snapshot = Value::from_ptr(self.to_list());
            snapshot
        } else {
            src
        };
        let push = |v: Value| if left { self.appendleft(v) } else { self.append(v) };
        // Specializations: exact lists and tuples are read directly.
        if let Some(t) = downcast::<TupleObj>(src) {
            t.as_slice().iter().for_each(|v| push(*v));
            return Ok(());
        }
        if let Some(l) = downcast::<ListObj>(src) {
            let mut i = 0;
            // `try_get`: a shared list may shrink meanwhile.
            while let Some(v) = l.items.try_get(i) {
                push(v);
                i += 1;
            }
            return Ok(());
        }
        let it = ops::iter(src)?;
        while let Some(v) = ops::next(it)? {
            push(v);
        }
        Ok(())
    }
}

#[cold]
fn mutated() -> crate::Exc {
    exc!(runtime_error, "deque mutated during iteration")
}

#[cold]
fn empty_pop() -> PyResult {
    raise!(index_error, "pop from an empty deque")
}

#[cold]
fn out_of_range() -> crate::Exc {
    exc!(index_error, "deque index out of range")
}

// ---------------------------------------------------------------------------
// argument helpers

/// The receiver of a deque method: a deque or an instance of a subclass.
#[inline]
fn this(args: &[Value], name: &str) -> PyResult<&'static DequeObj> {
    match args.first().and_then(|v| deque_obj(*v)) {
        Some(d) => Ok(d),
        None => bad_receiver(args, name),
    }
}

#[cold]
#[inline(never)]
fn bad_receiver(args: &[Value], name: &str) -> PyResult<&'static DequeObj> {
    match args.first() {
        Some(v) => raise!(
            type_error,
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            TP_NAME,
            type_name(*v)
        ),
        None => raise!(type_error, "descriptor '{}' of '{}' object needs an argument", name, TP_NAME),
    }
}

/// The receiver of a method taking exactly `n` positional arguments and no
/// keywords, with CPython's messages.
#[inline]
fn this_n(args: &[Value], kw: Kw, name: &str, n: usize) -> PyResult<&'static DequeObj> {
    let d = this(args, name)?;
    if args.len() != n + 1 || !kw.is_empty() {
        bad_count(args, kw, name, n)?;
    }
    Ok(d)
}

#[cold]
#[inline(never)]
fn bad_count(args: &[Value], kw: Kw, name: &str, n: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return raise!(type_error, "deque.{}() takes no keyword arguments", name);
    }
    let given = args.len() - 1;
    if name.starts_with("__") {
        return raise!(type_error, "expected {} argument{}, got {}", n, if n == 1 { "" } else { "s" }, given);
    }
    match n {
        0 => raise!(type_error, "deque.{}() takes no arguments ({} given)", name, given),
        1 => raise!(type_error, "deque.{}() takes exactly one argument ({} given)", name, given),
        _ => raise!(type_error, "{}() takes exactly {} arguments ({} given)", name, n, given),
    }
}

/// The int `v` stands for by the `__index__` protocol; None when it has none.
fn index_value(v: Value) -> PyResult<Option<Value>> {
    if is_intlike(v) {
        return Ok(Some(v));
    }
    let n = ops::int_native(v);
    if is_intlike(n) {
        return Ok(Some(n));
    }
    if as_instance(v).is_some() {
        if let Some(f) = class_of(v).lookup_str("__index__") {
            let r = call(f, &[v], &[])?;
            if is_intlike(r) {
                return Ok(Some(r));
            }
            return raise!(type_error, "__index__ returned non-int (type {})", type_name(r));
        }
    }
    Ok(None)
}

/// An int argument as an i64: a small int, or an int or `__index__` value
/// of any size. `big` gives the answer for an int beyond i64 (from the
/// int), `not_int` the error for anything else: the callers below differ
/// only in those, as CPython's messages do.
fn int_arg(v: Value, big: impl FnOnce(Value) -> PyResult<i64>, not_int: impl FnOnce(Value) -> Exc) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    match index_value(v)? {
        Some(n) => match to_i64(n) {
            Some(x) => Ok(x),
            None => big(n),
        },
        None => Err(not_int(v)),
    }
}

fn not_an_integer(v: Value) -> Exc {
    exc!(type_error, "'{}' object cannot be interpreted as an integer", type_name(v))
}

/// An integer argument (`rotate(n)`, `insert(i, x)`) as a C ssize_t.
fn ssize_arg(v: Value) -> PyResult<i64> {
    int_arg(v, |_| raise!(overflow_error, "Python int too large to convert to C ssize_t"), not_an_integer)
}

/// A subscript (`d[i]`): an int or `__index__`, never a slice.
fn subscript_arg(v: Value) -> PyResult<i64> {
    int_arg(v, |_| raise!(index_error, "cannot fit 'int' into an index-sized integer"), |v| {
        exc!(type_error, "sequence index must be integer, not '{}'", type_name(v))
    })
}

/// The index argument of `d.__getitem__(i)` and friends called as methods
/// (CPython's slot wrappers convert it with other messages than `d[i]`).
fn wrapper_index_arg(v: Value) -> PyResult<i64> {
    int_arg(v, |_| raise!(overflow_error, "cannot fit 'int' into an index-sized integer"), not_an_integer)
}

/// A bound of `index(x, start, stop)`: big ints clamp, as slice bounds do.
fn bound_arg(v: Value) -> PyResult<i64> {
    int_arg(
        v,
        |n| Ok(if to_big(n).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) { i64::MIN } else { i64::MAX }),
        |_| exc!(type_error, "slice indices must be integers or have an __index__ method"),
    )
}

/// `i` (negative from the end) as a position below `len`.
#[inline]
fn position(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as u64) < len as u64).then_some(j as usize)
}

/// Parses `(iterable=(), maxlen=None)` (receiver excluded): the iterable, if
/// any, and `maxlen` (`UNBOUNDED` for None).
fn init_args(args: &[Value], kw: Kw) -> PyResult<(Option<Value>, usize)> {
    if args.len() + kw.len() > 2 {
        return raise!(type_error, "deque() takes at most 2 arguments ({} given)", args.len() + kw.len());
    }
    let mut slots = [args.first().copied(), args.get(1).copied()];
    for (k, v) in kw {
        let name = crate::types::str::as_str(*k).unwrap_or("");
        let at = match name {
            "iterable" => 0,
            "maxlen" => 1,
            _ => return raise!(type_error, "'{}' is an invalid keyword argument for deque()", name),
        };
        if slots[at].is_some() {
            return raise!(type_error, "argument for deque() given by name ('{}') and position ({})", name, at + 1);
        }
        slots[at] = Some(*v);
    }
    let maxlen = match slots[1] {
        None => UNBOUNDED,
        Some(m) if m.is_none() => UNBOUNDED,
        Some(m) => {
            let m = if is_intlike(m) { m } else { ops::int_native(m) };
            if !is_intlike(m) {
                return raise!(type_error, "an integer is required");
            }
            match to_i64(m) {
                Some(n) if n < 0 => return raise!(value_error, "maxlen must be non-negative"),
                Some(n) => n as usize,
                None => return raise!(overflow_error, "Python int too large to convert to C ssize_t"),
            }
        }
    };
    Ok((slots[0], maxlen))
}

// ---------------------------------------------------------------------------
// construction

/// `deque(iterable=(), maxlen=None)` (args[0] is the class).
fn deque_ctor(args: &[Value], kw: Kw) -> PyResult {
    let (src, maxlen) = init_args(&args[1..], kw)?;
    // an exact list or tuple gives the buffer its final size at once
    let known = src.and_then(|s| match downcast::<ListObj>(s) {
        Some(l) => Some(l.items.len()),
        None => downcast::<TupleObj>(s).map(|t| t.len()),
    });
    let d = alloc_deque(known.unwrap_or(MIN_CAP).min(maxlen), maxlen);
    if let Some(src) = src {
        d.extend_from(src, false)?;
    }
    Ok(Value::from_ptr(d))
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque of class `cls`.
fn d_new(args: &[Value], _kw: Kw) -> PyResult {
    let Some(cls) = args.first().and_then(|c| as_class(*c)) else {
        return raise!(type_error, "deque.__new__(X): X is not a type object");
    };
    let native = Value::from_ptr(alloc_deque(MIN_CAP, UNBOUNDED));
    if std::ptr::eq(cls, deque_class()) {
        return Ok(native);
    }
    if !cls.is_subclass(deque_class()) {
        return raise!(type_error, "{}.__new__({}): {} is not a subtype of {}", TP_NAME, cls.name(), cls.name(), TP_NAME);
    }
    let inst = new_instance(cls);
    inst.native.set(native);
    Ok(Value::from_ptr(inst))
}

/// `d.__init__(iterable=(), maxlen=None)`: sets `maxlen`, empties, extends.
fn d_init(args: &[Value], kw: Kw) -> PyResult {
    let d = this(args, "__init__")?;
    let (src, maxlen) = init_args(&args[1..], kw)?;
    {
        let fresh = ValueArray::new_zeroed(MIN_CAP);
        let _g = lock_if_shared(&d.header);
        d.maxlen.store(maxlen, Relaxed);
        d.clear_raw(fresh);
    }
    if let Some(src) = src {
        d.extend_from(src, false)?;
    }
    Ok(Value::NONE)
}

/// A copy of deque `v` (`d.copy()`): a deque with the same items and
/// `maxlen`; for a subclass, `type(d)(d)` or `type(d)(d, maxlen)`.
fn copy_of(v: Value, d: &DequeObj) -> PyResult {
    if downcast::<DequeObj>(v).is_none() {
        let cls = Value::from_ptr(class_of(v));
        return match d.maxlen() {
            None => call(cls, &[v], &[]),
            Some(m) => call(cls, &[v, int_from_i64(m as i64)], &[]),
        };
    }
    let out = alloc_deque(d.len(), d.maxlen.load(Relaxed));
    let _g = lock_if_shared(&d.header);
    for i in 0..d.len() {
        if let Some(x) = d.get_raw(i) {
            out.push_back_raw(x);
        }
    }
    Ok(Value::from_ptr(out))
}

// ---------------------------------------------------------------------------
// methods

/// `d.append(x)`
fn d_append(args: &[Value], kw: Kw) -> PyResult {
    this_n(args, kw, "append", 1)?.append(args[1]);
    Ok(Value::NONE)
}

/// `d.appendleft(x)`
fn d_appendleft(args: &[Value], kw: Kw) -> PyResult {
    this_n(args, kw, "appendleft", 1)?.appendleft(args[1]);
    Ok(Value::NONE)
}

/// `d.pop()`
fn d_pop(args: &[Value], kw: Kw) -> PyResult {
    match this_n(args, kw, "pop", 0)?.pop() {
        Some(v) => Ok(v),
        None => empty_pop(),
    }
}

/// `d.popleft()`
fn d_popleft(args: &[Value], kw: Kw) -> PyResult {
    match this_n(args, kw, "popleft", 0)?.popleft() {
        Some(v) => Ok(v),
        None => empty_pop(),
    }
}

/// `d.extend(iterable)`
fn d_extend(args: &[Value], kw: Kw) -> PyResult {
    this_n(args, kw, "extend", 1)?.extend_from(args[1], false)?;
    Ok(Value::NONE)
}

/// `d.extendleft(iterable)`: each item in turn goes to the left end (so
/// they end up reversed).
fn d_extendleft(args: &[Value], kw: Kw) -> PyResult {
    this_n(args, kw, "extendleft", 1)?.extend_from(args[1], true)?;
    Ok(Value::NONE)
}

/// `d.clear()`
fn d_clear(args: &[Value], kw: Kw) -> PyResult {
    this_n(args, kw, "clear", 0)?.clear();
    Ok(Value::NONE)
}

/// `d.copy()` and `d.__copy__()`
fn d_copy(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "copy", 0)?;
    copy_of(args[0], d)
}

/// `d.count(x)`: the items equal to `x`.
fn d_count(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "count", 1)?;
    let (x, state) = (args[1], d.state());
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = d.get_unchanged(i, state)? {
        n += ops::eq_identity_first(v, x)? as i64;
        if d.state() != state {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(int_from_i64(n))
}

/// `d.index(x[, start[, stop]])`: the position of the first item equal to
/// `x` within the bounds (negative from the end, clamped).
fn d_index(args: &[Value], kw: Kw) -> PyResult {
    let d = this(args, "index")?;
    if !kw.is_empty() {
        return raise!(type_error, "deque.index() takes no keyword arguments");
    }
    if !(2..=4).contains(&args.len()) {
        return if args.len() < 2 {
            raise!(type_error, "index() takes at least 1 argument ({} given)", args.len() - 1)
        } else {
            raise!(type_error, "index() takes at most 3 arguments ({} given)", args.len() - 1)
        };
    }
    let x = args[1];
    let mut start = match args.get(2) {
        Some(v) => bound_arg(*v)?,
        None => 0,
    };
    let mut stop = match args.get(3) {
        Some(v) => bound_arg(*v)?,
        None => i64::MAX,
    };
    let n = d.len() as i64;
    if start < 0 {
        start = (start.saturating_add(n)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(n)).max(0);
    }
    stop = stop.min(n);
    start = start.min(stop);
    let state = d.state();
    for i in start..stop {
        let Some(v) = d.get_unchanged(i as usize, state)? else { break };
        if ops::eq_identity_first(v, x)? {
            return Ok(int_from_i64(i));
        }
        if d.state() != state {
            return Err(mutated());
        }
    }
    raise!(value_error, "{} is not in deque", ops::repr(x)?)
}

/// `d.insert(i, x)`: before position `i` (clamped, negative from the end).
fn d_insert(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "insert", 2)?;
    let i = ssize_arg(args[1])?;
    let x = args[2];
    barrier(&d.header, x);
    let _g = lock_if_shared(&d.header);
    let n = d.len();
    if d.maxlen().is_some_and(|m| n >= m) {
        return raise!(index_error, "deque already at its maximum size");
    }
    let n = n as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.insert_raw(at as usize, x);
    Ok(Value::NONE)
}

/// `d.remove(x)`: removes the first item equal to `x`.
fn d_remove(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "remove", 1)?;
    let (x, state) = (args[1], d.state());
    let mut i = 0;
    loop {
        let Some(v) = d.get_unchanged(i, state)? else {
            return raise!(value_error, "{} is not in deque", ops::repr(x)?);
        };
        let found = ops::eq_identity_first(v, x)?;
        if d.state() != state {
            return raise!(index_error, "deque mutated during iteration");
        }
        if found {
            let _g = lock_if_shared(&d.header);
            // A racing thread may have changed it since the comparison.
            if d.state() != state || i >= d.len() {
                return raise!(index_error, "deque mutated during iteration");
            }
            d.remove_raw(i);
            return Ok(Value::NONE);
        }
        i += 1;
    }
}

/// `d.reverse()`: in place.
fn d_reverse(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "reverse", 0)?;
    let _g = lock_if_shared(&d.header);
    d.reverse_raw();
    Ok(Value::NONE)
}

/// `d.rotate(n=1)`: `n` steps to the right (to the left when negative).
fn d_rotate(args: &[Value], kw: Kw) -> PyResult {
    let d = this(args, "rotate")?;
    if !kw.is_empty() {
        return raise!(type_error, "deque.rotate() takes no keyword arguments");
    }
    if args.len() > 2 {
        return raise!(type_error, "deque.rotate expected at most 1 argument, got {}", args.len() - 1);
    }
    let n = match args.get(1) {
        Some(v) => ssize_arg(*v)?,
        None => 1,
    };
    let _g = lock_if_shared(&d.header);
    d.rotate_raw(n);
    Ok(Value::NONE)
}

/// `d.maxlen` (read-only): None or an int.
fn d_maxlen_get(args: &[Value], _kw: Kw) -> PyResult {
    let d = this(args, "maxlen")?;
    Ok(match d.maxlen() {
        Some(m) => int_from_i64(m as i64),
        None => Value::NONE,
    })
}

/// `d.maxlen = v`: refused.
fn d_maxlen_set(_args: &[Value], _kw: Kw) -> PyResult {
    raise!(attribute_error, "attribute 'maxlen' of '{}' objects is not writable", TP_NAME)
}

/// `d.__len__()`
fn d_len(args: &[Value], kw: Kw) -> PyResult {
    Ok(int_from_i64(this_n(args, kw, "__len__", 0)?.len() as i64))
}

/// `d.__iter__()`
fn d_iter(args: &[Value], kw: Kw) -> PyResult {
    Ok(new_iter(this_n(args, kw, "__iter__", 0)?, false))
}

/// `d.__reversed__()`
fn d_reversed(args: &[Value], kw: Kw) -> PyResult {
    Ok(new_iter(this_n(args, kw, "__reversed__", 0)?, true))
}

/// `d.__contains__(x)`
fn d_contains(args: &[Value], kw: Kw) -> PyResult {
    Ok(Value::bool(contains(this_n(args, kw, "__contains__", 1)?, args[1])?))
}

/// `d.__getitem__(i)`
fn d_getitem(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__getitem__", 1)?;
    get_at(d, wrapper_index_arg(args[1])?)
}

/// `d.__setitem__(i, x)`
fn d_setitem(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__setitem__", 2)?;
    set_at(d, wrapper_index_arg(args[1])?, args[2])?;
    Ok(Value::NONE)
}

/// `d.__delitem__(i)`
fn d_delitem(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__delitem__", 1)?;
    del_at(d, wrapper_index_arg(args[1])?)?;
    Ok(Value::NONE)
}

/// `d.__repr__()`
fn d_repr(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__repr__", 0)?;
    Ok(new_str(&repr_of(args[0], d)?))
}

/// `d.__add__(other)`: NotImplemented unless `other` is a deque.
fn d_add(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__add__", 1)?;
    if deque_obj(args[1]).is_none() {
        return Ok(ops::not_implemented());
    }
    concat(args[0], d, args[1])
}

/// `d.__iadd__(iterable)`
fn d_iadd(args: &[Value], kw: Kw) -> PyResult {
    this_n(args, kw, "__iadd__", 1)?.extend_from(args[1], false)?;
    Ok(args[0])
}

/// `d.__mul__(n)` and `d.__rmul__(n)`
fn d_mul(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__mul__", 1)?;
    match index_value(args[1])? {
        Some(n) => repeat(args[0], d, n),
        None => Ok(ops::not_implemented()),
    }
}

/// `d.__imul__(n)`
fn d_imul(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__imul__", 1)?;
    match index_value(args[1])? {
        Some(n) => {
            repeat_in_place(d, n)?;
            Ok(args[0])
        }
        None => Ok(ops::not_implemented()),
    }
}

/// `d.__reduce__()`: `(type(d), (), state, iter(d))`, with `((), maxlen)`
/// as the arguments of a bounded deque; `state` is the instance dict of a
/// subclass instance, or None.
fn d_reduce(args: &[Value], kw: Kw) -> PyResult {
    let d = this_n(args, kw, "__reduce__", 0)?;
    let v = args[0];
    let state = match as_instance(v).map(|i| i.attrs()).filter(|a| !a.is_empty()) {
        Some(attrs) => {
            let dict = crate::types::dict::new_dict();
            let o = crate::types::dict::dict_obj(dict).unwrap();
            for (k, x) in attrs {
                o.set(k, x)?;
            }
            dict
        }
        None => Value::NONE,
    };
    let ctor_args = match d.maxlen() {
        None => new_tuple(&[]),
        Some(m) => {
            let empty = new_tuple(&[]);
            new_tuple(&[empty, int_from_i64(m as i64)])
        }
    };
    let it = new_iter(d, false);
    Ok(new_tuple(&[Value::from_ptr(class_of(v)), ctor_args, state, it]))
}

/// `deque.__class_getitem__(item)`: `deque[item]`, a generic alias.
fn d_class_getitem(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "__class_getitem__ expected 1 argument, got {}", args.len().saturating_sub(1));
    }
    Ok(crate::types::generic::new_alias(args[0], args[1]))
}

/// The rich comparisons `d.__eq__(other)` ... : NotImplemented unless both
/// are deques.
fn rich_method(args: &[Value], kw: Kw, op: CmpOp, name: &str) -> PyResult {
    let x = this_n(args, kw, name, 1)?;
    match deque_obj(args[1]) {
        Some(y) => compare_deques(op, x, y),
        None => Ok(ops::not_implemented()),
    }
}
fn d_eq(a: &[Value], k: Kw) -> PyResult {
    rich_method(a, k, CmpOp::Eq, "__eq__")
}
fn d_ne(a: &[Value], k: Kw) -> PyResult {
    rich_method(a, k, CmpOp::Ne, "__ne__")
}
fn d_lt(a: &[Value], k: Kw) -> PyResult {
    rich_method(a, k, CmpOp::Lt, "__lt__")
}
fn d_le(a: &[Value], k: Kw) -> PyResult {
    rich_method(a, k, CmpOp::Le, "__le__")
}
fn d_gt(a: &[Value], k: Kw) -> PyResult {
    rich_method(a, k, CmpOp::Gt, "__gt__")
}
fn d_ge(a: &[Value], k: Kw) -> PyResult {
    rich_method(a, k, CmpOp::Ge, "__ge__")
}

// ---------------------------------------------------------------------------
// the protocols, also called by `ops` for exact deques

/// `x in d`: compares from the left; RuntimeError when a comparison changes
/// the deque.
pub fn contains(d: &DequeObj, x: Value) -> PyResult<bool> {
    let state = d.state();
    let mut i = 0;
    while let Some(v) = d.get_unchanged(i, state)? {
        if ops::eq_identity_first(v, x)? {
            return Ok(true);
        }
        if d.state() != state {
            return Err(mutated());
        }
        i += 1;
    }
    Ok(false)
}

/// `d[i]` (negative from the end).
pub fn getitem(d: &DequeObj, key: Value) -> PyResult {
    get_at(d, subscript_arg(key)?)
}

/// `d[i] = x`.
pub fn setitem(d: &DequeObj, key: Value, x: Value) -> PyResult<()> {
    set_at(d, subscript_arg(key)?, x)
}

/// `del d[i]`.
pub fn delitem(d: &DequeObj, key: Value) -> PyResult<()> {
    del_at(d, subscript_arg(key)?)
}

/// Item `i`, negative from the end (the length is read under the lock:
/// another thread may have shrunk the deque since the caller looked).
fn get_at(d: &DequeObj, i: i64) -> PyResult {
    let _g = lock_if_shared(&d.header);
    position(i, d.len()).and_then(|j| d.get_raw(j)).ok_or_else(out_of_range)
}

fn set_at(d: &DequeObj, i: i64, x: Value) -> PyResult<()> {
    barrier(&d.header, x);
    let _g = lock_if_shared(&d.header);
    let j = position(i, d.len()).ok_or_else(out_of_range)?;
    let s = d.arr().as_mut_slice();
    let k = d.slot(s, j);
    s[k] = x;
    Ok(())
}

fn del_at(d: &DequeObj, i: i64) -> PyResult<()> {
    let _g = lock_if_shared(&d.header);
    let j = position(i, d.len()).ok_or_else(out_of_range)?;
    d.remove_raw(j);
    Ok(())
}

/// `iter(d)` (or `reversed(d)` for `reverse`).
pub fn new_iter(d: &'static DequeObj, reverse: bool) -> Value {
    let c = CLASSES.get().expect("_collections installed");
    let cls = (if reverse { c.reverse_iter } else { c.iter }) as *const ClassObj;
    let (len, state) = {
        let _g = lock_if_shared(&d.header);
        (d.len(), d.state())
    };
    Value::from_ptr(alloc_obj::<DequeIterObj>(cls, |header| DequeIterObj {
        header,
        deque: Value::from_ptr(d),
        reverse,
        len,
        state,
        done: AtomicUsize::new(0),
    }))
}

/// `next(it)` of a deque iterator: RuntimeError once the deque has changed
/// length (or rotated) since the iterator was made.
fn iter_next(it: Value) -> PyResult<Option<Value>> {
    let it = crate::object::cast::<DequeIterObj>(it);
    let d = crate::object::cast::<DequeObj>(it.deque);
    let _g = lock_if_shared(&d.header);
    if d.state() != it.state {
        it.done.store(it.len, Relaxed);
        return Err(mutated());
    }
    let k = it.done.load(Relaxed);
    if k >= it.len {
        return Ok(None);
    }
    // The state is unchanged, so the length is `it.len`.
    let v = d.get_raw(if it.reverse { it.len - 1 - k } else { k });
    it.done.store(k + 1, Relaxed);
    Ok(v)
}

/// `it.__length_hint__()`: the items left.
fn iter_length_hint(args: &[Value], _kw: Kw) -> PyResult {
    match args.first().and_then(|v| downcast::<DequeIterObj>(*v)) {
        Some(it) => Ok(int_from_i64(it.len.saturating_sub(it.done.load(Relaxed)) as i64)),
        None => raise!(type_error, "descriptor '__length_hint__' requires a '_collections._deque_iterator' object"),
    }
}

/// `repr(d)`: `deque([1, 2])`, `deque([1, 2], maxlen=3)`, named after the
/// class of `v`; `[...]` for a deque inside itself.
pub fn repr_of(v: Value, d: &DequeObj) -> PyResult<String> {
    let mut recursive = true;
    let body = ops::with_repr_guard(v, "[...]", || {
        recursive = false;
        let items = Value::from_ptr(d.to_list());
        let r = ops::repr(items);
        std::hint::black_box(items);
        r
    })?;
    if recursive {
        return Ok(body);
    }
    let name = class_of(v).name();
    Ok(match d.maxlen() {
        None => format!("{}({})", name, body),
        Some(m) => format!("{}({}, maxlen={})", name, body, m),
    })
}

/// The rich comparison of two deques: item by item, the first unequal pair
/// decides (with `op`), else the lengths; RuntimeError when a comparison
/// changes either deque.
pub fn compare_deques(op: CmpOp, x: &DequeObj, y: &DequeObj) -> PyResult {
    let (xs, ys) = (x.len(), y.len());
    let same = std::ptr::eq(x, y);
    match op {
        CmpOp::Eq if same || xs != ys => return Ok(Value::bool(same)),
        CmpOp::Ne if same || xs != ys => return Ok(Value::bool(!same)),
        _ => {}
    }
    let (sx, sy) = (x.state(), y.state());
    let mut i = 0;
    loop {
        let a = x.get_unchanged(i, sx)?;
        let b = y.get_unchanged(i, sy)?;
        let (Some(a), Some(b)) = (a, b) else {
            // the end of one deque or of both
            let (more_x, more_y) = (a.is_some(), b.is_some());
            return Ok(Value::bool(match op {
                CmpOp::Lt => more_y,
                CmpOp::Le => !more_x,
                CmpOp::Eq => more_x == more_y,
                CmpOp::Ne => more_x != more_y,
                CmpOp::Gt => more_x,
                CmpOp::Ge => !more_y,
            }));
        };
        if !ops::eq_identity_first(a, b)? {
            let r = ops::compare(op, a, b)?;
            return Ok(Value::bool(ops::truthy(r)?));
        }
        i += 1;
    }
}

/// `ops::compare` of two exact deques (instances of subclasses compare
/// through their `__eq__`, ... methods); None for other operands.
/// An ordering of an exact deque with a value of another builtin type is a
/// TypeError naming the type as CPython does.
#[inline]
pub fn compare(op: CmpOp, a: Value, b: Value) -> Option<PyResult> {
    match (downcast::<DequeObj>(a), downcast::<DequeObj>(b)) {
        (Some(x), Some(y)) => Some(compare_deques(op, x, y)),
        (None, None) => None,
        _ if matches!(op, CmpOp::Eq | CmpOp::Ne) || as_instance(a).is_some() || as_instance(b).is_some() => None,
        _ => Some(raise!(
            type_error,
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            tp_name(a),
            tp_name(b)
        )),
    }
}

/// A type's name as CPython's messages give it (`collections.deque`).
fn tp_name(v: Value) -> &'static str {
    if downcast::<DequeObj>(v).is_some() {
        TP_NAME
    } else {
        type_name(v)
    }
}

/// `d + other` (`other` a deque): a copy of `d` extended by `other`.
fn concat(v: Value, d: &DequeObj, other: Value) -> PyResult {
    let out = copy_of(v, d)?;
    let Some(o) = deque_obj(out) else {
        return raise!(type_error, "copy of a deque is not a deque");
    };
    o.extend_from(other, false)?;
    Ok(out)
}

/// `d * n`: a copy of `d` repeated `n` times (`n` an int).
fn repeat(v: Value, d: &DequeObj, n: Value) -> PyResult {
    let out = copy_of(v, d)?;
    let Some(o) = deque_obj(out) else {
        return raise!(type_error, "copy of a deque is not a deque");
    };
    repeat_in_place(o, n)?;
    Ok(out)
}

/// `d *= n` (`n` an int): the items `n` times over, of which a bounded deque
/// keeps the last `maxlen`; empty for `n <= 0`.
fn repeat_in_place(d: &DequeObj, n: Value) -> PyResult<()> {
    let Some(n) = to_i64(n) else {
        return raise!(overflow_error, "cannot fit 'int' into an index-sized integer");
    };
    if n <= 0 {
        d.clear();
        return Ok(());
    }
    let _g = lock_if_shared(&d.header);
    let len = d.len();
    if len == 0 || n == 1 {
        return Ok(());
    }
    let total = (len as u64).saturating_mul(n as u64);
    let keep = total.min(d.maxlen.load(Relaxed) as u64);
    if keep > MAX_REPEAT as u64 {
        return raise!(memory_error, "");
    }
    let keep = keep as usize;
    // The kept items are the last `keep` of the repetition: item k of the
    // result is item (skip + k) % len of the original.
    let skip = ((total - keep as u64) % len as u64) as usize;
    let new = ValueArray::new_zeroed(keep.max(MIN_CAP).next_power_of_two());
    let (old, dst) = (d.arr().as_slice(), new.as_mut_slice());
    for (k, slot) in dst.iter_mut().enumerate().take(keep) {
        *slot = old[d.slot(old, (skip + k) % len)];
    }
    d.set_buf(new, 0);
    d.len.store(keep, Relaxed);
    d.bump();
    Ok(())
}

/// The arithmetic of `ops::binop` with a deque operand (exact or not):
/// `d + deque`, `d += iterable`, `d * n`, `n * d`, `d *= n`. None when it
/// does not apply (the generic protocol then decides, errors included).
pub fn binop(op: ops::BinOp, a: Value, b: Value, inplace: bool) -> Option<PyResult> {
    match op {
        ops::BinOp::Add => {
            let x = downcast::<DequeObj>(a)?;
            if inplace {
                return Some(x.extend_from(b, false).map(|_| a));
            }
            if deque_obj(b).is_some() {
                return Some(concat(a, x, b));
            }
            if has_reflected(b, "__radd__") {
                return None;
            }
            Some(raise!(type_error, "can only concatenate deque (not \"{}\") to deque", type_name(b)))
        }
        ops::BinOp::Mul => {
            let (x, v, n) = match (downcast::<DequeObj>(a), downcast::<DequeObj>(b)) {
                (Some(x), _) => (x, a, b),
                (None, Some(y)) if !inplace && is_intlike(a) => (y, b, a),
                _ => return None,
            };
            if !is_intlike(n) && has_reflected(n, "__rmul__") {
                return None;
            }
            Some((|| {
                let Some(count) = index_value(n)? else {
                    return raise!(type_error, "can't multiply sequence by non-int of type '{}'", type_name(n));
                };
                if inplace {
                    repeat_in_place(x, count)?;
                    return Ok(a);
                }
                repeat(v, x, count)
            })())
        }
        _ => {
            // no other operator applies to a deque: name it as CPython does
            // (`"%s" % d` and the like belong to the other operand)
            let deque_operand = downcast::<DequeObj>(a).is_some()
                || (downcast::<DequeObj>(b).is_some() && (a.is_float() || is_intlike(a)));
            if !deque_operand || as_instance(b).is_some() {
                return None;
            }
            let sym = if op == ops::BinOp::Pow { "** or pow()".to_string() } else { format!("{}{}", op.symbol(), if inplace { "=" } else { "" }) };
            Some(raise!(type_error, "unsupported operand type(s) for {}: '{}' and '{}'", sym, tp_name(a), tp_name(b)))
        }
    }
}

/// Whether `v` is an instance whose class defines `name` (a reflected
/// operator that must get its chance before the sequence operation fails).
fn has_reflected(v: Value, name: &str) -> bool {
    as_instance(v).is_some() && class_of(v).lookup_str(name).is_some()
}

// ---------------------------------------------------------------------------
// installation

/// Creates the `_collections` module: `deque` and its iterator types.
pub fn install() {
    let cls = new_class("deque", &[], Layout::Builtin);
    cls.module.set(intern("collections"));
    crate::add_root(Value::from_ptr(cls));
    let iter = new_class("_deque_iterator", &[], Layout::Builtin);
    let reverse_iter = new_class("_deque_reverse_iterator", &[], Layout::Builtin);
    for c in [iter, reverse_iter] {
        c.module.set(intern("_collections"));
        crate::add_root(Value::from_ptr(c));
        c.set_attr(intern("__length_hint__"), new_builtin("__length_hint__", iter_length_hint, Value::from_ptr(c))).unwrap();
    }
    let _ = CLASSES.set(Classes {
        deque: cls as *const ClassObj as usize,
        iter: iter as *const ClassObj as usize,
        reverse_iter: reverse_iter as *const ClassObj as usize,
    });
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", d_new),
        ("__init__", d_init),
        ("append", d_append),
        ("appendleft", d_appendleft),
        ("pop", d_pop),
        ("popleft", d_popleft),
        ("extend", d_extend),
        ("extendleft", d_extendleft),
        ("clear", d_clear),
        ("copy", d_copy),
        ("__copy__", d_copy),
        ("count", d_count),
        ("index", d_index),
        ("insert", d_insert),
        ("remove", d_remove),
        ("reverse", d_reverse),
        ("rotate", d_rotate),
        ("__len__", d_len),
        ("__iter__", d_iter),
        ("__reversed__", d_reversed),
        ("__contains__", d_contains),
        ("__getitem__", d_getitem),
        ("__setitem__", d_setitem),
        ("__delitem__", d_delitem),
        ("__repr__", d_repr),
        ("__add__", d_add),
        ("__iadd__", d_iadd),
        ("__mul__", d_mul),
        ("__rmul__", d_mul),
        ("__imul__", d_imul),
        ("__reduce__", d_reduce),
        ("__eq__", d_eq),
        ("__ne__", d_ne),
        ("__lt__", d_lt),
        ("__le__", d_le),
        ("__gt__", d_gt),
        ("__ge__", d_ge),
    ];
    let owner = Value::from_ptr(cls);
    cls.add_methods(methods);
    cls.set_attr(intern("__hash__"), Value::NONE).unwrap();
    let cgi = crate::builtins::make_classmethod(new_builtin("__class_getitem__", d_class_getitem, owner));
    cls.set_attr(intern("__class_getitem__"), cgi).unwrap();
    let property = crate::builtins_module().get(intern("property")).expect("property is a builtin");
    let getter = new_builtin("maxlen", d_maxlen_get, owner);
    let setter = new_builtin("maxlen", d_maxlen_set, owner);
    let maxlen = call(property, &[getter, setter], &[]).expect("property(maxlen)");
    cls.set_attr(intern("maxlen"), maxlen).unwrap();
    cls.ctor.set(Some(deque_ctor));
    ops::register_iterator(<DequeIterObj as crate::object::PyType>::VTABLE, iter_next);

    let m = new_module("_collections", Value::NONE);
    m.set("deque", owner);
    m.set("_deque_iterator", Value::from_ptr(iter));
    m.set("_deque_reverse_iterator", Value::from_ptr(reverse_iter));
    crate::modules::register_module("_collections", Value::from_ptr(m));
}
