//! Stop-the-world coordination, marking, sweeping, growth policy, statistics.
//!
//! # Stopping the world
//!
//! `POLL` is the one word that every safepoint and every allocation fast path
//! reads (Relaxed). Bit `STOP` asks running mutators to park; bit `STRESS`
//! makes every safepoint and allocation collect.
//!
//! `WORLD` (a mutex) holds the list of attached threads, the global root
//! scanners and the `collecting` flag. A collector:
//! 1. takes `WORLD`; if another collection is running it parks like any
//!    mutator (so two simultaneous requests never deadlock: one collects, the
//!    other is stopped by it), then re-checks whether it still has to collect;
//! 2. sets `collecting` and the `STOP` bit;
//! 3. waits on `STOPPED_CV` until every other thread is PARKED or BLOCKED;
//! 4. with `WORLD` held for the rest of the collection, takes `HEAP`, marks
//!    from the roots, sweeps, resets every mutator's free lists;
//! 5. clears `STOP` and `collecting` and wakes everyone on `RESUME_CV`.
//!
//! A mutator parks (state PARKED) only under `WORLD` and only while
//! `collecting` is set; it becomes RUNNING again under `WORLD` once
//! `collecting` is clear. A thread in `blocking` switches RUNNING <-> BLOCKED
//! without the lock, using SeqCst stores and loads against `POLL` (a Dekker
//! handshake, see `enter_blocked` / `leave_blocked`).
//!
//! Every thread publishes its stack pointer (after spilling callee-saved
//! registers) before it parks or blocks; the collector scans each stopped
//! thread's stack from that pointer to the stack's top. A thread running on
//! a coroutine stack is scanned from that pointer to the coroutine stack's
//! top, plus the in-use part of every stack it left for it (see mutator.rs).
//!
//! # Marking
//!
//! Roots: global scanners, each thread's precise scanner, and a conservative
//! scan of every attached thread's stack in which each aligned word is decoded
//! with `value::decode_conservative` and looked up in the block/large-object
//! index (interior pointers included). Marking uses an explicit stack in the
//! `Tracer` (no recursion): `Tracer::ptr` prefetches and pushes, the drain
//! loop pops through a short FIFO (so the prefetch has landed), marks the
//! object (mark byte := epoch) on its first visit and calls its vtable's
//! `trace`, skipping objects already marked.
//!
//! # Sweeping
//!
//! Eager, at the end of the collection, one block at a time (`Block::sweep`,
//! so it can become lazy later): unmarked objects are finalized and become
//! free cells, each block's free list is rebuilt, blocks with free cells go to
//! the partial lists, blocks with no survivor go back to the empty pool, and
//! every mutator's free lists are reset so threads take blocks from the pool
//! again. Empty blocks beyond the next cycle's allocation budget have their
//! pages returned to the OS (`Space::trim`). Dead large objects are finalized
//! and freed.
//!
//! # Growth policy
//!
//! Allocation is counted when a mutator takes cells from the shared pool (a
//! whole block's free cells at a time) and for each large object. A collection
//! is due when that count reaches `max(MIN_THRESHOLD, 2 * live bytes after the
//! last collection)`; the check runs on the allocation slow path.

use crate::block::BLOCK_SIZE;
use crate::heap::{HeapStats, Tracer};
use crate::mutator::{reset_free_lists, Mutator, BLOCKED, PARKED, RUNNING};
use crate::space::{Space, HEAP};
use parking_lot::{Condvar, Mutex, MutexGuard};
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;

/// Bit of `POLL`: a collection wants every mutator stopped.
pub(crate) const STOP: u32 = 1;
/// Bit of `POLL`: stress mode, collect at every safepoint and allocation.
pub(crate) const STRESS: u32 = 2;

/// Read by every safepoint poll and allocation fast path.
pub(crate) static POLL: AtomicU32 = AtomicU32::new(0);

/// Smallest allocation volume between two collections. 16 MiB rather than
/// 8: half the collections (the marking of roots and live data is a fixed
/// cost per collection) for about 8 MiB more peak memory; 32 MiB measured no
/// faster (`nqueens` 0.14 s -> 0.09 s -> 0.08 s, `alloc` 0.31 -> 0.25 -> 0.26).
pub(crate) const MIN_THRESHOLD: usize = 16 << 20;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);
static THRESHOLD: AtomicUsize = AtomicUsize::new(MIN_THRESHOLD);

