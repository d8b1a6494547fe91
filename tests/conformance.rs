//! Runs every program under `conformance/` with the `morel` binary and
//! compares its stdout (and, where recorded, exit status and last stderr
//! line) with what CPython printed. A failure shows a diff.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Case {
    py: PathBuf,
}

fn cases() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance");
    let mut out = Vec::new();
    let mut areas: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    areas.sort();
    for a in areas {
        let mut files: Vec<_> = std::fs::read_dir(&a)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().map(|e| e == "py").unwrap_or(false) && p.with_extension("out").exists())
            .collect();
        files.sort();
        out.extend(files.into_iter().map(|py| Case { py }));
    }
    out
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// A line diff: expected vs actual, first differing lines with context.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let first = (0..e.len().max(a.len())).find(|i| e.get(*i) != a.get(*i)).unwrap_or(0);
    let lo = first.saturating_sub(2);
    for i in lo..(first + 6).min(e.len().max(a.len())) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("    {:4}  {}\n", i + 1, x)),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("  - {:4}  {}\n", i + 1, x));
                }
                if let Some(y) = y {
                    out.push_str(&format!("  + {:4}  {}\n", i + 1, y));
                }
            }
        }
    }
    out
}

fn check(case: &Case, env: &[(&str, &str)]) -> Result<(), String> {
    let dir = case.py.parent().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_morel"));
    cmd.arg(case.py.file_name().unwrap()).current_dir(dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().map_err(|e| format!("cannot run morel: {}", e))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let expected = std::fs::read_to_string(case.py.with_extension("out")).unwrap();
    let want_code: i32 = std::fs::read_to_string(case.py.with_extension("code"))
        .map(|s| s.trim().parse().unwrap())
        .unwrap_or(0);
    // Killed by a signal: -N, as Python's subprocess reports it (what the
    // recorded .code files hold).
    let code = out.status.code().unwrap_or_else(|| {
        use std::os::unix::process::ExitStatusExt;
        out.status.signal().map(|s| -s).unwrap_or(-1)
    });
    let mut problems = String::new();
    if stdout != expected {
        problems.push_str(&format!("stdout differs:\n{}", diff(&expected, &stdout)));
    }
    if code != want_code {
        problems.push_str(&format!("exit status {} (expected {}); stderr: {}\n", code, want_code, last_line(&stderr)));
    }
    if let Ok(err) = std::fs::read_to_string(case.py.with_extension("err")) {
        if last_line(&stderr) != err.trim() {
            problems.push_str(&format!("last stderr line:\n  - {}\n  + {}\n", err.trim(), last_line(&stderr)));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

fn run_all(env: &[(&str, &str)]) {
    let cases = cases();
    assert!(cases.len() >= 80, "expected at least 80 conformance programs, found {}", cases.len());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(8);
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(c) = cases.get(i) else { break };
                if let Err(msg) = check(c, env) {
                    failures.lock().unwrap().push(format!("FAIL {}\n{}", c.py.display(), msg));
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    for f in &failures {
        eprintln!("{}", f);
    }
    assert!(failures.is_empty(), "{} of {} conformance programs failed", failures.len(), cases.len());
}

#[test]
fn conformance_programs_match_cpython() {
    run_all(&[]);
}

#[test]
fn conformance_programs_match_cpython_under_gc_stress() {
    run_all(&[("MOREL_GC_STRESS", "1")]);
}

/// Every strategy must be a correct one: only speed may differ.
#[test]
fn conformance_programs_match_cpython_under_every_specializer() {
    for s in ["none", "mono", "patient"] {
        run_all(&[("MOREL_SPECIALIZER", s)]);
    }
}

/// With every object shared, every write takes the locked path.
#[test]
fn conformance_programs_match_cpython_with_every_object_shared() {
    run_all(&[("MOREL_SHARE_ALL", "1")]);
}
