//! Memory goes back to the OS: building and dropping 20 million small
//! objects in cycles keeps the peak resident set under 300 MB.

mod common;

use common::*;
use std::hint::black_box;

fn peak_rss_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = s.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn rss_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = s.lines().find(|l| l.starts_with("VmRSS:")).expect("VmRSS");
    line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

#[inline(never)]
fn cycle(i: u64, n: u64) {
    let head = black_box(build_list(1, n, i));
    assert_eq!(check_list(head, 1, n, i), n);
}

#[test]
fn twenty_million_objects_in_cycles_stay_under_300_mb() {
    morel_heap::attach_thread();
    for i in 0..20 {
        cycle(i, 1_000_000);
        clear_stack();
    }
    let peak = peak_rss_kib();
    assert!(peak < 300 * 1024, "peak RSS {} MiB", peak / 1024);
    // dropping everything and collecting gives the memory back
    clean_collect();
    clean_collect();
    let now = rss_kib();
    // Freed blocks are returned to the OS only beyond a pool cap, so allow slack.
    assert!(now < 200 * 1024, "RSS after the last collection {} MiB", now / 1024);
    morel_heap::detach_thread();
}
