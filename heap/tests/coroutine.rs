//! Threads running on coroutine stacks (corosensei) and suspended coroutine
//! stacks scanned by the object that owns them.
//!
//! The tests of this file share one lock: one of them turns stress mode on
//! (global), and the "garbage was freed" checks are simpler without other
//! tests collecting meanwhile. Each test uses its own finalizer kinds.

mod common;

use common::*;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use morel_heap::{
    alloc_raw, attach_thread, blocking, collect, detach_thread, enter_stack, leave_stack,
    safepoint, set_stress, spill_and_sp, GcHeader, Tracer, VTable,
};
use std::cell::Cell;
use std::hint::black_box;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

static SERIAL: Mutex<()> = Mutex::new(());

/// Taken by every test before it touches the heap (so a waiting test thread
/// is never an attached thread that stalls collections).
fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// A coroutine with its stack bounds; every resumption (and the forced unwind
/// of an unfinished one when dropped) is bracketed by enter/leave_stack.
struct Co<I: 'static, Y: 'static, R: 'static> {
    co: Option<Coroutine<I, Y, R>>,
    lo: usize,
    hi: usize,
}

impl<I: 'static, Y: 'static, R: 'static> Co<I, Y, R> {
    fn new(size: usize, f: impl FnOnce(&Yielder<I, Y>, I) -> R + 'static) -> Self {
        let stack = DefaultStack::new(size).expect("cannot map a coroutine stack");
        let (lo, hi) = (stack.limit().get(), stack.base().get());
        Co {
            co: Some(Coroutine::with_stack(stack, f)),
            lo,
            hi,
        }
    }

    #[inline(never)]
    fn resume(&mut self, v: I) -> CoroutineResult<Y, R> {
        let co = self.co.as_mut().expect("coroutine gone");
        // SAFETY: on the resumer's stack, right before switching to the
        // coroutine's stack, whose bounds these are; no allocation between.
        let tok = unsafe { enter_stack(self.lo, self.hi) };
        let r = co.resume(v);
        // SAFETY: control is back on this stack; innermost token.
        unsafe { leave_stack(tok) };
        r
    }

    fn done(&self) -> bool {
        self.co.as_ref().is_none_or(|c| c.done())
    }
}

impl<I: 'static, Y: 'static, R: 'static> Drop for Co<I, Y, R> {
    fn drop(&mut self) {
        if let Some(c) = self.co.take() {
            // SAFETY: dropping an unfinished coroutine resumes it to unwind
            // it; bracketed like a resumption.
            let tok = unsafe { enter_stack(self.lo, self.hi) };
            drop(c);
            // SAFETY: back on this stack.
            unsafe { leave_stack(tok) };
        }
    }
}

/// Records the coroutine's lowest live stack address in `sp` (with the
/// callee-saved registers spilled above it), then suspends.
#[inline(never)]
fn suspend_recording_sp<I, Y>(y: &Yielder<I, Y>, sp: &Cell<usize>, val: Y) -> I {
    let mut regs = [0usize; 8];
    sp.set(spill_and_sp(&mut regs));
    let r = y.suspend(val);
    black_box(&regs);
    r
}

/// A heap object that owns (the scan of) a suspended coroutine stack.
#[repr(C)]
struct StackRoot {
    h: GcHeader,
    lo: usize,
    hi: usize,
}

unsafe fn trace_stack_root(o: *const GcHeader, t: &mut Tracer) {
    // SAFETY: the collector passes a StackRoot allocated with STACK_ROOT_VT.
    let r = unsafe { &*(o as *const StackRoot) };
    t.conservative_range(r.lo, r.hi);
}

static STACK_ROOT_VT: VTable = VTable {
    name: "StackRoot",
    trace: trace_stack_root,
    finalize: None,
};

fn new_stack_root() -> *mut StackRoot {
    alloc_raw(std::mem::size_of::<StackRoot>(), &STACK_ROOT_VT) as *mut StackRoot
}

fn set_range(r: *mut StackRoot, lo: usize, hi: usize) {
    // SAFETY: `r` is a live StackRoot held by the caller.
    unsafe {
        (*r).lo = lo;
        (*r).hi = hi;
    }
}

