//! Mutator threads: their allocation state, attach/detach, stack bounds,
//! register spilling, and the slow paths of allocation, safepoints and
//! `blocking`.
//!
//! Every attached thread owns one `Mutator` (boxed, listed in `World::threads`,
//! reachable from the thread-local `CURRENT`). Its per-class free lists are the
//! allocation fast path: popping one needs no lock because
//! - only the owning thread touches the lists while it runs, and
//! - the collector touches them (to reset them) only while the owner is
//!   stopped (parked at a safepoint or inside `blocking`), with the handshake
//!   in collect.rs ordering the accesses.
//!
//! Before a thread can be stopped it *publishes its stack*: the
//! `publish_stack!` macro spills the callee-saved registers into an array in
//! the current frame and records the stack pointer below it. Everything from
//! that pointer up to the top of the thread's stack (found with
//! `pthread_getattr_np` at attach time) is then scanned conservatively. The
//! macro must be used in a non-inlined function that stays on the stack
//! while the thread is stopped: on entry to such a function every
//! callee-saved register still holds the caller's value, or the prologue
//! saved it in this frame, above the recorded stack pointer; values in
//! caller-saved registers were spilled by the caller into its own frame.
//!
//! # Coroutine stacks
//!
//! A thread may run on stacks other than its own (stackful coroutines, each on
//! its own mapped stack). `Stacks` records, per thread, the bounds of the
//! stack it currently executes on and one `Segment` per stack it left through
//! `heap::enter_stack` and has not yet come back to (`leave_stack`): the
//! lowest address of that stack still in use (`sp`, the stack pointer inside
//! `spill_callee_saved` called from the inlined `enter_stack`, just below the
//! caller's frame), the stack's bounds, and the callee-saved registers as
//! they were at that call. Entries nest like the calls that create them.
//!
//! A stopped thread is then scanned as one range per stack, never across
//! stacks: its published `sp` up to the top of the current stack, and, for
//! each segment (innermost first), `segment.sp` up to the top of that stack
//! plus the segment's saved registers. With no segment the current stack is
//! the thread's own (`stack_lo..stack_hi`, found at attach), as before.
//!
//! The owner changes `Stacks` only while RUNNING, outside safepoints; the
//! collector reads it only while the owner is stopped (or is the collector).
//! These accesses are ordered by the same handshake as the free lists.
//! Suspended coroutine stacks are not the thread's business: the object that
//! owns one scans it from its trace (`Tracer::conservative_range`).

use crate::block::{class_of, FreeCell, MAX_SMALL, NCLASSES};
use crate::collect::{self, Reason, POLL, RESUME_CV, STOP, STOPPED_CV, STRESS, WORLD};
use crate::heap::{GcHeader, Tracer, VTable};
use crate::space::HEAP;
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};

/// Thread states, written only by the owning thread.
pub(crate) const RUNNING: u32 = 0;
/// Stopped at a safepoint until the current collection ends.
pub(crate) const PARKED: u32 = 1;
/// Inside `blocking(..)`: does not touch the heap.
pub(crate) const BLOCKED: u32 = 2;

pub(crate) type ThreadScanner = (fn(*mut (), &mut Tracer), *mut ());

/// Aligned to two cache lines: each thread writes its own mutator on every
/// allocation, and two mutators sharing a line would make threads contend.
#[repr(align(128))]
pub(crate) struct Mutator {
    /// Per-class free lists owned by this thread.
    pub(crate) free: UnsafeCell<[*mut FreeCell; NCLASSES]>,
    pub(crate) state: AtomicU32,
    /// Stack pointer published before the thread last stopped.
    pub(crate) sp: AtomicUsize,
    /// Bounds of the thread's own stack (found at attach; never change). The
    /// scan uses `stacks`, which starts with these bounds and returns to them
    /// when the last `enter_stack` is undone (checked in debug builds).
    #[cfg_attr(not(debug_assertions), allow(dead_code))]
    pub(crate) stack_lo: usize,
    #[cfg_attr(not(debug_assertions), allow(dead_code))]
    pub(crate) stack_hi: usize,
    /// The stack the thread runs on and the stacks it left for it (see the
    /// module docs). Written by the owner while RUNNING, read by the
    /// collector while the owner is stopped.
    pub(crate) stacks: UnsafeCell<Stacks>,
    /// Precise roots of this thread; read by the collector while it is stopped.
    pub(crate) root_scanner: UnsafeCell<Option<ThreadScanner>>,
}

