//! Shared by the stress tests: run a program under a watchdog.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `tests/stress/PROGRAM n` with extra environment, failing on a wrong
/// stdout, a non-zero exit or a run longer than `limit` (a hang).
pub fn run_stress(program: &str, n: u64, env: &[(&str, &str)], limit: Duration, expected: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_morel"));
    cmd.arg(root.join("tests/stress").join(program)).arg(n.to_string());
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
            panic!("{} {} {:?} did not finish within {:?} (hang?)", program, n, env, limit);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{} {} {:?} exited with {:?}:\n{}", program, n, env, out.status, stderr);
    assert_eq!(stdout, expected, "{} {} {:?} printed a wrong result; stderr:\n{}", program, n, env, stderr);
}
