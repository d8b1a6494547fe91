//! Parallel marking: with four markers and a live heap above the parallel
//! threshold, every reachable object survives repeated collections and
//! garbage is still freed.

mod common;

use common::*;
use morel_heap::{attach_thread, detach_thread, stats};
use std::hint::black_box;

#[test]
fn parallel_marking_keeps_every_reachable_object() {
    // Read once, at the first collection of this process.
    std::env::set_var("MOREL_GC_MARKERS", "4");
    attach_thread();
    // Two trees of 2^17 nodes and a long list: well above 4 MiB live.
    let t1 = black_box(build_tree(13, 17, 1));
    let t2 = black_box(build_tree(11, 17, 2));
    let list = black_box(build_list(11, 200_000, 3));
    let sum1 = check_tree(t1, 13, 17, 1);
    let sum2 = check_tree(t2, 11, 17, 2);
    clean_collect();
    assert!(stats().live_bytes >= 4 << 20, "live heap too small to mark in parallel: {}", stats().live_bytes);
    for round in 0..4 {
        garbage(12, 100_000);
        replace_subtree(t1, 13, 17, round);
        clean_collect();
        assert_eq!(finalized(11), 0, "a reachable node was freed in round {}", round);
        assert_eq!(check_tree(t2, 11, 17, 2), sum2);
        assert_eq!(check_tree(t1, 13, 17, 1), sum1);
        check_list(list, 11, 200_000, 3);
    }
    assert!(stats().parallel_marks >= 4, "marking did not run in parallel");
    assert!(finalized(12) >= 390_000, "only {} of 400000 garbage nodes freed", finalized(12));
    black_box((t1, t2, list));
    detach_thread();
}
