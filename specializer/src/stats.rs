//! Specialization statistics (`--stats`, `--stats-json`): off by default,
//! so the counting costs one predictable branch per event when off.
//!
//! Sites count their own events; state transitions of `SpecState` nodes are
//! logged here, keyed by the state's address, and matched to nodes by the
//! tree walk that writes the report.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Rewrites of `SpecState` nodes (new bits), counted while enabled.
pub static STATE_REWRITES: AtomicU64 = AtomicU64::new(0);

/// (state address, bits before, bits after) for every new bit, in order.
static TRANSITIONS: Mutex<Vec<(usize, u8, u8)>> = Mutex::new(Vec::new());

/// Turns counting on (before any code runs).
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

#[cold]
#[inline(never)]
pub(crate) fn log_transition(addr: usize, before: u8, after: u8) {
    STATE_REWRITES.fetch_add(1, Ordering::Relaxed);
    if let Ok(mut t) = TRANSITIONS.lock() {
        t.push((addr, before, after));
    }
}

/// The logged transitions of the state at `addr`, as (before, after) pairs.
pub fn history_of(addr: usize) -> Vec<(u8, u8)> {
    TRANSITIONS.lock().map(|t| t.iter().filter(|e| e.0 == addr).map(|e| (e.1, e.2)).collect()).unwrap_or_default()
}

/// All logged transitions grouped by state address.
pub fn histories() -> std::collections::HashMap<usize, Vec<(u8, u8)>> {
    let mut m: std::collections::HashMap<usize, Vec<(u8, u8)>> = std::collections::HashMap::new();
    if let Ok(t) = TRANSITIONS.lock() {
        for &(a, b, c) in t.iter() {
            m.entry(a).or_default().push((b, c));
        }
    }
    m
}
