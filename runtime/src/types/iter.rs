//! `range` and the iterators of the builtin types.

use crate::object::{alloc_obj, downcast};
use crate::types::dict::dict_obj;
use crate::types::list::list_obj;
use crate::types::str::{char_str, str_obj};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{classes, ops, PyResult};
use morel_heap::Value;
use std::cell::Cell;

/// `range(start, stop, step)` over i64.
#[repr(C)]
pub struct RangeObj {
    pub header: crate::object::ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

crate::py_vtable!(RangeObj, "range", |_o, _t| {});

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::from_ptr(alloc_obj::<RangeObj>(classes().range, |header| RangeObj { header, start, stop, step }))
}

#[inline]
pub fn as_range(v: Value) -> Option<&'static RangeObj> {
    downcast::<RangeObj>(v)
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        range_len(self.start, self.stop, self.step)
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    }
}

/// A `range` whose bounds do not fit in 64 bits: its start, stop and step
/// are int values. Supports len, indexing, membership and repr; iteration
/// goes through a list of its items.
#[repr(C)]
pub struct BigRangeObj {
    pub header: crate::object::ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

crate::py_vtable!(BigRangeObj, "range", |o, t| {
    t.value(o.start);
    t.value(o.stop);
    t.value(o.step);
});

pub fn new_big_range(start: Value, stop: Value, step: Value) -> Value {
    Value::from_ptr(alloc_obj::<BigRangeObj>(classes().range, |header| BigRangeObj { header, start, stop, step }))
}

#[inline]
pub fn as_big_range(v: Value) -> Option<&'static BigRangeObj> {
    downcast::<BigRangeObj>(v)
}

impl BigRangeObj {
    fn parts(&self) -> (num_bigint::BigInt, num_bigint::BigInt, num_bigint::BigInt) {
        use crate::types::int::to_big;
        (to_big(self.start).unwrap(), to_big(self.stop).unwrap(), to_big(self.step).unwrap())
    }
    pub fn len(&self) -> num_bigint::BigInt {
        use num_traits::{Signed, Zero};
        let (a, b, s) = self.parts();
        let n = if s.is_positive() {
            if b > a { (&b - &a - 1u32) / &s + 1u32 } else { num_bigint::BigInt::zero() }
        } else if a > b {
            (&a - &b - 1u32) / (-&s) + 1u32
        } else {
            num_bigint::BigInt::zero()
        };
        n
    }
    pub fn item(&self, i: &num_bigint::BigInt) -> Value {
        let (a, _, s) = self.parts();
        crate::types::int::int_from_big(a + i * s)
    }
    pub fn contains(&self, x: &num_bigint::BigInt) -> bool {
        use num_integer::Integer;
        use num_traits::{Signed, Zero};
        let (a, b, s) = self.parts();
        let inr = if s.is_positive() { *x >= a && *x < b } else { *x <= a && *x > b };
        inr && (x - &a).mod_floor(&s).is_zero()
    }
}

/// What a `SeqIterObj` walks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SeqKind {
    List,
    Tuple,
    Str,
    DictKeys,
    DictValues,
    DictItems,
    ListReversed,
    TupleReversed,
    StrReversed,
    Range,
    Set,
    /// an object with only `__getitem__`: indexes 0, 1, 2... until IndexError
    GetItem,
}

/// An iterator over a builtin sequence: `seq` plus a position.
/// For `Range`, `pos` is the next value and `end`/`step` describe the range.
#[repr(C)]
pub struct SeqIterObj {
    pub header: crate::object::ObjHeader,
    pub kind: SeqKind,
    pub seq: Value,
    pub pos: Cell<i64>,
    pub end: i64,
    pub step: i64,
    /// For str: byte offset of `pos`.
    pub byte: Cell<usize>,
}

crate::py_vtable!(SeqIterObj, "iterator", |o, t| t.value(o.seq));

