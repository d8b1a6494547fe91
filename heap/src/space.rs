//! The shared part of the heap: chunks, the pools of empty and partly free
//! blocks, large objects, and address lookup. Everything here is behind the
//! `HEAP` lock, which is taken only on slow paths and by the collector.
//!
//! Block life cycle:
//! - *empty* (unformatted): in `free_committed` (pages probably resident) or
//!   `free_discarded` (pages given back to the OS, or never touched);
//! - *formatted* for a class: listed in `used`. After a sweep, a formatted
//!   block with free cells is also in `partial[class]`; a mutator that takes it
//!   from there owns its free list until the next collection resets every
//!   mutator's lists. Sweeping a block that holds no live object returns it to
//!   the empty pool.
//!
//! Large objects (above `MAX_SMALL`) are separate `std::alloc` allocations,
//! recorded in `large` (start -> size) so that conservative lookups and the
//! sweep can find them.

use crate::block::{
    discard_block, map_chunk, Block, FreeCell, BLOCKS_PER_CHUNK, BLOCK_SIZE, CHUNK_SIZE,
    CLASS_SIZES, NCLASSES,
};
use crate::heap::GcHeader;
use parking_lot::Mutex;
use std::alloc::Layout;
use std::collections::BTreeMap;
use std::sync::atomic::Ordering;

pub(crate) struct Space {
    /// Base addresses of all chunks, sorted.
    chunks: Vec<usize>,
    /// Lowest chunk base and end of the highest chunk (quick reject).
    lo: usize,
    hi: usize,
    free_committed: Vec<*mut Block>,
    free_discarded: Vec<*mut Block>,
    partial: [Vec<*mut Block>; NCLASSES],
    used: Vec<*mut Block>,
    large: BTreeMap<usize, usize>,
    large_bytes: usize,
}

// SAFETY: the raw pointers name blocks in chunks and large allocations that
// belong to the heap as a whole, not to a thread; all access goes through the
// `HEAP` mutex.
unsafe impl Send for Space {}

/// The shared heap state. Lock order: `WORLD` (collect.rs) before `HEAP`.
/// Invariant: no thread ever parks at a safepoint or blocks in `blocking`
/// while holding this lock, so once the world is stopped the collector can
/// always take it.
pub(crate) static HEAP: Mutex<Space> = Mutex::new(Space::new());

impl Space {
    const fn new() -> Space {
        Space {
            chunks: Vec::new(),
            lo: usize::MAX,
            hi: 0,
            free_committed: Vec::new(),
            free_discarded: Vec::new(),
            partial: [const { Vec::new() }; NCLASSES],
            used: Vec::new(),
            large: BTreeMap::new(),
            large_bytes: 0,
        }
    }

    /// An empty block: from the committed pool, the discarded pool, or a new chunk.
    fn empty_block(&mut self) -> *mut Block {
        if let Some(b) = self.free_committed.pop() {
            return b;
        }
        if let Some(b) = self.free_discarded.pop() {
            return b;
        }
        let Some(c) = map_chunk() else {
            std::alloc::handle_alloc_error(Layout::from_size_align(CHUNK_SIZE, CHUNK_SIZE).unwrap());
        };
        let pos = self.chunks.partition_point(|&x| x < c);
        self.chunks.insert(pos, c);
        self.lo = self.lo.min(c);
        self.hi = self.hi.max(c + CHUNK_SIZE);
        // Fresh pages are untouched (not resident): they count as discarded.
        for i in (1..BLOCKS_PER_CHUNK).rev() {
            self.free_discarded.push((c + i * BLOCK_SIZE) as *mut Block);
        }
        c as *mut Block
    }

