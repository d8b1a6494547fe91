//! `set` and `frozenset`: an open-addressing hash table laid out as CPython's
//! (8 slots minimum, linear probes then perturbed probing, growth at 60%
//! fill), so iteration order matches CPython's for ints and other values
//! with deterministic hashes.
//!
//! The table is a GC `ValueArray` of (hash, key) pairs; an empty slot has key
//! UNBOUND and hash 0, a deleted slot ("dummy") has key UNBOUND and hash -1.

use crate::object::{alloc_obj, downcast, ValueArray};
use crate::{ops, PyResult};
use morel_heap::Value;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::OnceLock;

#[repr(C)]
pub struct SetObj {
    pub header: crate::object::ObjHeader,
    /// Concurrency: one array holds the whole table, replaced (Release) on
    /// resize, so a lock-free reader probes one consistent table; writers of
    /// a shared set hold its `lock_if_shared` lock.
    table: AtomicPtr<ValueArray>,
    /// Live keys.
    used: AtomicUsize,
    /// Live keys plus dummies.
    fill: AtomicUsize,
    pub frozen: bool,
}

crate::py_vtable!(SetObj, "set", |o, t| t.ptr(o.table.load(Ordering::Relaxed) as *const morel_heap::GcHeader));

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const DUMMY_HASH: i64 = -1;

struct SetClasses {
    set: usize,
    frozenset: usize,
}
static SET_CLASSES: OnceLock<SetClasses> = OnceLock::new();

/// Creates the `set` and `frozenset` classes (the builtins install their methods).
pub fn install_classes() -> (&'static crate::types::class::ClassObj, &'static crate::types::class::ClassObj) {
    let set = crate::types::class::new_class("set", &[], crate::types::class::Layout::Builtin);
    let fs = crate::types::class::new_class("frozenset", &[], crate::types::class::Layout::Builtin);
    for c in [set, fs] {
        c.module.set(crate::types::str::intern("builtins"));
        crate::add_root(Value::from_ptr(c));
    }
    let _ = SET_CLASSES.set(SetClasses {
        set: set as *const _ as usize,
        frozenset: fs as *const _ as usize,
    });
    (set, fs)
}

pub fn new_set(frozen: bool) -> &'static SetObj {
    new_set_of_size(frozen, MIN_SIZE)
}

/// A new empty set whose first operation will be `merge_from(other)`: its
/// table is allocated at the size that merge would resize an empty set to
/// (so the result is laid out as CPython's), instead of a minimal table
/// allocated and then replaced.
pub fn new_set_for_merge(frozen: bool, other: &SetObj) -> &'static SetObj {
    let live = other.len();
    if live * 5 < (MIN_SIZE - 1) * 3 {
        return new_set(frozen);
    }
    new_set_of_size(frozen, table_size_for(live * 2))
}

/// The table size (slots) a resize for `minused` keys picks.
fn table_size_for(minused: usize) -> usize {
    let mut size = MIN_SIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

fn new_set_of_size(frozen: bool, slots: usize) -> &'static SetObj {
    let table = ValueArray::new_zeroed(2 * slots);
    clear_table(table);
    let sc = SET_CLASSES.get().expect("sets installed");
    let cls = if frozen { sc.frozenset } else { sc.set } as *const crate::types::class::ClassObj;
    alloc_obj::<SetObj>(cls, |header| SetObj {
        header,
        table: AtomicPtr::new(table as *const ValueArray as *mut ValueArray),
        used: AtomicUsize::new(0),
        fill: AtomicUsize::new(0),
        frozen,
    })
}

fn clear_table(t: &ValueArray) {
    for pair in t.as_mut_slice().chunks_mut(2) {
        pair[0] = Value::small_int(0);
        pair[1] = Value::UNBOUND;
    }
}

#[inline]
pub fn as_set(v: Value) -> Option<&'static SetObj> {
    match downcast::<SetObj>(v) {
        Some(o) => Some(o),
        None => crate::types::class::native_of(v).and_then(downcast::<SetObj>),
    }
}

/// CPython folds hashes to a C long; ours fit an inline int after masking.
fn stored_hash(h: i64) -> i64 {
    h & ((1 << 46) - 1)
}

