//! Specialization state shared by the node tree and the tools that read it.
//!
//! A node's state is a set of bits in an atomic byte. Bits are only ever
//! added (`fetch_or`), never cleared, so every interleaving of threads that
//! specialize the same node yields a valid state: the union of what each saw.

use std::sync::atomic::{AtomicU8, Ordering};

pub mod stats;
pub mod strategy;

/// Monotonic specialization bits of one node.
#[derive(Default)]
pub struct SpecState(AtomicU8);

/// The state has given up on specializing: the generic path only.
pub const GENERIC: u8 = 0x80;

impl SpecState {
    pub const fn new() -> SpecState {
        SpecState(AtomicU8::new(0))
    }
    /// The bits seen so far.
    #[inline(always)]
    pub fn get(&self) -> u8 {
        self.0.load(Ordering::Relaxed)
    }
    /// Records that `bit` was observed. A relaxed load first keeps the common
    /// case (bit already present) free of read-modify-write traffic.
    #[inline(always)]
    pub fn add(&self, bit: u8) {
        if self.0.load(Ordering::Relaxed) & bit == 0 {
            let before = self.0.fetch_or(bit, Ordering::Relaxed);
            if stats::enabled() && before & bit == 0 {
                stats::log_transition(self as *const SpecState as usize, before, before | bit);
            }
        }
    }
    /// True once nothing has been observed yet.
    pub fn is_uninitialized(&self) -> bool {
        self.get() == 0
    }
}

/// How a node's state reads to people and tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateClass {
    Uninitialized,
    Monomorphic,
    Polymorphic,
    Generic,
}

impl StateClass {
    /// The name reports and tools use: "uninitialized", "monomorphic",
    /// "polymorphic" or "generic".
    pub fn name(self) -> &'static str {
        match self {
            StateClass::Uninitialized => "uninitialized",
            StateClass::Monomorphic => "monomorphic",
            StateClass::Polymorphic => "polymorphic",
            StateClass::Generic => "generic",
        }
    }
}

/// Classifies a state byte.
pub fn classify(bits: u8) -> StateClass {
    if bits & GENERIC != 0 {
        StateClass::Generic
    } else if bits == 0 {
        StateClass::Uninitialized
    } else if bits.count_ones() == 1 {
        StateClass::Monomorphic
    } else {
        StateClass::Polymorphic
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_only_grows_and_classifies() {
        let s = SpecState::new();
        assert_eq!(classify(s.get()), StateClass::Uninitialized);
        s.add(1);
        assert_eq!(classify(s.get()), StateClass::Monomorphic);
        s.add(1);
        assert_eq!(s.get(), 1);
        s.add(2);
        assert_eq!(classify(s.get()), StateClass::Polymorphic);
        s.add(GENERIC);
        assert_eq!(classify(s.get()), StateClass::Generic);
        assert_eq!(s.get(), 1 | 2 | GENERIC);
    }

    #[test]
    fn concurrent_adds_union() {
        let s = std::sync::Arc::new(SpecState::new());
        let hs: Vec<_> = (0..4)
            .map(|i| {
                let s = s.clone();
                std::thread::spawn(move || {
                    for _ in 0..1000 {
                        s.add(1 << i);
                    }
                })
            })
            .collect();
        for h in hs {
            h.join().unwrap();
        }
        assert_eq!(s.get(), 0b1111);
    }
}
