//! Morel's garbage-collected heap and the NaN-boxed `Value` it stores.
//!
//! A tracing, non-moving mark-sweep collector: size-classed blocks with
//! per-thread allocation, precise tracing of objects, conservative scanning of
//! every mutator thread's stack and registers, stop-the-world collection at
//! safepoints. The design and its invariants are documented at the top of
//! `heap.rs` (overview and contracts), `block.rs`, `space.rs`, `mutator.rs`
//! and `collect.rs`.

#![warn(unsafe_op_in_unsafe_fn)]

pub mod value;
mod block;
mod collect;
mod heap;
mod mutator;
mod space;

pub use heap::*;
pub use value::Value;
