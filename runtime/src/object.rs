//! The object header every Python heap object starts with, the `PyType` trait
//! that ties a Rust struct to its collector vtable, and the allocation helpers.
//!
//! Layout: `#[repr(C)] struct XObj { header: ObjHeader, ...fields }`. The
//! header holds the collector's `GcHeader` (vtable, mark byte, flag byte with
//! the `shared` bit) and the object's Python class. Instances additionally
//! carry a `Shape` (see `types/instance.rs`).
//!
//! All raw-pointer dereferencing of objects goes through `downcast` and the
//! accessors of each type; callers see `&'static T`. A reference held in a
//! Rust local keeps its object alive: the collector scans native stacks
//! conservatively, interior pointers included.

use crate::types::class::ClassObj;
use morel_heap::{alloc_raw, GcHeader, Tracer, VTable, Value, FLAG_SHARED};
use std::cell::Cell;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

/// The header of every Python object.
#[repr(C)]
pub struct ObjHeader {
    pub gc: GcHeader,
    /// The object's Python class (`type(obj)`); `__class__` assignment swaps it.
    pub class: Cell<*const ClassObj>,
}

impl ObjHeader {
    #[inline]
    pub fn is_shared(&self) -> bool {
        self.gc.flags.load(Ordering::Relaxed) & FLAG_SHARED != 0
    }
}

/// A Rust struct that is a Python heap object.
///
/// # Safety
/// The implementing struct is `#[repr(C)]` with an `ObjHeader` as its first
/// field, and `VTABLE.trace` visits every `Value` it holds.
pub unsafe trait PyType: Sized + 'static {
    const VTABLE: &'static VTable;
}

/// Research switch (`MOREL_SHARE_ALL=1`): every object starts shared, so
/// every write to a list, dict, set or instance takes the shared path (its
/// lock). Comparing a run with and without it measures what thread safety
/// would cost if objects were not local by default.
pub static SHARE_ALL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Allocates a fixed-size object, moving `init` into the heap.
pub fn alloc_obj<T: PyType>(class: *const ClassObj, init: impl FnOnce(ObjHeader) -> T) -> &'static T {
    alloc_var(class, 0, init)
}

/// Allocates an object with a trailing variable-length part of `extra` bytes.
/// The returned memory is zeroed beyond what `init` writes.
pub fn alloc_var<T: PyType>(
    class: *const ClassObj,
    extra: usize,
    init: impl FnOnce(ObjHeader) -> T,
) -> &'static T {
    let p = alloc_raw(std::mem::size_of::<T>() + extra, T::VTABLE) as *mut T;
    let header = ObjHeader {
        gc: GcHeader {
            vtable: T::VTABLE,
            mark: Default::default(),
            flags: std::sync::atomic::AtomicU8::new(SHARE_ALL.load(Ordering::Relaxed) as u8 * FLAG_SHARED),
            _reserved: [0; 6],
        },
        class: Cell::new(class),
    };
    // SAFETY: the allocation holds size_of::<T>() + extra zeroed bytes; we
    // initialise the fixed part, the trailing part is valid zeroed data for
    // the element types used (Value bits 0 = float 0.0, u8 = 0).
    unsafe {
        p.write(init(header));
        &*p
    }
}

/// `v` as a `T`, if it points to one.
#[inline(always)]
pub fn downcast<T: PyType>(v: Value) -> Option<&'static T> {
    if v.is_ptr() {
        let h = v.as_ptr::<GcHeader>();
        // SAFETY: every pointer Value names a live heap object whose first
        // field is a GcHeader; the vtable identifies its Rust type.
        unsafe {
            if std::ptr::eq((*h).vtable, T::VTABLE) {
                return Some(&*(h as *const T));
            }
        }
    }
    None
}

/// `v` as a `T`, known to be one by the caller's earlier check.
#[inline(always)]
pub fn cast<T: PyType>(v: Value) -> &'static T {
    debug_assert!(downcast::<T>(v).is_some());
    // SAFETY: the caller checked the vtable (debug-asserted above).
    unsafe { &*(v.as_ptr::<T>()) }
}

/// The header of a pointer value.
#[inline(always)]
pub fn header(v: Value) -> &'static ObjHeader {
    debug_assert!(v.is_ptr());
    // SAFETY: pointer Values name live objects that start with ObjHeader.
    unsafe { &*(v.as_ptr::<ObjHeader>()) }
}

#[inline(always)]
pub fn vtable_of(v: Value) -> *const VTable {
    header(v).gc.vtable
}

/// The write barrier of the local/shared object model (Daloze et al.):
/// before `v` becomes reachable from a shared object (a module global, a
/// class, a shared container or instance, another thread), `v` and everything
/// it reaches are marked shared. Objects already shared end the walk, so
/// publishing an already-shared graph costs one flag test.
#[inline]
pub fn share(v: Value) {
    if v.is_ptr() && !header(v).is_shared() {
        share_slow(v);
    }
}

