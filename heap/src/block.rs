//! Blocks and size classes: where small objects live.
//!
//! Memory comes from the OS in *chunks* of `CHUNK_SIZE` (4 MiB) mapped with
//! `mmap` and aligned to their size; a chunk is carved into `BLOCKS_PER_CHUNK`
//! *blocks* of `BLOCK_SIZE` (64 KiB), each aligned to its size. Chunks are never
//! unmapped (their address range stays reserved, so a block header can always
//! be read), but the pages of an empty block are given back to the OS with
//! `madvise(MADV_DONTNEED)` when the pool of empty blocks grows beyond its cap.
//!
//! A block that holds objects is *formatted* for one size class: a `Block`
//! header in its first `FIRST_CELL` bytes, then `ncells` cells of `cell_size`
//! bytes, each 16-byte aligned. A cell is either
//! - an object: its first word (the `GcHeader::vtable`) is non-null, or
//! - free: its first word is null and its second word links the next free cell.
//!
//! Invariants:
//! - `Block::cell_size == 0` means the block is not formatted (it is in the
//!   empty pool, or its pages were discarded and read back as zero). Lookups
//!   of addresses inside such a block find nothing.
//! - Every cell of a formatted block is an object or a free cell; a free cell
//!   is never mistaken for an object because its vtable word is null.
//! - Mark bytes use an epoch (`1..=255`, never 0): an object is marked in the
//!   current collection iff `mark == epoch`. Freshly allocated memory is zeroed,
//!   so new objects are unmarked; survivors need no reset between collections.

use crate::heap::GcHeader;
use std::sync::atomic::Ordering;

/// Size and alignment of a block.
pub(crate) const BLOCK_SIZE: usize = 64 * 1024;
/// Size and alignment of the OS mappings blocks are carved from.
pub(crate) const CHUNK_SIZE: usize = 4 * 1024 * 1024;
pub(crate) const BLOCKS_PER_CHUNK: usize = CHUNK_SIZE / BLOCK_SIZE;
/// Offset of the first cell in a block (the block header fits before it).
pub(crate) const FIRST_CELL: usize = 64;
/// Largest object served from a size class; larger ones get their own chunk.
pub(crate) const MAX_SMALL: usize = 2048;
/// Number of size classes.
pub(crate) const NCLASSES: usize = 24;

/// Cell size of each class: steps of 16 up to 128, then four steps per
/// doubling (at most 20% internal waste; alignment 16 everywhere).
pub(crate) const CLASS_SIZES: [usize; NCLASSES] = [
    16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048,
];

