//! Single-thread behaviour: stack roots, garbage, cycles, interior and
//! NaN-boxed pointers, large objects, root scanners, statistics.
//!
//! Tests of this file run in parallel threads of one process and share the
//! heap; each uses its own finalizer kind, and checks of "garbage was freed"
//! allow a small tolerance for stale words a conservative scan may still see.

mod common;

use common::*;
use morel_heap::{
    alloc_raw, attach_thread, collect, detach_thread, set_thread_root_scanner, stats, GcHeader,
    Tracer, VTable, Value,
};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

#[test]
fn stack_roots_survive_and_garbage_is_freed() {
    attach_thread();
    let head = black_box(build_list(1, 1000, 7));
    garbage(2, 10_000);
    clean_collect();
    assert_eq!(finalized(1), 0, "a list held on the stack was freed");
    assert!(finalized(2) >= 9_900, "only {} of 10000 garbage nodes freed", finalized(2));
    check_list(head, 1, 1000, 7);
    // more collections and garbage do not disturb the list
    for _ in 0..5 {
        garbage(2, 20_000);
        clean_collect();
    }
    check_list(head, 1, 1000, 7);
    assert_eq!(finalized(1), 0);
    black_box(head);
    detach_thread();
}

#[inline(never)]
fn make_cycles(kind: u64, n: u64) {
    for i in 0..n {
        let a = new_node(kind, i, Value::NONE, Value::NONE);
        let b = new_node(kind, i, v(a), Value::NONE);
        // SAFETY: `a` is a live node we just made.
        unsafe { (*a).a = v(b) };
        let c = new_node(kind, i, v(a), v(c_self(a)));
        // SAFETY: as above.
        unsafe { (*a).b = v(c) };
    }
    // one big ring
    let first = new_node(kind, 0, Value::NONE, Value::NONE);
    let mut prev = first;
    for i in 0..200 {
        prev = new_node(kind, i, v(prev), Value::NONE);
    }
    // SAFETY: `first` is live.
    unsafe { (*first).a = v(prev) };
}

fn c_self(p: *mut Node) -> *mut Node {
    p
}

#[test]
fn cycles_are_collected() {
    attach_thread();
    make_cycles(3, 2_000);
    let total = 2_000 * 3 + 201;
    clean_collect();
    let f = finalized(3);
    assert!(f >= total - 300, "only {f} of {total} cyclic nodes freed");
    detach_thread();
}

#[inline(never)]
fn make_pair(kind: u64) -> *mut Node {
    let child = new_node(kind, 111, Value::NONE, Value::small_int(5));
    new_node(kind, 222, v(child), Value::float(2.5))
}

#[inline(never)]
fn check_pair(p: *mut Node, kind: u64) {
    let n = node(Value::from_ptr(p));
    assert_eq!(n.kind, kind);
    assert_eq!(n.val, 222);
    assert_eq!(n.b.as_float(), 2.5);
    let c = node(n.a);
    assert_eq!(c.val, 111);
    assert_eq!(c.b, Value::small_int(5));
}

/// Makes a pair and returns only an address 24 bytes into it.
#[inline(never)]
fn make_pair_interior(kind: u64) -> usize {
    make_pair(kind) as usize + 24
}

/// Makes a pair and returns only its NaN-boxed bits.
#[inline(never)]
fn make_pair_boxed(kind: u64) -> u64 {
    Value::from_ptr(make_pair(kind)).bits()
}

#[test]
fn interior_pointer_on_stack_keeps_object_alive() {
    attach_thread();
    // Only an address 24 bytes into the object stays on the stack.
    let interior: usize = black_box(make_pair_interior(4));
    for _ in 0..3 {
        garbage(5, 50_000);
        clean_collect();
    }
    assert_eq!(finalized(4), 0, "an object held by an interior pointer was freed");
    check_pair((black_box(interior) - 24) as *mut Node, 4);
    detach_thread();
}

#[test]
fn nan_boxed_pointer_on_stack_keeps_object_alive() {
    attach_thread();
    let boxed: u64 = black_box(make_pair_boxed(6));
    for _ in 0..3 {
        garbage(7, 50_000);
        clean_collect();
    }
    assert_eq!(finalized(6), 0, "an object held by a NaN-boxed pointer was freed");
    check_pair(Value::from_bits(black_box(boxed)).as_ptr(), 6);
    detach_thread();
}

/// A large object: header, kind, then 2000 traced Values (16 KB).
#[repr(C)]
struct Big {
    h: GcHeader,
    kind: u64,
    n: u64,
    items: [Value; 2000],
}