#[cold]
#[inline(never)]
fn share_slow(v: Value) {
    // The objects still to visit: a small array on the stack first (most
    // shared values are small: a tuple of ints, a str), a Vec past it.
    const INLINE: usize = 32;
    let mut inline = [std::ptr::null::<GcHeader>(); INLINE];
    let mut n = 0;
    let mut spill: Vec<*const GcHeader> = Vec::new();
    inline[0] = v.as_ptr::<GcHeader>();
    n += 1;
    loop {
        let p = if let Some(p) = spill.pop() {
            p
        } else if n > 0 {
            n -= 1;
            inline[n]
        } else {
            break;
        };
        // SAFETY: `p` is a live heap object: `v` is held by the caller and
        // everything on the stack is reachable from it (no allocation here).
        let gc = unsafe { &*p };
        // Already shared (a str constant, a class): no write, no descent.
        // Shared only grows, so a stale "not shared" read just leads to the
        // fetch_or below.
        if gc.flags.load(Ordering::Acquire) & FLAG_SHARED != 0 {
            continue;
        }
        // Set the flag before visiting children: cycles end here.
        if gc.flags.fetch_or(FLAG_SHARED, Ordering::AcqRel) & FLAG_SHARED != 0 {
            continue;
        }
        morel_heap::for_each_child(p, |c| {
            if n < INLINE {
                inline[n] = c;
                n += 1;
            } else {
                spill.push(c);
            }
        });
    }
}

/// True if `v` is a heap object marked shared (inline values are immutable
/// and count as shared).
pub fn is_shared(v: Value) -> bool {
    !v.is_ptr() || header(v).is_shared()
}

/// Shares `v` when it is stored into `owner` and `owner` is shared.
#[inline]
pub fn barrier(owner: &ObjHeader, v: Value) {
    if owner.is_shared() {
        share(v);
    }
}

/// Number of stripes of `SHARED_LOCKS` (a power of two).
const LOCK_STRIPES: usize = 512;

/// The locks that serialise writers of shared objects, striped by address:
/// an object's writers take the stripe its address hashes to. They are
/// reentrant, because a write may run Python code (`__eq__` of a dict key)
/// that writes the same object again.
static SHARED_LOCKS: [parking_lot::ReentrantMutex<()>; LOCK_STRIPES] =
    [const { parking_lot::const_reentrant_mutex(()) }; LOCK_STRIPES];

/// Held while a shared object is written (see `lock_if_shared`).
pub type WriteGuard = Option<parking_lot::ReentrantMutexGuard<'static, ()>>;

/// Takes the write lock of the object with header `h` if it is shared; a
/// local object needs none (only its own thread can reach it), which keeps
/// the single-threaded path to one flag test.
#[inline(always)]
pub fn lock_if_shared(h: &ObjHeader) -> WriteGuard {
    if h.is_shared() {
        Some(lock_object(h))
    } else {
        None
    }
}

#[cold]
#[inline(never)]
fn lock_object(h: &ObjHeader) -> parking_lot::ReentrantMutexGuard<'static, ()> {
    let m = &SHARED_LOCKS[((h as *const ObjHeader as usize) >> 4) & (LOCK_STRIPES - 1)];
    if let Some(g) = m.try_lock() {
        return g;
    }
    // Contended: wait as a blocked thread, so that a collection requested by
    // the holder (which may allocate while holding it) is not held up by us.
    morel_heap::blocking(|| m.lock())
}

/// A snapshot of values copied out of a heap object, which keeps that object
/// reachable for as long as the snapshot lives: the copies are in Rust memory
/// the collector does not scan, so the owner must keep the originals alive
/// while a loop over the snapshot allocates.
pub struct Snapshot<T> {
    items: Vec<T>,
    owner: *const GcHeader,
}

impl<T> Snapshot<T> {
    pub fn new(items: Vec<T>, owner: *const GcHeader) -> Snapshot<T> {
        Snapshot { items, owner }
    }
}

impl<T> std::ops::Deref for Snapshot<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> Drop for Snapshot<T> {
    fn drop(&mut self) {
        // Reading the owner here keeps it live (on the stack) until the end.
        std::hint::black_box(self.owner);
    }
}

impl<T: Copy> IntoIterator for Snapshot<T> {
    type Item = T;
    type IntoIter = SnapshotIter<T>;
    fn into_iter(mut self) -> SnapshotIter<T> {
        let items = std::mem::take(&mut self.items);
        SnapshotIter { it: items.into_iter(), owner: self.owner }
    }
}

/// Iterator over a `Snapshot`; it too keeps the owner reachable.
pub struct SnapshotIter<T> {
    it: std::vec::IntoIter<T>,
    owner: *const GcHeader,
}