    /// Hands a block with free cells of `class` to a mutator: returns the head
    /// of its free list and the number of cells in it. The block's own list is
    /// emptied; the cells belong to the caller until the next collection.
    pub(crate) fn take_cells(&mut self, class: usize) -> (*mut FreeCell, usize) {
        let b = match self.partial[class].pop() {
            Some(b) => b,
            None => {
                let b = self.empty_block();
                // SAFETY: `b` is an empty block of a mapped chunk that no one
                // uses, and we hold the heap lock (we are `&mut self`).
                unsafe { Block::format(b, class) };
                self.used.push(b);
                b
            }
        };
        // SAFETY: `b` is formatted and in no mutator's hands (it came from the
        // partial list or was just formatted); we hold the heap lock.
        unsafe {
            let r = ((*b).free, (*b).nfree);
            (*b).free = std::ptr::null_mut();
            (*b).nfree = 0;
            r
        }
    }

    /// Allocates a zeroed large object of `size` bytes (16-byte aligned).
    pub(crate) fn alloc_large(&mut self, size: usize) -> *mut GcHeader {
        let layout = Layout::from_size_align(size, 16).expect("object too large");
        // SAFETY: the layout has non-zero size (size > MAX_SMALL).
        let p = unsafe { std::alloc::alloc_zeroed(layout) };
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        self.large.insert(p as usize, size);
        self.large_bytes += size;
        p as *mut GcHeader
    }

    /// The object that `addr` points into, if any: a cell holding an object in
    /// a formatted block, or a large object (interior addresses included).
    ///
    /// # Safety
    /// No mutator formats blocks or frees objects meanwhile; the collector
    /// calls this with the world stopped.
    #[inline]
    pub(crate) unsafe fn find_object(&self, addr: usize) -> Option<*mut GcHeader> {
        if addr >= self.lo && addr < self.hi {
            let chunk = addr & !(CHUNK_SIZE - 1);
            if self.chunks.binary_search(&chunk).is_ok() {
                let b = (addr & !(BLOCK_SIZE - 1)) as *const Block;
                // SAFETY: `b` is a block inside a mapped chunk; no concurrent
                // formatting (contract).
                return unsafe { Block::object_at(b, addr) };
            }
        }
        if self.large.is_empty() {
            return None;
        }
        let (&start, &size) = self.large.range(..=addr).next_back()?;
        if addr < start + size {
            Some(start as *mut GcHeader)
        } else {
            None
        }
    }

    /// Sweeps every formatted block and every large object after marking with
    /// `epoch`. Returns the bytes of surviving objects (cell sizes for small
    /// objects). Rebuilds the partial lists, keeps up to `MIN_THRESHOLD` bytes
    /// of empty blocks formatted in them and returns the other empty blocks
    /// to the pool.
    ///
    /// # Safety
    /// The world is stopped, marking for `epoch` is complete, and every
    /// mutator's free lists have been (or are about to be) reset.
    pub(crate) unsafe fn sweep(&mut self, epoch: u8) -> usize {
        const RETAIN_EMPTY_BYTES: usize = crate::collect::MIN_THRESHOLD;
        let mut live_bytes = 0;
        for p in self.partial.iter_mut() {
            p.clear();
        }
        let used = std::mem::take(&mut self.used);
        let mut kept = Vec::with_capacity(used.len());
        let mut retained = 0;
        for b in used {
            // SAFETY: `b` is formatted (it is in `used`), the world is stopped
            // and mutators' lists into it are void (contract).
            let out = unsafe { Block::sweep(b, epoch) };
            // SAFETY: header of a formatted block we own under the heap lock.
            let (class, cell_size) = unsafe { ((*b).class, (*b).cell_size) };
            // An empty block stays formatted for its size class, free list
            // and all, while the retained ones fit in one collection cycle's
            // allocation volume: the next cycle allocates from them without
            // formatting them again (most blocks die young, so this is most
            // of the sweep's output).
            if out.live == 0 && retained + BLOCK_SIZE <= RETAIN_EMPTY_BYTES {
                retained += BLOCK_SIZE;
                self.partial[class].push(b);
                kept.push(b);
                continue;
            }
            if out.live == 0 {
                // SAFETY: as above; marking the block unformatted makes every
                // later lookup inside it fail.
                unsafe {
                    (*b).cell_size = 0;
                    (*b).free = std::ptr::null_mut();
                    (*b).nfree = 0;
                }
                self.free_committed.push(b);
                continue;
            }
            live_bytes += out.live * cell_size;
            if out.nfree > 0 {
                self.partial[class].push(b);
            }
            kept.push(b);
        }
        self.used = kept;

        let mut dead = Vec::new();
        for (&start, &size) in self.large.iter() {
            let h = start as *const GcHeader;
            // SAFETY: `start` is a live large allocation holding an object.
            if unsafe { (*h).mark.load(Ordering::Relaxed) } == epoch {
                live_bytes += size;
            } else {
                dead.push((start, size));
            }
        }
        for (start, size) in dead {
            self.large.remove(&start);
            self.large_bytes -= size;
            let h = start as *mut GcHeader;
            // SAFETY: the object is unmarked, hence unreachable; its vtable was
            // set by `alloc_raw`. After finalizing, the memory is freed with the
            // layout it was allocated with.
            unsafe {
                let vt = (*h).vtable;
                if !vt.is_null() {
                    if let Some(fin) = (*vt).finalize {
                        fin(h);
                    }
                }
                std::alloc::dealloc(start as *mut u8, Layout::from_size_align_unchecked(size, 16));
            }
        }
        live_bytes
    }

