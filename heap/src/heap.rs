//! The garbage-collected heap: public interface.
//!
//! # Design
//!
//! A tracing, non-moving, stop-the-world mark-sweep collector (no reference
//! counts). The implementation is split into:
//! - `block.rs`: 64 KiB blocks carved from 4 MiB `mmap` chunks, 24 size
//!   classes from 16 to 2048 bytes, cell layout, per-block sweep;
//! - `space.rs`: the shared pools (empty, partly free and used blocks), large
//!   objects, address lookup for the conservative scan (`HEAP` lock);
//! - `mutator.rs`: per-thread state, attach/detach, the allocation and
//!   safepoint slow paths, register spilling, `blocking`;
//! - `collect.rs`: stop-the-world handshake, marking, sweeping, growth policy,
//!   statistics (`WORLD` lock).
//!
//! Allocation: each attached thread pops cells from its own per-class free
//! lists without any lock (`alloc_raw` below); refilling a list takes a whole
//! block's free cells from the shared pool under `HEAP` (the slow path, which
//! is also a safepoint and where collections are triggered). Objects above
//! 2048 bytes are separate `std::alloc` allocations tracked for lookup.
//!
//! Roots: global scanners (`add_global_root_scanner`), each thread's precise
//! scanner (`set_thread_root_scanner`), and a conservative scan of every
//! attached thread's native stack and callee-saved registers: any aligned word
//! that decodes (`value::decode_conservative`) to an address inside an object
//! — interior pointers and NaN-boxed pointers included — keeps it alive.
//!
//! # Contracts for users of this module
//!
//! - Every thread that touches the heap is attached (`attach_thread`; the
//!   allocation slow path attaches on demand) and reaches a safepoint
//!   (`safepoint()`, any allocation) regularly, or runs inside `blocking` while
//!   it waits, sleeps or does long non-heap work. An attached thread that
//!   blocks outside `blocking` stalls every collection.
//! - Heap references live in: the native stack or registers of an attached
//!   thread, objects (visited by their vtable's `trace`), or places a root
//!   scanner visits. Rust heap memory (Box, Vec) owned by a thread is *not*
//!   scanned.
//! - Pointers handed to `Tracer::ptr` / `Tracer::value` are null or point to
//!   the start of an object allocated by `alloc_raw` (checked in debug builds).
//! - `trace`, `finalize` and root scanners run with the world stopped and the
//!   collector's locks held: they must not allocate, call any function of this
//!   module, panic, or take a lock that a mutator might hold at a safepoint
//!   (a mutator parked while holding such a lock would deadlock the scanner).
//! - An attached thread that waits for another thread (spin loop, join,
//!   channel, lock) must do so inside `blocking` or keep calling `safepoint()`.
//! - A thread still attached when it exits is detached by a pthread key
//!   destructor, which runs after Rust's thread-local destructors (so those
//!   may still use the heap).
//! - After `alloc_raw` the object is zeroed with its vtable set; it may be
//!   traced in that state, so zeroed fields must be valid for `trace`.

use crate::block::{class_of, MAX_SMALL};
use crate::collect::POLL;
use crate::mutator;
use crate::value::Value;
use std::sync::atomic::{AtomicU8, Ordering};


/// The first word group of every heap object. Objects are `#[repr(C)]` structs
/// whose first field is a `GcHeader`.
#[repr(C)]
pub struct GcHeader {
    /// Type information; null marks a free cell.
    pub vtable: *const VTable,
    /// Mark bit(s) owned by the collector.
    pub mark: AtomicU8,
    /// Object flags owned by the object model (see `FLAG_*`).
    pub flags: AtomicU8,
    pub _reserved: [u8; 6],
}

/// The object is reachable from more than one thread (Daloze et al.).
pub const FLAG_SHARED: u8 = 1;

/// Per-type information the collector needs.
pub struct VTable {
    pub name: &'static str,
    /// Visits every heap reference the object holds.
    pub trace: unsafe fn(obj: *const GcHeader, tracer: &mut Tracer),
    /// Releases Rust-owned memory (a big int's digits) when the object dies.
    pub finalize: Option<unsafe fn(obj: *mut GcHeader)>,
}

/// Handed to `VTable::trace` and root scanners; marks what it is given.
///
/// Only the collector creates one, during a collection.
pub struct Tracer {
    /// Marked objects whose children are still to be visited.
    pub(crate) stack: Vec<*const GcHeader>,
    /// Mark value of the running collection.
    pub(crate) epoch: u8,
}

impl Tracer {
    #[inline]
    pub fn value(&mut self, v: Value) {
        if let Some(p) = v.heap_ptr() {
            self.ptr(p);
        }
    }
    #[inline]
    pub fn ptr(&mut self, p: *const GcHeader) {
        if p.is_null() {
            return;
        }
        #[cfg(debug_assertions)]
        assert!(crate::collect::is_heap_object(p), "Tracer::ptr given a non-object {p:p}");
        // The object is marked when popped (collect.rs), after a prefetch
        // issued here has had time to bring its header into the cache.
        crate::collect::prefetch(p);
        self.stack.push(p);
    }
    pub fn values(&mut self, vs: &[Value]) {
        for v in vs {
            self.value(*v);
        }
    }
}

