//! A bytearray shared by threads: `tests/stress/bytearray_race.py` runs four
//! threads that append to, extend, clear, pop, overwrite and read (len,
//! indexing, slicing, bytes(), find, ...) one bytearray at the same time.
//! Each run must exit 0 and print the deterministic invariants: no crash,
//! no hang (a watchdog kills a run that takes too long), reads that fail
//! only with IndexError, and exact counts for the appends made under a lock.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const EXPECTED: &str = "phase1 bytes written by writers only: True\n\
                        final length True 16\n\
                        counts [True, True, True, True]\n\
                        problems []\n";

/// Runs the race program with `n` iterations per thread and extra
/// environment, failing on a wrong output, a non-zero exit or a run longer
/// than `limit`.
fn run(n: u64, env: &[(&str, &str)], limit: Duration) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_morel"));
    cmd.arg(root.join("tests/stress/bytearray_race.py")).arg(n.to_string());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("start morel");
    let start = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("bytearray_race {} {:?} did not finish within {:?} (hang?)", n, env, limit);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "bytearray_race {} {:?} exited with {:?}:\n{}", n, env, out.status, stderr);
    assert_eq!(stdout, EXPECTED, "bytearray_race {} {:?} printed a wrong result; stderr:\n{}", n, env, stderr);
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
