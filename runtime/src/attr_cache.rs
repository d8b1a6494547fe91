//! Inline caches for `obj.name` loads, `obj.name(...)` method lookups and
//! `cls(...)` instantiation.
//!
//! A site owns an `AttrCache`: an atomic pointer to an immutable list of
//! entries, each recording what the lookup found for one receiver layout.
//! An entry's guard is the receiver's class, its shape (for instances) and
//! `CLASS_EPOCH`, a global counter that every change to any class's
//! attributes bumps; while all three match, the entry's answer is the one
//! the full lookup would give. How many entries a site keeps, and when it
//! gives up (megamorphic), is the chosen `Strategy`'s decision.
//!
//! Concurrency: entry lists are never mutated after they are published; a
//! miss builds a new list and publishes it with one Release store (a racing
//! reader uses the old or the new list, both valid for the guards they
//! carry; a racing writer's list may be lost, which costs one more miss).
//! Replaced lists are leaked, so a reader never sees freed memory; the
//! strategies bound the number of rewrites per site, which bounds the leak.
//! A cached Value is only used after its guard matched, and a matching guard
//! means the class still holds it.

use crate::types::class::{as_instance, class_of, ClassObj, Shape};
use morel_heap::Value;
use morel_specializer::stats;
use morel_specializer::strategy::{self, Decision, SiteCounts};
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicU64, Ordering};

/// Bumped by every change to a class's attributes (`ClassObj::bump_version`).
pub static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// What a cached lookup found.
#[derive(Clone, Copy)]
pub enum Found {
    /// The instance's own attribute in slot `n` (no data descriptor of the
    /// class takes precedence).
    Slot(usize),
    /// A plain function or builtin of the class, not shadowed by the
    /// instance: a method call passes the receiver without binding.
    Method(Value),
    /// A store to an existing instance attribute in slot `n` (no data
    /// descriptor, no custom `__setattr__`).
    Store(usize),
    /// A store that adds the attribute: append slot `n` and move to shape
    /// `next` (a cached `ShapeTransition`).
    Append(&'static Shape, usize),
}

#[derive(Clone, Copy)]
struct Entry {
    class: *const ClassObj,
    /// The instance's shape, or null for receivers that are not instances.
    shape: *const Shape,
    epoch: u64,
    found: Found,
}

/// The per-site cache.
pub struct AttrCache {
    list: AtomicPtr<Vec<Entry>>,
    misses: AtomicU32,
    rewrites: AtomicU32,
    resets: AtomicU32,
    megamorphic: AtomicBool,
    /// Counted only while statistics are on.
    hits: AtomicU64,
    guard_failures: AtomicU64,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache::new()
    }
}

// SAFETY: entry lists are immutable after publication and never freed; the
// pointers they hold name classes and shapes that are only compared, never
// dereferenced (shapes are immortal; a stale entry's class pointer can only
// match a class at the same address, whose creation bumped the epoch).
unsafe impl Sync for AttrCache {}
unsafe impl Send for AttrCache {}

/// The guard of `obj`: (class, shape or null).
#[inline(always)]
fn key_of(obj: Value) -> (*const ClassObj, *const Shape) {
    match as_instance(obj) {
        Some(i) => (i.class() as *const ClassObj, i.shape() as *const Shape),
        None => (class_of(obj) as *const ClassObj, std::ptr::null()),
    }
}

/// A site's counters, for statistics.
#[derive(Clone, Copy, Debug, Default)]
pub struct CacheStats {
    pub entries: usize,
    pub hits: u64,
    pub misses: u32,
    pub rewrites: u32,
    pub resets: u32,
    pub guard_failures: u64,
    pub megamorphic: bool,
}

impl AttrCache {
    pub const fn new() -> AttrCache {
        AttrCache {
            list: AtomicPtr::new(std::ptr::null_mut()),
            misses: AtomicU32::new(0),
            rewrites: AtomicU32::new(0),
            resets: AtomicU32::new(0),
            megamorphic: AtomicBool::new(false),
            hits: AtomicU64::new(0),
            guard_failures: AtomicU64::new(0),
        }
    }

