//! `blocking`: collections proceed while a thread is blocked, and a thread
//! leaving `blocking` during a collection waits for it.

mod common;

use common::*;
use morel_heap::{attach_thread, blocking, collect, detach_thread, safepoint, stats};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn collections_run_while_a_thread_sleeps_in_blocking() {
    let sleeping = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let (s1, d1) = (sleeping.clone(), done.clone());
    let sleeper = std::thread::spawn(move || {
        attach_thread();
        let head = black_box(build_list(60, 5_000, 1));
        let ok = blocking(|| {
            s1.store(true, Ordering::SeqCst);
            let t0 = Instant::now();
            while d1.load(Ordering::SeqCst) == 0 {
                if t0.elapsed() > Duration::from_secs(30) {
                    return false;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            true
        });
        assert!(ok, "collections did not complete while this thread was blocked");
        let during = d1.load(Ordering::SeqCst);
        // the collections that ran while we were blocked scanned our stack
        garbage(63, 50_000);
        collect();
        check_list(head, 60, 5_000, 1);
        assert_eq!(finalized(60), 0, "the blocked thread's list was freed");
        black_box(head);
        detach_thread();
        during
    });
    let collector = std::thread::spawn(move || {
        attach_thread();
        let head = black_box(build_list(61, 1_000, 2));
        // An attached thread that waits must keep reaching safepoints (or
        // wait inside `blocking`), or it stalls every other thread's collection.
        while !sleeping.load(Ordering::SeqCst) {
            safepoint();
            std::thread::yield_now();
        }
        let before = stats().collections;
        for _ in 0..10 {
            garbage(62, 50_000);
            collect();
        }
        let n = stats().collections - before;
        done.store(n, Ordering::SeqCst);
        check_list(head, 61, 1_000, 2);
        assert_eq!(finalized(61), 0);
        black_box(head);
        detach_thread();
    });
    collector.join().unwrap();
    let during = sleeper.join().unwrap();
    assert!(during >= 10, "only {during} collections while blocked");
}

#[test]
fn threads_entering_and_leaving_blocking_during_collections() {
    let stop = Arc::new(AtomicBool::new(false));
    let mut hs = Vec::new();
    for id in 0..2u64 {
        let stop = stop.clone();
        hs.push(std::thread::spawn(move || {
            attach_thread();
            let kind = 57 + id;
            let head = black_box(build_list(kind, 3_000, id));
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                blocking(|| std::thread::sleep(Duration::from_micros(50)));
                blocking(std::thread::yield_now);
                garbage(56, 200);
                safepoint();
                n += 1;
                if n.is_multiple_of(64) {
                    check_list(head, kind, 3_000, id);
                }
            }
            check_list(head, kind, 3_000, id);
            assert_eq!(finalized(kind), 0);
            black_box(head);
            detach_thread();
            n
        }));
    }
    let collectors: Vec<_> = (0..2u64)
        .map(|id| {
            std::thread::spawn(move || {
                attach_thread();
                let head = black_box(build_list(54 + id, 2_000, id));
                for _ in 0..200 {
                    garbage(56, 5_000);
                    collect();
                }
                check_list(head, 54 + id, 2_000, id);
                black_box(head);
                detach_thread();
            })
        })
        .collect();
    for c in collectors {
        c.join().unwrap();
    }
    stop.store(true, Ordering::Relaxed);
    for h in hs {
        let rounds = h.join().unwrap();
        assert!(rounds > 0);
    }
}
