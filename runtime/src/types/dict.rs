//! `dict`: an insertion-ordered hash map.
//!
//! Entries live in a GC-managed `ValueVec` as triples (hash, key, value); a
//! deleted entry keeps its place with key `UNBOUND` until the next compaction,
//! which keeps iteration order equal to insertion order. The index is an
//! open-addressing table of entry numbers, itself a GC object (no Values)
//! so that a reader racing with a resize keeps the table it is probing.

use crate::object::{alloc_obj, alloc_var, downcast, lock_if_shared, ValueVec};
use crate::{classes, ops, PyResult};
use morel_heap::Value;
use std::sync::atomic::{fence, AtomicPtr, AtomicU32, AtomicUsize, Ordering};

/// Concurrency (see also `ValueVec`): writers of a shared dict hold its
/// `lock_if_shared` lock. Readers take no lock. An insertion writes the
/// entry before the index slot that names it (Release/Acquire), so a reader
/// finds either nothing or a complete entry. Operations that move entries
/// (compaction, `clear`, `popitem`) make `seq` odd while they run; a reader
/// whose lookup overlapped one (it saw `seq` change) looks again under the
/// lock. Index arrays are GC objects: a reader keeps the one it loaded alive.
#[repr(C)]
pub struct DictObj {
    pub header: crate::object::ObjHeader,
    entries: ValueVec,
    index: AtomicPtr<IndexArray>,
    live: AtomicUsize,
    seq: AtomicU32,
    /// For the dict `globals()` returns: its module, whose globals every
    /// write through the dict also updates (see `ModuleObj::globals_dict`).
    linked: AtomicPtr<crate::types::function::ModuleObj>,
    /// For the dict an instance's `__dict__` returns: the instance, which
    /// every store or delete of a str key through the dict also updates.
    linked_inst: AtomicPtr<crate::types::class::InstanceObj>,
}

/// The open-addressing table of a dict: entry numbers, `EMPTY` for free.
#[repr(C)]
pub struct IndexArray {
    pub header: crate::object::ObjHeader,
    len: usize,
    // followed by `len` AtomicU32
}

crate::py_vtable!(IndexArray, "dict-index", |_a, _t| {});

impl IndexArray {
    fn new(len: usize) -> &'static IndexArray {
        let a = alloc_var::<IndexArray>(std::ptr::null(), len * 4, |header| IndexArray { header, len });
        for s in a.slots() {
            s.store(EMPTY, Ordering::Relaxed);
        }
        a
    }
    #[inline(always)]
    fn slots(&self) -> &[AtomicU32] {
        // SAFETY: `len` u32 slots follow the fixed part in the same
        // allocation (alloc_var), 4-aligned after an 8-aligned header.
        unsafe {
            let p = (self as *const IndexArray as *const u8).add(std::mem::size_of::<IndexArray>()) as *const AtomicU32;
            std::slice::from_raw_parts(p, self.len)
        }
    }
}

const EMPTY: u32 = u32::MAX;

crate::py_vtable!(DictObj, "dict", |o, t| {
    o.entries.trace(t);
    let ix = o.index.load(Ordering::Relaxed);
    if !ix.is_null() {
        t.ptr(ix as *const morel_heap::GcHeader);
    }
    let inst = o.linked_inst.load(Ordering::Relaxed);
    if !inst.is_null() {
        t.ptr(inst as *const morel_heap::GcHeader);
    }
});

pub fn new_dict() -> Value {
    Value::from_ptr(new_dict_obj())
}