static BIG_FINALIZED: AtomicUsize = AtomicUsize::new(0);

unsafe fn trace_big(o: *const GcHeader, t: &mut Tracer) {
    // SAFETY: the collector passes a Big allocated with BIG_VT.
    let b = unsafe { &*(o as *const Big) };
    t.values(&b.items[..b.n as usize]);
}

unsafe fn finalize_big(o: *mut GcHeader) {
    // SAFETY: as above.
    let b = unsafe { &*(o as *const Big) };
    if b.kind == 99 {
        BIG_FINALIZED.fetch_add(1, Ordering::Relaxed);
    }
}

static BIG_VT: VTable = VTable { name: "Big", trace: trace_big, finalize: Some(finalize_big) };

fn new_big(kind: u64, child_kind: u64) -> *mut Big {
    let p = alloc_raw(std::mem::size_of::<Big>(), &BIG_VT) as *mut Big;
    assert_eq!(p as usize % 16, 0);
    // SAFETY: fresh zeroed Big.
    unsafe {
        assert!((*p).items.iter().all(|x| x.bits() == 0), "large object not zeroed");
        (*p).kind = kind;
        for i in 0..2000 {
            let c = new_node(child_kind, i, Value::NONE, Value::NONE);
            (*p).items[i as usize] = v(c);
            (*p).n = i + 1;
        }
    }
    p
}

#[inline(never)]
fn big_garbage(n: usize) {
    for _ in 0..n {
        black_box(new_big(99, 0));
    }
}

/// Makes a Big and returns only an address deep inside it.
#[inline(never)]
fn make_big_interior(kind: u64, child_kind: u64) -> usize {
    new_big(kind, child_kind) as usize + 12_345
}

#[test]
fn large_objects_are_traced_and_freed() {
    attach_thread();
    let keep = black_box(new_big(98, 8));
    big_garbage(300); // about 5 MB of large objects and 29 MB of nodes
    clean_collect();
    assert!(BIG_FINALIZED.load(Ordering::Relaxed) >= 295, "large garbage not freed");
    assert_eq!(finalized(8), 0, "children of a live large object were freed");
    // SAFETY: `keep` is alive (that is what is being checked).
    let b = unsafe { &*keep };
    assert_eq!(b.n, 2000);
    for (i, x) in b.items.iter().enumerate() {
        assert_eq!(node(*x).val, i as u64);
        assert_eq!(node(*x).kind, 8);
    }
    black_box(keep);
    // An interior pointer deep inside a large object keeps it alive too.
    let inner = black_box(make_big_interior(97, 17));
    for _ in 0..3 {
        garbage(18, 100_000);
        clean_collect();
    }
    assert_eq!(finalized(17), 0, "children of a large object held by an interior pointer were freed");
    // SAFETY: as above.
    let b = unsafe { &*((black_box(inner) - 12_345) as *const Big) };
    assert_eq!(b.kind, 97);
    for (i, x) in b.items.iter().enumerate() {
        assert_eq!(node(*x).val, i as u64);
    }
    detach_thread();
}

static GLOBAL_ROOTS: Mutex<Vec<usize>> = Mutex::new(Vec::new());

fn scan_global(t: &mut Tracer) {
    for &p in GLOBAL_ROOTS.lock().unwrap().iter() {
        t.ptr(p as *const GcHeader);
    }
}

#[inline(never)]
fn fill_global_roots(kind: u64, n: u64) {
    // Each node is rooted as soon as it exists: a Rust Vec is not scanned.
    for i in 0..n {
        let p = new_node(kind, i, Value::NONE, Value::small_int(i as i64)) as usize;
        GLOBAL_ROOTS.lock().unwrap().push(p);
    }
}

#[test]
fn global_root_scanner_keeps_objects_alive() {
    attach_thread();
    morel_heap::add_global_root_scanner(scan_global);
    fill_global_roots(9, 2_000);
    for _ in 0..3 {
        garbage(10, 30_000);
        clean_collect();
    }
    assert_eq!(finalized(9), 0, "globally rooted nodes were freed");
    for (i, &p) in GLOBAL_ROOTS.lock().unwrap().iter().enumerate() {
        assert_eq!(node(Value::from_ptr(p as *mut Node)).val, i as u64);
    }
    GLOBAL_ROOTS.lock().unwrap().clear();
    clean_collect();
    assert!(finalized(9) >= 1_950, "only {} of 2000 unrooted nodes freed", finalized(9));
    detach_thread();
}

