//! Inline caches for `obj.name` loads and `obj.name(...)` method lookups.
//!
//! A node owns an `AttrCache`: one atomic pointer to an immutable entry that
//! records what the lookup found for one receiver layout. The guard is the
//! receiver's class, its shape (for instances) and `CLASS_EPOCH`, a global
//! counter that every change to any class's attributes bumps; while all
//! three match, the entry's answer is the one the full lookup would give.
//!
//! Concurrency: entries are never mutated after they are published; a new
//! entry replaces the old one with a single Release store (a racing reader
//! uses the old or the new entry, both valid for the guard they carry).
//! Replaced entries are leaked, so a reader never sees freed memory; a node
//! stops caching (megamorphic) after `MAX_REWRITES` replacements, which
//! bounds the leak. A cached Value is only used after its guard matched, and
//! a matching guard means the class still holds it.

use crate::types::class::{as_instance, class_of, ClassObj, Shape};
use morel_heap::Value;
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicU8, Ordering};

/// Bumped by every change to a class's attributes (`ClassObj::bump_version`).
pub static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Replacements after which a site stops caching (megamorphic).
pub const MAX_REWRITES: u8 = 16;

/// What a cached lookup found.
#[derive(Clone, Copy)]
pub enum Found {
    /// The instance's own attribute in slot `n` (no data descriptor of the
    /// class takes precedence).
    Slot(usize),
    /// A plain function or builtin of the class, not shadowed by the
    /// instance: a method call passes the receiver without binding.
    Method(Value),
}

pub struct Entry {
    class: *const ClassObj,
    /// The instance's shape, or null for receivers that are not instances.
    shape: *const Shape,
    epoch: u64,
    pub found: Found,
}

/// The per-node cache.
pub struct AttrCache {
    entry: AtomicPtr<Entry>,
    rewrites: AtomicU8,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache::new()
    }
}

// SAFETY: entries are immutable after publication and never freed; the
// pointers they hold name immortal classes and shapes (classes are rooted
// while any of their instances or code refer to them; a stale entry's class
// pointer is only compared, never dereferenced).
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

impl AttrCache {
    pub const fn new() -> AttrCache {
        AttrCache { entry: AtomicPtr::new(std::ptr::null_mut()), rewrites: AtomicU8::new(0) }
    }

    /// The cached answer for `obj`, if the entry's guard matches.
    #[inline(always)]
    pub fn lookup(&self, obj: Value) -> Option<Found> {
        let e = self.entry.load(Ordering::Acquire);
        if e.is_null() {
            return None;
        }
        // SAFETY: published entries are immutable and never freed.
        let e = unsafe { &*e };
        let (class, shape) = key_of(obj);
        if e.class == class && e.shape == shape && e.epoch == CLASS_EPOCH.load(Ordering::Acquire) {
            Some(e.found)
        } else {
            None
        }
    }

    /// Records `found` for `obj`'s layout, unless the site is megamorphic.
    /// `epoch` is the epoch read before the lookup that produced `found`.
    #[cold]
    #[inline(never)]
    pub fn fill(&self, obj: Value, epoch: u64, found: Found) {
        if self.rewrites.load(Ordering::Relaxed) >= MAX_REWRITES {
            return;
        }
        self.rewrites.fetch_add(1, Ordering::Relaxed);
        let (class, shape) = key_of(obj);
        let e = Box::leak(Box::new(Entry { class, shape, epoch, found }));
        self.entry.store(e, Ordering::Release);
    }

    /// "uninitialized", "monomorphic" (one entry, never replaced),
    /// "polymorphic" (replaced) or "megamorphic" (gave up).
    pub fn state(&self) -> &'static str {
        let r = self.rewrites.load(Ordering::Relaxed);
        match r {
            0 => "uninitialized",
            1 => "monomorphic",
            r if r >= MAX_REWRITES => "megamorphic",
            _ => "polymorphic",
        }
    }
}

/// The current epoch (read before a lookup whose result will be cached).
#[inline(always)]
pub fn epoch() -> u64 {
    CLASS_EPOCH.load(Ordering::Acquire)
}
