//! Stress mode: every safepoint and allocation collects. Own test binary,
//! since stress mode is global.

mod common;

use common::*;
use morel_heap::{blocking, set_stress, stats};

#[test]
fn stress_mode_keeps_graphs_intact_across_threads() {
    set_stress(true);
    let before = stats().collections;
    let hs: Vec<_> = (0..3u64)
        .map(|id| std::thread::spawn(move || graph_worker(id, 6, 40, 30, 200)))
        .collect();
    let checked: Vec<u64> = blocking(|| hs.into_iter().map(|h| h.join().unwrap()).collect());
    set_stress(false);
    for c in checked {
        assert_eq!(c, 127 * 30);
    }
    let n = stats().collections - before;
    // at least one collection per garbage allocation of one thread
    assert!(n >= 30 * 200, "only {n} collections in stress mode");
}
