//! Several mutator threads allocating, collecting and checking their graphs.

mod common;

use common::*;
use morel_heap::{blocking, collect, stats, Value};
use std::hint::black_box;

fn join_all<T: Send + 'static>(hs: Vec<std::thread::JoinHandle<T>>) -> Vec<T> {
    // The test thread may be attached (it is not here, but stay correct):
    // waiting in `join` must not hold up collections.
    blocking(|| hs.into_iter().map(|h| h.join().expect("worker panicked")).collect())
}

#[test]
fn four_threads_keep_their_graphs_through_many_collections() {
    let before = stats().collections;
    let depth = 13;
    let rounds = 150;
    let hs: Vec<_> = (0..4u64)
        .map(|id| std::thread::spawn(move || graph_worker(id, depth, 5_000, rounds, 20_000)))
        .collect();
    let checked = join_all(hs);
    let per_tree = (1u64 << (depth + 1)) - 1;
    for c in checked {
        assert_eq!(c, per_tree * rounds);
    }
    let s = stats();
    assert!(s.collections >= before + 20, "only {} collections ran", s.collections - before);
}

#[test]
fn simultaneous_collect_requests_do_not_deadlock() {
    let before = stats().collections;
    let hs: Vec<_> = (0..4u64)
        .map(|id| {
            std::thread::spawn(move || {
                morel_heap::attach_thread();
                let kind = 30 + id;
                let head = black_box(build_list(kind, 2_000, id));
                for _ in 0..40 {
                    garbage(50, 2_000);
                    collect();
                    check_list(head, kind, 2_000, id);
                }
                black_box(head);
                morel_heap::detach_thread();
            })
        })
        .collect();
    join_all(hs);
    // every explicit request runs its own collection
    assert!(stats().collections >= before + 160);
}

#[test]
fn threads_come_and_go_while_others_collect() {
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let s2 = stop.clone();
    let collector = std::thread::spawn(move || {
        morel_heap::attach_thread();
        let head = black_box(build_list(51, 1_000, 9));
        let mut n = 0;
        while !s2.load(std::sync::atomic::Ordering::Relaxed) {
            garbage(52, 5_000);
            collect();
            n += 1;
        }
        check_list(head, 51, 1_000, 9);
        morel_heap::detach_thread();
        n
    });
    for round in 0..40u64 {
        let hs: Vec<_> = (0..3u64)
            .map(|i| {
                std::thread::spawn(move || {
                    // allocation attaches the thread; exit detaches it
                    let head = black_box(build_list(53, 300, round * 10 + i));
                    garbage(52, 3_000);
                    check_list(head, 53, 300, round * 10 + i);
                    black_box(Value::from_ptr(head));
                })
            })
            .collect();
        join_all(hs);
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let n = join_all(vec![collector]).pop().unwrap();
    assert!(n > 0);
}
