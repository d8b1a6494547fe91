//! Free-threading stress: `tests/stress/threads_stress.py` runs eight
//! threads over shared locks, lists, dicts, sets, a queue, a class that is
//! patched while threads call it, and garbage-making loops. Each run must
//! print the exact totals and exit 0: no crash, no hang (a watchdog kills a
//! run that takes too long), no lost update.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const THREADS: u64 = 8;

fn expected(n: u64) -> String {
    format!("ok {} {} {} {} {}\n", THREADS * n, THREADS * n, THREADS * n, THREADS * n, n * (n - 1) / 2)
}

/// Runs the stress program with `n` items and extra environment, failing
/// on a wrong output, a non-zero exit or a run longer than `limit`.
fn run(n: u64, env: &[(&str, &str)], limit: Duration) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_morel"));
    cmd.arg(root.join("tests/stress/threads_stress.py")).arg(n.to_string());
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
            panic!("threads_stress {} {:?} did not finish within {:?} (hang?)", n, env, limit);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "threads_stress {} {:?} exited with {:?}:\n{}", n, env, out.status, stderr);
    assert_eq!(stdout, expected(n), "threads_stress {} {:?} printed a wrong total; stderr:\n{}", n, env, stderr);
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