const MB: usize = 1 << 20;

// ---------------------------------------------------------------------------
// 1. Collections while running on a coroutine stack.

struct Active {
    list: u64,
    depth: u32,
    garbage: u64,
    rounds: u64,
}

/// Kinds: `k` outer objects, `k + 1` coroutine objects, `k + 2` garbage.
#[inline(never)]
fn active_workload(k: u64, p: Active) {
    let outer = black_box(build_list(k, p.list, 100));
    let outer_tree = black_box(build_tree(k, p.depth, 1));
    let (list_n, depth, garbage_n, rounds) = (p.list, p.depth, p.garbage, p.rounds);
    let mut co = Co::new(MB, move |_: &Yielder<u64, ()>, seed: u64| -> u64 {
        // Held only in this coroutine's locals.
        let inner = black_box(build_list(k + 1, list_n, seed));
        let tree = black_box(build_tree(k + 1, depth, 1));
        let mut checked = 0;
        for _ in 0..rounds {
            garbage(k + 2, garbage_n);
            clean_collect();
            assert_eq!(
                finalized(k + 1),
                0,
                "objects on the running coroutine stack were freed"
            );
            assert_eq!(
                finalized(k),
                0,
                "objects on the thread stack were freed during a coroutine's collection"
            );
            checked += check_list(inner, k + 1, list_n, seed);
            checked += check_tree(tree, k + 1, depth, 1);
        }
        black_box((inner, tree));
        checked
    });
    let checked = co.resume(7).as_return().expect("coroutine finished");
    assert_eq!(checked, rounds * (list_n + (1 << (depth + 1)) - 1));
    check_list(outer, k, list_n, 100);
    check_tree(outer_tree, k, depth, 1);
    assert_eq!(finalized(k), 0);
    // The collections did run and free what they should.
    let freed = finalized(k + 2) as u64;
    assert!(
        freed + 20 >= rounds * garbage_n,
        "only {freed} of {} garbage nodes freed",
        rounds * garbage_n
    );
    black_box((outer, outer_tree));
}

#[test]
fn collections_inside_a_coroutine_keep_both_stacks() {
    let _g = serial();
    attach_thread();
    active_workload(
        1,
        Active {
            list: 400,
            depth: 8,
            garbage: 20_000,
            rounds: 4,
        },
    );
    detach_thread();
}

// ---------------------------------------------------------------------------
// 2. A suspended coroutine's stack, scanned by its owner object.

/// Kinds: `k` coroutine objects, `k + 1` garbage.
#[inline(never)]
fn suspended_workload(k: u64, list_n: u64, depth: u32, garbage_n: u64, rounds: u64) {
    let sp = Rc::new(Cell::new(0usize));
    let sp2 = sp.clone();
    let mut co = Co::new(MB, move |y: &Yielder<u64, u64>, seed: u64| -> u64 {
        let list = black_box(build_list(k, list_n, seed));
        let tree = black_box(build_tree(k, depth, 3));
        let mut checked = 0;
        for r in 0..rounds {
            let back = suspend_recording_sp(y, &sp2, r);
            assert_eq!(back, r + 1000);
            checked += check_list(list, k, list_n, seed);
            checked += check_tree(tree, k, depth, 3);
        }
        black_box((list, tree));
        checked
    });
    let root = black_box(new_stack_root());
    let mut res = co.resume(11);
    for r in 0..rounds {
        assert!(matches!(res, CoroutineResult::Yield(x) if x == r));
        let lo = sp.get();
        assert!(
            co.lo < lo && lo < co.hi,
            "recorded stack pointer outside the coroutine stack"
        );
        set_range(root, lo, co.hi);
        for _ in 0..3 {
            garbage(k + 1, garbage_n);
            clean_collect();
        }
        assert_eq!(
            finalized(k),
            0,
            "objects on a suspended coroutine stack were freed"
        );
        // While it runs, the coroutine's stack is the thread's business.
        set_range(root, 0, 0);
        res = co.resume(r + 1000);
    }
    let checked = res.as_return().expect("coroutine finished");
    assert_eq!(checked, rounds * (list_n + (1 << (depth + 1)) - 1));
    assert!(co.done());
    // SAFETY: `root` is live (held here).
    assert_eq!(unsafe { (*root).h.vtable }, &STACK_ROOT_VT as *const VTable);
    let freed = finalized(k + 1) as u64;
    assert!(
        freed + 20 >= 3 * rounds * garbage_n,
        "only {freed} garbage nodes freed"
    );
    black_box(root);
}