const fn size_table() -> [u8; MAX_SMALL / 16 + 1] {
    let mut t = [0u8; MAX_SMALL / 16 + 1];
    let mut i = 0;
    while i < t.len() {
        let size = i * 16;
        let mut c = 0;
        while CLASS_SIZES[c] < size {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
}

/// `SIZE_TO_CLASS[(size + 15) / 16]` is the smallest class that fits `size`.
pub(crate) static SIZE_TO_CLASS: [u8; MAX_SMALL / 16 + 1] = size_table();

/// The size class for a small object of `size` bytes (`size <= MAX_SMALL`).
#[inline(always)]
pub(crate) fn class_of(size: usize) -> usize {
    SIZE_TO_CLASS[(size + 15) >> 4] as usize
}

/// A free cell: same first word as `GcHeader` (null vtable), then the link.
#[repr(C)]
pub(crate) struct FreeCell {
    pub(crate) vtable: usize,
    pub(crate) next: *mut FreeCell,
}

/// The header at the start of every block.
#[repr(C)]
pub(crate) struct Block {
    /// Bytes per cell; 0 while the block is not formatted.
    pub(crate) cell_size: usize,
    pub(crate) ncells: usize,
    pub(crate) class: usize,
    /// Free cells not handed to any mutator (built by `format` or `sweep`).
    pub(crate) free: *mut FreeCell,
    pub(crate) nfree: usize,
}

const _: () = assert!(std::mem::size_of::<Block>() <= FIRST_CELL);
const _: () = assert!(FIRST_CELL.is_multiple_of(16));
const _: () = assert!(CLASS_SIZES[NCLASSES - 1] == MAX_SMALL);

/// What sweeping one block found.
pub(crate) struct SweepOutcome {
    pub(crate) live: usize,
    pub(crate) nfree: usize,
}

impl Block {
    /// Formats the empty block `b` for `class`: every cell becomes free and
    /// they are linked in address order into `b.free`.
    ///
    /// # Safety
    /// `b` is a block of a mapped chunk that holds no object and that no
    /// mutator allocates from; the caller holds the heap lock.
    pub(crate) unsafe fn format(b: *mut Block, class: usize) {
        let cell_size = CLASS_SIZES[class];
        let ncells = (BLOCK_SIZE - FIRST_CELL) / cell_size;
        let base = b as usize + FIRST_CELL;
        let mut next: *mut FreeCell = std::ptr::null_mut();
        for i in (0..ncells).rev() {
            let c = (base + i * cell_size) as *mut FreeCell;
            // SAFETY: `c` lies inside the block (i < ncells), is 16-aligned and
            // at least 16 bytes long; nothing else uses this memory (contract).
            unsafe { c.write(FreeCell { vtable: 0, next }) };
            next = c;
        }
        // SAFETY: the block header is ours to write (contract).
        unsafe {
            b.write(Block { cell_size, ncells, class, free: next, nfree: ncells });
        }
    }

    /// The object whose cell contains `addr`, if `addr` lies inside a cell of
    /// the formatted block `b` that holds an object (interior pointers count).
    ///
    /// # Safety
    /// `b` is a block inside a mapped chunk, and no mutator runs (the world is
    /// stopped) or the caller otherwise excludes concurrent formatting.
    #[inline]
    pub(crate) unsafe fn object_at(b: *const Block, addr: usize) -> Option<*mut GcHeader> {
        // SAFETY: the header of a block in a mapped chunk is always readable
        // (a discarded block reads as zero, i.e. "not formatted").
        let (cell_size, ncells) = unsafe { ((*b).cell_size, (*b).ncells) };
        if cell_size == 0 {
            return None;
        }
        let off = addr.wrapping_sub(b as usize + FIRST_CELL);
        let idx = off / cell_size;
        if off >= BLOCK_SIZE || idx >= ncells {
            return None;
        }
        let cell = (b as usize + FIRST_CELL + idx * cell_size) as *mut GcHeader;
        // SAFETY: `cell` is the start of a cell inside the block; its first
        // word is the vtable of an object or null for a free cell.
        let vt = unsafe { (*cell).vtable };
        if vt.is_null() {
            None
        } else {
            Some(cell)
        }
    }

    /// Sweeps the formatted block `b`: objects whose mark is not `epoch` are
    /// finalized and become free cells; all free cells are relinked into
    /// `b.free`. Per block so that sweeping can later be made lazy.
    ///
    /// # Safety
    /// The world is stopped, marking for `epoch` is complete, no mutator holds
    /// a free list into `b` (they are reset by the collector), and the caller
    /// holds the heap lock.
    pub(crate) unsafe fn sweep(b: *mut Block, epoch: u8) -> SweepOutcome {
        // SAFETY: `b` is a formatted block (contract).
        let (cell_size, ncells) = unsafe { ((*b).cell_size, (*b).ncells) };
        let base = b as usize + FIRST_CELL;
        let mut head: *mut FreeCell = std::ptr::null_mut();
        let mut live = 0;
        let mut nfree = 0;
        for i in (0..ncells).rev() {
            let c = base + i * cell_size;
            let h = c as *mut GcHeader;
            // SAFETY: `h` is the start of a cell of this block: an object or a
            // free cell, both readable as a header's first two words.
            let vt = unsafe { (*h).vtable };
            if !vt.is_null() {
                // SAFETY: as above; the mark byte is only written by the
                // collector, which is this thread.
                if unsafe { (*h).mark.load(Ordering::Relaxed) } == epoch {
                    live += 1;
                    continue;
                }
                // SAFETY: `vt` is the `&'static VTable` stored by `alloc_raw`;
                // the object is dead (unmarked), so finalizing it is its last use.
                unsafe {
                    if let Some(fin) = (*vt).finalize {
                        fin(h);
                    }
                }
            }
            // SAFETY: the cell is dead or already free; we own its memory.
            unsafe { (c as *mut FreeCell).write(FreeCell { vtable: 0, next: head }) };
            head = c as *mut FreeCell;
            nfree += 1;
        }
        // SAFETY: the header is ours to update (caller holds the heap lock).
        unsafe {
            (*b).free = head;
            (*b).nfree = nfree;
        }
        SweepOutcome { live, nfree }
    }
}

/// Maps one chunk of `CHUNK_SIZE` bytes aligned to `CHUNK_SIZE`.
pub(crate) fn map_chunk() -> Option<usize> {
    let len = CHUNK_SIZE * 2;
    // SAFETY: an anonymous private mapping at an address of the kernel's
    // choosing touches no existing memory.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return None;
    }
    let start = p as usize;
    let aligned = (start + CHUNK_SIZE - 1) & !(CHUNK_SIZE - 1);
    let head = aligned - start;
    let tail = start + len - (aligned + CHUNK_SIZE);
    // SAFETY: both ranges are page-aligned parts of the mapping just made and
    // nothing refers to them.
    unsafe {
        if head > 0 {
            libc::munmap(start as *mut libc::c_void, head);
        }
        if tail > 0 {
            libc::munmap((aligned + CHUNK_SIZE) as *mut libc::c_void, tail);
        }
    }
    Some(aligned)
}

/// Gives the pages of the empty block `b` back to the OS (the range stays
/// mapped and reads as zero afterwards on Linux).
///
/// # Safety
/// `b` is an unformatted block that nothing uses.
pub(crate) unsafe fn discard_block(b: *mut Block) {
    // SAFETY: the block is a page-aligned range inside a mapped chunk that
    // holds no data anyone needs (contract).
    unsafe {
        libc::madvise(b as *mut libc::c_void, BLOCK_SIZE, libc::MADV_DONTNEED);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_small_size_gets_the_smallest_fitting_class() {
        for size in 1..=MAX_SMALL {
            let c = class_of(size);
            assert!(CLASS_SIZES[c] >= size, "size {size} class {c}");
            if c > 0 {
                assert!(CLASS_SIZES[c - 1] < size, "size {size} not in smallest class");
            }
            // internal waste stays below 25%
            let rounded = (size + 15) & !15;
            assert!(CLASS_SIZES[c] * 4 <= rounded * 5 + 16 * 4, "size {size}");
        }
        for w in CLASS_SIZES.windows(2) {
            assert!(w[0] < w[1] && w[1] % 16 == 0);
        }
    }

    #[test]
    fn chunks_are_aligned() {
        let c = map_chunk().expect("mmap");
        assert_eq!(c % CHUNK_SIZE, 0);
        // SAFETY: the chunk was just mapped and is unused.
        unsafe { libc::munmap(c as *mut libc::c_void, CHUNK_SIZE) };
    }
}