fn scan_thread_roots(data: *mut (), t: &mut Tracer) {
    // SAFETY: `data` is the Vec registered below, alive while registered.
    let roots = unsafe { &*(data as *const Vec<Value>) };
    t.values(roots);
}

#[inline(never)]
fn fill_thread_roots(roots: &mut Vec<Value>, kind: u64, n: u64) {
    for i in 0..n {
        roots.push(v(new_node(kind, i, Value::NONE, Value::NONE)));
    }
}

#[test]
fn thread_root_scanner_keeps_objects_alive() {
    attach_thread();
    let mut roots: Box<Vec<Value>> = Box::new(Vec::with_capacity(2_000));
    set_thread_root_scanner(Some((scan_thread_roots, &mut *roots as *mut Vec<Value> as *mut ())));
    fill_thread_roots(&mut roots, 11, 2_000);
    for _ in 0..3 {
        garbage(12, 30_000);
        clean_collect();
    }
    assert_eq!(finalized(11), 0, "nodes rooted by the thread scanner were freed");
    for (i, r) in roots.iter().enumerate() {
        assert_eq!(node(*r).val, i as u64);
    }
    roots.clear();
    clean_collect();
    assert!(finalized(11) >= 1_950, "only {} of 2000 unrooted nodes freed", finalized(11));
    set_thread_root_scanner(None);
    detach_thread();
}

#[test]
fn stats_report_collections_pauses_and_live_bytes() {
    attach_thread();
    let before = stats();
    let head = black_box(build_list(13, 100_000, 3));
    clean_collect();
    let s = stats();
    assert!(s.collections > before.collections);
    assert!(s.total_pause_ns > before.total_pause_ns);
    assert!(s.max_pause_ns > 0 && s.max_pause_ns <= s.total_pause_ns);
    // the list alone is 100_000 nodes of 48 bytes
    assert!(s.live_bytes >= 4_800_000, "live bytes {} too small", s.live_bytes);
    assert!(s.heap_bytes >= s.live_bytes);
    check_list(head, 13, 100_000, 3);
    black_box(head);
    detach_thread();
}

#[test]
fn allocation_triggers_collections_and_bounds_the_heap() {
    attach_thread();
    let head = black_box(build_list(14, 1000, 5));
    let before = stats().collections;
    // 200 MB of garbage, never calling collect()
    garbage(15, 200_000_000 / 48);
    let after = stats();
    assert!(after.collections >= before + 5, "only {} collections", after.collections - before);
    assert!(after.heap_bytes < 150 << 20, "heap grew to {} bytes", after.heap_bytes);
    check_list(head, 14, 1000, 5);
    black_box(head);
    detach_thread();
}

#[test]
fn memory_is_zeroed_aligned_and_reused() {
    attach_thread();
    static RAW_VT: VTable = VTable { name: "raw", trace: trace_nothing, finalize: None };
    unsafe fn trace_nothing(_: *const GcHeader, _: &mut Tracer) {}
    for round in 0..3 {
        for size in (16..=4096).step_by(8) {
            let p = alloc_raw(size, &RAW_VT);
            assert_eq!(p as usize % 16, 0, "size {size} misaligned");
            // SAFETY: `p` is a fresh object of `size` bytes.
            unsafe {
                assert_eq!((*p).vtable, &RAW_VT as *const VTable);
                assert_eq!((*p).mark.load(Ordering::Relaxed), 0);
                let bytes = std::slice::from_raw_parts(p as *const u8, size);
                assert!(bytes[8..].iter().all(|&b| b == 0), "size {size} round {round} not zeroed");
                // dirty it so that reuse after collection must re-zero
                std::ptr::write_bytes((p as *mut u8).add(8), 0xAB, size - 8);
            }
        }
        clean_collect();
    }
    detach_thread();
}

#[test]
fn attach_is_idempotent_and_threads_can_reattach() {
    attach_thread();
    attach_thread();
    let p = black_box(new_node(16, 1, Value::NONE, Value::NONE));
    collect();
    assert_eq!(node(Value::from_ptr(p)).val, 1);
    detach_thread();
    detach_thread();
    attach_thread();
    let q = black_box(new_node(16, 2, Value::NONE, Value::NONE));
    collect();
    assert_eq!(node(Value::from_ptr(q)).val, 2);
    detach_thread();
    // allocation attaches on demand, and the thread-exit hook detaches
    std::thread::spawn(|| {
        let r = black_box(new_node(16, 3, Value::NONE, Value::NONE));
        collect();
        assert_eq!(node(Value::from_ptr(r)).val, 3);
    })
    .join()
    .unwrap();
}