#[test]
fn suspended_coroutine_stack_scanned_by_its_owner() {
    let _g = serial();
    attach_thread();
    suspended_workload(4, 500, 7, 10_000, 3);
    detach_thread();
}

/// Control for the test above: without an owner scanning it, a suspended
/// coroutine's stack is no root (so the test above depends on
/// `conservative_range`).
#[test]
fn suspended_coroutine_stack_is_not_scanned_without_owner() {
    let _g = serial();
    attach_thread();
    let k = 6;
    let n = 500;
    let sp = Rc::new(Cell::new(0usize));
    let sp2 = sp.clone();
    let mut co = Co::new(MB, move |y: &Yielder<(), ()>, ()| {
        let list = black_box(build_list(k, n, 1));
        suspend_recording_sp(y, &sp2, ());
        // Never reached: the coroutine is dropped (unwound) while suspended.
        black_box(list);
    });
    assert!(co.resume(()).as_yield().is_some());
    clean_collect();
    clean_collect();
    let freed = finalized(k) as u64;
    assert!(
        freed + 5 >= n,
        "only {freed} of {n} unrooted nodes freed: the test above proves nothing"
    );
    drop(co);
    detach_thread();
}

// ---------------------------------------------------------------------------
// 3. Nested coroutines: a coroutine resuming another, collections innermost.

/// Kinds: `k + level` for each level's list, `k - 1` garbage. Each level
/// keeps a list in its locals, runs the next level in a new coroutine (which
/// first suspends once, empty-handed, then builds its own list and goes
/// deeper); the innermost level collects. Returns the number of nodes checked.
#[inline(never)]
fn nest(k: u64, level: u64, max: u64, list_n: u64, garbage_n: u64) -> u64 {
    let list = black_box(build_list(k + level, list_n, level * 1000));
    let mut checked = 0;
    if level == max {
        for _ in 0..3 {
            garbage(k - 1, garbage_n);
            clean_collect();
        }
    } else {
        let mut co = Co::new(256 << 10, move |y: &Yielder<(), u64>, ()| -> u64 {
            y.suspend(0);
            nest(k, level + 1, max, list_n, garbage_n)
        });
        assert_eq!(co.resume(()).as_yield(), Some(0));
        checked += co.resume(()).as_return().expect("inner level finished");
        assert!(co.done());
    }
    checked + check_list(list, k + level, list_n, level * 1000)
}

/// Runs `nest` from the thread stack with `max` coroutine levels below it.
/// Kinds: `k - 1` garbage, `k..=k + max` levels, `k + max + 1` thread stack.
fn nested_workload(k: u64, max: u64, list_n: u64, garbage_n: u64) {
    let outer_kind = k + max + 1;
    assert!((outer_kind as usize) < KINDS);
    let outer = black_box(build_list(outer_kind, list_n, 5));
    let checked = nest(k, 0, max, list_n, garbage_n);
    assert_eq!(checked, (max + 1) * list_n);
    check_list(outer, outer_kind, list_n, 5);
    assert_eq!(finalized(outer_kind), 0);
    for level in 0..=max {
        assert_eq!(
            finalized(k + level),
            0,
            "a list of nesting level {level} was freed"
        );
    }
    let freed = finalized(k - 1) as u64;
    assert!(
        freed + 20 >= 3 * garbage_n,
        "only {freed} garbage nodes freed"
    );
    black_box(outer);
}

#[test]
fn nested_coroutines_collect_innermost() {
    let _g = serial();
    attach_thread();
    // Depth 3, then 12 (beyond the 8 segments reserved per thread).
    nested_workload(8, 3, 200, 5_000); // kinds 7..=12
    nested_workload(14, 12, 200, 5_000); // kinds 13..=27
    detach_thread();
}

// ---------------------------------------------------------------------------
// Another thread collects while this one is stopped on a coroutine stack.