impl SetObj {
    fn table(&self) -> &'static ValueArray {
        // SAFETY: `table` always points to the live array traced by this set
        // (once loaded, this thread's stack keeps it alive); Acquire pairs
        // with the Release store that published it.
        unsafe { &*self.table.load(Ordering::Acquire) }
    }
    fn mask(&self) -> usize {
        self.table().len / 2 - 1
    }
    pub fn len(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn set_used(&self, n: usize) {
        self.used.store(n, Ordering::Relaxed);
    }
    fn set_fill(&self, n: usize) {
        self.fill.store(n, Ordering::Relaxed);
    }
    fn publish(&self, t: &'static ValueArray) {
        self.table.store(t as *const ValueArray as *mut ValueArray, Ordering::Release);
    }
    /// Keys in table order (iteration order).
    /// Keys in table order (iteration order); the snapshot keeps the set alive.
    pub fn keys(&self) -> crate::object::Snapshot<Value> {
        let t = self.table().as_slice();
        let v = (0..t.len() / 2).filter(|i| !t[2 * i + 1].is_unbound()).map(|i| t[2 * i + 1]).collect();
        crate::object::Snapshot::new(v, self as *const SetObj as *const morel_heap::GcHeader)
    }
    /// The key in slot `i`, if live (for iterators).
    pub fn slot(&self, i: usize) -> Option<Value> {
        let t = self.table().as_slice();
        t.get(2 * i + 1).copied().filter(|k| !k.is_unbound())
    }
    pub fn slots(&self) -> usize {
        self.table().len / 2
    }

    /// CPython's probe sequence: from `hash & mask`, when 9 more slots fit
    /// before the end of the table they are probed linearly; then a
    /// perturbed jump. `full` is the full hash, `folded` what the table stores.
    fn lookup(&self, key: Value, full: i64, folded: i64) -> PyResult<(Option<usize>, usize)> {
        // One table for the whole probe (a resize may publish another).
        let table = self.table();
        let t = table.as_slice();
        let mask = t.len() / 2 - 1;
        let mut perturb = full as u64;
        let mut i = (full as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let (h, k) = (t[2 * j].as_small_int(), t[2 * j + 1]);
                if k.is_unbound() {
                    if h == 0 {
                        return Ok((None, free.unwrap_or(j)));
                    }
                    if free.is_none() {
                        free = Some(j);
                    }
                } else if k == key || (h == folded && ops::eq(k, key)?) {
                    return Ok((Some(j), j));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn contains(&self, key: Value) -> PyResult<bool> {
        let full = ops::hash(key)?;
        Ok(self.lookup(key, full, stored_hash(full))?.0.is_some())
    }

    /// Adds `key`; returns false if it was present.
    pub fn add(&self, key: Value) -> PyResult<bool> {
        let full = ops::hash(key)?;
        let h = stored_hash(full);
        crate::object::barrier(&self.header, key);
        let _g = crate::object::lock_if_shared(&self.header);
        let (found, slot) = self.lookup(key, full, h)?;
        if found.is_some() {
            return Ok(false);
        }
        let t = self.table().as_mut_slice();
        let was_dummy = t[2 * slot].as_small_int() == DUMMY_HASH;
        t[2 * slot] = Value::small_int(h);
        t[2 * slot + 1] = key;
        self.set_used(self.len() + 1);
        if !was_dummy {
            self.set_fill(self.fill.load(Ordering::Relaxed) + 1);
            if self.fill.load(Ordering::Relaxed) * 5 >= self.mask() * 3 {
                let used = self.len();
                self.resize(if used > 50000 { used * 2 } else { used * 4 });
            }
        }
        Ok(true)
    }

    fn resize(&self, minused: usize) {
        let size = table_size_for(minused);
        let old = self.table();
        let new = ValueArray::new_zeroed(2 * size);
        clear_table(new);
        let mask = size - 1;
        let o = old.as_slice();
        for i in 0..o.len() / 2 {
            let k = o[2 * i + 1];
            if k.is_unbound() {
                continue;
            }
            let h = o[2 * i].as_small_int();
            // Re-hashing cannot fail: the key was hashed when it was added.
            let full = ops::hash(k).unwrap_or(h);
            let mut perturb = full as u64;
            let mut p = (full as u64 as usize) & mask;
            let n = new.as_mut_slice();
            'outer: loop {
                let probes = if p + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
                for j in p..=p + probes {
                    if n[2 * j + 1].is_unbound() {
                        n[2 * j] = Value::small_int(h);
                        n[2 * j + 1] = k;
                        break 'outer;
                    }
                }
                perturb >>= PERTURB_SHIFT;
                p = (p.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
        }
        self.publish(new);
        self.set_fill(self.len());
    }

    /// Adds every key of `other`, as CPython merges sets (which decides the
    /// iteration order of the result): one resize up front when the keys
    /// would overflow the table, then, when this set is empty and both
    /// tables have the same size and `other` has no deleted slots, a straight
    /// copy of the table (no hashing, no probing); otherwise one `add` per key.
    pub fn merge_from(&self, other: &SetObj) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        // One consistent table of `other` for the whole merge; its counts
        // are taken from the table itself, not from `other`'s counters,
        // which another thread may be changing.
        let src = other.table().as_slice();
        let (mut live, mut dummies) = (0, 0);
        for pair in src.chunks_exact(2) {
            if !pair[1].is_unbound() {
                live += 1;
            } else if pair[0].as_small_int() == DUMMY_HASH {
                dummies += 1;
            }
        }
        if live == 0 {
            return Ok(());
        }
        {
            let _g = crate::object::lock_if_shared(&self.header);
            if (self.fill.load(Ordering::Relaxed) + live) * 5 >= self.mask() * 3 {
                self.resize((self.len() + live) * 2);
            }
            let t = self.table().as_mut_slice();
            if self.fill.load(Ordering::Relaxed) == 0 && t.len() == src.len() && dummies == 0 {
                if self.header.is_shared() {
                    for pair in src.chunks_exact(2) {
                        crate::object::share(pair[1]);
                    }
                }
                // Concurrency: as in `add`, each slot's hash is written
                // before its key; a racing reader skips unbound keys.
                t.copy_from_slice(src);
                self.set_used(live);
                self.set_fill(live);
                return Ok(());
            }
        }
        for pair in src.chunks_exact(2) {
            if !pair[1].is_unbound() {
                self.add(pair[1])?;
            }
        }
        Ok(())
    }

    /// Removes `key`; returns false if absent.
    pub fn discard(&self, key: Value) -> PyResult<bool> {
        let full = ops::hash(key)?;
        let _g = crate::object::lock_if_shared(&self.header);
        match self.lookup(key, full, stored_hash(full))?.0 {
            Some(j) => {
                let t = self.table().as_mut_slice();
                t[2 * j] = Value::small_int(DUMMY_HASH);
                t[2 * j + 1] = Value::UNBOUND;
                self.set_used(self.len() - 1);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn clear(&self) {
        let table = ValueArray::new_zeroed(2 * MIN_SIZE);
        clear_table(table);
        let _g = crate::object::lock_if_shared(&self.header);
        self.publish(table);
        self.set_used(0);
        self.set_fill(0);
    }

    /// Removes and returns an arbitrary key (CPython scans from a finger; we scan from the start).
    pub fn pop(&self) -> Option<Value> {
        let _g = crate::object::lock_if_shared(&self.header);
        let t = self.table().as_mut_slice();
        for i in 0..t.len() / 2 {
            if !t[2 * i + 1].is_unbound() {
                let k = t[2 * i + 1];
                t[2 * i] = Value::small_int(DUMMY_HASH);
                t[2 * i + 1] = Value::UNBOUND;
                self.set_used(self.len() - 1);
                return Some(k);
            }
        }
        None
    }
}

/// A new set (or frozenset) holding the items of any iterable.
pub fn set_from_iter(src: Value, frozen: bool) -> PyResult<&'static SetObj> {
    if let Some(o) = as_set(src) {
        let s = new_set_for_merge(frozen, o);
        s.merge_from(o)?;
        return Ok(s);
    }
    let s = new_set(frozen);
    let it = ops::iter(src)?;
    while let Some(v) = ops::next(it)? {
        s.add(v)?;
    }
    Ok(s)
}

/// CPython's frozenset hash: a shuffled xor of item hashes.
pub fn frozenset_hash(s: &SetObj) -> PyResult<i64> {
    let mut hash: u64 = 0;
    for k in s.keys() {
        let h = ops::hash(k)? as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    Ok(if h == -1 { 590923713 } else { h })
}