impl<T> Iterator for SnapshotIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.it.next()
    }
}

impl<T> Drop for SnapshotIter<T> {
    fn drop(&mut self) {
        std::hint::black_box(self.owner);
    }
}

/// Traces a fixed list of values; used by vtables of simple types.
#[inline]
pub fn trace_values(t: &mut Tracer, vs: &[Value]) {
    t.values(vs)
}

/// Builds a `VTable` for a type whose tracing is `$trace(&Self, &mut Tracer)`.
#[macro_export]
macro_rules! py_vtable {
    ($ty:ty, $name:expr, $trace:expr) => {
        $crate::py_vtable! { $ty, $name, $trace, None }
    };
    ($ty:ty, $name:expr, $trace:expr, $finalize:expr) => {
        unsafe impl $crate::object::PyType for $ty {
            // A `static`, not a promoted constant: `downcast` compares vtable
            // addresses, so every use must see the same one.
            const VTABLE: &'static morel_heap::VTable = {
                static VT: morel_heap::VTable = morel_heap::VTable {
                    name: $name,
                    trace: {
                        unsafe fn tr(o: *const morel_heap::GcHeader, t: &mut morel_heap::Tracer) {
                            // SAFETY: the collector only calls trace on objects of this vtable.
                            let o = unsafe { &*(o as *const $ty) };
                            let f: fn(&$ty, &mut morel_heap::Tracer) = $trace;
                            t.ptr(o.header.class.get() as *const morel_heap::GcHeader);
                            f(o, t)
                        }
                        tr
                    },
                    finalize: $finalize,
                };
                &VT
            };
        }
    };
}

/// A GC-managed array of values: the storage of lists, instance slots and dicts.
/// Storage arrays are heap objects so that a reader holding an old array keeps
/// it alive, and so that every byte a program allocates is seen by the
/// collector's growth policy.
#[repr(C)]
pub struct ValueArray {
    pub header: ObjHeader,
    pub len: usize,
    // followed by `len` Values
}

crate::py_vtable!(ValueArray, "ValueArray", |a, t| t.values(a.as_slice()));

impl ValueArray {
    /// An array of `len` Nones.
    pub fn new(len: usize) -> &'static ValueArray {
        let a = ValueArray::new_zeroed(len);
        for v in a.as_mut_slice() {
            *v = Value::NONE;
        }
        a
    }
    /// An array of `len` zero words (the float 0.0), for callers that fill
    /// every element themselves before anyone reads it.
    pub fn new_zeroed(len: usize) -> &'static ValueArray {
        alloc_var::<ValueArray>(std::ptr::null(), len * 8, |header| ValueArray { header, len })
    }
    #[inline(always)]
    fn data(&self) -> *mut Value {
        // SAFETY: the values follow the fixed part of the struct in the same allocation.
        unsafe { (self as *const ValueArray as *mut u8).add(std::mem::size_of::<ValueArray>()) as *mut Value }
    }
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: `len` values were allocated after the header.
        unsafe { std::slice::from_raw_parts(self.data(), self.len) }
    }
    /// Mutable view of the storage. Callers mutate only storage they own
    /// (local objects) or hold the owning object's lock (shared ones).
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn as_mut_slice(&self) -> &mut [Value] {
        // SAFETY: see the doc comment: exclusive access is the caller's
        // invariant; the slice covers exactly the allocated values.
        unsafe { std::slice::from_raw_parts_mut(self.data(), self.len) }
    }
}

/// A GC-managed growable vector of values: `len` used out of an array's capacity.
/// Used by lists and by instance slot storage.
///
/// Concurrency: a local owner mutates it freely; the owner of a shared one
/// mutates it only under `lock_if_shared`. Readers take no lock: they load
/// the array (Acquire) and the length and clamp the length to the array's,
/// so a reader racing with a writer sees an old or a new state, never memory
/// outside an array. A replaced array stays alive while a reader holds it
/// (the collector sees it on that reader's stack). Element slots are aligned
/// 8-byte words that x86-64 and AArch64 load and store whole, so a racing
/// reader sees either the old or the new value of a slot.
pub struct ValueVec {
    arr: AtomicPtr<ValueArray>,
    len: AtomicUsize,
}

