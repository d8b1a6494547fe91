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
    /// `l.append(v)` with the sharing barrier; atomic on a shared list.
    #[inline]
    pub fn append(&self, v: Value) {
        crate::object::barrier(&self.header, v);
        let _g = crate::object::lock_if_shared(&self.header);
        self.items.push(v);
    }
    /// `l[i] = v` with the sharing barrier. False when `i` is out of range
    /// (checked under the lock: another thread may have shrunk the list
    /// since the caller looked).
    #[inline]
    pub fn store(&self, i: usize, v: Value) -> bool {
        crate::object::barrier(&self.header, v);
        let _g = crate::object::lock_if_shared(&self.header);
        match self.items.as_mut_slice().get_mut(i) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }
    /// Removes and returns item `i` (normalised against the length under the
    /// lock, negative from the end); None when out of range.
    pub fn remove_at(&self, i: i64) -> Option<Value> {
        let _g = crate::object::lock_if_shared(&self.header);
        let j = crate::types::str::norm_index(i, self.items.len())?;
        Some(self.items.remove_in(j, Some(&self.header)))
    }
}

#[inline]
pub fn list_obj(v: Value) -> Option<&'static ListObj> {
    match downcast::<ListObj>(v) {
        Some(o) => Some(o),
        None => crate::types::class::native_of(v).and_then(downcast::<ListObj>),
    }
}