/// Calls `f` with every heap reference `obj` holds (its vtable's trace), for
/// walks of the object graph outside collections (the sharing barrier).
pub fn for_each_child(obj: *const GcHeader, mut f: impl FnMut(*const GcHeader)) {
    let mut t = Tracer { stack: Vec::new(), epoch: 0 };
    // SAFETY: `obj` is a live heap object (callers hold it), so its vtable is
    // valid; trace only reads the object and pushes onto `t.stack`.
    unsafe {
        let vt = (*obj).vtable;
        if vt.is_null() {
            return;
        }
        ((*vt).trace)(obj, &mut t);
    }
    for c in t.stack {
        f(c);
    }
}

/// Allocates `size` bytes (>= size_of::<GcHeader>()), zeroed, with the header's
/// vtable set. The caller initialises the rest before the next safepoint or
/// allocation. May collect.
#[inline]
pub fn alloc_raw(size: usize, vtable: &'static VTable) -> *mut GcHeader {
    debug_assert!(size >= std::mem::size_of::<GcHeader>());
    if size <= MAX_SMALL {
        let m = mutator::current();
        if !m.is_null() && POLL.load(Ordering::Relaxed) == 0 {
            let class = class_of(size);
            // SAFETY: `m` is this thread's live mutator (set by attach, freed
            // only by detach on this thread). Invariant: only the owning thread
            // touches its free lists while it runs; the collector resets them
            // only while this thread is stopped, which cannot happen during
            // this function (no safepoint on the fast path).
            let free = unsafe { &mut *(*m).free.get() };
            let cell = free[class];
            if !cell.is_null() {
                // SAFETY: `cell` is a free cell handed to this thread; popping
                // it makes it ours. Cells of `class` are multiples of 16 and at
                // least `size`, so zeroing `size` rounded up to 16 stays inside.
                unsafe {
                    free[class] = (*cell).next;
                    std::ptr::write_bytes(cell as *mut u8, 0, (size + 15) & !15);
                    let h = cell as *mut GcHeader;
                    std::ptr::addr_of_mut!((*h).vtable).write(vtable);
                    return h;
                }
            }
        }
    }
    mutator::alloc_slow(size, vtable)
}

/// `MOREL_GC_STRESS=1`: collect at every safepoint and every allocation.
pub fn set_stress(on: bool) {
    crate::collect::set_stress(on);
}

/// Attaches the calling thread as a mutator (its stack is scanned). Call once at
/// the start of every thread that touches the heap; idempotent.
pub fn attach_thread() {
    mutator::attach();
}

/// Detaches the calling thread; it must hold no heap references afterwards.
/// Runs automatically when an attached thread exits.
pub fn detach_thread() {
    mutator::detach();
}

/// Safepoint poll: loop back-edges and calls. Cheap when no collection is pending.
#[inline(always)]
pub fn safepoint() {
    if POLL.load(Ordering::Relaxed) != 0 {
        mutator::safepoint_slow();
    }
}

/// Runs `f` with the thread marked as blocked (in a lock, join, sleep, I/O):
/// collections may proceed without it. `f` must not touch the heap. When `f`
/// returns while a collection runs, the thread waits for it to finish.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    mutator::blocking(f)
}

/// Registers a scanner for global roots (interned strings, classes, modules, code constants).
pub fn add_global_root_scanner(f: fn(&mut Tracer)) {
    crate::collect::add_global_root_scanner(f);
}

/// Sets the calling thread's precise root scanner (its interpreter value stack).
/// Attaches the thread if needed.
pub fn set_thread_root_scanner(f: Option<(fn(*mut (), &mut Tracer), *mut ())>) {
    mutator::set_root_scanner(f);
}

/// Number of threads currently attached as mutators (diagnostics and tests).
pub fn attached_threads() -> usize {
    crate::collect::attached_threads()
}

/// Forces a full collection now, from the calling thread (attached if needed).
pub fn collect() {
    crate::collect::collect_now();
}

#[derive(Clone, Copy, Debug, Default)]
pub struct HeapStats {
    /// Collections completed.
    pub collections: u64,
    /// Sum and maximum of the stop-the-world pauses (request to release).
    pub total_pause_ns: u64,
    pub max_pause_ns: u64,
    /// Bytes of objects that survived the last collection (cell sizes).
    pub live_bytes: u64,
    /// After the last collection: bytes of blocks holding objects, resident
    /// empty blocks, and large objects.
    pub heap_bytes: u64,
}

pub fn stats() -> HeapStats {
    crate::collect::stats()
}
