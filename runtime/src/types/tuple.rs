//! `tuple`: an immutable array of values stored inline after the header.

use crate::object::{alloc_var, downcast};
use crate::classes;
use morel_heap::Value;

#[repr(C)]
pub struct TupleObj {
    pub header: crate::object::ObjHeader,
    len: usize,
    // followed by `len` Values
}

crate::py_vtable!(TupleObj, "tuple", |o, t| t.values(o.as_slice()));

impl TupleObj {
    #[inline(always)]
    pub fn as_slice(&self) -> &[Value] {
        // SAFETY: `len` Values follow the fixed part; a tuple is never mutated
        // after `new_tuple` fills it.
        unsafe {
            let p = (self as *const TupleObj as *const u8).add(std::mem::size_of::<TupleObj>()) as *const Value;
            std::slice::from_raw_parts(p, self.len)
        }
    }
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// A new tuple holding the items of `a` then those of `b` (the caller keeps
/// them rooted until this returns), with no intermediate vector.
pub fn concat(a: &[Value], b: &[Value]) -> Value {
    let n = a.len() + b.len();
    if n == 0 {
        return new_tuple(&[]);
    }
    let o = alloc_var::<TupleObj>(classes().tuple, n * 8, |header| TupleObj { header, len: n });
    // SAFETY: the allocation has room for `n` Values after the fixed part;
    // the two copies fill it exactly.
    unsafe {
        let p = (o as *const TupleObj as *mut u8).add(std::mem::size_of::<TupleObj>()) as *mut Value;
        std::ptr::copy_nonoverlapping(a.as_ptr(), p, a.len());
        std::ptr::copy_nonoverlapping(b.as_ptr(), p.add(a.len()), b.len());
    }
    Value::from_ptr(o)
}

/// A new tuple holding `items` (the caller keeps them rooted until this returns).
pub fn new_tuple(items: &[Value]) -> Value {
    if items.is_empty() {
        if let Some(e) = crate::runtime_globals().empty_tuple.get() {
            return *e;
        }
    }
    let o = alloc_var::<TupleObj>(classes().tuple, items.len() * 8, |header| TupleObj { header, len: items.len() });
    // SAFETY: the allocation has room for items.len() Values after the fixed part.
    unsafe {
        let p = (o as *const TupleObj as *mut u8).add(std::mem::size_of::<TupleObj>()) as *mut Value;
        if items.len() <= 4 {
            // Short tuples (pairs, triples): stores in place rather than a
            // call to `memcpy`.
            for (i, v) in items.iter().enumerate() {
                p.add(i).write(*v);
            }
        } else {
            std::ptr::copy_nonoverlapping(items.as_ptr(), p, items.len());
        }
    }
    Value::from_ptr(o)
}

#[inline]
pub fn tuple_items(v: Value) -> Option<&'static [Value]> {
    match downcast::<TupleObj>(v) {
        Some(t) => Some(t.as_slice()),
        None => crate::types::class::native_of(v).and_then(downcast::<TupleObj>).map(|t| t.as_slice()),
    }
}