/// Which stacks a thread's conservative scan covers.
pub(crate) struct Stacks {
    /// Bounds of the stack the thread currently runs on.
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    /// Stacks left by `enter_stack` and not yet returned to, outermost first.
    pub(crate) saved: Vec<Segment>,
}

/// The in-use part of a stack the thread left for another one.
pub(crate) struct Segment {
    /// Lowest address still in use on that stack (recorded by `enter_stack`).
    pub(crate) sp: usize,
    /// Bounds of that stack.
    pub(crate) lo: usize,
    pub(crate) hi: usize,
    /// Callee-saved registers at the switch.
    pub(crate) regs: [usize; NREGS],
}

/// Nesting depth up to which `enter_stack` needs no Rust allocation (the
/// segment vector is reserved at attach; deeper nesting grows it once).
const SEGMENTS_RESERVED: usize = 8;

thread_local! {
    // Const-initialised and without destructor: readable at any point of
    // the thread's life, thread-local destructors and pthread key
    // destructors included.
    static CURRENT: Cell<*mut Mutator> = const { Cell::new(std::ptr::null_mut()) };
}

/// A pthread key whose destructor detaches an exiting thread that is still
/// attached (the user forgot `detach_thread`). Pthread key destructors run
/// after Rust's thread-local destructors, so those may still use the heap.
static EXIT_KEY: std::sync::OnceLock<libc::pthread_key_t> = std::sync::OnceLock::new();

extern "C" fn detach_at_exit(_: *mut libc::c_void) {
    detach();
}

/// Arranges for `detach_at_exit` to run when the calling thread exits.
fn register_exit_hook() {
    let key = *EXIT_KEY.get_or_init(|| {
        let mut key: libc::pthread_key_t = 0;
        // SAFETY: `key` is a valid out-pointer; the destructor is an
        // `extern "C"` function that lives for the whole program.
        let rc = unsafe { libc::pthread_key_create(&mut key, Some(detach_at_exit)) };
        assert_eq!(rc, 0, "pthread_key_create failed");
        key
    });
    // SAFETY: `key` was created above; a non-null value makes the destructor
    // run at thread exit (also when set during an earlier destructor round).
    unsafe { libc::pthread_setspecific(key, std::ptr::NonNull::<u8>::dangling().as_ptr() as *const libc::c_void) };
}

/// The calling thread's mutator, or null when it is not attached.
#[inline(always)]
pub(crate) fn current() -> *mut Mutator {
    CURRENT.with(|c| c.get())
}

/// Number of words `spill_registers` writes.
#[cfg(target_arch = "x86_64")]
pub(crate) const NREGS: usize = 6;
#[cfg(target_arch = "aarch64")]
pub(crate) const NREGS: usize = 12;
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
pub(crate) const NREGS: usize = 1;

/// Copies the callee-saved registers into `buf` so that the conservative scan
/// of the stack sees any heap pointer they hold.
#[inline(always)]
pub(crate) fn spill_registers(buf: &mut [usize; NREGS]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: the asm only stores six registers into `buf`, which is 6 words.
    unsafe {
        std::arch::asm!(
            "mov [{b}], rbx",
            "mov [{b} + 8], rbp",
            "mov [{b} + 16], r12",
            "mov [{b} + 24], r13",
            "mov [{b} + 32], r14",
            "mov [{b} + 40], r15",
            b = in(reg) buf.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: the asm only stores x19..x30 into `buf`, which is 12 words.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{b}]",
            "stp x21, x22, [{b}, #16]",
            "stp x23, x24, [{b}, #32]",
            "stp x25, x26, [{b}, #48]",
            "stp x27, x28, [{b}, #64]",
            "stp x29, x30, [{b}, #80]",
            b = in(reg) buf.as_mut_ptr(),
            options(nostack, preserves_flags)
        );
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        // Fallback: no register access. Callers use this from non-inlined
        // slow paths, so the caller's callee-saved registers are either still
        // untouched or saved in the slow path's frame by its prologue; a
        // non-inlined call here forces the compiler to treat `buf` as escaping.
        #[inline(never)]
        fn escape(b: &mut [usize; NREGS]) {
            std::hint::black_box(b);
        }
        escape(buf);
    }
}

/// The current stack pointer (an address at or below every local of the
/// calling frame).
#[inline(always)]
pub(crate) fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads rsp into a register; no memory access.
        unsafe { std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
        sp
    }
    #[cfg(target_arch = "aarch64")]
    {
        let sp: usize;
        // SAFETY: reads sp into a register; no memory access.
        unsafe { std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags)) };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let x = 0usize;
        std::hint::black_box(&x) as *const usize as usize
    }
}