static COLLECTIONS: AtomicU64 = AtomicU64::new(0);
static TOTAL_PAUSE_NS: AtomicU64 = AtomicU64::new(0);
static MAX_PAUSE_NS: AtomicU64 = AtomicU64::new(0);
static LIVE_BYTES: AtomicU64 = AtomicU64::new(0);
static HEAP_BYTES: AtomicU64 = AtomicU64::new(0);
static PARALLEL_MARKS: AtomicU64 = AtomicU64::new(0);

pub(crate) struct World {
    /// A collection owns the world (set from the stop request to the release).
    pub(crate) collecting: bool,
    pub(crate) threads: Vec<*mut Mutator>,
    pub(crate) global_scanners: Vec<fn(&mut Tracer)>,
    /// Mark epoch of the last collection (1..=255).
    epoch: u8,
    /// Kept between collections to avoid regrowing the mark stack.
    mark_stack: Vec<*const crate::heap::GcHeader>,
}

// SAFETY: the mutator pointers are boxes owned by the heap, freed only after
// removal from this list under the lock; all access is under `WORLD`.
unsafe impl Send for World {}

/// Lock order: `WORLD` before `HEAP`.
pub(crate) static WORLD: Mutex<World> = Mutex::new(World {
    collecting: false,
    threads: Vec::new(),
    global_scanners: Vec::new(),
    epoch: 0,
    mark_stack: Vec::new(),
});
/// A mutator stopped (parked or blocked) or left: the collector re-checks.
pub(crate) static STOPPED_CV: Condvar = Condvar::new();
/// The collection ended: parked threads and waiters re-check `collecting`.
pub(crate) static RESUME_CV: Condvar = Condvar::new();

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reason {
    /// `collect()`: always collect, even if another collection just ran.
    Explicit,
    /// The allocation threshold was reached: skip if someone else collected.
    Threshold,
    /// Stress mode: collect every time.
    Stress,
}

pub(crate) fn set_stress(on: bool) {
    if on {
        POLL.fetch_or(STRESS, Ordering::SeqCst);
    } else {
        POLL.fetch_and(!STRESS, Ordering::SeqCst);
    }
}

#[inline]
pub(crate) fn note_allocated(bytes: usize) {
    ALLOCATED.fetch_add(bytes, Ordering::Relaxed);
}

#[inline]
pub(crate) fn threshold_reached() -> bool {
    ALLOCATED.load(Ordering::Relaxed) >= THRESHOLD.load(Ordering::Relaxed)
}

/// Parks `m` until the running collection (if any) ends. The caller has
/// published its stack.
pub(crate) fn park(m: *mut Mutator) {
    let mut w = WORLD.lock();
    park_locked(m, &mut w);
}

fn park_locked(m: *mut Mutator, w: &mut MutexGuard<'_, World>) {
    if !w.collecting {
        return;
    }
    // SAFETY (all derefs of `m` below): `m` is the calling thread's live mutator.
    // Invariant: state changes to and from PARKED happen only under WORLD, so
    // a collector holding WORLD sees a consistent set of parked threads.
    unsafe { (*m).state.store(PARKED, Ordering::SeqCst) };
    STOPPED_CV.notify_all();
    while w.collecting {
        RESUME_CV.wait(w);
    }
    // SAFETY: as above.
    unsafe { (*m).state.store(RUNNING, Ordering::SeqCst) };
}

/// Entering `blocking`: the stack is published; become BLOCKED.
pub(crate) fn enter_blocked(m: *mut Mutator) {
    // SAFETY: `m` is the calling thread's live mutator.
    unsafe { (*m).state.store(BLOCKED, Ordering::SeqCst) };
    // Dekker handshake with `collect_from`, which stores STOP then reads our
    // state (both SeqCst): either it sees BLOCKED, or we see STOP here and
    // wake it under the lock (it then re-reads our state).
    if POLL.load(Ordering::SeqCst) & STOP != 0 {
        let _w = WORLD.lock();
        STOPPED_CV.notify_all();
    }
}

