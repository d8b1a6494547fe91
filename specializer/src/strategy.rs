//! Specialization strategies: the policy that decides, at every inline-cache
//! miss, what a site does next. Nodes carry the mechanism (guards, entries,
//! fallbacks); a `Strategy` only answers questions about counts, so a new
//! policy is one small impl (see docs/specialization.md).
//!
//! One strategy is chosen per process (`--specializer NAME`) before any code
//! runs, and read from every thread.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// What a cache site has seen so far (a snapshot taken at a miss).
#[derive(Clone, Copy, Debug, Default)]
pub struct SiteCounts {
    /// Live (current-epoch) entries in the cache.
    pub entries: usize,
    /// Misses so far, this one included.
    pub misses: u32,
    /// Entries added so far.
    pub rewrites: u32,
    /// Times the site emptied its cache and started over.
    pub resets: u32,
}

/// A strategy's answer at a miss.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Leave the cache as it is and take the generic path this time.
    Wait,
    /// Add an entry for this receiver (polymorphic when others are there).
    Add,
    /// Empty the cache, then add an entry for this receiver.
    Reset,
    /// Give up caching at this site for good (megamorphic: generic path).
    Megamorphic,
}

/// A specialization policy.
pub trait Strategy: Sync + Send {
    /// The name `--specializer` selects.
    fn name(&self) -> &'static str;
    /// One line for `--list-specializers`.
    fn description(&self) -> &'static str;
    /// Whether nodes take their type-specialized fast paths at all (`none`
    /// answers false: every node runs its generic path).
    fn specializes(&self) -> bool {
        true
    }
    /// The decision at an inline-cache miss.
    fn on_miss(&self, site: SiteCounts) -> Decision;
}

/// `none`: generic nodes only, the baseline that shows what specializing buys.
pub struct NoneStrategy;

impl Strategy for NoneStrategy {
    fn name(&self) -> &'static str {
        "none"
    }
    fn description(&self) -> &'static str {
        "generic nodes only: no fast paths, no inline caches (the baseline)"
    }
    fn specializes(&self) -> bool {
        false
    }
    fn on_miss(&self, _site: SiteCounts) -> Decision {
        Decision::Megamorphic
    }
}

/// `mono`: one entry per site; a second receiver layout makes it generic.
pub struct MonoStrategy;

impl Strategy for MonoStrategy {
    fn name(&self) -> &'static str {
        "mono"
    }
    fn description(&self) -> &'static str {
        "monomorphic caches only: the first receiver layout, then generic"
    }
    fn on_miss(&self, site: SiteCounts) -> Decision {
        // `entries` counts live entries: one invalidated by a class change
        // may be replaced, a second layout may not.
        if site.entries == 0 && site.rewrites < 16 {
            Decision::Add
        } else {
            Decision::Megamorphic
        }
    }
}

/// `truffle` (the default): polymorphic up to 8 entries, then megamorphic,
/// as Truffle's DSL does by default.
pub struct TruffleStrategy;

/// Entries a `truffle` site may hold before it goes megamorphic.
pub const TRUFFLE_LIMIT: usize = 8;

impl Strategy for TruffleStrategy {
    fn name(&self) -> &'static str {
        "truffle"
    }
    fn description(&self) -> &'static str {
        "polymorphic inline caches up to 8 entries, then megamorphic"
    }
    fn on_miss(&self, site: SiteCounts) -> Decision {
        if site.entries < TRUFFLE_LIMIT && site.rewrites < 4 * TRUFFLE_LIMIT as u32 {
            Decision::Add
        } else {
            Decision::Megamorphic
        }
    }
}

/// `patient`: profile first, then specialize; back off instead of giving up.
///
/// A site ignores its first `WARMUP` misses (code run once is not worth an
/// entry), then caches up to 4 receiver layouts. When a fifth arrives it
/// empties the cache and starts over, but only after twice as many misses as
/// the previous time (exponential back-off); after 3 resets it goes
/// megamorphic. Phases of a program that use different types each get a
/// small cache instead of a site that stays generic forever.
pub struct PatientStrategy;

const WARMUP: u32 = 2;
const PATIENT_LIMIT: usize = 4;
const PATIENT_RESETS: u32 = 3;

