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
//!   safepoint slow paths, register spilling, `blocking`, stack switches;
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
//! Coroutine stacks: a thread may run on other stacks (stackful coroutines
//! for generators). It announces each switch with `enter_stack` (on the old
//! stack, right before switching) and `leave_stack` (back on it). While it
//! runs on a coroutine stack the scan covers, per stack and never across two,
//! the coroutine stack from the published stack pointer to its top, and every
//! stack left on the way there from the stack pointer recorded by
//! `enter_stack` to its top, plus the registers spilled then. A *suspended*
//! coroutine's stack belongs to no thread: the object that owns it scans it
//! from its vtable's `trace` with `Tracer::conservative_range`, from the
//! stack pointer the coroutine recorded (`spill_and_sp`) before suspending.
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
//! - Every resumption of a coroutine that may touch the heap (including the
//!   forced unwind of a dropped, unfinished coroutine) is bracketed by
//!   `enter_stack` / `leave_stack`; nothing between `enter_stack` and the
//!   switch, or between the switch back and `leave_stack`, reaches a
//!   safepoint or allocates. Neither is called inside `blocking`.

use crate::block::{class_of, MAX_SMALL};
use crate::collect::POLL;
use crate::mutator::{self, Mutator, NREGS};
use crate::space::Space;
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
    /// The heap being marked, for address lookups of conservative scans;
    /// null outside collections (`for_each_child`).
    pub(crate) space: *const Space,
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

    /// Scans `lo..hi` (word-aligned addresses) conservatively, exactly like a
    /// thread stack: every word that (decoded with
    /// `value::decode_conservative`) points into an allocated object (interior
    /// pointers included) marks it. For objects that own a suspended coroutine
    /// stack; call from a vtable's trace with the stack pointer the coroutine
    /// recorded before suspending (`spill_and_sp`) and the stack's top.
    ///
    /// `lo..hi` must be readable memory that nobody writes during the
    /// collection (a suspended coroutine's stack is). Only reads words; an
    /// unaligned `lo` is rounded up, `hi` down. Outside a collection (the walk
    /// of `for_each_child`) it reports nothing.
    pub fn conservative_range(&mut self, lo: usize, hi: usize) {
        if self.space.is_null() || lo >= hi {
            return;
        }
        debug_assert!(
            lo.is_multiple_of(8) && hi.is_multiple_of(8),
            "conservative_range: unaligned {lo:#x}..{hi:#x}"
        );
        let space = self.space;
        // SAFETY: `space` is set only by the collector, which holds HEAP with
        // the world stopped for the whole marking; the range is readable and
        // not written meanwhile (contract above).
        unsafe { crate::collect::scan_words(&*space, (lo + 7) & !7, hi & !7, self) };
    }
}

/// Token of one `enter_stack`; give it back to `leave_stack` on the old
/// stack. Dropping it has the same effect as `leave_stack`, so that a panic
/// propagated out of a coroutine through the resumer's frame restores the
/// thread's stack state. Tied to the calling thread (not `Send`).
#[must_use = "the stack switch ends when the token is dropped or passed to leave_stack"]
pub struct StackSwitch {
    m: *mut Mutator,
    depth: usize,
}

impl Drop for StackSwitch {
    fn drop(&mut self) {
        // SAFETY: tokens are only made by `enter_stack`; by its contract the
        // token is dropped (or given to `leave_stack`) back on the old stack.
        unsafe { mutator::leave_stack(self.m, self.depth) };
    }
}

/// Marks the start of execution on another stack (a coroutine's) by the calling
/// (attached) thread. `lo..hi` are the new stack's bounds. The part of the current
/// stack in use so far (from the current stack pointer up to its top, with the
/// callee-saved registers spilled at this point) stays a root while the thread
/// runs on the new stack. Must be called on the OLD stack immediately before
/// switching, and must not allocate. Nests (a coroutine may resume another).
///
/// Does not allocate from the heap, take a lock or reach a safepoint
/// (attaching the thread first if it is not attached, which does). The
/// segment record goes into a per-thread vector reserved for 8 levels of
/// nesting; deeper nesting grows it with the Rust allocator.
///
/// # Safety
/// Called on the stack being left, right before the switch to `lo..hi`
/// (word-aligned bounds of a stack that stays mapped while the thread runs
/// on it), with no safepoint or allocation in between, not inside
/// `blocking`. Heap references that live across the switch in the caller
/// exist at this call (the caller derives none in between). The token must
/// be handed back (`leave_stack` or drop) on this stack once control is back
/// on it, innermost first.
#[inline(always)]
pub unsafe fn enter_stack(lo: usize, hi: usize) -> StackSwitch {
    let mut regs = [0usize; NREGS];
    // SAFETY: `regs` holds NREGS words. The call is not inlined into
    // anything (naked), so it sees the callee-saved registers as the caller
    // (this function is always inlined) has them here.
    let sp = unsafe { mutator::spill_callee_saved(regs.as_mut_ptr()) };
    // SAFETY: forwarded contract: on the old stack, right before the switch.
    let (m, depth) = unsafe { mutator::enter_stack(lo, hi, sp, &regs) };
    StackSwitch { m, depth }
}

