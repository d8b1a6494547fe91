//! `dict`: an insertion-ordered hash map.
//!
//! Entries live in a GC-managed `ValueVec` as triples (hash, key, value); a
//! deleted entry keeps its place with key `UNBOUND` until the next compaction,
//! which keeps iteration order equal to insertion order. The index is an
//! open-addressing table of entry numbers (no Values, so plain Rust memory).

use crate::object::{alloc_obj, downcast, ValueVec};
use crate::{classes, ops, PyResult};
use morel_heap::Value;
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct DictObj {
    pub header: crate::object::ObjHeader,
    entries: ValueVec,
    index: UnsafeCell<Vec<u32>>,
    live: Cell<usize>,
}

const EMPTY: u32 = u32::MAX;

unsafe fn finalize_dict(o: *mut morel_heap::GcHeader) {
    // SAFETY: called once by the sweeper on a dead DictObj; frees its index.
    unsafe { std::ptr::drop_in_place((*(o as *mut DictObj)).index.get()) }
}

crate::py_vtable!(DictObj, "dict", |o, t| o.entries.trace(t), Some(finalize_dict));

pub fn new_dict() -> Value {
    Value::from_ptr(new_dict_obj())
}

pub fn new_dict_obj() -> &'static DictObj {
    let entries = ValueVec::with_capacity(0);
    alloc_obj::<DictObj>(classes().dict, |header| DictObj {
        header,
        entries,
        index: UnsafeCell::new(Vec::new()),
        live: Cell::new(0),
    })
}

#[inline]
pub fn dict_obj(v: Value) -> Option<&'static DictObj> {
    match downcast::<DictObj>(v) {
        Some(o) => Some(o),
        None => crate::types::class::native_of(v).and_then(downcast::<DictObj>),
    }
}

impl DictObj {
    #[inline]
    pub fn len(&self) -> usize {
        self.live.get()
    }
    pub fn is_empty(&self) -> bool {
        self.live.get() == 0
    }
    #[allow(clippy::mut_from_ref)]
    fn index(&self) -> &mut Vec<u32> {
        // SAFETY: the index is only touched by the dict's own methods, which
        // never hold two references at once; concurrent mutation of a shared
        // dict is serialised by its lock (see docs/architecture.md).
        unsafe { &mut *self.index.get() }
    }
    /// Number of entry slots (live and deleted).
    pub fn slots(&self) -> usize {
        self.entries.len() / 3
    }
    /// The entry at slot `i`, if it is live.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<(Value, Value)> {
        let e = self.entries.as_slice();
        if 3 * i + 2 >= e.len() {
            return None;
        }
        let k = e[3 * i + 1];
        if k.is_unbound() {
            None
        } else {
            Some((k, e[3 * i + 2]))
        }
    }
    /// The live (key, value) pairs in order; the snapshot keeps the dict alive.
    pub fn items(&self) -> crate::object::Snapshot<(Value, Value)> {
        let v = (0..self.slots()).filter_map(|i| self.entry(i)).collect();
        crate::object::Snapshot::new(v, self as *const DictObj as *const morel_heap::GcHeader)
    }

    /// Finds the slot of `key`, returning (slot, index position) or the free position.
    fn find(&self, key: Value, hash: i64) -> PyResult<Result<(usize, usize), usize>> {
        let index = self.index();
        if index.is_empty() {
            return Ok(Err(usize::MAX));
        }
        let mask = index.len() - 1;
        let mut pos = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let ix = self.index()[pos];
            if ix == EMPTY {
                return Ok(Err(pos));
            }
            let e = self.entries.as_slice();
            let i = ix as usize;
            let k = e[3 * i + 1];
            if !k.is_unbound() && (k == key || (e[3 * i].as_small_int() == hash && ops::eq(k, key)?)) {
                return Ok(Ok((i, pos)));
            }
            perturb >>= 5;
            pos = (pos.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    pub fn get(&self, key: Value) -> PyResult<Option<Value>> {
        let h = fold_hash(ops::hash(key)?);
        Ok(match self.find(key, h)? {
            Ok((i, _)) => Some(self.entries.get(3 * i + 2)),
            Err(_) => None,
        })
    }

    /// Lookup by a str key (attribute names); never calls Python code.
    pub fn get_str(&self, key: Value) -> Option<Value> {
        self.get(key).ok().flatten()
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let h = fold_hash(ops::hash(key)?);
        crate::object::barrier(&self.header, key);
        crate::object::barrier(&self.header, value);
        match self.find(key, h)? {
            Ok((i, _)) => {
                self.entries.set(3 * i + 2, value);
            }
            Err(_) => {
                let slot = self.slots();
                self.entries.push(Value::small_int(h));
                self.entries.push(key);
                self.entries.push(value);
                self.live.set(self.live.get() + 1);
                if (slot + 1) * 3 >= self.index().len() * 2 {
                    self.rebuild(true);
                } else {
                    let pos = self.find_free(h);
                    self.index()[pos] = slot as u32;
                }
            }
        }
        Ok(())
    }

    fn find_free(&self, hash: i64) -> usize {
        let index = self.index();
        let mask = index.len() - 1;
        let mut pos = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        while index[pos] != EMPTY {
            perturb >>= 5;
            pos = (pos.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        pos
    }

    /// Rebuilds the index (and drops deleted entries when `compact`).
    fn rebuild(&self, compact: bool) {
        if compact && self.live.get() != self.slots() {
            let mut w = 0;
            let e = self.entries.as_mut_slice();
            for r in 0..e.len() / 3 {
                if !e[3 * r + 1].is_unbound() {
                    e.copy_within(3 * r..3 * r + 3, 3 * w);
                    w += 1;
                }
            }
            self.entries.truncate(3 * w);
        }
        let n = self.slots();
        let mut cap = 8;
        while cap * 2 < (n + 1) * 3 {
            cap *= 2;
        }
        let index = self.index();
        index.clear();
        index.resize(cap, EMPTY);
        for i in 0..n {
            let e = self.entries.as_slice();
            if e[3 * i + 1].is_unbound() {
                continue;
            }
            let pos = self.find_free(e[3 * i].as_small_int());
            self.index()[pos] = i as u32;
        }
    }

    /// Removes `key`, returning its value if present.
    pub fn remove(&self, key: Value) -> PyResult<Option<Value>> {
        let h = fold_hash(ops::hash(key)?);
        match self.find(key, h)? {
            Ok((i, _)) => {
                let v = self.entries.get(3 * i + 2);
                self.entries.set(3 * i + 1, Value::UNBOUND);
                self.entries.set(3 * i + 2, Value::NONE);
                self.live.set(self.live.get() - 1);
                // Deleted entries stay in the probe chains; compact when they dominate.
                if self.slots() > 16 && self.live.get() * 2 < self.slots() {
                    self.rebuild(true);
                }
                Ok(Some(v))
            }
            Err(_) => Ok(None),
        }
    }

    pub fn clear(&self) {
        self.entries.truncate(0);
        self.index().clear();
        self.live.set(0);
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        for i in (0..self.slots()).rev() {
            if let Some((k, v)) = self.entry(i) {
                self.entries.set(3 * i + 1, Value::UNBOUND);
                self.live.set(self.live.get() - 1);
                self.entries.truncate(3 * i);
                // the index may still name the removed slots
                self.rebuild(false);
                return Some((k, v));
            }
        }
        None
    }
}

/// Hashes are stored as inline ints: fold to 47 bits.
#[inline]
fn fold_hash(h: i64) -> i64 {
    h & ((1 << 46) - 1)
}

