//! `list`: a growable vector whose storage is a GC-managed `ValueArray`.

use crate::object::{alloc_obj, downcast, ValueVec};
use crate::classes;
use morel_heap::Value;

#[repr(C)]
pub struct ListObj {
    pub header: crate::object::ObjHeader,
    pub items: ValueVec,
}

crate::py_vtable!(ListObj, "list", |o, t| o.items.trace(t));

/// A new list holding `items` (the caller keeps them rooted until this returns).
pub fn new_list(items: &[Value]) -> Value {
    let l = new_list_obj(items.len());
    l.items.replace_all(items);
    Value::from_ptr(l)
}

pub fn new_list_obj(cap: usize) -> &'static ListObj {
    // Allocate the storage first: the list object is not yet reachable while it allocates.
    let items = ValueVec::with_capacity(cap);
    alloc_obj::<ListObj>(classes().list, |header| ListObj { header, items })
}

impl ListObj {
    /// `l.append(v)` with the sharing barrier.
    #[inline]
    pub fn append(&self, v: Value) {
        crate::object::barrier(&self.header, v);
        self.items.push(v);
    }
    /// `l[i] = v` (i in range) with the sharing barrier.
    #[inline]
    pub fn store(&self, i: usize, v: Value) {
        crate::object::barrier(&self.header, v);
        self.items.set(i, v);
    }
}

#[inline]
pub fn list_obj(v: Value) -> Option<&'static ListObj> {
    match downcast::<ListObj>(v) {
        Some(o) => Some(o),
        None => crate::types::class::native_of(v).and_then(downcast::<ListObj>),
    }
}