#[test]
fn other_thread_collects_while_one_runs_on_a_coroutine() {
    let _g = serial();
    attach_thread();
    let stop = Arc::new(AtomicBool::new(false));
    let stop2 = stop.clone();
    let started = Arc::new(AtomicBool::new(false));
    let started2 = started.clone();
    let worker = std::thread::spawn(move || {
        attach_thread();
        let outer = black_box(build_list(28, 300, 9));
        let mut co = Co::new(MB, move |_: &Yielder<(), ()>, ()| -> u64 {
            let inner = black_box(build_list(29, 300, 3));
            started2.store(true, Ordering::Relaxed);
            let mut rounds = 0;
            while !stop2.load(Ordering::Relaxed) || rounds < 50 {
                garbage(30, 2_000);
                safepoint();
                check_list(inner, 29, 300, 3);
                rounds += 1;
            }
            black_box(inner);
            rounds
        });
        let rounds = co.resume(()).as_return().expect("finished");
        check_list(outer, 28, 300, 9);
        black_box(outer);
        detach_thread();
        rounds
    });
    while !started.load(Ordering::Relaxed) {
        safepoint();
        std::thread::yield_now();
    }
    let before = morel_heap::stats().collections;
    for _ in 0..100 {
        collect();
    }
    stop.store(true, Ordering::Relaxed);
    let rounds = blocking(|| worker.join()).expect("worker panicked");
    assert!(rounds >= 50);
    assert!(morel_heap::stats().collections - before >= 100);
    assert_eq!(finalized(28), 0);
    assert_eq!(finalized(29), 0);
    assert!(finalized(30) > 0);
    detach_thread();
}

// ---------------------------------------------------------------------------
// A panic propagated out of a coroutine ends the stack switch (the token is
// dropped while unwinding through the resumer's frame).

#[test]
fn panic_out_of_a_coroutine_restores_the_thread_stack() {
    let _g = serial();
    attach_thread();
    let outer = black_box(build_list(57, 300, 2));
    let mut co = Co::new(MB, |_: &Yielder<(), ()>, ()| {
        black_box(build_list(58, 10, 0));
        // Unwinds without calling the panic hook (no noise in the output).
        std::panic::resume_unwind(Box::new("out of the coroutine"));
    });
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| co.resume(())));
    assert!(r.is_err());
    assert!(co.done());
    // Back to scanning the thread's own stack: `outer` must survive, and so
    // must objects held in frames deeper than where the switch was made.
    clean_collect();
    garbage(58, 1_000);
    below_padding(59, 300);
    check_list(outer, 57, 300, 2);
    assert_eq!(finalized(57), 0);
    black_box(outer);
    detach_thread();
}

/// Runs `deep_frame` 16 KiB further down the stack than its caller.
#[inline(never)]
fn below_padding(k: u64, n: u64) {
    let mut pad = [0u64; 2048];
    black_box(&mut pad);
    deep_frame(k, n);
    black_box(&pad);
}

#[inline(never)]
fn deep_frame(k: u64, n: u64) {
    let l = black_box(build_list(k, n, 4));
    clean_collect();
    check_list(l, k, n, 4);
    assert_eq!(
        finalized(k),
        0,
        "objects in a deep frame of the thread stack were freed"
    );
    black_box(l);
}

// ---------------------------------------------------------------------------
// 4. All of it in stress mode (a collection at every allocation).

struct StressOff;
impl Drop for StressOff {
    fn drop(&mut self) {
        set_stress(false);
    }
}

#[test]
fn coroutines_under_stress() {
    let _g = serial();
    attach_thread();
    let before = morel_heap::stats().collections;
    set_stress(true);
    let off = StressOff;
    active_workload(
        33,
        Active {
            list: 20,
            depth: 3,
            garbage: 30,
            rounds: 2,
        },
    ); // 33..=35
    suspended_workload(36, 20, 3, 20, 2); // 36, 37
    nested_workload(39, 3, 10, 20); // 38..=43
    nested_workload(45, 10, 10, 20); // 44..=56
    drop(off);
    let n = morel_heap::stats().collections - before;
    assert!(n >= 400, "only {n} collections in stress mode");
    detach_thread();
}