    /// Keeps at most `cap` empty blocks resident; the pages of the rest go back
    /// to the OS.
    pub(crate) fn trim(&mut self, cap: usize) {
        while self.free_committed.len() > cap {
            let b = self.free_committed.pop().unwrap();
            // SAFETY: `b` is an empty, unformatted block nobody uses.
            unsafe { discard_block(b) };
            self.free_discarded.push(b);
        }
    }

    /// Bytes in formatted blocks plus resident empty blocks plus large objects.
    pub(crate) fn heap_bytes(&self) -> usize {
        (self.used.len() + self.free_committed.len()) * BLOCK_SIZE + self.large_bytes
    }

    /// Number of free bytes in the partial lists (what mutators can take
    /// without formatting new blocks).
    #[allow(dead_code)]
    pub(crate) fn partial_bytes(&self) -> usize {
        let mut n = 0;
        for (class, list) in self.partial.iter().enumerate() {
            for &b in list {
                // SAFETY: blocks in partial lists are formatted; heap lock held.
                n += unsafe { (*b).nfree } * CLASS_SIZES[class];
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::block::{class_of, FIRST_CELL};

    #[test]
    fn lookup_finds_cells_and_interior_pointers_only_for_objects() {
        let mut s = Space::new();
        let class = class_of(48);
        let (head, n) = s.take_cells(class);
        assert!(n > 1000);
        let cell = head as usize;
        assert_eq!(cell % 16, 0);
        assert_eq!(cell & (BLOCK_SIZE - 1), FIRST_CELL);
        // SAFETY: the space is private to this test; no collector runs on it.
        unsafe {
            // a free cell is not an object
            assert_eq!(s.find_object(cell + 8), None);
            (*(cell as *mut GcHeader)).vtable = std::ptr::dangling();
            assert_eq!(s.find_object(cell), Some(cell as *mut GcHeader));
            assert_eq!(s.find_object(cell + 47), Some(cell as *mut GcHeader));
            assert_eq!(s.find_object(cell + 48), None);
            // the block header is never an object
            assert_eq!(s.find_object(cell - 8), None);
            assert_eq!(s.find_object(0), None);
            assert_eq!(s.find_object(usize::MAX), None);
            (*(cell as *mut GcHeader)).vtable = std::ptr::null();
        }
        let big = s.alloc_large(10_000);
        // SAFETY: as above.
        unsafe {
            assert_eq!(s.find_object(big as usize + 9_999), Some(big));
            assert_eq!(s.find_object(big as usize + 10_000), None);
        }
    }
}