impl ValueVec {
    pub fn with_capacity(cap: usize) -> ValueVec {
        // Slots past `len` are never read, so they need no None fill (zero
        // bits are a valid Value, the float 0.0, for the collector).
        ValueVec { arr: AtomicPtr::new(ValueArray::new_zeroed(cap) as *const ValueArray as *mut ValueArray), len: AtomicUsize::new(0) }
    }
    pub fn trace(&self, t: &mut Tracer) {
        let a = self.arr.load(Ordering::Relaxed);
        if !a.is_null() {
            t.ptr(a as *const GcHeader);
        }
    }
    #[inline(always)]
    fn array(&self) -> &ValueArray {
        // SAFETY: `arr` always points to a live ValueArray (traced by the
        // owner, or held on this thread's stack once loaded). Acquire pairs
        // with the Release store in `grow`: the array's contents are visible.
        unsafe { &*self.arr.load(Ordering::Acquire) }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Relaxed)
    }
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        let a = self.array().as_slice();
        // Clamp: a racing writer may have published a longer length for a
        // newer array than the one loaded above.
        let n = self.len().min(a.len());
        &a[..n]
    }
    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn as_mut_slice(&self) -> &mut [Value] {
        let a = self.array().as_mut_slice();
        let n = self.len().min(a.len());
        &mut a[..n]
    }
    /// Element `i`, if `i` is within the length (a racing reader may find
    /// the vector shorter than it was when it checked).
    #[inline(always)]
    pub fn try_get(&self, i: usize) -> Option<Value> {
        self.as_slice().get(i).copied()
    }
    #[inline(always)]
    pub fn get(&self, i: usize) -> Value {
        self.as_slice()[i]
    }
    #[inline(always)]
    pub fn set(&self, i: usize, v: Value) {
        self.as_mut_slice()[i] = v;
    }
    pub fn reserve(&self, extra: usize) {
        let need = self.len() + extra;
        let cap = self.array().len;
        if need > cap {
            self.grow(need);
        }
    }
    #[cold]
    #[inline(never)]
    fn grow(&self, need: usize) {
        let cap = self.array().len;
        let new_cap = need.max(cap * 2).max(4);
        let new = ValueArray::new_zeroed(new_cap);
        let old = self.as_slice();
        new.as_mut_slice()[..old.len()].copy_from_slice(old);
        // Release: a reader that loads the new array sees its copied contents.
        self.arr.store(new as *const ValueArray as *mut ValueArray, Ordering::Release);
    }
    #[inline]
    pub fn push(&self, v: Value) {
        let n = self.len();
        if n >= self.array().len {
            // `v` stays visible to the collector on the native stack while growing.
            self.grow(n + 1);
        }
        self.array().as_mut_slice()[n] = v;
        // Release: a reader that sees the new length sees the element.
        self.len.store(n + 1, Ordering::Release);
    }
    pub fn pop(&self) -> Option<Value> {
        self.pop_in(None)
    }
    /// `pop` for storage owned by `owner`: see `truncate_in`.
    pub fn pop_in(&self, owner: Option<&ObjHeader>) -> Option<Value> {
        let n = self.len();
        if n == 0 {
            return None;
        }
        let v = self.get(n - 1);
        self.truncate_in(n - 1, owner);
        Some(v)
    }
    pub fn insert(&self, i: usize, v: Value) {
        self.push(Value::NONE);
        let s = self.as_mut_slice();
        s.copy_within(i..s.len() - 1, i + 1);
        s[i] = v;
    }
    pub fn remove(&self, i: usize) -> Value {
        self.remove_in(i, None)
    }
    /// `remove` for storage owned by `owner`: see `truncate_in`.
    pub fn remove_in(&self, i: usize, owner: Option<&ObjHeader>) -> Value {
        let s = self.as_mut_slice();
        let v = s[i];
        s.copy_within(i + 1.., i);
        self.pop_in(owner);
        v
    }
    pub fn truncate(&self, n: usize) {
        self.truncate_in(n, None)
    }
    /// Shrinks to `n`. The slots left behind are cleared (so that they do not
    /// keep garbage alive) unless `owner` is shared: a lock-free reader that
    /// loaded the old length may still read them, and must see a value that
    /// was in the container, never a `None` that was not.
    pub fn truncate_in(&self, n: usize, owner: Option<&ObjHeader>) {
        let len = self.len();
        if n < len {
            self.len.store(n, Ordering::Release);
            if owner.is_some_and(|o| o.is_shared()) {
                return;
            }
            let a = self.array().as_mut_slice();
            let end = len.min(a.len());
            for v in &mut a[n..end] {
                *v = Value::NONE;
            }
        }
    }
    /// Replaces the contents with `vals` (which the caller keeps rooted).
    pub fn replace_all(&self, vals: &[Value]) {
        self.replace_all_in(vals, None)
    }
    /// `replace_all` for storage owned by `owner`: see `truncate_in`.
    pub fn replace_all_in(&self, vals: &[Value], owner: Option<&ObjHeader>) {
        self.truncate_in(vals.len().min(self.len()), owner);
        self.reserve(vals.len());
        self.array().as_mut_slice()[..vals.len()].copy_from_slice(vals);
        self.len.store(vals.len(), Ordering::Release);
    }
}
