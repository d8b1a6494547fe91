//! Test object types shared by the integration tests.
#![allow(dead_code)]

use morel_heap::{alloc_raw, GcHeader, Tracer, VTable, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A small test object: two traced `Value`s, a kind (selects the finalizer
/// counter) and a payload used for checksums.
#[repr(C)]
pub struct Node {
    pub h: GcHeader,
    pub a: Value,
    pub b: Value,
    pub kind: u64,
    pub val: u64,
}

pub const KINDS: usize = 64;
/// Finalizer calls per kind.
pub static FINALIZED: [AtomicUsize; KINDS] = [const { AtomicUsize::new(0) }; KINDS];

unsafe fn trace_node(o: *const GcHeader, t: &mut Tracer) {
    // SAFETY: the collector passes a Node allocated with NODE_VT.
    let n = unsafe { &*(o as *const Node) };
    t.value(n.a);
    t.value(n.b);
}

unsafe fn finalize_node(o: *mut GcHeader) {
    // SAFETY: as above; the object is dead but still readable.
    let n = unsafe { &*(o as *const Node) };
    let k = n.kind as usize;
    if k < KINDS {
        FINALIZED[k].fetch_add(1, Ordering::Relaxed);
    }
}

pub static NODE_VT: VTable = VTable { name: "Node", trace: trace_node, finalize: Some(finalize_node) };

pub fn finalized(kind: u64) -> usize {
    FINALIZED[kind as usize].load(Ordering::Relaxed)
}

#[inline]
pub fn new_node(kind: u64, val: u64, a: Value, b: Value) -> *mut Node {
    let p = alloc_raw(std::mem::size_of::<Node>(), &NODE_VT) as *mut Node;
    // SAFETY: fresh zeroed allocation of a Node with the header set.
    unsafe {
        (*p).a = a;
        (*p).b = b;
        (*p).kind = kind;
        (*p).val = val;
    }
    p
}

pub fn v(p: *mut Node) -> Value {
    Value::from_ptr(p)
}

pub fn node(v: Value) -> &'static mut Node {
    assert!(v.is_ptr(), "expected a pointer, got {v:?}");
    // SAFETY: tests only store Node pointers in pointer Values.
    unsafe { &mut *v.as_ptr::<Node>() }
}

/// A linked list of `n` nodes (via `a`), values `seed + i`, `b` = small int i.
#[inline(never)]
pub fn build_list(kind: u64, n: u64, seed: u64) -> *mut Node {
    let mut head = Value::NONE;
    for i in (0..n).rev() {
        head = v(new_node(kind, seed.wrapping_add(i), head, Value::small_int(i as i64)));
    }
    head.as_ptr()
}

/// Checks a list built by `build_list`; returns its length.
pub fn check_list(head: *mut Node, kind: u64, n: u64, seed: u64) -> u64 {
    let mut cur = Value::from_ptr(head);
    let mut i = 0;
    while !cur.is_none() {
        let nd = node(cur);
        assert_eq!(nd.h.vtable, &NODE_VT as *const VTable, "node {i} lost its vtable");
        assert_eq!(nd.kind, kind, "node {i} kind");
        assert_eq!(nd.val, seed.wrapping_add(i), "node {i} value");
        assert_eq!(nd.b, Value::small_int(i as i64), "node {i} b");
        cur = nd.a;
        i += 1;
    }
    assert_eq!(i, n, "list length");
    i
}

/// A complete binary tree of the given depth (via `a` and `b`); `val` of each
/// node is derived from its path so that the tree can be verified.
pub fn build_tree(kind: u64, depth: u32, path: u64) -> *mut Node {
    if depth == 0 {
        return new_node(kind, mix(path), Value::NONE, Value::NONE);
    }
    let l = build_tree(kind, depth - 1, path * 2);
    let r = build_tree(kind, depth - 1, path * 2 + 1);
    new_node(kind, mix(path), v(l), v(r))
}

/// Verifies a tree from `build_tree`; returns its node count.
pub fn check_tree(t: *mut Node, kind: u64, depth: u32, path: u64) -> u64 {
    // SAFETY: the tree is made of live Nodes (that is what is being checked).
    let nd = unsafe { &*t };
    assert_eq!(nd.h.vtable, &NODE_VT as *const VTable, "tree node lost its vtable");
    assert_eq!(nd.kind, kind, "tree node kind");
    assert_eq!(nd.val, mix(path), "tree node value at path {path}");
    if depth == 0 {
        assert!(nd.a.is_none() && nd.b.is_none());
        return 1;
    }
    1 + check_tree(nd.a.as_ptr(), kind, depth - 1, path * 2)
        + check_tree(nd.b.as_ptr(), kind, depth - 1, path * 2 + 1)
}

pub fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Allocates `n` unreachable nodes of `kind` (standalone, so a stale stack
/// word keeps at most one of them alive).
#[inline(never)]
pub fn garbage(kind: u64, n: u64) {
    for i in 0..n {
        std::hint::black_box(new_node(kind, i, Value::NONE, Value::small_int(1)));
    }
}

/// Overwrites the stack below the caller so that stale pointers left by
/// returned frames do not act as roots.
#[inline(never)]
pub fn clear_stack() {
    let mut buf = [0u64; 8192];
    std::hint::black_box(&mut buf);
}

/// Clears the stack, then collects.
#[inline(never)]
pub fn clean_collect() {
    clear_stack();
    morel_heap::collect();
}

/// Replaces one subtree of a `build_tree(kind, depth, 1)` tree, chosen by
/// `r`, with a freshly built equal one (new objects linked from old ones).
pub fn replace_subtree(tree: *mut Node, kind: u64, depth: u32, r: u64) {
    let steps = (depth / 2).max(1);
    let mut path = 1u64;
    let mut cur = tree;
    let bits = mix(r);
    for i in 0..steps - 1 {
        let right = (bits >> i) & 1 == 1;
        path = path * 2 + right as u64;
        // SAFETY: `cur` is a live inner node of the tree.
        cur = unsafe { if right { (*cur).b.as_ptr() } else { (*cur).a.as_ptr() } };
    }
    let right = (bits >> (steps - 1)) & 1 == 1;
    let child_path = path * 2 + right as u64;
    let fresh = build_tree(kind, depth - steps, child_path);
    // SAFETY: `cur` is a live inner node of the tree.
    unsafe {
        if right {
            (*cur).b = v(fresh);
        } else {
            (*cur).a = v(fresh);
        }
    }
}

/// The per-thread workload of the multi-thread tests: a tree and a list kept
/// only on this thread's stack, lots of garbage, subtree replacement, and
/// verification every round. Returns the number of tree nodes checked.
#[inline(never)]
pub fn graph_worker(id: u64, depth: u32, list_len: u64, rounds: u64, garbage_per_round: u64) -> u64 {
    morel_heap::attach_thread();
    let kind = 20 + id;
    let garbage_kind = 40 + id;
    let tree = std::hint::black_box(build_tree(kind, depth, 1));
    let list = std::hint::black_box(build_list(kind, list_len, id * 1000));
    let mut checked = 0;
    for r in 0..rounds {
        garbage(garbage_kind, garbage_per_round);
        for _ in 0..garbage_per_round / 500 {
            std::hint::black_box(build_list(garbage_kind, 50, r));
        }
        replace_subtree(tree, kind, depth, r * 4 + id);
        morel_heap::safepoint();
        checked += check_tree(tree, kind, depth, 1);
        check_list(list, kind, list_len, id * 1000);
    }
    std::hint::black_box((tree, list));
    morel_heap::detach_thread();
    checked
}