/// Leaving `blocking`: become RUNNING, but never while a collection runs.
pub(crate) fn leave_blocked(m: *mut Mutator) {
    loop {
        // SAFETY: `m` is the calling thread's live mutator.
        unsafe { (*m).state.store(RUNNING, Ordering::SeqCst) };
        // Dekker handshake: the collector stores STOP, then reads our state.
        // If we read no STOP, our RUNNING store precedes its read, so it will
        // wait for us to reach a safepoint. If we read STOP, we go back to
        // BLOCKED before touching the heap and wait for the collection to end.
        if POLL.load(Ordering::SeqCst) & STOP == 0 {
            return;
        }
        // SAFETY: as above.
        unsafe { (*m).state.store(BLOCKED, Ordering::SeqCst) };
        let mut w = WORLD.lock();
        STOPPED_CV.notify_all();
        while w.collecting {
            RESUME_CV.wait(&mut w);
        }
    }
}

fn others_stopped(w: &World, me: *mut Mutator) -> bool {
    w.threads.iter().all(|&t| {
        // SAFETY: listed mutators are live (removed under WORLD, which we hold).
        t == me || unsafe { (*t).state.load(Ordering::SeqCst) } != RUNNING
    })
}

/// Runs a collection from mutator `m` (the calling thread), which has
/// published its stack in a frame that stays live until this returns.
pub(crate) fn collect_from(m: *mut Mutator, reason: Reason) {
    let mut w = WORLD.lock();
    while w.collecting {
        park_locked(m, &mut w);
        if reason == Reason::Threshold && !threshold_reached() {
            return;
        }
    }
    let start = Instant::now();
    w.collecting = true;
    POLL.fetch_or(STOP, Ordering::SeqCst);
    while !others_stopped(&w, m) {
        STOPPED_CV.wait(&mut w);
    }
    // The world is stopped: every other mutator is PARKED (it cannot resume
    // before we clear `collecting`, which needs WORLD, held until the end) or
    // BLOCKED (it cannot leave `blocking` before STOP is cleared). None holds
    // HEAP (invariant in space.rs).
    let mut space = HEAP.lock();
    let epoch = if w.epoch == 255 { 1 } else { w.epoch + 1 };
    w.epoch = epoch;

    let stack = std::mem::take(&mut w.mark_stack);
    let mut tracer = Tracer { stack, epoch, space: &*space as *const Space };
    mark(&w, &space, &mut tracer);
    w.mark_stack = std::mem::take(&mut tracer.stack);

    for &t in &w.threads {
        // SAFETY: `t` is stopped or is us; its free lists point into blocks
        // the sweep below relinks, so they must be dropped.
        unsafe { reset_free_lists(t) };
    }
    // SAFETY: world stopped, marking complete, free lists reset.
    let live = unsafe { space.sweep(epoch) };
    let threshold = MIN_THRESHOLD.max(2 * live);
    space.trim(threshold / BLOCK_SIZE);
    let heap_bytes = space.heap_bytes();
    drop(space);

    ALLOCATED.store(0, Ordering::Relaxed);
    THRESHOLD.store(threshold, Ordering::Relaxed);
    LIVE_BYTES.store(live as u64, Ordering::Relaxed);
    HEAP_BYTES.store(heap_bytes as u64, Ordering::Relaxed);
    let pause = start.elapsed().as_nanos() as u64;
    COLLECTIONS.fetch_add(1, Ordering::Relaxed);
    TOTAL_PAUSE_NS.fetch_add(pause, Ordering::Relaxed);
    MAX_PAUSE_NS.fetch_max(pause, Ordering::Relaxed);

    // Release the world. Clearing STOP (a SeqCst read-modify-write) after all
    // heap updates orders them before any thread that sees STOP clear.
    POLL.fetch_and(!STOP, Ordering::SeqCst);
    w.collecting = false;
    RESUME_CV.notify_all();
    drop(w);
}

/// Pointer to the space being marked, for debug checks in `Tracer::ptr`.
#[cfg(debug_assertions)]
static MARKING_SPACE: std::sync::atomic::AtomicPtr<Space> =
    std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());