pub fn new_seq_iter(kind: SeqKind, seq: Value, pos: i64, end: i64, step: i64) -> Value {
    let c = classes();
    let cls = match kind {
        SeqKind::List => c.list_iterator,
        SeqKind::Tuple => c.tuple_iterator,
        SeqKind::Str | SeqKind::StrReversed => c.str_iterator,
        SeqKind::DictKeys => c.dict_keyiterator,
        SeqKind::DictValues => c.dict_valueiterator,
        SeqKind::DictItems => c.dict_itemiterator,
        SeqKind::ListReversed | SeqKind::TupleReversed => c.reversed,
        SeqKind::Range => c.range_iterator,
        SeqKind::Set => c.set_iterator,
        SeqKind::GetItem => c.list_iterator,
    };
    Value::from_ptr(alloc_obj::<SeqIterObj>(cls, |header| SeqIterObj {
        header,
        kind,
        seq,
        pos: Cell::new(pos),
        end,
        step,
        byte: Cell::new(0),
    }))
}

#[inline]
pub fn as_seq_iter(v: Value) -> Option<&'static SeqIterObj> {
    downcast::<SeqIterObj>(v)
}

impl SeqIterObj {
    /// The next item, or None when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        let p = self.pos.get();
        match self.kind {
            SeqKind::Range => {
                if (self.step > 0 && p < self.end) || (self.step < 0 && p > self.end) {
                    self.pos.set(p + self.step);
                    Ok(Some(Value::small_int(p)))
                } else {
                    Ok(None)
                }
            }
            SeqKind::List => {
                let l = list_obj(self.seq).unwrap();
                if let Some(v) = l.items.try_get(p as usize) {
                    self.pos.set(p + 1);
                    Ok(Some(v))
                } else {
                    self.pos.set(i64::MAX / 2);
                    Ok(None)
                }
            }
            SeqKind::ListReversed => {
                let l = list_obj(self.seq).unwrap();
                if let Some(v) = if p >= 0 { l.items.try_get(p as usize) } else { None } {
                    self.pos.set(p - 1);
                    Ok(Some(v))
                } else {
                    self.pos.set(-1);
                    Ok(None)
                }
            }
            SeqKind::Tuple | SeqKind::TupleReversed => {
                let t = tuple_items(self.seq).unwrap();
                if p >= 0 && (p as usize) < t.len() {
                    self.pos.set(p + if self.kind == SeqKind::Tuple { 1 } else { -1 });
                    Ok(Some(t[p as usize]))
                } else {
                    Ok(None)
                }
            }
            SeqKind::Str => {
                let s = str_obj(self.seq).unwrap().as_str();
                let b = self.byte.get();
                match s[b..].chars().next() {
                    Some(c) => {
                        self.byte.set(b + c.len_utf8());
                        Ok(Some(char_str(c)))
                    }
                    None => Ok(None),
                }
            }
            SeqKind::StrReversed => {
                let s = str_obj(self.seq).unwrap();
                if p >= 0 {
                    self.pos.set(p - 1);
                    Ok(Some(char_str(s.char_at(p as usize))))
                } else {
                    Ok(None)
                }
            }
            SeqKind::GetItem => {
                if p < 0 {
                    return Ok(None);
                }
                match ops::getitem(self.seq, Value::small_int(p)) {
                    Ok(v) => {
                        self.pos.set(p + 1);
                        Ok(Some(v))
                    }
                    Err(e)
                        if ops::is_instance_of(e.0, classes().index_error)
                            || ops::is_instance_of(e.0, classes().stop_iteration) =>
                    {
                        self.pos.set(-1);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            SeqKind::Set => {
                let s = crate::types::set::as_set(self.seq).unwrap();
                if s.len() as i64 != self.end {
                    self.pos.set(i64::MAX / 2);
                    return crate::raise!(runtime_error, "Set changed size during iteration");
                }
                let mut i = p as usize;
                while i < s.slots() {
                    if let Some(k) = s.slot(i) {
                        self.pos.set(i as i64 + 1);
                        return Ok(Some(k));
                    }
                    i += 1;
                }
                self.pos.set(i as i64);
                Ok(None)
            }
            SeqKind::DictKeys | SeqKind::DictValues | SeqKind::DictItems => {
                let d = dict_obj(self.seq).unwrap();
                if d.len() as i64 != self.end {
                    self.pos.set(i64::MAX / 2);
                    return crate::raise!(runtime_error, "dictionary changed size during iteration");
                }
                let mut i = p as usize;
                while i < d.slots() {
                    if let Some((k, v)) = d.entry(i) {
                        self.pos.set(i as i64 + 1);
                        return Ok(Some(match self.kind {
                            SeqKind::DictKeys => k,
                            SeqKind::DictValues => v,
                            _ => new_tuple(&[k, v]),
                        }));
                    }
                    i += 1;
                }
                self.pos.set(i as i64);
                Ok(None)
            }
        }
    }
}

/// `enumerate(it, start)`.
#[repr(C)]
pub struct EnumerateObj {
    pub header: crate::object::ObjHeader,
    pub inner: Value,
    pub count: Cell<Value>,
}
crate::py_vtable!(EnumerateObj, "enumerate", |o, t| {
    t.value(o.inner);
    t.value(o.count.get());
});

pub fn new_enumerate(inner: Value, start: Value) -> Value {
    Value::from_ptr(alloc_obj::<EnumerateObj>(classes().enumerate, |header| EnumerateObj {
        header,
        inner,
        count: Cell::new(start),
    }))
}

/// `zip(a, b, ...)`: `iters` is a tuple of iterators.
#[repr(C)]
pub struct ZipObj {
    pub header: crate::object::ObjHeader,
    pub iters: Value,
    /// `zip(..., strict=True)`: unequal lengths raise ValueError.
    pub strict: bool,
}
crate::py_vtable!(ZipObj, "zip", |o, t| t.value(o.iters));

pub fn new_zip(iters: Value, strict: bool) -> Value {
    Value::from_ptr(alloc_obj::<ZipObj>(classes().zip, |header| ZipObj { header, iters, strict }))
}

/// `map(func, *iterables)`: lazy; `iters` is a tuple of iterators.
#[repr(C)]
pub struct MapObj {
    pub header: crate::object::ObjHeader,
    pub func: Value,
    pub iters: Value,
}
crate::py_vtable!(MapObj, "map", |o, t| {
    t.value(o.func);
    t.value(o.iters);
});

/// `filter(func, iterable)`: lazy.
#[repr(C)]
pub struct FilterObj {
    pub header: crate::object::ObjHeader,
    pub func: Value,
    pub iter: Value,
}
crate::py_vtable!(FilterObj, "filter", |o, t| {
    t.value(o.func);
    t.value(o.iter);
});

pub fn new_map(cls: *const crate::types::class::ClassObj, func: Value, iters: Value) -> Value {
    Value::from_ptr(alloc_obj::<MapObj>(cls, |header| MapObj { header, func, iters }))
}

pub fn new_filter(cls: *const crate::types::class::ClassObj, func: Value, iter: Value) -> Value {
    Value::from_ptr(alloc_obj::<FilterObj>(cls, |header| FilterObj { header, func, iter }))
}

/// `iter(func, sentinel)`: calls `func` until it returns `sentinel`.
#[repr(C)]
pub struct CallIterObj {
    pub header: crate::object::ObjHeader,
    pub func: Value,
    pub sentinel: Value,
    pub done: Cell<bool>,
}
crate::py_vtable!(CallIterObj, "callable_iterator", |o, t| {
    t.value(o.func);
    t.value(o.sentinel);
});

static CALL_ITER_CLASS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

pub fn install_call_iter_class() {
    let c = crate::types::class::new_class("callable_iterator", &[], crate::types::class::Layout::Builtin);
    c.module.set(crate::types::str::intern("builtins"));
    crate::add_root(Value::from_ptr(c));
    let _ = CALL_ITER_CLASS.set(c as *const _ as usize);
}

pub fn new_call_iter(func: Value, sentinel: Value) -> Value {
    let cls = *CALL_ITER_CLASS.get().unwrap() as *const crate::types::class::ClassObj;
    Value::from_ptr(alloc_obj::<CallIterObj>(cls, |header| CallIterObj { header, func, sentinel, done: Cell::new(false) }))
}

/// The next item of any builtin iterator kind; `None` when `it` is not one of them.
pub fn builtin_iter_next(it: Value) -> Option<PyResult<Option<Value>>> {
    if let Some(s) = as_seq_iter(it) {
        return Some(s.next());
    }
    if let Some(e) = downcast::<EnumerateObj>(it) {
        return Some((|| {
            let Some(x) = ops::next(e.inner)? else { return Ok(None) };
            let n = e.count.get();
            let next = if n.is_small_int() { crate::types::int::int_from_i64(n.as_small_int() + 1) } else { ops::add(n, Value::small_int(1))? };
            e.count.set(next);
            Ok(Some(new_tuple(&[n, x])))
        })());
    }
    if let Some(m) = downcast::<MapObj>(it) {
        return Some((|| {
            let its = tuple_items(m.iters).unwrap();
            // The arguments in a buffer on the stack (a GC root) when few.
            if its.len() <= NEXT_BUF {
                let mut buf = [Value::NONE; NEXT_BUF];
                for (slot, i) in buf.iter_mut().zip(its) {
                    match ops::next(*i)? {
                        Some(x) => *slot = x,
                        None => return Ok(None),
                    }
                }
                return crate::call::call(m.func, &buf[..its.len()], &[]).map(Some);
            }
            let args = crate::types::list::new_list_obj(its.len());
            for i in its {
                match ops::next(*i)? {
                    Some(x) => args.items.push(x),
                    None => return Ok(None),
                }
            }
            crate::call::call(m.func, args.items.as_slice(), &[]).map(Some)
        })());
    }
    if let Some(ci) = downcast::<CallIterObj>(it) {
        return Some((|| {
            if ci.done.get() {
                return Ok(None);
            }
            let v = crate::call::call(ci.func, &[], &[])?;
            if ops::eq(v, ci.sentinel)? {
                ci.done.set(true);
                return Ok(None);
            }
            Ok(Some(v))
        })());
    }
    if let Some(fo) = downcast::<FilterObj>(it) {
        return Some((|| {
            while let Some(x) = ops::next(fo.iter)? {
                let keep = if fo.func.is_none() { ops::truthy(x)? } else { ops::truthy(crate::call::call(fo.func, &[x], &[])?)? };
                if keep {
                    return Ok(Some(x));
                }
            }
            Ok(None)
        })());
    }
    if let Some(z) = downcast::<ZipObj>(it) {
        return Some(zip_next(z));
    }
    None
}

/// How many items `map` and `zip` gather in a buffer on the stack (a GC
/// root) rather than in a list made for each step.
const NEXT_BUF: usize = 8;

/// The next tuple of a `zip`.
fn zip_next(z: &ZipObj) -> PyResult<Option<Value>> {
    let its = tuple_items(z.iters).unwrap();
    if its.is_empty() {
        return Ok(None);
    }
    if its.len() <= NEXT_BUF {
        let mut buf = [Value::NONE; NEXT_BUF];
        if !zip_gather(z, its, |n, x| buf[n] = x)? {
            return Ok(None);
        }
        return Ok(Some(new_tuple(&buf[..its.len()])));
    }
    let out = crate::types::list::new_list_obj(its.len());
    if !zip_gather(z, its, |_, x| out.items.push(x))? {
        return Ok(None);
    }
    Ok(Some(new_tuple(out.items.as_slice())))
}

/// Takes the next item of each of `its` into `put`; false when one is
/// exhausted (after `strict=True`'s length checks).
#[inline(always)]
fn zip_gather(z: &ZipObj, its: &[Value], mut put: impl FnMut(usize, Value)) -> PyResult<bool> {
    for (n, i) in its.iter().enumerate() {
        match ops::next(*i)? {
            Some(x) => put(n, x),
            None => {
                if z.strict {
                    if n > 0 {
                        let prev = if n == 1 { "argument 1".to_string() } else { format!("arguments 1-{}", n) };
                        return crate::raise!(value_error, "zip() argument {} is shorter than {}", n + 1, prev);
                    }
                    for (m, rest) in its.iter().enumerate().skip(1) {
                        if ops::next(*rest)?.is_some() {
                            let s = if m == 1 { "argument 1".to_string() } else { format!("arguments 1-{}", m) };
                            return crate::raise!(value_error, "zip() argument {} is longer than {}", m + 1, s);
                        }
                    }
                }
                return Ok(false);
            }
        }
    }
    Ok(true)
}