pub fn new_dict_obj() -> &'static DictObj {
    let entries = ValueVec::with_capacity(0);
    alloc_obj::<DictObj>(classes().dict, |header| DictObj {
        header,
        entries,
        index: AtomicPtr::new(std::ptr::null_mut()),
        live: AtomicUsize::new(0),
        seq: AtomicU32::new(0),
        linked: AtomicPtr::new(std::ptr::null_mut()),
        linked_inst: AtomicPtr::new(std::ptr::null_mut()),
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
        self.live.load(Ordering::Relaxed)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    fn index(&self) -> Option<&'static IndexArray> {
        let p = self.index.load(Ordering::Acquire);
        // SAFETY: a non-null index is a live IndexArray traced by this dict;
        // once loaded, this thread's stack keeps it alive.
        if p.is_null() { None } else { Some(unsafe { &*p }) }
    }
    fn add_live(&self, d: isize) {
        self.live.store((self.len() as isize + d) as usize, Ordering::Relaxed);
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

    /// Finds `key`: Ok((entry number, value)) or Err(free index position,
    /// usize::MAX when there is no index). Bounded and bounds-checked, so a
    /// lookup racing with a writer ends without touching foreign memory.
    fn find(&self, key: Value, hash: i64) -> PyResult<Result<(usize, Value), usize>> {
        let Some(index) = self.index() else { return Ok(Err(usize::MAX)) };
        let slots = index.slots();
        let mask = slots.len() - 1;
        let mut pos = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        // Once `perturb` has shifted to zero (at most 13 steps) the probe
        // sequence is a full-period walk of the table: this bound reaches
        // every slot, and still ends a probe of a table that a racing writer
        // left inconsistent.
        for _ in 0..slots.len() + 16 {
            // Acquire pairs with the Release store of a new slot in `set`:
            // the entry it names is visible below.
            let ix = slots[pos].load(Ordering::Acquire);
            if ix == EMPTY {
                return Ok(Err(pos));
            }
            let e = self.entries.as_slice();
            let i = ix as usize;
            if 3 * i + 2 < e.len() {
                let k = e[3 * i + 1];
                if !k.is_unbound() && (k == key || (e[3 * i].as_small_int() == hash && ops::eq(k, key)?)) {
                    let e = self.entries.as_slice();
                    let v = e.get(3 * i + 2).copied().unwrap_or(Value::NONE);
                    return Ok(Ok((i, v)));
                }
            }
            perturb >>= 5;
            pos = (pos.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
        Ok(Err(usize::MAX))
    }

    /// A lookup for reading: lock-free, repeated under the lock if a writer
    /// moved entries meanwhile.
    fn find_read(&self, key: Value, hash: i64) -> PyResult<Option<Value>> {
        let s1 = self.seq.load(Ordering::Acquire);
        if s1 & 1 == 0 {
            let r = self.find(key, hash)?;
            // The reads above happen before the re-check of `seq`.
            fence(Ordering::Acquire);
            if self.seq.load(Ordering::Relaxed) == s1 {
                return Ok(r.ok().map(|(_, v)| v));
            }
        }
        let _g = lock_if_shared(&self.header);
        Ok(self.find(key, hash)?.ok().map(|(_, v)| v))
    }

    pub fn get(&self, key: Value) -> PyResult<Option<Value>> {
        if let Some(m) = self.linked_module() {
            // A `globals()` dict reads the module's current value.
            if let Some(v) = m.read_global(key) {
                return Ok(v);
            }
        }
        self.get_raw(key)
    }

    /// `get` without the read-through of a `globals()` dict.
    pub fn get_raw(&self, key: Value) -> PyResult<Option<Value>> {
        let h = fold_hash(ops::hash(key)?);
        self.find_read(key, h)
    }

    /// Lookup by a str key (attribute names); never calls Python code.
    pub fn get_str(&self, key: Value) -> Option<Value> {
        self.get(key).ok().flatten()
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        self.set_raw(key, value)?;
        if let Some(m) = self.linked_module() {
            m.store_global(key, value);
        }
        if let Some(inst) = self.linked_instance() {
            if let Some(name) = crate::types::str::as_str(key) {
                let name = crate::types::str::intern(name);
                inst.set_attr(crate::types::str::str_obj(name).unwrap(), value);
            }
        }
        Ok(())
    }

    /// The instance whose `__dict__` this dict is, if it is one.
    #[inline]
    pub fn linked_instance(&self) -> Option<&'static crate::types::class::InstanceObj> {
        let p = self.linked_inst.load(Ordering::Acquire);
        // SAFETY: set from a live instance, which this dict traces.
        if p.is_null() { None } else { Some(unsafe { &*p }) }
    }

    /// Makes writes through this dict (a copy of `inst`'s attributes) reach `inst`.
    pub fn link_instance(&self, inst: &'static crate::types::class::InstanceObj) {
        crate::object::barrier(&self.header, Value::from_ptr(inst));
        self.linked_inst.store(inst as *const _ as *mut _, Ordering::Release);
    }

    /// The module this dict is the `globals()` of, if it is one.
    #[inline]
    pub fn linked_module(&self) -> Option<&'static crate::types::function::ModuleObj> {
        let p = self.linked.load(Ordering::Acquire);
        // SAFETY: set once from a live module, which `globals()` keeps alive
        // (the module traces this dict and is itself rooted by the module table).
        if p.is_null() { None } else { Some(unsafe { &*p }) }
    }

    /// Makes this dict the live `globals()` of `m`.
    pub fn link_module(&self, m: &'static crate::types::function::ModuleObj) {
        self.linked.store(m as *const _ as *mut _, Ordering::Release);
    }

    /// `set` without the write-through of a `globals()` dict.
    pub fn set_raw(&self, key: Value, value: Value) -> PyResult<()> {
        let h = fold_hash(ops::hash(key)?);
        crate::object::barrier(&self.header, key);
        crate::object::barrier(&self.header, value);
        let _g = lock_if_shared(&self.header);
        match self.find(key, h)? {
            Ok((i, _)) => {
                if let Some(slot) = self.entries.as_mut_slice().get_mut(3 * i + 2) {
                    *slot = value;
                }
            }
            Err(_) => {
                let slot = self.slots();
                self.entries.push(Value::small_int(h));
                self.entries.push(key);
                self.entries.push(value);
                self.add_live(1);
                let cap = self.index().map_or(0, |ix| ix.len);
                if (slot + 1) * 3 >= cap * 2 {
                    self.rebuild(true);
                } else if let Some(index) = self.index() {
                    let pos = find_free(index, h);
                    // Release: the entry pushed above is visible to a reader
                    // that sees this slot.
                    index.slots()[pos].store(slot as u32, Ordering::Release);
                }
            }
        }
        Ok(())
    }

    /// Rebuilds the index (and drops deleted entries when `compact`). The
    /// caller holds the write lock.
    fn rebuild(&self, compact: bool) {
        let moving = compact && self.len() != self.slots();
        if moving {
            // Odd while entries move: readers re-check under the lock.
            self.seq.fetch_add(1, Ordering::AcqRel);
            let mut w = 0;
            let e = self.entries.as_mut_slice();
            for r in 0..e.len() / 3 {
                if !e[3 * r + 1].is_unbound() {
                    e.copy_within(3 * r..3 * r + 3, 3 * w);
                    w += 1;
                }
            }
            self.entries.truncate_in(3 * w, Some(&self.header));
        }
        let n = self.slots();
        let mut cap = 8;
        while cap * 2 < (n + 1) * 3 {
            cap *= 2;
        }
        let index = IndexArray::new(cap);
        let e = self.entries.as_slice();
        for i in 0..n {
            if e[3 * i + 1].is_unbound() {
                continue;
            }
            let pos = find_free(index, e[3 * i].as_small_int());
            index.slots()[pos].store(i as u32, Ordering::Relaxed);
        }
        // Release: the filled index is visible to a reader that loads it.
        self.index.store(index as *const IndexArray as *mut IndexArray, Ordering::Release);
        if moving {
            self.seq.fetch_add(1, Ordering::Release);
        }
    }

    /// Removes `key`, returning its value if present.
    pub fn remove(&self, key: Value) -> PyResult<Option<Value>> {
        let r = self.remove_raw(key)?;
        if let (Some(m), Some(_)) = (self.linked_module(), r) {
            m.unbind_global(key);
        }
        if let (Some(inst), Some(_)) = (self.linked_instance(), r) {
            if let Some(name) = crate::types::str::as_str(key) {
                let name = crate::types::str::intern(name);
                inst.del_attr(crate::types::str::str_obj(name).unwrap());
            }
        }
        Ok(r)
    }

    /// `remove` without the write-through of a `globals()` dict.
    pub fn remove_raw(&self, key: Value) -> PyResult<Option<Value>> {
        let h = fold_hash(ops::hash(key)?);
        let _g = lock_if_shared(&self.header);
        match self.find(key, h)? {
            Ok((i, v)) => {
                self.entries.set(3 * i + 1, Value::UNBOUND);
                // A lock-free reader of a shared dict may have matched the
                // key just before: it must read the old value, not a None.
                if !self.header.is_shared() {
                    self.entries.set(3 * i + 2, Value::NONE);
                }
                self.add_live(-1);
                // Deleted entries stay in the probe chains; compact when they dominate.
                if self.slots() > 16 && self.len() * 2 < self.slots() {
                    self.rebuild(true);
                }
                Ok(Some(v))
            }
            Err(_) => Ok(None),
        }
    }

    pub fn clear(&self) {
        let _g = lock_if_shared(&self.header);
        self.seq.fetch_add(1, Ordering::AcqRel);
        self.index.store(std::ptr::null_mut(), Ordering::Release);
        self.entries.truncate_in(0, Some(&self.header));
        self.live.store(0, Ordering::Relaxed);
        self.seq.fetch_add(1, Ordering::Release);
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let _g = lock_if_shared(&self.header);
        for i in (0..self.slots()).rev() {
            if let Some((k, v)) = self.entry(i) {
                self.seq.fetch_add(1, Ordering::AcqRel);
                self.entries.set(3 * i + 1, Value::UNBOUND);
                self.add_live(-1);
                self.entries.truncate_in(3 * i, Some(&self.header));
                self.seq.fetch_add(1, Ordering::Release);
                // the index may still name the removed slots
                self.rebuild(false);
                return Some((k, v));
            }
        }
        None
    }
}

fn find_free(index: &IndexArray, hash: i64) -> usize {
    let slots = index.slots();
    let mask = slots.len() - 1;
    let mut pos = (hash as u64 as usize) & mask;
    let mut perturb = hash as u64;
    while slots[pos].load(Ordering::Relaxed) != EMPTY {
        perturb >>= 5;
        pos = (pos.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
    pos
}

/// Hashes are stored as inline ints: fold to 47 bits.
#[inline]
fn fold_hash(h: i64) -> i64 {
    h & ((1 << 46) - 1)
}