/// Debug check: `p` is the start of an object of the heap being marked.
#[cfg(debug_assertions)]
pub(crate) fn is_heap_object(p: *const crate::heap::GcHeader) -> bool {
    let s = MARKING_SPACE.load(Ordering::Relaxed);
    if s.is_null() {
        return true;
    }
    // SAFETY: set only while the collector holds HEAP with the world stopped.
    unsafe { (*s).find_object(p as usize) == Some(p as *mut _) }
}

fn mark(w: &World, space: &Space, tracer: &mut Tracer) {
    #[cfg(debug_assertions)]
    MARKING_SPACE.store(space as *const Space as *mut Space, Ordering::Relaxed);

    for f in &w.global_scanners {
        f(tracer);
    }
    for &t in &w.threads {
        // SAFETY: `t` is stopped (or is us); its scanner field is not being
        // written (set_root_scanner takes WORLD, which we hold).
        if let Some((f, data)) = unsafe { *(*t).root_scanner.get() } {
            f(data, tracer);
        }
    }
    for &t in &w.threads {
        // SAFETY: `t` is stopped or is us, with its stack published.
        unsafe { scan_stack(space, t, tracer) };
    }
    let markers = marker_count();
    if markers > 1 && LIVE_BYTES.load(Ordering::Relaxed) >= PARALLEL_MARK_MIN_LIVE as u64 {
        drain_parallel(tracer, markers);
        PARALLEL_MARKS.fetch_add(1, Ordering::Relaxed);
    } else {
        drain(tracer);
    }

    #[cfg(debug_assertions)]
    MARKING_SPACE.store(std::ptr::null_mut(), Ordering::Relaxed);
}

/// Below this much live data (at the last collection) marking stays on the
/// collecting thread: starting markers would cost more than it saves.
const PARALLEL_MARK_MIN_LIVE: usize = 4 << 20;

/// Markers for a parallel mark: one per core, at most 16 (`MOREL_GC_MARKERS`
/// overrides, 1 disables parallel marking).
fn marker_count() -> usize {
    static N: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *N.get_or_init(|| {
        if let Some(n) = std::env::var("MOREL_GC_MARKERS").ok().and_then(|v| v.parse::<usize>().ok()) {
            return n.clamp(1, 64);
        }
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(16)
    })
}

/// Work shared between parallel markers: batches of objects to visit.
struct MarkQueue {
    batches: Mutex<Vec<Vec<*const crate::heap::GcHeader>>>,
    /// Markers that found no work (all idle and no batch left: done).
    idle: AtomicUsize,
}

// SAFETY: the pointers name heap objects that stay allocated for the whole
// marking (the world is stopped; nothing frees or moves until the sweep).
unsafe impl Sync for MarkQueue {}
unsafe impl Send for MarkQueue {}

/// A marker's local stack beyond which it hands half to the others.
const SHARE_BATCH: usize = 256;

/// Marks with `n` threads: the roots found so far are split into batches;
/// each marker drains its own stack and, whenever it holds more than
/// `SHARE_BATCH` entries, publishes half for idle markers. Marking an object
/// is an atomic swap of its mark byte, so each object is traced by exactly
/// one marker. Markers only read objects and the heap index (the world is
/// stopped), so they need not be attached mutators.
fn drain_parallel(tracer: &mut Tracer, n: usize) {
    let roots = std::mem::take(&mut tracer.stack);
    let per = roots.len().div_ceil(n).max(1);
    let queue = MarkQueue { batches: Mutex::new(roots.chunks(per).map(|c| c.to_vec()).collect()), idle: AtomicUsize::new(0) };
    let (epoch, space) = (tracer.epoch, tracer.space as usize);
    std::thread::scope(|sc| {
        for _ in 0..n {
            let queue = &queue;
            sc.spawn(move || {
                let mut t = Tracer { stack: Vec::with_capacity(1024), epoch, space: space as *const Space };
                mark_worker(&mut t, queue, n);
            });
        }
    });
}