/// Stores the callee-saved registers into `buf` (`NREGS` words) and returns
/// the stack pointer inside this function (below the caller's frame).
///
/// Written as a naked function so that no compiler-generated code can move or
/// overwrite a callee-saved register before it is stored: every one of them
/// still holds the caller's value on entry.
///
/// # Safety
/// `buf` is valid for writing `NREGS` words.
#[cfg(target_arch = "x86_64")]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn spill_callee_saved(buf: *mut usize) -> usize {
    std::arch::naked_asm!(
        "mov [rdi], rbx",
        "mov [rdi + 8], rbp",
        "mov [rdi + 16], r12",
        "mov [rdi + 24], r13",
        "mov [rdi + 32], r14",
        "mov [rdi + 40], r15",
        "mov rax, rsp",
        "ret",
    )
}

/// See the x86_64 version; stores x19..x30.
///
/// # Safety
/// `buf` is valid for writing `NREGS` words.
#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn spill_callee_saved(buf: *mut usize) -> usize {
    std::arch::naked_asm!(
        "stp x19, x20, [x0]",
        "stp x21, x22, [x0, #16]",
        "stp x23, x24, [x0, #32]",
        "stp x25, x26, [x0, #48]",
        "stp x27, x28, [x0, #64]",
        "stp x29, x30, [x0, #80]",
        "mov x0, sp",
        "ret",
    )
}

/// Stores x19..x26 into the 8 words of `buf` (for `heap::spill_and_sp`,
/// whose buffer cannot hold x27 and x28) and returns the stack pointer.
///
/// # Safety
/// `buf` is valid for writing 8 words.
#[cfg(target_arch = "aarch64")]
#[unsafe(naked)]
pub(crate) unsafe extern "C" fn spill_callee_saved8(buf: *mut usize) -> usize {
    std::arch::naked_asm!(
        "stp x19, x20, [x0]",
        "stp x21, x22, [x0, #16]",
        "stp x23, x24, [x0, #32]",
        "stp x25, x26, [x0, #48]",
        "mov x0, sp",
        "ret",
    )
}

/// Fallback without register access (see `spill_registers`).
///
/// # Safety
/// `buf` is valid for writing `NREGS` words.
#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
#[inline(never)]
pub(crate) unsafe extern "C" fn spill_callee_saved(buf: *mut usize) -> usize {
    // SAFETY: `buf` is writable for NREGS (= 1) words (contract).
    unsafe { buf.write(0) };
    std::hint::black_box(buf);
    stack_pointer()
}

/// Spills the callee-saved registers into a local array named `$regs` and
/// publishes the stack pointer of the current frame in mutator `$m`. Keep the
/// array alive with `std::hint::black_box(&$regs)` at the end of the function.
macro_rules! publish_stack {
    ($m:expr, $regs:ident) => {
        let mut $regs = [0usize; $crate::mutator::NREGS];
        $crate::mutator::spill_registers(&mut $regs);
        // SAFETY: `$m` is the calling thread's live mutator.
        unsafe { (*$m).sp.store($crate::mutator::stack_pointer(), std::sync::atomic::Ordering::SeqCst) };
    };
}
pub(crate) use publish_stack;

/// Lowest and highest address of the calling thread's stack.
#[cfg(target_os = "linux")]
fn stack_bounds() -> (usize, usize) {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; we read
    // the stack range from it and destroy it. All pointers are to locals.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        let rc = libc::pthread_getattr_np(libc::pthread_self(), &mut attr);
        assert_eq!(rc, 0, "pthread_getattr_np failed");
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        assert_eq!(rc, 0, "pthread_attr_getstack failed");
        (addr as usize, addr as usize + size)
    }
}

#[cfg(target_os = "macos")]
fn stack_bounds() -> (usize, usize) {
    // SAFETY: both calls only query the calling thread.
    unsafe {
        let t = libc::pthread_self();
        let hi = libc::pthread_get_stackaddr_np(t) as usize;
        let size = libc::pthread_get_stacksize_np(t);
        (hi - size, hi)
    }
}

static ENV_ONCE: std::sync::Once = std::sync::Once::new();