impl Strategy for PatientStrategy {
    fn name(&self) -> &'static str {
        "patient"
    }
    fn description(&self) -> &'static str {
        "profile 2 misses first, cache up to 4 layouts, reset with exponential back-off (3 resets)"
    }
    fn on_miss(&self, site: SiteCounts) -> Decision {
        if site.misses <= WARMUP {
            return Decision::Wait;
        }
        if site.entries < PATIENT_LIMIT {
            return Decision::Add;
        }
        if site.resets >= PATIENT_RESETS {
            return Decision::Megamorphic;
        }
        // Back-off: the n-th reset needs 2^n * (warm-up + limit) misses.
        let needed = (WARMUP + PATIENT_LIMIT as u32) << (site.resets + 1);
        if site.misses >= needed {
            Decision::Reset
        } else {
            Decision::Wait
        }
    }
}

/// Every strategy `--specializer` accepts.
pub fn all() -> &'static [&'static dyn Strategy] {
    &[&NoneStrategy, &MonoStrategy, &TruffleStrategy, &PatientStrategy]
}

static CHOSEN: OnceLock<&'static dyn Strategy> = OnceLock::new();
/// Mirror of `specializes()` for the hot paths (one relaxed load).
static GENERIC_ONLY: AtomicBool = AtomicBool::new(false);

/// Selects the strategy by name (before any code runs). Err lists the names.
pub fn select(name: &str) -> Result<(), String> {
    match all().iter().find(|s| s.name() == name) {
        Some(s) => {
            let _ = CHOSEN.set(*s);
            GENERIC_ONLY.store(!s.specializes(), Ordering::Relaxed);
            Ok(())
        }
        None => Err(all().iter().map(|s| s.name()).collect::<Vec<_>>().join(", ")),
    }
}

/// The chosen strategy (`truffle` unless `select` chose another).
pub fn current() -> &'static dyn Strategy {
    *CHOSEN.get_or_init(|| &TruffleStrategy)
}

/// True under `none`: nodes must take their generic paths.
#[inline(always)]
pub fn generic_only() -> bool {
    GENERIC_ONLY.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(entries: usize, misses: u32, rewrites: u32, resets: u32) -> SiteCounts {
        SiteCounts { entries, misses, rewrites, resets }
    }

    #[test]
    fn truffle_goes_megamorphic_after_eight() {
        let t = TruffleStrategy;
        assert_eq!(t.on_miss(counts(0, 1, 0, 0)), Decision::Add);
        assert_eq!(t.on_miss(counts(7, 8, 7, 0)), Decision::Add);
        assert_eq!(t.on_miss(counts(8, 9, 8, 0)), Decision::Megamorphic);
    }

    #[test]
    fn mono_allows_one_entry() {
        assert_eq!(MonoStrategy.on_miss(counts(0, 1, 0, 0)), Decision::Add);
        assert_eq!(MonoStrategy.on_miss(counts(1, 2, 1, 0)), Decision::Megamorphic);
        assert_eq!(MonoStrategy.on_miss(counts(0, 2, 1, 0)), Decision::Add);
    }

    #[test]
    fn patient_warms_up_and_backs_off() {
        let p = PatientStrategy;
        assert_eq!(p.on_miss(counts(0, 1, 0, 0)), Decision::Wait);
        assert_eq!(p.on_miss(counts(0, 3, 0, 0)), Decision::Add);
        assert_eq!(p.on_miss(counts(4, 7, 4, 0)), Decision::Wait);
        assert_eq!(p.on_miss(counts(4, 12, 4, 0)), Decision::Reset);
        assert_eq!(p.on_miss(counts(4, 13, 8, 1)), Decision::Wait);
        assert_eq!(p.on_miss(counts(4, 24, 8, 1)), Decision::Reset);
        assert_eq!(p.on_miss(counts(4, 500, 16, 3)), Decision::Megamorphic);
    }

    #[test]
    fn none_never_specializes() {
        assert!(!NoneStrategy.specializes());
        assert_eq!(NoneStrategy.on_miss(counts(0, 1, 0, 0)), Decision::Megamorphic);
    }
}
