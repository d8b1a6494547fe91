//! A bytearray shared by threads: `tests/stress/bytearray_race.py` runs four
//! threads that append to, extend, clear, pop, overwrite and read (len,
//! indexing, slicing, bytes(), find, ...) one bytearray at the same time.
//! Each run must exit 0 and print the deterministic invariants: no crash,
//! no hang (a watchdog kills a run that takes too long), reads that fail
//! only with IndexError, and exact counts for the appends made under a lock.

mod common;

use std::time::Duration;

const EXPECTED: &str = "phase1 bytes written by writers only: True\n\
                        final length True 16\n\
                        counts [True, True, True, True]\n\
                        problems []\n";

/// Runs the stress program (see `common::run_stress`).
fn run(n: u64, env: &[(&str, &str)], limit: Duration) {
    common::run_stress("bytearray_race.py", n, env, limit, EXPECTED);
}

#[test]
fn bytearray_race_repeated_runs() {
    for _ in 0..20 {
        run(3000, &[], Duration::from_secs(60));
    }
}

#[test]
fn bytearray_race_under_gc_stress() {
    run(200, &[("MOREL_GC_STRESS", "1")], Duration::from_secs(300));
}