fn mark_worker(t: &mut Tracer, queue: &MarkQueue, n: usize) {
    loop {
        // Take a batch, or wait for one while other markers still work.
        let batch = loop {
            if let Some(b) = queue.batches.lock().pop() {
                break Some(b);
            }
            queue.idle.fetch_add(1, Ordering::SeqCst);
            let got = loop {
                if let Some(b) = queue.batches.lock().pop() {
                    queue.idle.fetch_sub(1, Ordering::SeqCst);
                    break Some(b);
                }
                // Every marker idle with no batch left: marking is complete
                // (a marker publishes a batch before it could go idle).
                if queue.idle.load(Ordering::SeqCst) == n {
                    break None;
                }
                std::hint::spin_loop();
                std::thread::yield_now();
            };
            break got;
        };
        let Some(batch) = batch else { return };
        t.stack.extend_from_slice(&batch);
        while let Some(p) = t.stack.pop() {
            if t.stack.len() > SHARE_BATCH {
                let half = t.stack.split_off(t.stack.len() / 2);
                queue.batches.lock().push(half);
            }
            // SAFETY: only heap objects are pushed; they stay allocated
            // until the sweep.
            let mark = unsafe { &(*p).mark };
            if mark.load(Ordering::Relaxed) == t.epoch || mark.swap(t.epoch, Ordering::Relaxed) == t.epoch {
                continue;
            }
            // SAFETY: as in `drain`; the swap above made us its only tracer.
            let vt = unsafe { (*p).vtable };
            if !vt.is_null() {
                // SAFETY: `vt` is the object's &'static VTable.
                unsafe { ((*vt).trace)(p, t) };
            }
        }
    }
}

/// Objects popped from the mark stack wait this many steps in a FIFO before
/// they are visited, so that the prefetch issued when they were pushed (and
/// again when they enter the FIFO) has completed.
const PREFETCH_DEPTH: usize = 32;