/// Attaches the calling thread (idempotent).
pub(crate) fn attach() {
    if !current().is_null() {
        return;
    }
    ENV_ONCE.call_once(|| {
        if std::env::var_os("MOREL_GC_STRESS").is_some_and(|v| v == "1") {
            collect::set_stress(true);
        }
    });
    let (stack_lo, stack_hi) = stack_bounds();
    let here = stack_pointer();
    assert!(stack_lo <= here && here < stack_hi, "stack bounds do not contain the stack pointer");
    let m = Box::into_raw(Box::new(Mutator {
        free: UnsafeCell::new([std::ptr::null_mut(); NCLASSES]),
        state: AtomicU32::new(RUNNING),
        sp: AtomicUsize::new(here),
        stack_lo,
        stack_hi,
        stacks: UnsafeCell::new(Stacks {
            lo: stack_lo,
            hi: stack_hi,
            saved: Vec::with_capacity(SEGMENTS_RESERVED),
        }),
        root_scanner: UnsafeCell::new(None),
    }));
    let mut w = WORLD.lock();
    // Not yet a mutator, so it holds no heap references: wait out a running
    // collection rather than join a world the collector believes stopped.
    while w.collecting {
        RESUME_CV.wait(&mut w);
    }
    w.threads.push(m);
    drop(w);
    CURRENT.with(|c| c.set(m));
    register_exit_hook();
}

/// Detaches the calling thread, if attached.
pub(crate) fn detach() {
    let m = CURRENT.with(|c| c.get());
    if m.is_null() {
        return;
    }
    let mut w = WORLD.lock();
    // We are RUNNING and hold WORLD, so the collector is not marking: it is
    // either idle or waiting in STOPPED_CV for us. Leaving the list is safe in
    // both cases; the notification lets it re-check without us. Our free
    // lists are simply dropped: their cells keep null vtables and the next
    // sweep links them again.
    w.threads.retain(|&t| t != m);
    STOPPED_CV.notify_all();
    drop(w);
    CURRENT.with(|c| c.set(std::ptr::null_mut()));
    // SAFETY: `m` came from Box::into_raw in `attach` and is no longer listed,
    // so the collector cannot reach it.
    drop(unsafe { Box::from_raw(m) });
}

/// The calling thread's mutator, attaching it first if needed.
pub(crate) fn ensure_attached() -> *mut Mutator {
    let m = current();
    if !m.is_null() {
        return m;
    }
    attach();
    current()
}

pub(crate) fn set_root_scanner(f: Option<ThreadScanner>) {
    let m = ensure_attached();
    // The collector reads the scanner only while this thread is stopped; take
    // WORLD so the write is ordered before any later collection.
    let _w = WORLD.lock();
    // SAFETY: `m` is our live mutator; the collector, the only other reader,
    // is excluded by WORLD (it holds WORLD for the whole collection).
    unsafe { *(*m).root_scanner.get() = f };
}

/// Second half of `heap::enter_stack`: the caller has stored the callee-saved
/// registers in `regs` and found `sp` (below its frame) on the stack it is
/// about to leave. Records that stack as a segment and makes `lo..hi` the
/// current stack. Returns the mutator and the new nesting depth. Takes no
/// lock and reaches no safepoint (it attaches the thread first if needed).
///
/// # Safety
/// Called on the stack being left, right before switching to `lo..hi`.
#[inline(never)]
pub(crate) unsafe fn enter_stack(
    lo: usize,
    hi: usize,
    sp: usize,
    regs: &[usize; NREGS],
) -> (*mut Mutator, usize) {
    let m = ensure_attached();
    // SAFETY: `m` is our live mutator.
    let state = unsafe { (*m).state.load(Ordering::Relaxed) };
    // A BLOCKED thread may be scanned at any moment: its stacks must not change.
    assert!(state == RUNNING, "enter_stack inside `blocking`");
    assert!(
        lo < hi && lo.is_multiple_of(8) && hi.is_multiple_of(8),
        "enter_stack: bad bounds {lo:#x}..{hi:#x}"
    );
    // SAFETY: we are RUNNING, so the collector does not read our `Stacks`
    // now (it reads them only while we are stopped), and only this thread
    // writes them.
    let st = unsafe { &mut *(*m).stacks.get() };
    debug_assert!(st.lo <= sp && sp <= st.hi, "enter_stack not called on the current stack");
    st.saved.push(Segment { sp, lo: st.lo, hi: st.hi, regs: *regs });
    st.lo = lo;
    st.hi = hi;
    (m, st.saved.len())
}