    fn entries(&self) -> &'static [Entry] {
        let l = self.list.load(Ordering::Acquire);
        if l.is_null() {
            &[]
        } else {
            // SAFETY: published lists are immutable and never freed.
            unsafe { &*l }
        }
    }

    /// The cached answer for `obj`, if an entry's guard matches.
    #[inline(always)]
    pub fn lookup(&self, obj: Value) -> Option<Found> {
        let l = self.list.load(Ordering::Acquire);
        if l.is_null() {
            return None;
        }
        let (class, shape) = key_of(obj);
        self.lookup_keyed(class, shape)
    }

    /// The cached answer for a receiver of `class` with `shape` (null for
    /// receivers that are not instances).
    #[inline(always)]
    pub fn lookup_keyed(&self, class: *const ClassObj, shape: *const Shape) -> Option<Found> {
        let l = self.list.load(Ordering::Acquire);
        if l.is_null() {
            return None;
        }
        // SAFETY: published lists are immutable and never freed.
        let entries = unsafe { &*l };
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        for e in entries {
            if e.class == class && e.shape == shape && e.epoch == epoch {
                if stats::enabled() {
                    self.hits.fetch_add(1, Ordering::Relaxed);
                }
                return Some(e.found);
            }
        }
        None
    }

    /// A miss: records `found` for `obj`'s layout if the strategy says so.
    /// `epoch` is the epoch read before the lookup that produced `found`.
    #[cold]
    #[inline(never)]
    pub fn fill(&self, obj: Value, epoch: u64, found: Found) {
        let (class, shape) = key_of(obj);
        self.fill_keyed(class, shape, epoch, found)
    }

    /// `fill` for a receiver layout read earlier (a store that adds an
    /// attribute records the shape the instance had before it).
    #[cold]
    #[inline(never)]
    pub fn fill_keyed(&self, class: *const ClassObj, shape: *const Shape, epoch: u64, found: Found) {
        if self.megamorphic.load(Ordering::Relaxed) {
            if stats::enabled() {
                self.misses.fetch_add(1, Ordering::Relaxed);
            }
            return;
        }
        let current = CLASS_EPOCH.load(Ordering::Acquire);
        // Entries of an older epoch can never hit again: they do not count.
        let live: Vec<Entry> = self.entries().iter().copied().filter(|e| e.epoch == current).collect();
        if !live.is_empty() && stats::enabled() {
            self.guard_failures.fetch_add(1, Ordering::Relaxed);
        }
        let misses = self.misses.fetch_add(1, Ordering::Relaxed).saturating_add(1);
        let counts = SiteCounts {
            entries: live.len(),
            misses,
            rewrites: self.rewrites.load(Ordering::Relaxed),
            resets: self.resets.load(Ordering::Relaxed),
        };
        let mut next = match strategy::current().on_miss(counts) {
            Decision::Wait => return,
            Decision::Megamorphic => {
                self.megamorphic.store(true, Ordering::Relaxed);
                self.list.store(std::ptr::null_mut(), Ordering::Release);
                return;
            }
            Decision::Add => live,
            Decision::Reset => {
                self.resets.fetch_add(1, Ordering::Relaxed);
                Vec::new()
            }
        };
        next.push(Entry { class, shape, epoch, found });
        self.rewrites.fetch_add(1, Ordering::Relaxed);
        self.list.store(Box::leak(Box::new(next)), Ordering::Release);
    }

    pub fn stats(&self) -> CacheStats {
        CacheStats {
            entries: self.entries().len(),
            hits: self.hits.load(Ordering::Relaxed),
            misses: self.misses.load(Ordering::Relaxed),
            rewrites: self.rewrites.load(Ordering::Relaxed),
            resets: self.resets.load(Ordering::Relaxed),
            guard_failures: self.guard_failures.load(Ordering::Relaxed),
            megamorphic: self.megamorphic.load(Ordering::Relaxed),
        }
    }

    /// "uninitialized", "monomorphic", "polymorphic" or "megamorphic".
    pub fn state(&self) -> &'static str {
        if self.megamorphic.load(Ordering::Relaxed) {
            return "megamorphic";
        }
        match self.entries().len() {
            0 => "uninitialized",
            1 => "monomorphic",
            _ => "polymorphic",
        }
    }
}

/// The current epoch (read before a lookup whose result will be cached).
#[inline(always)]
pub fn epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Acquire)
}