/// Prefetches the header of `p` for reading (a hint; never faults).
#[inline(always)]
pub(crate) fn prefetch(p: *const crate::heap::GcHeader) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint that never faults, whatever the address;
    // SSE is part of the x86_64 baseline.
    unsafe {
        std::arch::x86_64::_mm_prefetch(p as *const i8, std::arch::x86_64::_MM_HINT_T0)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

/// Marks everything reachable from the objects on the mark stack. An object
/// may be pushed once per incoming edge; the first visit marks it (mark byte
/// := epoch) and calls its vtable's `trace`, later visits see the mark and
/// skip it.
fn drain(tracer: &mut Tracer) {
    let epoch = tracer.epoch;
    let mut ring = [std::ptr::null::<crate::heap::GcHeader>(); PREFETCH_DEPTH];
    let mut head = 0;
    let mut len = 0;
    loop {
        while len < PREFETCH_DEPTH {
            let Some(p) = tracer.stack.pop() else { break };
            prefetch(p);
            ring[(head + len) % PREFETCH_DEPTH] = p;
            len += 1;
        }
        if len == 0 {
            break;
        }
        let p = ring[head];
        head = (head + 1) % PREFETCH_DEPTH;
        len -= 1;
        // SAFETY: only heap objects are pushed (Tracer::ptr contract and the
        // lookups of scan_stack); they stay allocated until the sweep. The
        // mark byte is written only by this (the collecting) thread.
        let mark = unsafe { &(*p).mark };
        if mark.load(Ordering::Relaxed) == epoch {
            continue;
        }
        mark.store(epoch, Ordering::Relaxed);
        // SAFETY: as above; the vtable is null only for a free cell, which no
        // lookup returns and no valid reference names.
        let vt = unsafe { (*p).vtable };
        if !vt.is_null() {
            // SAFETY: `vt` is the &'static VTable set by alloc_raw, and `p` is
            // an initialised object of that type (or still zeroed memory).
            unsafe { ((*vt).trace)(p, tracer) };
        }
    }
}

/// Conservatively scans the published stacks of `t`: its current stack from
/// the published stack pointer to that stack's top, then every stack it left
/// through `enter_stack` (innermost first) from the recorded stack pointer to
/// that stack's top, plus the registers saved with it. Each range lies within
/// one stack.
///
/// # Safety
/// `t` is a live mutator that is stopped or is the calling thread, and its
/// `sp` was published in a frame that is still live.
unsafe fn scan_stack(space: &Space, t: *mut Mutator, tracer: &mut Tracer) {
    // SAFETY: `t` is live (contract); its `Stacks` change only while it runs,
    // and it is stopped or is us.
    let (sp, st) = unsafe { ((*t).sp.load(Ordering::SeqCst), &*(*t).stacks.get()) };
    debug_assert!(st.lo <= sp && sp <= st.hi, "published stack pointer outside the current stack");
    #[cfg(debug_assertions)]
    {
        // SAFETY: as above.
        let own = unsafe { ((*t).stack_lo, (*t).stack_hi) };
        let outermost = st.saved.first().map_or((st.lo, st.hi), |s| (s.lo, s.hi));
        debug_assert!(outermost == own, "outermost stack is not the thread's own");
    }
    if st.lo <= sp && sp <= st.hi {
        // SAFETY: [sp, hi) is the in-use part of the stack `t` runs on,
        // mapped and not being written by its stopped owner. (A thread in
        // `blocking` may write its own frame just above `sp` after `f`
        // returns; such a word is read as a plain integer and only used as a
        // candidate address.) The world is stopped.
        unsafe { scan_words(space, sp & !7, st.hi, tracer) };
    }
    for seg in st.saved.iter().rev() {
        debug_assert!(
            seg.lo <= seg.sp && seg.sp <= seg.hi,
            "saved stack pointer outside its stack"
        );
        if seg.lo <= seg.sp && seg.sp <= seg.hi {
            // SAFETY: [seg.sp, seg.hi) is the part of a stack that `t` left
            // with `enter_stack` and will come back to: still mapped and not
            // written while `t` runs elsewhere or is stopped.
            unsafe { scan_words(space, seg.sp & !7, seg.hi, tracer) };
        }
        for &r in &seg.regs {
            let addr = crate::value::decode_conservative(r as u64);
            // SAFETY: the world is stopped; nothing formats blocks or frees.
            if let Some(obj) = unsafe { space.find_object(addr) } {
                tracer.ptr(obj);
            }
        }
    }
}

/// Marks every object that a word of `[from, to)` points into.
///
/// # Safety
/// `from` is 8-aligned; the range is readable and not written meanwhile, or
/// only written with words that may be read as arbitrary integers (see
/// `scan_stack`); the world is stopped and `space` is the locked heap.
pub(crate) unsafe fn scan_words(space: &Space, from: usize, to: usize, tracer: &mut Tracer) {
    let mut a = from;
    while a + 8 <= to {
        // SAFETY: `a` is an aligned address inside the readable range (contract).
        let word = unsafe { std::ptr::read_volatile(a as *const u64) };
        let addr = crate::value::decode_conservative(word);
        // SAFETY: the world is stopped; nothing formats blocks or frees.
        if let Some(obj) = unsafe { space.find_object(addr) } {
            tracer.ptr(obj);
        }
        a += 8;
    }
}

/// `collect()`: forces a collection from the calling thread.
#[inline(never)]
pub(crate) fn collect_now() {
    let m = crate::mutator::ensure_attached();
    crate::mutator::publish_stack!(m, regs);
    collect_from(m, Reason::Explicit);
    std::hint::black_box(&regs);
}

pub(crate) fn add_global_root_scanner(f: fn(&mut Tracer)) {
    WORLD.lock().global_scanners.push(f);
}

pub(crate) fn attached_threads() -> usize {
    WORLD.lock().threads.len()
}

pub(crate) fn stats() -> HeapStats {
    HeapStats {
        collections: COLLECTIONS.load(Ordering::Relaxed),
        total_pause_ns: TOTAL_PAUSE_NS.load(Ordering::Relaxed),
        max_pause_ns: MAX_PAUSE_NS.load(Ordering::Relaxed),
        live_bytes: LIVE_BYTES.load(Ordering::Relaxed),
        heap_bytes: HEAP_BYTES.load(Ordering::Relaxed),
        parallel_marks: PARALLEL_MARKS.load(Ordering::Relaxed),
    }
}