/// `heap::leave_stack` (and the drop of a `StackSwitch`): back on the stack
/// left at nesting `depth`, which becomes the current stack again.
///
/// # Safety
/// Called on the stack that the matching `enter_stack` left, after control
/// came back to it.
#[inline(never)]
pub(crate) unsafe fn leave_stack(m: *mut Mutator, depth: usize) {
    assert!(current() == m, "leave_stack: token of another thread or of a detached mutator");
    // SAFETY: `m` is our live mutator (checked above).
    let state = unsafe { (*m).state.load(Ordering::Relaxed) };
    assert!(state == RUNNING, "leave_stack inside `blocking`");
    // SAFETY: as in `enter_stack`: we are RUNNING and the only writer.
    let st = unsafe { &mut *(*m).stacks.get() };
    assert!(st.saved.len() == depth, "leave_stack: not the innermost enter_stack");
    let seg = st.saved.pop().expect("depth >= 1");
    st.lo = seg.lo;
    st.hi = seg.hi;
}

/// Slow path of `safepoint()`: a collection is requested or stress mode is on.
#[cold]
#[inline(never)]
pub(crate) fn safepoint_slow() {
    let m = current();
    if m.is_null() {
        return; // not a mutator: holds no heap references, nothing to do
    }
    publish_stack!(m, regs);
    let poll = POLL.load(Ordering::SeqCst);
    if poll & STRESS != 0 {
        collect::collect_from(m, Reason::Stress);
    } else if poll & STOP != 0 {
        collect::park(m);
    }
    std::hint::black_box(&regs);
}

/// Slow path of `alloc_raw`: not attached, no free cell of the class, a
/// collection pending or due, stress mode, or a large object.
#[cold]
#[inline(never)]
pub(crate) fn alloc_slow(size: usize, vtable: &'static VTable) -> *mut GcHeader {
    let m = ensure_attached();
    publish_stack!(m, regs);
    let poll = POLL.load(Ordering::SeqCst);
    if poll & STRESS != 0 {
        collect::collect_from(m, Reason::Stress);
    } else if collect::threshold_reached() {
        collect::collect_from(m, Reason::Threshold);
    } else if poll & STOP != 0 {
        collect::park(m);
    }
    let p = if size <= MAX_SMALL {
        let class = class_of(size);
        // SAFETY: `m` is our mutator and we are running, so its lists are ours.
        let free = unsafe { &mut *(*m).free.get() };
        if free[class].is_null() {
            let (head, n) = HEAP.lock().take_cells(class);
            collect::note_allocated(n * crate::block::CLASS_SIZES[class]);
            free[class] = head;
        }
        let cell = free[class];
        debug_assert!(!cell.is_null());
        // SAFETY: `cell` is a free cell of a formatted block handed to us;
        // popping it makes it ours, and zeroing `size` rounded up to 16 bytes
        // stays within the cell (cell sizes are multiples of 16 >= size).
        unsafe {
            free[class] = (*cell).next;
            crate::heap::zero_cell(cell as *mut u8, (size + 15) & !15);
        }
        cell as *mut GcHeader
    } else {
        let p = HEAP.lock().alloc_large((size + 15) & !15);
        collect::note_allocated((size + 15) & !15);
        p
    };
    // SAFETY: `p` is a fresh zeroed allocation at least a header long.
    unsafe { std::ptr::addr_of_mut!((*p).vtable).write(vtable) };
    std::hint::black_box(&regs);
    p
}

/// Marks the thread blocked around `f` (see `heap::blocking`).
#[inline(never)]
pub(crate) fn blocking<R, F: FnOnce() -> R>(f: F) -> R {
    let m = current();
    if m.is_null() {
        return f();
    }
    // SAFETY: `m` is our live mutator.
    if unsafe { (*m).state.load(Ordering::Relaxed) } == BLOCKED {
        return f(); // nested: already blocked with an older, higher stack pointer
    }
    publish_stack!(m, regs);
    collect::enter_blocked(m);
    struct Leave(*mut Mutator);
    impl Drop for Leave {
        fn drop(&mut self) {
            collect::leave_blocked(self.0);
        }
    }
    let guard = Leave(m);
    let r = f();
    drop(guard);
    std::hint::black_box(&regs);
    r
}

/// Resets the free lists of `m` (the collector, with `m` stopped or itself).
///
/// # Safety
/// `m` is a live mutator that is stopped or is the calling thread.
pub(crate) unsafe fn reset_free_lists(m: *mut Mutator) {
    // SAFETY: per contract nobody else touches the lists meanwhile.
    unsafe { *(*m).free.get() = [std::ptr::null_mut(); NCLASSES] };
}
