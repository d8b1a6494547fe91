//! Per-thread interpreter state: the value stack that holds every frame's
//! local slots (a precise GC root), the Python call depth, and the stack of
//! exceptions being handled (for bare `raise` and `__context__`).

use morel_heap::{Tracer, Value};
use std::cell::{Cell, RefCell};

/// Slots in one thread's value stack (frames' locals and call arguments).
pub const VALUE_STACK_SLOTS: usize = 1 << 20;

/// Aligned to two cache lines: a thread writes its own state on every call,
/// and two states sharing a line would make threads contend (false sharing).
#[repr(align(128))]
pub struct ThreadState {
    stack: Box<[Cell<Value>]>,
    sp: Cell<usize>,
    /// Current Python call depth (RecursionError beyond `recursion_limit`).
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// Exceptions currently being handled, innermost last.
    pub handling: RefCell<Vec<Value>>,
    next_frame_id: Cell<u64>,
}

fn scan_thread(p: *mut (), t: &mut Tracer) {
    // SAFETY: `p` is the ThreadState registered by `with_thread` for this
    // thread; the collector calls this only while the thread is stopped.
    let ts = unsafe { &*(p as *const ThreadState) };
    ts.trace(t);
}

/// Thread states of exited threads, kept for reuse so that a program that
/// starts many short threads does not map a new value stack for each.
static POOL: parking_lot::Mutex<Vec<usize>> = parking_lot::Mutex::new(Vec::new());

fn take_or_new_state() -> &'static ThreadState {
    if let Some(p) = POOL.lock().pop() {
        // SAFETY: pooled pointers come from `release_current_thread`, which
        // took them from a leaked Box<ThreadState> no thread uses any more.
        let ts = unsafe { &*(p as *const ThreadState) };
        ts.sp.set(0);
        ts.depth.set(0);
        ts.handling.borrow_mut().clear();
        return ts;
    }
    Box::leak(Box::new(ThreadState {
        stack: zeroed_slots(VALUE_STACK_SLOTS),
        sp: Cell::new(0),
        depth: Cell::new(0),
        recursion_limit: Cell::new(1000),
        handling: RefCell::new(Vec::new()),
        next_frame_id: Cell::new(1),
    }))
}

/// `n` value slots holding float 0.0 (all bits zero), from zeroed memory the
/// OS maps lazily: a thread's 8 MiB value stack costs only what it touches.
fn zeroed_slots(n: usize) -> Box<[Cell<Value>]> {
    let b: Box<[std::mem::MaybeUninit<Cell<Value>>]> = Box::new_zeroed_slice(n);
    // SAFETY: `Cell<Value>` is a transparent wrapper of a u64 NaN-box in
    // which the all-zero bit pattern is the float 0.0, a valid Value.
    unsafe { b.assume_init() }
}

thread_local! {
    static THREAD: &'static ThreadState = {
        morel_heap::attach_thread();
        let ts = take_or_new_state();
        morel_heap::set_thread_root_scanner(Some((scan_thread, ts as *const ThreadState as *mut ())));
        ts
    };
}

/// The calling thread's state.
#[inline]
pub fn thread() -> &'static ThreadState {
    THREAD.with(|t| *t)
}

/// Ends the calling thread's life as a Python thread: its value stack stops
/// being a root, it detaches from the heap (collections no longer wait for
/// it) and its state goes back to the pool. The thread must not touch a
/// Python object afterwards.
pub fn release_current_thread() {
    let ts = thread();
    morel_heap::set_thread_root_scanner(None);
    morel_heap::detach_thread();
    ts.sp.set(0);
    POOL.lock().push(ts as *const ThreadState as usize);
}

/// Value-stack slots of a generator body (its temporaries only: the frames
/// of functions it calls live on the thread's stack).
pub const GENERATOR_STACK_SLOTS: usize = 256;

impl ThreadState {
    /// A private value stack for a generator body, whose pushes must survive
    /// suspensions while the thread's own stack moves on. Its owner traces it.
    pub fn new_private(slots: usize) -> Box<ThreadState> {
        Box::new(ThreadState {
            stack: zeroed_slots(slots),
            sp: Cell::new(0),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            handling: RefCell::new(Vec::new()),
            next_frame_id: Cell::new(1),
        })
    }

    /// Empties a private stack for reuse by another generator (its frame
    /// ids keep counting up, so ids stay unique).
    pub fn reset_private(&self) {
        self.sp.set(0);
        self.depth.set(0);
        self.handling.borrow_mut().clear();
    }

    /// Visits the live part of this stack and the exceptions being handled.
    pub fn trace(&self, t: &mut Tracer) {
        for c in &self.stack[..self.sp.get()] {
            t.value(c.get());
        }
        for v in self.handling.borrow().iter() {
            t.value(*v);
        }
    }

    /// Reserves `n` slots (set to UNBOUND) and returns their base index, or
    /// None when the value stack is exhausted.
    #[inline]
    pub fn push_slots(&self, n: usize) -> Option<usize> {
        let base = self.sp.get();
        if base + n > self.stack.len() {
            return None;
        }
        for c in &self.stack[base..base + n] {
            c.set(Value::UNBOUND);
        }
        self.sp.set(base + n);
        Some(base)
    }
    #[inline]
    pub fn pop_slots(&self, base: usize) {
        self.sp.set(base);
    }
    #[inline]
    pub fn sp(&self) -> usize {
        self.sp.get()
    }
    /// The slots `[base, base + n)`.
    #[inline]
    pub fn slots(&self, base: usize, n: usize) -> &[Cell<Value>] {
        &self.stack[base..base + n]
    }
    /// Pushes one value (a temporary root) and returns its index.
    #[inline]
    pub fn push(&self, v: Value) -> Option<usize> {
        let i = self.push_slots(1)?;
        self.stack[i].set(v);
        Some(i)
    }
    #[inline]
    pub fn get(&self, i: usize) -> Value {
        self.stack[i].get()
    }
    /// A copy of slots `[base, base+n)` as a plain slice view.
    #[inline]
    pub fn values(&self, base: usize, n: usize) -> &[Value] {
        let s = &self.stack[base..base + n];
        // SAFETY: Cell<Value> has the same layout as Value; the slice is only
        // read while no slot in it is written (callers pass it straight to a call).
        unsafe { std::slice::from_raw_parts(s.as_ptr() as *const Value, n) }
    }
    pub fn new_frame_id(&self) -> u64 {
        let id = self.next_frame_id.get();
        self.next_frame_id.set(id + 1);
        id
    }
}