/// Undoes the matching `enter_stack` after control is back on the old stack.
/// Must be called with the token of the innermost enter_stack.
///
/// # Safety
/// Called on the stack that the matching `enter_stack` left, once control is
/// back on it, before any safepoint or allocation. Panics if `token` is not
/// the innermost one of the calling thread.
#[inline]
pub unsafe fn leave_stack(token: StackSwitch) {
    drop(token);
}

/// Spills callee-saved registers into `buf` and returns the current stack
/// pointer, so that code about to suspend a coroutine can record the lowest
/// live address of its stack (the spilled registers lie at or above it if `buf`
/// is a local of the caller). Returns the stack pointer value.
///
/// On x86_64, `buf` receives rbx, rbp, r12..r15 and two zero words; on
/// aarch64, x19..x26 (the buffer has no room for x27 and x28).
#[inline(never)]
pub fn spill_and_sp(buf: &mut [usize; 8]) -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        buf[6] = 0;
        buf[7] = 0;
        // SAFETY: writes NREGS = 6 words into the 8 of `buf`. This function
        // only zeroes two words before the call, which needs no callee-saved
        // register, so they still hold the caller's values.
        unsafe { mutator::spill_callee_saved(buf.as_mut_ptr()) }
    }
    #[cfg(target_arch = "aarch64")]
    {
        // SAFETY: writes 8 words into `buf`; see the x86_64 case.
        unsafe { mutator::spill_callee_saved8(buf.as_mut_ptr()) }
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        *buf = [0; 8];
        // SAFETY: writes NREGS (<= 8) words into `buf`.
        unsafe { mutator::spill_callee_saved(buf.as_mut_ptr()) }
    }
}

/// Calls `f` with every heap reference `obj` holds (its vtable's trace), for
/// walks of the object graph outside collections (the sharing barrier).
/// References found only by `Tracer::conservative_range` (a suspended
/// coroutine's stack) are not reported.
pub fn for_each_child(obj: *const GcHeader, mut f: impl FnMut(*const GcHeader)) {
    let mut t = Tracer { stack: Vec::new(), epoch: 0, space: std::ptr::null() };
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
                    zero_cell(cell as *mut u8, (size + 15) & !15);
                    let h = cell as *mut GcHeader;
                    std::ptr::addr_of_mut!((*h).vtable).write(vtable);
                    return h;
                }
            }
        }
    }
    mutator::alloc_slow(size, vtable)
}

/// Zeroes the first `n` bytes (a multiple of 16) of a cell. The small sizes
/// most objects have are written as fixed-size stores in place; a call to
/// `memset` for a 32-byte tuple cost more than the stores.
///
/// # Safety
/// `p` is valid for writing `n` bytes.
#[inline(always)]
pub(crate) unsafe fn zero_cell(p: *mut u8, n: usize) {
    // SAFETY (all arms): the caller guarantees `n` writable bytes at `p`,
    // and each arm writes exactly `n` of them.
    unsafe {
        match n {
            16 => std::ptr::write_bytes(p, 0, 16),
            32 => std::ptr::write_bytes(p, 0, 32),
            48 => std::ptr::write_bytes(p, 0, 48),
            64 => std::ptr::write_bytes(p, 0, 64),
            _ => std::ptr::write_bytes(p, 0, n),
        }
    }
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
    /// Collections whose marking ran on several marker threads.
    pub parallel_marks: u64,
}

pub fn stats() -> HeapStats {
    crate::collect::stats()
}

/// Counts `bytes` of memory that heap objects hold outside the heap (a big
/// int's digits, a generator's stack) toward the next collection, so that
/// the growth policy sees them.
pub fn note_external_alloc(bytes: usize) {
    crate::collect::note_allocated(bytes);
}
