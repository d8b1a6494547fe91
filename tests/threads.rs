//! Free-threading stress: `tests/stress/threads_stress.py` runs eight
//! threads over shared locks, lists, dicts, sets, a queue, a class that is
//! patched while threads call it, and garbage-making loops. Each run must
//! print the exact totals and exit 0: no crash, no hang (a watchdog kills a
//! run that takes too long), no lost update.

mod common;

use std::time::Duration;

const THREADS: u64 = 8;

fn expected(n: u64) -> String {
    format!("ok {} {} {} {} {}\n", THREADS * n, THREADS * n, THREADS * n, THREADS * n, n * (n - 1) / 2)
}

/// Runs the stress program (see `common::run_stress`).
fn run(n: u64, env: &[(&str, &str)], limit: Duration) {
    common::run_stress("threads_stress.py", n, env, limit, &expected(n));
}

#[test]
fn stress_repeated_runs() {
    for _ in 0..20 {
        run(2000, &[], Duration::from_secs(60));
    }
}

#[test]
fn stress_with_every_object_shared() {
    for _ in 0..5 {
        run(2000, &[("MOREL_SHARE_ALL", "1")], Duration::from_secs(60));
    }
}

#[test]
fn stress_under_gc_stress() {
    run(30, &[("MOREL_GC_STRESS", "1")], Duration::from_secs(300));
}
