//! Methods of the builtin types (str, list, dict, tuple, int, float), the
//! slice object and dict views. Each method is a `NativeFn` whose `args[0]`
//! is the receiver; `install` puts them in the classes' namespaces.

use crate::call::call;
use crate::object::{alloc_obj, downcast};
use crate::ops::{self, repr, str as to_str, truthy};
use crate::types::class::{type_name, ClassObj, NativeFn};
use crate::types::dict::{dict_obj, new_dict_obj, DictObj};
use crate::types::function::new_builtin;
use crate::types::int::{int_from_i64, is_intlike, to_big, to_i64};
use crate::types::iter::SeqKind;
use crate::types::list::{list_obj, new_list, new_list_obj, ListObj};
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{classes, raise, PyResult};
use morel_heap::Value;

type Kw<'a> = &'a [(Value, Value)];

// ---------------------------------------------------------------------------
// argument helpers

/// `type.name` for a method's argument-count error (`str.upper`), named
/// after the builtin type that defines it.
fn qualified_name(name: &str, args: &[Value]) -> String {
    if name.contains('.') {
        return name.to_string();
    }
    match args.first() {
        Some(v) if !v.is_none() && crate::types::class::as_class(*v).is_none() => {
            let t = crate::types::class::native_of(*v).unwrap_or(*v);
            format!("{}.{}", type_name(t), name)
        }
        _ => name.to_string(),
    }
}

/// Checks the positional count (receiver excluded) and that no keywords were passed.
pub fn check_args(name: &str, args: &[Value], kw: Kw, min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if !kw.is_empty() {
        return raise!(type_error, "{}() takes no keyword arguments", name);
    }
    if n < min || n > max {
        if min == max {
            if min == 0 {
                return raise!(type_error, "{}() takes no arguments ({} given)", qualified_name(name, args), n);
            }
            if min == 1 {
                return raise!(type_error, "{}() takes exactly one argument ({} given)", qualified_name(name, args), n);
            }
            return raise!(type_error, "{} expected {} arguments, got {}", name, min, n);
        }
        if n < min {
            return raise!(type_error, "{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n);
        }
        return raise!(type_error, "{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n);
    }
    Ok(())
}

/// A keyword argument by name.
pub fn kwarg(kw: Kw, name: &str) -> Option<Value> {
    kw.iter().find(|(k, _)| as_str(*k) == Some(name)).map(|(_, v)| *v)
}

/// Rejects keywords other than `allowed`.
pub fn check_kw(fname: &str, kw: Kw, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        let k = as_str(*k).unwrap_or("");
        if !allowed.contains(&k) {
            return raise!(type_error, "{}() got an unexpected keyword argument '{}'", fname, k);
        }
    }
    Ok(())
}

/// The TypeError for `type.method(x)` called with a wrong or missing receiver.
#[cold]
fn receiver_error<T>(args: &[Value], ty: &str, name: &str) -> PyResult<T> {
    match args.first() {
        Some(v) => raise!(type_error, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object", name, ty, type_name(*v)),
        None => raise!(type_error, "unbound method {}.{}() needs an argument", ty, name),
    }
}

fn recv_str(args: &[Value], name: &str) -> PyResult<&'static str> {
    match args.first().and_then(|v| as_str(*v)) {
        Some(s) => Ok(s),
        None => receiver_error(args, "str", name),
    }
}

fn recv_list(args: &[Value], name: &str) -> PyResult<&'static ListObj> {
    match args.first().and_then(|v| list_obj(*v)) {
        Some(l) => Ok(l),
        None => receiver_error(args, "list", name),
    }
}

fn recv_dict(args: &[Value], name: &str) -> PyResult<&'static DictObj> {
    match args.first().and_then(|v| dict_obj(*v)) {
        Some(d) => Ok(d),
        None => receiver_error(args, "dict", name),
    }
}

/// An integer argument ("'str' object cannot be interpreted as an integer").
pub fn int_arg(v: Value) -> PyResult<i64> {
    let v = if is_intlike(v) { v } else { crate::ops::int_native(v) };
    if !is_intlike(v) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(v));
    }
    match to_i64(v) {
        Some(i) => Ok(i),
        None => raise!(index_error, "cannot fit 'int' into an index-sized integer"),
    }
}

fn arg_str(v: Value, what: &str) -> PyResult<&'static str> {
    match as_str(v) {
        Some(s) => Ok(s),
        None if what == "must" => raise!(type_error, "must be str, not {}", type_name(v)),
        None => raise!(type_error, "{} must be str, not {}", what, type_name(v)),
    }
}

#[inline]
fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    if let Some(v) = v.filter(|v| v.is_small_int()) {
        return Ok(Some(v.as_small_int()));
    }
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match to_i64(*v) {
            Some(i) => Ok(Some(i)),
            None => match to_big(*v) {
                Some(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { -(1 << 60) } else { 1 << 60 })),
                None => raise!(type_error, "slice indices must be integers or None or have an __index__ method"),
            },
        },
    }
}

// ---------------------------------------------------------------------------
// slices

#[repr(C)]
pub struct SliceObj {
    pub header: crate::object::ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
crate::py_vtable!(SliceObj, "slice", |o, t| {
    t.value(o.start);
    t.value(o.stop);
    t.value(o.step);
});

static SLICE_CLASS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let cls = *SLICE_CLASS.get().unwrap() as *const ClassObj;
    Value::from_ptr(alloc_obj::<SliceObj>(cls, |header| SliceObj { header, start, stop, step }))
}

pub fn as_slice(v: Value) -> Option<&'static SliceObj> {
    downcast::<SliceObj>(v)
}

impl SliceObj {
    /// Resolves against a sequence length: (start, stop, step, count).
    pub fn indices(&self, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        slice_indices(self.start, self.stop, self.step, len)
    }
}

/// `slice(start, stop, step).indices(len)` as (start, stop, step, count),
/// for bounds that need no slice object (`a[i:j]` evaluated in place).
#[inline]
pub fn slice_indices(start: Value, stop: Value, step: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    /// A bound: inline for small ints and None (the usual `a[i:j]`), the
    /// full `__index__` rules otherwise.
    #[inline(always)]
    fn bound(v: Value) -> PyResult<Option<i64>> {
        if v.is_small_int() {
            return Ok(Some(v.as_small_int()));
        }
        if v.is_none() {
            return Ok(None);
        }
        opt_index(Some(&v))
    }
    {
        let len = len as i64;
        let step = bound(step)?.unwrap_or(1);
        if step == 0 {
            return raise!(value_error, "slice step cannot be zero");
        }
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) => {
                    let i = if i < 0 { i + len } else { i };
                    if step > 0 {
                        i.clamp(0, len)
                    } else {
                        i.clamp(-1, len - 1)
                    }
                }
            }
        };
        let (ds, de) = if step > 0 { (0, len) } else { (len - 1, -1) };
        let start = clamp(bound(start)?, ds);
        let stop = clamp(bound(stop)?, de);
        // Specialization: steps 1 and -1, the count without a division.
        let count = if step == 1 {
            (stop - start).max(0)
        } else if step == -1 {
            (start - stop).max(0)
        } else if step > 0 {
            if stop > start {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop + (-step) - 1) / (-step)
        } else {
            0
        };
        Ok((start, stop, step, count as usize))
    }
}

/// `l[slice] = v`.
pub fn list_set_slice(l: &'static ListObj, sl: &SliceObj, v: Value) -> PyResult<()> {
    list_set_slice_bounds(l, sl.start, sl.stop, sl.step, v)
}

/// `l[start:stop:step] = v` from the bounds of a slice that need not exist
/// as an object (`a[i:j] = ...` in the tree passes its bounds directly).
pub fn list_set_slice_bounds(l: &'static ListObj, lo: Value, hi: Value, st: Value, v: Value) -> PyResult<()> {
    let indices = |len: usize| slice_indices(lo, hi, st, len);
    // Specialization: another exact list of the same length as a contiguous
    // slice is copied in place (no temporary list or vectors).
    if let Some(src) = crate::object::downcast::<ListObj>(v).filter(|s| !std::ptr::eq(*s, l)) {
        crate::object::barrier(&l.header, v);
        let _g = crate::object::lock_if_shared(&l.header);
        let (start, stop, step, _) = indices(l.items.len())?;
        let items = src.items.as_slice();
        if step == 1 && (stop.max(start) - start) as usize == items.len() {
            let start = start as usize;
            if let Some(dst) = l.items.as_mut_slice().get_mut(start..start + items.len()) {
                dst.copy_from_slice(items);
                return Ok(());
            }
        }
    }
    let src = ops::to_list(v).map_err(|e| {
        if ops::is_instance_of(e.0, classes().type_error) {
            crate::exc!(type_error, "can only assign an iterable")
        } else {
            e
        }
    })?; // a fresh list: safe even when v is l
    let src_items: Vec<Value> = list_obj(src).unwrap().items.as_slice().to_vec(); // rooted by `src`
    crate::object::barrier(&l.header, src);
    let _g = crate::object::lock_if_shared(&l.header);
    let (start, stop, step, count) = indices(l.items.len())?;
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        let old: Vec<Value> = l.items.as_slice().to_vec(); // rooted by `l` until replaced below
        let mut out = Vec::with_capacity(old.len() - (stop - start) + src_items.len());
        out.extend_from_slice(&old[..start]);
        out.extend_from_slice(&src_items);
        out.extend_from_slice(&old[stop..]);
        // `out`'s values are all reachable from `old` (rooted by `l`) or `src`,
        // and replace_all copies them into the list before anything is freed.
        l.items.replace_all_in(&out, Some(&l.header));
        std::hint::black_box(src);
        return Ok(());
    }
    if src_items.len() != count {
        return raise!(
            value_error,
            "attempt to assign sequence of size {} to extended slice of size {}",
            src_items.len(),
            count
        );
    }
    for (k, x) in src_items.iter().enumerate() {
        l.items.set((start + k as i64 * step) as usize, *x);
    }
    // `src` roots the values copied into `src_items` until here.
    std::hint::black_box(src);
    Ok(())
}

/// `del l[slice]`.
pub fn list_del_slice(l: &'static ListObj, sl: &SliceObj) -> PyResult<()> {
    let _g = crate::object::lock_if_shared(&l.header);
    let (start, _stop, step, count) = sl.indices(l.items.len())?;
    let mut remove = vec![false; l.items.len()];
    for k in 0..count {
        remove[(start + k as i64 * step) as usize] = true;
    }
    let keep: Vec<Value> = l.items.as_slice().iter().zip(&remove).filter(|(_, r)| !**r).map(|(v, _)| *v).collect();
    l.items.replace_all_in(&keep, Some(&l.header));
    Ok(())
}

// ---------------------------------------------------------------------------
// dict views

#[repr(C)]
pub struct DictViewObj {
    pub header: crate::object::ObjHeader,
    pub dict: &'static DictObj,
    pub kind: SeqKind,
}
crate::py_vtable!(DictViewObj, "dict_view", |o, t| t.ptr(o.dict as *const DictObj as *const morel_heap::GcHeader));

fn new_view(d: &'static DictObj, kind: SeqKind) -> Value {
    let c = classes();
    let cls = match kind {
        SeqKind::DictKeys => c.dict_keys,
        SeqKind::DictValues => c.dict_values,
        _ => c.dict_items,
    };
    Value::from_ptr(alloc_obj::<DictViewObj>(cls, |header| DictViewObj { header, dict: d, kind }))
}

pub fn dict_view_parts(v: Value) -> Option<(&'static DictObj, SeqKind)> {
    downcast::<DictViewObj>(v).map(|o| (o.dict, o.kind))
}

pub fn dict_view_dict(v: Value) -> Option<&'static DictObj> {
    downcast::<DictViewObj>(v).map(|o| o.dict)
}

pub fn dict_copy(d: &DictObj) -> Value {
    let out = new_dict_obj();
    for (k, v) in d.items() {
        out.set(k, v).expect("keys were hashable");
    }
    Value::from_ptr(out)
}

// ---------------------------------------------------------------------------
// list methods

fn list_append(args: &[Value], kw: Kw) -> PyResult {
    check_args("list.append", args, kw, 1, 1).or_else(|_| raise!(type_error, "list.append() takes exactly one argument ({} given)", args.len().saturating_sub(1)))?;
    recv_list(args, "append")?.append(args[1]);
    Ok(Value::NONE)
}

fn list_extend(args: &[Value], kw: Kw) -> PyResult {
    check_args("extend", args, kw, 1, 1)?;
    recv_list(args, "extend")?;
    ops::inplace_binop(ops::BinOp::Add, args[0], args[1])?;
    Ok(Value::NONE)
}

fn list_insert(args: &[Value], kw: Kw) -> PyResult {
    check_args("insert", args, kw, 2, 2)?;
    let l = recv_list(args, "insert")?;
    let i = int_arg(args[1])?;
    crate::object::barrier(&l.header, args[2]);
    let _g = crate::object::lock_if_shared(&l.header);
    let n = l.items.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.items.insert(i as usize, args[2]);
    Ok(Value::NONE)
}

fn list_pop(args: &[Value], kw: Kw) -> PyResult {
    check_args("pop", args, kw, 0, 1)?;
    let l = recv_list(args, "pop")?;
    let i = if args.len() > 1 { int_arg(args[1])? } else { -1 };
    let _g = crate::object::lock_if_shared(&l.header);
    if l.items.is_empty() {
        return raise!(index_error, "pop from empty list");
    }
    match l.remove_at(i) {
        Some(v) => Ok(v),
        None => raise!(index_error, "pop index out of range"),
    }
}

fn list_remove(args: &[Value], kw: Kw) -> PyResult {
    check_args("remove", args, kw, 1, 1)?;
    let l = recv_list(args, "remove")?;
    let _g = crate::object::lock_if_shared(&l.header);
    for i in 0..l.items.len() {
        if i < l.items.len() && ops::eq_identity_first(l.items.get(i), args[1])? {
            l.items.remove_in(i, Some(&l.header));
            return Ok(Value::NONE);
        }
    }
    raise!(value_error, "list.remove(x): x not in list")
}

fn seq_index(items: &[Value], args: &[Value], what: &str) -> PyResult {
    let n = items.len() as i64;
    for a in args.iter().skip(2) {
        if !is_intlike(*a) {
            return raise!(type_error, "slice indices must be integers or have an __index__ method");
        }
    }
    let norm = |v: Option<i64>, d: i64| match v {
        None => d,
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i.min(n),
    };
    let start = norm(opt_index(args.get(2))?, 0);
    let stop = norm(opt_index(args.get(3))?, n);
    for i in start..stop {
        if ops::eq_identity_first(items[i as usize], args[1])? {
            return Ok(Value::small_int(i));
        }
    }
    if what == "list" {
        raise!(value_error, "{} is not in list", repr(args[1])?)
    } else {
        raise!(value_error, "tuple.index(x): x not in tuple")
    }
}

fn list_index(args: &[Value], kw: Kw) -> PyResult {
    check_args("index", args, kw, 1, 3)?;
    let l = recv_list(args, "index")?;
    let items = l.items.as_slice().to_vec(); // rooted by the list
    seq_index(&items, args, "list")
}

fn seq_count(items: &[Value], x: Value) -> PyResult {
    let mut c = 0;
    for v in items {
        if ops::eq_identity_first(*v, x)? {
            c += 1;
        }
    }
    Ok(Value::small_int(c))
}

fn list_count(args: &[Value], kw: Kw) -> PyResult {
    check_args("count", args, kw, 1, 1)?;
    let items = recv_list(args, "count")?.items.as_slice().to_vec();
    seq_count(&items, args[1])
}

fn list_reverse(args: &[Value], kw: Kw) -> PyResult {
    check_args("reverse", args, kw, 0, 0)?;
    let l = recv_list(args, "reverse")?;
    let _g = crate::object::lock_if_shared(&l.header);
    l.items.as_mut_slice().reverse();
    Ok(Value::NONE)
}

fn list_copy(args: &[Value], kw: Kw) -> PyResult {
    check_args("copy", args, kw, 0, 0)?;
    Ok(new_list(recv_list(args, "copy")?.items.as_slice()))
}

fn list_clear(args: &[Value], kw: Kw) -> PyResult {
    check_args("clear", args, kw, 0, 0)?;
    let l = recv_list(args, "clear")?;
    let _g = crate::object::lock_if_shared(&l.header);
    l.items.truncate_in(0, Some(&l.header));
    Ok(Value::NONE)
}

/// Stable merge sort with fallible comparisons: binary insertion sort for
/// runs of up to 16 (fewest comparisons, which are the expensive part: each
/// may run Python code), a check that skips the merge when the two halves
/// are already in order (so sorted input costs about n comparisons), and one
/// scratch buffer for every merge.
fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    let mut scratch = Vec::with_capacity(v.len());
    merge_sort_in(v, &mut scratch, less)
}

fn merge_sort_in(v: &mut [usize], scratch: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    if n <= 16 {
        for i in 1..n {
            let x = v[i];
            // After every element not greater than x: stable.
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if less(x, v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort_in(&mut v[..mid], scratch, less)?;
    merge_sort_in(&mut v[mid..], scratch, less)?;
    if !less(v[mid], v[mid - 1])? {
        return Ok(());
    }
    scratch.clear();
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if less(v[j], v[i])? {
            scratch.push(v[j]);
            j += 1;
        } else {
            scratch.push(v[i]);
            i += 1;
        }
    }
    scratch.extend_from_slice(&v[i..mid]);
    scratch.extend_from_slice(&v[j..n]);
    v.copy_from_slice(scratch);
    Ok(())
}

/// `list.sort`/`sorted` accept only `key` and `reverse`.
pub fn check_sort_kw(kw: Kw) -> PyResult<()> {
    for (k, _) in kw {
        let k = as_str(*k).unwrap_or("");
        if k != "key" && k != "reverse" {
            return raise!(type_error, "'{}' is an invalid keyword argument for sort()", k);
        }
    }
    Ok(())
}

/// Sorts the list's items in place (`key`, `reverse` as in `list.sort`).
/// `x < y` when no Python code can take part: two small ints, two floats,
/// two exact strs (UTF-8 byte order is code point order), or two exact
/// tuples of those, compared item by item as Python does (the first
/// unequal pair decides, then the lengths). None otherwise.
#[inline]
fn primitive_less(x: Value, y: Value) -> Option<bool> {
    if let Some(ord) = ops::primitive_order(x, y) {
        return Some(ord.is_lt());
    }
    let tuple = |v: Value| downcast::<crate::types::tuple::TupleObj>(v).map(|t| t.as_slice());
    let (a, b) = (tuple(x)?, tuple(y)?);
    for (p, q) in a.iter().zip(b) {
        if p == q && !p.is_float() {
            continue; // the same object or the same inline value (not a NaN)
        }
        match ops::primitive_order(*p, *q)? {
            std::cmp::Ordering::Equal => continue,
            ord => return Some(ord.is_lt()),
        }
    }
    Some(a.len() < b.len())
}

pub fn sort_list(l: &'static ListObj, key: Value, reverse: bool) -> PyResult<()> {
    let items = new_list(l.items.as_slice()); // a rooted snapshot
    let items_l = list_obj(items).unwrap();
    let keys = if key.is_none() {
        items
    } else {
        let k = new_list_obj(items_l.items.len());
        for i in 0..items_l.items.len() {
            let kv = call(key, &[items_l.items.get(i)], &[])?;
            k.items.push(kv);
        }
        Value::from_ptr(k)
    };
    let keys_l = list_obj(keys).unwrap();
    let mut idx: Vec<usize> = (0..items_l.items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut less = |a: usize, b: usize| -> PyResult<bool> {
        let (x, y) = (keys_l.items.get(a), keys_l.items.get(b));
        if let Some(lt) = primitive_less(x, y) {
            return Ok(lt);
        }
        truthy(ops::compare(ops::CmpOp::Lt, x, y)?)
    };
    merge_sort(&mut idx, &mut less)?;
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|i| items_l.items.get(*i)).collect(); // rooted by `items`
    let _g = crate::object::lock_if_shared(&l.header);
    l.items.replace_all_in(&sorted, Some(&l.header));
    Ok(())
}

fn list_sort(args: &[Value], kw: Kw) -> PyResult {
    if args.len() > 1 {
        return raise!(type_error, "sort() takes no positional arguments");
    }
    check_sort_kw(kw)?;
    let l = recv_list(args, "sort")?;
    let key = kwarg(kw, "key").unwrap_or(Value::NONE);
    let reverse = match kwarg(kw, "reverse") {
        // `reverse` must be an int (a bool included)
        Some(v) if crate::types::int::is_intlike(v) => crate::ops::truthy(v)?,
        Some(v) => return raise!(type_error, "'{}' object cannot be interpreted as an integer", crate::types::class::type_name(v)),
        None => false,
    };
    sort_list(l, key, reverse)?;
    Ok(Value::NONE)
}

// ---------------------------------------------------------------------------
// tuple methods

fn tuple_index(args: &[Value], kw: Kw) -> PyResult {
    check_args("index", args, kw, 1, 3)?;
    seq_index(tuple_items(args[0]).unwrap(), args, "tuple")
}

fn tuple_count(args: &[Value], kw: Kw) -> PyResult {
    check_args("count", args, kw, 1, 1)?;
    seq_count(tuple_items(args[0]).unwrap(), args[1])
}

// ---------------------------------------------------------------------------
// dict methods

fn dict_get(args: &[Value], kw: Kw) -> PyResult {
    check_args("get", args, kw, 1, 2)?;
    let d = recv_dict(args, "get")?;
    Ok(d.get(args[1])?.unwrap_or(*args.get(2).unwrap_or(&Value::NONE)))
}

fn dict_setdefault(args: &[Value], kw: Kw) -> PyResult {
    check_args("setdefault", args, kw, 1, 2)?;
    let d = recv_dict(args, "setdefault")?;
    if let Some(v) = d.get(args[1])? {
        return Ok(v);
    }
    let v = *args.get(2).unwrap_or(&Value::NONE);
    d.set(args[1], v)?;
    Ok(v)
}

fn dict_pop(args: &[Value], kw: Kw) -> PyResult {
    check_args("pop", args, kw, 1, 2)?;
    let d = recv_dict(args, "pop")?;
    match d.remove(args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(*v),
            None => Err(ops::key_error(args[1])),
        },
    }
}

fn dict_popitem(args: &[Value], kw: Kw) -> PyResult {
    check_args("popitem", args, kw, 0, 0)?;
    let d = recv_dict(args, "popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(new_tuple(&[k, v])),
        None => raise!(key_error, "popitem(): dictionary is empty"),
    }
}

/// Adds every pair of `src` (a mapping or an iterable of pairs) to `d`.
pub fn dict_update_from(d: &DictObj, src: Value) -> PyResult<()> {
    if let Some(s) = dict_obj(src) {
        for (k, v) in s.items() {
            d.set(k, v)?;
        }
        return Ok(());
    }
    if crate::types::class::as_instance(src).is_some() {
        if let Some(keys) = crate::attr::getattr_opt(src, intern("keys"))? {
            let ks = ops::to_list(call(keys, &[], &[])?)?;
            for k in list_obj(ks).unwrap().items.as_slice().to_vec() {
                let v = ops::getitem(src, k)?;
                d.set(k, v)?;
            }
            // `ks` roots the copied keys until here.
            std::hint::black_box(ks);
            return Ok(());
        }
    }
    let it = ops::iter(src)?;
    let mut i = 0;
    while let Some(item) = ops::next(it)? {
        let pair = ops::to_list(item).map_err(|_| {
            crate::exc!(type_error, "cannot convert dictionary update sequence element #{} to a sequence", i)
        })?;
        let p = list_obj(pair).unwrap();
        if p.items.len() != 2 {
            return raise!(
                value_error,
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                p.items.len()
            );
        }
        d.set(p.items.get(0), p.items.get(1))?;
        i += 1;
    }
    Ok(())
}

fn dict_update(args: &[Value], kw: Kw) -> PyResult {
    if args.len() > 2 {
        return raise!(type_error, "update expected at most 1 argument, got {}", args.len() - 1);
    }
    let d = recv_dict(args, "update")?;
    if let Some(src) = args.get(1) {
        dict_update_from(d, *src)?;
    }
    for (k, v) in kw {
        d.set(*k, *v)?;
    }
    Ok(Value::NONE)
}

fn dict_keys(args: &[Value], kw: Kw) -> PyResult {
    check_args("keys", args, kw, 0, 0)?;
    Ok(new_view(recv_dict(args, "keys")?, SeqKind::DictKeys))
}
fn dict_values(args: &[Value], kw: Kw) -> PyResult {
    check_args("values", args, kw, 0, 0)?;
    Ok(new_view(recv_dict(args, "values")?, SeqKind::DictValues))
}
fn dict_items(args: &[Value], kw: Kw) -> PyResult {
    check_args("items", args, kw, 0, 0)?;
    Ok(new_view(recv_dict(args, "items")?, SeqKind::DictItems))
}
fn dict_copy_m(args: &[Value], kw: Kw) -> PyResult {
    check_args("copy", args, kw, 0, 0)?;
    Ok(dict_copy(recv_dict(args, "copy")?))
}
fn dict_clear(args: &[Value], kw: Kw) -> PyResult {
    check_args("clear", args, kw, 0, 0)?;
    recv_dict(args, "clear")?.clear();
    Ok(Value::NONE)
}
fn dict_fromkeys(args: &[Value], kw: Kw) -> PyResult {
    // called on the class: args[0] is dict (the class)
    check_args("fromkeys", args, kw, 1, 2)?;
    let d = new_dict_obj();
    let v = *args.get(2).unwrap_or(&Value::NONE);
    let it = ops::iter(args[1])?;
    while let Some(k) = ops::next(it)? {
        d.set(k, v)?;
    }
    Ok(Value::from_ptr(d))
}

// ---------------------------------------------------------------------------
// str methods

/// Python's `str.isspace` for one character (includes \x1c-\x1f).
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn split_whitespace(s: &str, maxsplit: i64, rev: bool) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    if !rev {
        let mut rest = s.trim_start_matches(py_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                return parts;
            }
            let end = rest.find(py_space).unwrap_or(rest.len());
            parts.push(rest[..end].to_string());
            rest = rest[end..].trim_start_matches(py_space);
        }
    } else {
        let mut rest = s.trim_end_matches(py_space);
        while !rest.is_empty() {
            if maxsplit >= 0 && parts.len() as i64 == maxsplit {
                parts.push(rest.to_string());
                break;
            }
            let start = rest.rfind(py_space).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
            parts.push(rest[start..].to_string());
            rest = rest[..start].trim_end_matches(py_space);
        }
        parts.reverse();
    }
    parts
}

fn str_list(parts: &[String]) -> Value {
    let l = new_list_obj(parts.len());
    for p in parts {
        let s = new_str(p);
        l.items.push(s);
    }
    Value::from_ptr(l)
}

fn split_args(name: &str, args: &[Value], kw: Kw) -> PyResult<(Option<&'static str>, i64)> {
    for (k, _) in kw {
        let k = as_str(*k).unwrap_or("");
        if k != "sep" && k != "maxsplit" {
            return raise!(type_error, "'{}' is an invalid keyword argument for {}()", k, name);
        }
    }
    if args.len() > 3 {
        return raise!(type_error, "{} expected at most 2 arguments, got {}", name, args.len() - 1);
    }
    let sep = args.get(1).copied().or_else(|| kwarg(kw, "sep")).unwrap_or(Value::NONE);
    let maxsplit = args.get(2).copied().or_else(|| kwarg(kw, "maxsplit")).unwrap_or(Value::small_int(-1));
    let sep = if sep.is_none() {
        None
    } else {
        match as_str(sep) {
            Some(s) => Some(s),
            None => return raise!(type_error, "must be str or None, not {}", type_name(sep)),
        }
    };
    if sep == Some("") {
        return raise!(value_error, "empty separator");
    }
    let m = match to_i64(maxsplit) {
        Some(m) => m,
        None => return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(maxsplit)),
    };
    Ok((sep, m))
}

fn str_split(args: &[Value], kw: Kw) -> PyResult {
    let s = recv_str(args, "split")?;
    let (sep, max) = split_args("split", args, kw)?;
    let parts: Vec<String> = match sep {
        None => split_whitespace(s, max, false),
        Some(sep) => {
            if max < 0 {
                s.split(sep).map(String::from).collect()
            } else {
                s.splitn(max as usize + 1, sep).map(String::from).collect()
            }
        }
    };
    Ok(str_list(&parts))
}

fn str_rsplit(args: &[Value], kw: Kw) -> PyResult {
    let s = recv_str(args, "rsplit")?;
    let (sep, max) = split_args("rsplit", args, kw)?;
    let parts: Vec<String> = match sep {
        None => split_whitespace(s, max, true),
        Some(sep) => {
            let mut v: Vec<String> =
                if max < 0 { s.rsplit(sep).map(String::from).collect() } else { s.rsplitn(max as usize + 1, sep).map(String::from).collect() };
            v.reverse();
            v
        }
    };
    Ok(str_list(&parts))
}

fn str_join(args: &[Value], kw: Kw) -> PyResult {
    check_args("join", args, kw, 1, 1)?;
    let sep = recv_str(args, "join")?;
    let items = ops::to_list(args[1]).map_err(|_| crate::exc!(type_error, "can only join an iterable"))?;
    let l = list_obj(items).unwrap();
    let mut out = String::new();
    for (i, v) in l.items.as_slice().iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(*v) {
            Some(s) => out.push_str(s),
            None => return raise!(type_error, "sequence item {}: expected str instance, {} found", i, type_name(*v)),
        }
    }
    Ok(new_str(&out))
}

fn strip_impl(args: &[Value], kw: Kw, name: &str, left: bool, right: bool) -> PyResult {
    check_args(name, args, kw, 0, 1)?;
    let s = recv_str(args, name)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(arg_str(*v, &format!("{} arg", name)).map_err(|_| crate::exc!(type_error, "{} arg must be None or str", name))?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        None => py_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(new_str(r))
}
fn str_strip(args: &[Value], kw: Kw) -> PyResult {
    strip_impl(args, kw, "strip", true, true)
}
fn str_lstrip(args: &[Value], kw: Kw) -> PyResult {
    strip_impl(args, kw, "lstrip", true, false)
}
fn str_rstrip(args: &[Value], kw: Kw) -> PyResult {
    strip_impl(args, kw, "rstrip", false, true)
}

/// Char-index window [start, end) of `s` from optional args, as byte offsets.
fn window(s: &str, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let n = s.chars().count() as i64;
    let norm = |v: Option<i64>, d: i64| match v {
        None => d,
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i.min(n),
    };
    if let Some(s) = start {
        if s > n {
            return None;
        }
    }
    let a = norm(start, 0);
    let b = norm(end, n);
    if a > b {
        return None;
    }
    let byte = |ci: i64| s.char_indices().nth(ci as usize).map(|(b, _)| b).unwrap_or(s.len());
    Some((byte(a), byte(b)))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult<Option<i64>> {
    check_args(name, args, kw, 1, 3)?;
    let s = recv_str(args, name)?;
    let sub = match as_str(args[1]) {
        Some(x) => x,
        None => return raise!(type_error, "must be str, not {}", type_name(args[1])),
    };
    let Some((a, b)) = window(s, opt_index(args.get(2))?, opt_index(args.get(3))?) else { return Ok(None) };
    let hay = &s[a..b];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|i| char_index(s, a + i)))
}

fn str_find(args: &[Value], kw: Kw) -> PyResult {
    Ok(Value::small_int(find_impl(args, kw, "find", false)?.unwrap_or(-1)))
}
fn str_rfind(args: &[Value], kw: Kw) -> PyResult {
    Ok(Value::small_int(find_impl(args, kw, "rfind", true)?.unwrap_or(-1)))
}
fn str_index(args: &[Value], kw: Kw) -> PyResult {
    match find_impl(args, kw, "index", false)? {
        Some(i) => Ok(Value::small_int(i)),
        None => raise!(value_error, "substring not found"),
    }
}
fn str_rindex(args: &[Value], kw: Kw) -> PyResult {
    match find_impl(args, kw, "rindex", true)? {
        Some(i) => Ok(Value::small_int(i)),
        None => raise!(value_error, "substring not found"),
    }
}

fn str_count(args: &[Value], kw: Kw) -> PyResult {
    if args.len() < 2 {
        return raise!(type_error, "count() takes at least 1 argument ({} given)", args.len().saturating_sub(1));
    }
    check_args("count", args, kw, 1, 3)?;
    let s = recv_str(args, "count")?;
    let sub = arg_str(args[1], "must")?;
    let Some((a, b)) = window(s, opt_index(args.get(2))?, opt_index(args.get(3))?) else { return Ok(Value::small_int(0)) };
    let hay = &s[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(Value::small_int(n as i64))
}

fn str_replace(args: &[Value], kw: Kw) -> PyResult {
    check_args("replace", args, kw, 2, 3)?;
    let s = recv_str(args, "replace")?;
    let old = arg_str(args[1], "replace() argument 1")?;
    let new = arg_str(args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(v) => to_i64(*v).unwrap_or(-1),
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(new_str(&out));
        }
        return Ok(new_str(&s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(new_str(&out));
    }
    Ok(new_str(&s.replacen(old, new, count as usize)))
}

fn affix_impl(args: &[Value], kw: Kw, name: &str, start: bool) -> PyResult {
    check_args(name, args, kw, 1, 3)?;
    let s = recv_str(args, name)?;
    let Some((a, b)) = window(s, opt_index(args.get(2))?, opt_index(args.get(3))?) else { return Ok(Value::FALSE) };
    let hay = &s[a..b];
    let test = |p: &str| if start { hay.starts_with(p) } else { hay.ends_with(p) };
    if let Some(t) = tuple_items(args[1]) {
        for p in t {
            match as_str(*p) {
                Some(p) => {
                    if test(p) {
                        return Ok(Value::TRUE);
                    }
                }
                None => return raise!(type_error, "tuple for {} must only contain str, not {}", name, type_name(*p)),
            }
        }
        return Ok(Value::FALSE);
    }
    match as_str(args[1]) {
        Some(p) => Ok(Value::bool(test(p))),
        None => raise!(type_error, "{} first arg must be str or a tuple of str, not {}", name, type_name(args[1])),
    }
}
fn str_startswith(args: &[Value], kw: Kw) -> PyResult {
    affix_impl(args, kw, "startswith", true)
}
fn str_endswith(args: &[Value], kw: Kw) -> PyResult {
    affix_impl(args, kw, "endswith", false)
}

fn map_str(args: &[Value], kw: Kw, name: &str, f: fn(&str) -> String) -> PyResult {
    check_args(name, args, kw, 0, 0)?;
    Ok(new_str(&f(recv_str(args, name)?)))
}

/// Titlecase of one character: the uppercase form, except that a
/// multi-character uppercase (ß -> SS) keeps only its first letter capital,
/// and the digraphs have their own titlecase letters.
fn to_title(c: char, out: &mut String) {
    match c {
        '\u{1c4}'..='\u{1c6}' => out.push('\u{1c5}'),
        '\u{1c7}'..='\u{1c9}' => out.push('\u{1c8}'),
        '\u{1ca}'..='\u{1cc}' => out.push('\u{1cb}'),
        '\u{1f1}'..='\u{1f3}' => out.push('\u{1f2}'),
        _ => {
            let mut up = c.to_uppercase();
            if let Some(first) = up.next() {
                out.push(first);
                for rest in up {
                    out.extend(rest.to_lowercase());
                }
            }
        }
    }
}

fn title_case(s: &str) -> String {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            to_title(c, &mut out);
        }
        prev_cased = c.is_alphabetic();
    }
    out
}
fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    let mut out = String::new();
    if let Some(c) = cs.next() {
        to_title(c, &mut out);
        for c in cs {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Zero code points of the Unicode decimal-digit (Nd) blocks we recognise.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC,
    0x1D7F6,
];

fn is_decimal_char(c: char) -> bool {
    let n = c as u32;
    DECIMAL_ZEROS.iter().any(|z| n >= *z && n < z + 10)
}

fn is_digit_char(c: char) -> bool {
    let n = c as u32;
    is_decimal_char(c)
        || matches!(n, 0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24F5..=0x24FD | 0x24EA | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x1369..=0x1371)
}
fn swapcase(s: &str) -> String {
    s.chars()
        .flat_map(|c| if c.is_uppercase() { c.to_lowercase().collect::<Vec<_>>() } else { c.to_uppercase().collect() })
        .collect()
}

fn str_upper(a: &[Value], k: Kw) -> PyResult {
    map_str(a, k, "upper", |s| s.to_uppercase())
}
fn str_lower(a: &[Value], k: Kw) -> PyResult {
    map_str(a, k, "lower", |s| s.to_lowercase())
}
fn str_casefold(a: &[Value], k: Kw) -> PyResult {
    map_str(a, k, "casefold", |s| s.to_lowercase())
}
fn str_title(a: &[Value], k: Kw) -> PyResult {
    map_str(a, k, "title", title_case)
}
fn str_capitalize(a: &[Value], k: Kw) -> PyResult {
    map_str(a, k, "capitalize", capitalize)
}
fn str_swapcase(a: &[Value], k: Kw) -> PyResult {
    map_str(a, k, "swapcase", swapcase)
}

fn pred_str(args: &[Value], kw: Kw, name: &str, f: fn(&str) -> bool) -> PyResult {
    check_args(name, args, kw, 0, 0)?;
    Ok(Value::bool(f(recv_str(args, name)?)))
}
fn str_isdigit(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isdigit", |s| !s.is_empty() && s.chars().all(is_digit_char))
}
fn str_isdecimal(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isdecimal", |s| !s.is_empty() && s.chars().all(is_decimal_char))
}
fn str_isnumeric(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isnumeric", |s| !s.is_empty() && s.chars().all(|c| c.is_numeric()))
}
fn str_isalpha(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isalpha", |s| !s.is_empty() && s.chars().all(|c| c.is_alphabetic()))
}
fn str_isalnum(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isalnum", |s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric()))
}
fn str_isspace(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isspace", |s| !s.is_empty() && s.chars().all(py_space))
}
fn str_isupper(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isupper", |s| s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase()))
}
fn str_islower(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "islower", |s| s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase()))
}
fn str_istitle(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "istitle", |s| s.chars().any(|c| c.is_alphabetic()) && title_case(s) == s)
}
fn str_isidentifier(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isidentifier", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}
fn str_isprintable(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isprintable", |s| s.chars().all(|c| c == ' ' || crate::types::str::is_printable(c)))
}
fn str_isascii(a: &[Value], k: Kw) -> PyResult {
    pred_str(a, k, "isascii", |s| s.is_ascii())
}

fn pad_args(args: &[Value], kw: Kw, name: &str) -> PyResult<(&'static str, usize, char)> {
    check_args(name, args, kw, 1, 2)?;
    let s = recv_str(args, name)?;
    let w = int_arg(args[1])?.max(0) as usize;
    let fill = match args.get(2) {
        Some(f) => match as_str(*f) {
            Some(f) if f.chars().count() == 1 => f.chars().next().unwrap(),
            Some(_) => return raise!(type_error, "The fill character must be exactly one character long"),
            None => return raise!(type_error, "The fill character must be a unicode character, not {}", type_name(*f)),
        },
        None => ' ',
    };
    Ok((s, w, fill))
}
fn str_center(args: &[Value], kw: Kw) -> PyResult {
    let (s, w, f) = pad_args(args, kw, "center")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(args[0]);
    }
    let total = w - n;
    // CPython puts the extra space on the right when the total is odd and the width is even... exactly:
    let left = total / 2 + (total & w & 1);
    let right = total - left;
    Ok(new_str(&format!("{}{}{}", f.to_string().repeat(left), s, f.to_string().repeat(right))))
}
fn str_ljust(args: &[Value], kw: Kw) -> PyResult {
    let (s, w, f) = pad_args(args, kw, "ljust")?;
    let n = s.chars().count();
    Ok(new_str(&format!("{}{}", s, f.to_string().repeat(w.saturating_sub(n)))))
}
fn str_rjust(args: &[Value], kw: Kw) -> PyResult {
    let (s, w, f) = pad_args(args, kw, "rjust")?;
    let n = s.chars().count();
    Ok(new_str(&format!("{}{}", f.to_string().repeat(w.saturating_sub(n)), s)))
}
fn str_zfill(args: &[Value], kw: Kw) -> PyResult {
    check_args("zfill", args, kw, 1, 1)?;
    let s = recv_str(args, "zfill")?;
    let w = int_arg(args[1])?.max(0) as usize;
    let n = s.chars().count();
    if w <= n {
        return Ok(args[0]);
    }
    let (sign, rest) = if s.starts_with('+') || s.starts_with('-') { (&s[..1], &s[1..]) } else { ("", s) };
    Ok(new_str(&format!("{}{}{}", sign, "0".repeat(w - n), rest)))
}

fn partition_impl(args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult {
    check_args(name, args, kw, 1, 1)?;
    let s = recv_str(args, name)?;
    let sep = arg_str(args[1], "must")?;
    if sep.is_empty() {
        return raise!(value_error, "empty separator");
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None => {
            if rev {
                ["", "", s]
            } else {
                [s, "", ""]
            }
        }
    };
    let a = new_str(parts[0]);
    let b = new_str(parts[1]);
    let c = new_str(parts[2]);
    Ok(new_tuple(&[a, b, c]))
}
fn str_partition(a: &[Value], k: Kw) -> PyResult {
    partition_impl(a, k, "partition", false)
}
fn str_rpartition(a: &[Value], k: Kw) -> PyResult {
    partition_impl(a, k, "rpartition", true)
}

fn str_splitlines(args: &[Value], kw: Kw) -> PyResult {
    check_kw("splitlines", kw, &["keepends"])?;
    let s = recv_str(args, "splitlines")?;
    let keep = match args.get(1).copied().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => truthy(v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    Ok(str_list(&parts))
}

fn str_expandtabs(args: &[Value], kw: Kw) -> PyResult {
    let s = recv_str(args, "expandtabs")?;
    let ts = args.get(1).copied().or_else(|| kwarg(kw, "tabsize")).and_then(to_i64).unwrap_or(8);
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        if c == '\t' {
            if ts > 0 {
                let n = ts - col % ts;
                out.push_str(&" ".repeat(n as usize));
                col += n;
            }
        } else {
            out.push(c);
            col = if c == '\n' || c == '\r' { 0 } else { col + 1 };
        }
    }
    Ok(new_str(&out))
}

/// `str.format(*args, **kwargs)`.
fn str_format(args: &[Value], kw: Kw) -> PyResult {
    let s = recv_str(args, "format")?;
    Ok(new_str(&format_template(s, &args[1..], kw, &mut 0)?))
}

/// Field numbering state of one `str.format` call: automatic (`{}`) and
/// manual (`{0}`) numbering cannot be mixed.
const MANUAL: usize = usize::MAX;

fn format_template(s: &str, pos: &[Value], kw: Kw, auto: &mut usize) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // find the matching close brace (format specs may nest one level)
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                if chars[j] == '{' {
                    depth += 1;
                } else if chars[j] == '}' {
                    depth -= 1;
                }
                j += 1;
            }
            if depth != 0 {
                if i + 1 == chars.len() {
                    return raise!(value_error, "Single '{{' encountered in format string");
                }
                return raise!(value_error, "expected '}}' before end of string");
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            out.push_str(&format_field(&field, pos, kw, auto)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return raise!(value_error, "Single '}}' encountered in format string");
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(field: &str, pos: &[Value], kw: Kw, auto: &mut usize) -> PyResult<String> {
    let (name_conv, spec) = match field.find(':') {
        Some(i) => (&field[..i], &field[i + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(i) => (&name_conv[..i], Some(&name_conv[i + 1..])),
        None => (name_conv, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, mut rest) = name.split_at(first_end);
    let mut v = if head.is_empty() {
        if *auto == MANUAL {
            return raise!(value_error, "cannot switch from manual field specification to automatic field numbering");
        }
        let i = *auto & !(1 << 62);
        *auto = (i + 1) | (1 << 62);
        match pos.get(i) {
            Some(v) => *v,
            None => return raise!(index_error, "Replacement index {} out of range for positional args tuple", i),
        }
    } else if let Ok(i) = head.parse::<usize>() {
        if *auto != MANUAL && *auto & (1 << 62) != 0 {
            return raise!(value_error, "cannot switch from automatic field numbering to manual field specification");
        }
        *auto = MANUAL;
        match pos.get(i) {
            Some(v) => *v,
            None => return raise!(index_error, "Replacement index {} out of range for positional args tuple", i),
        }
    } else {
        match kwarg(kw, head) {
            Some(v) => v,
            None => return Err(ops::key_error(new_str(head))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = crate::attr::getattr(v, intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::small_int(i),
                Err(_) => new_str(key),
            };
            v = ops::getitem(v, k)?;
            rest = &r[(end + 1).min(r.len())..];
        } else {
            break;
        }
    }
    let v = match conv {
        Some("r") => new_str(&repr(v)?),
        Some("s") => new_str(&to_str(v)?),
        Some("a") => new_str(&crate::builtins::ascii_repr(v)?),
        Some(c) => return raise!(value_error, "Unknown conversion specifier {}", c),
        None => v,
    };
    let spec = if spec.contains('{') { format_template(spec, pos, kw, auto)? } else { spec.to_string() };
    ops::format_value(v, &spec)
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to replacements.
fn str_maketrans(args: &[Value], kw: Kw) -> PyResult {
    // a static method: no receiver in `args`
    if !kw.is_empty() || args.is_empty() || args.len() > 3 {
        return raise!(type_error, "maketrans() takes from 1 to 3 positional arguments");
    }
    let d = new_dict_obj();
    if args.len() == 1 {
        let Some(src) = dict_obj(args[0]) else {
            return raise!(type_error, "if you give only one argument to maketrans it must be a dict");
        };
        for (k, v) in src.items() {
            let key = match as_str(k) {
                Some(s) if s.chars().count() == 1 => Value::small_int(s.chars().next().unwrap() as i64),
                Some(_) => return raise!(value_error, "string keys in translate table must be of length 1"),
                None => k,
            };
            d.set(key, v)?;
        }
    } else {
        let (x, y) = (arg_str(args[0], "maketrans() argument 1")?, arg_str(args[1], "maketrans() argument 2")?);
        if x.chars().count() != y.chars().count() {
            return raise!(value_error, "the first two maketrans arguments must have equal length");
        }
        for (a, b) in x.chars().zip(y.chars()) {
            d.set(Value::small_int(a as i64), Value::small_int(b as i64))?;
        }
        if let Some(z) = args.get(2) {
            for c in arg_str(*z, "maketrans() argument 3")?.chars() {
                d.set(Value::small_int(c as i64), Value::NONE)?;
            }
        }
    }
    Ok(Value::from_ptr(d))
}

/// `s.translate(table)`: map each code point through `table[ord(c)]`.
fn str_translate(args: &[Value], kw: Kw) -> PyResult {
    check_args("translate", args, kw, 1, 1)?;
    let s = recv_str(args, "translate")?;
    let mut out = String::new();
    for c in s.chars() {
        match ops::getitem(args[1], Value::small_int(c as i64)) {
            Ok(v) if v.is_none() => {}
            Ok(v) => {
                if let Some(r) = as_str(v) {
                    out.push_str(r);
                } else if let Some(n) = to_i64(v) {
                    match char::from_u32(n as u32) {
                        Some(ch) => out.push(ch),
                        None => return raise!(value_error, "character mapping must be in range(0x110000)"),
                    }
                } else {
                    return raise!(type_error, "character mapping must return integer, None or str");
                }
            }
            Err(e) if ops::is_instance_of(e.0, classes().lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(new_str(&out))
}

/// `s.format_map(mapping)`.
fn str_format_map(args: &[Value], kw: Kw) -> PyResult {
    check_args("format_map", args, kw, 1, 1)?;
    let s = recv_str(args, "format_map")?;
    let mapping = args[1];
    let d = dict_obj(mapping);
    let pairs: Vec<(Value, Value)> = match d {
        Some(d) => d.items().iter().copied().collect(),
        None => Vec::new(),
    };
    let r = format_template(s, &[], &pairs, &mut 0)?;
    std::hint::black_box(mapping);
    Ok(new_str(&r))
}

fn str_removeprefix(args: &[Value], kw: Kw) -> PyResult {
    check_args("removeprefix", args, kw, 1, 1)?;
    let s = recv_str(args, "removeprefix")?;
    let p = arg_str(args[1], "removeprefix() argument")?;
    Ok(match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => new_str(r),
        _ => args[0],
    })
}
fn str_removesuffix(args: &[Value], kw: Kw) -> PyResult {
    check_args("removesuffix", args, kw, 1, 1)?;
    let s = recv_str(args, "removesuffix")?;
    let p = arg_str(args[1], "removesuffix() argument")?;
    Ok(match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => new_str(r),
        _ => args[0],
    })
}


// ---------------------------------------------------------------------------
// int and float methods

fn int_bit_length(args: &[Value], kw: Kw) -> PyResult {
    check_args("bit_length", args, kw, 0, 0)?;
    let b = to_big(args[0]).unwrap();
    Ok(int_from_i64(b.bits() as i64))
}
fn int_bit_count(args: &[Value], kw: Kw) -> PyResult {
    check_args("bit_count", args, kw, 0, 0)?;
    let b = to_big(args[0]).unwrap();
    Ok(int_from_i64(b.magnitude().count_ones() as i64))
}
fn int_as_integer_ratio(args: &[Value], kw: Kw) -> PyResult {
    check_args("as_integer_ratio", args, kw, 0, 0)?;
    let n = crate::types::int::int_from_big(to_big(args[0]).unwrap());
    let r = crate::types::tuple::new_tuple(&[n, Value::small_int(1)]);
    std::hint::black_box(n);
    Ok(r)
}
fn int_conjugate(args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}
fn float_is_integer(args: &[Value], kw: Kw) -> PyResult {
    check_args("is_integer", args, kw, 0, 0)?;
    let f = args[0].as_float();
    Ok(Value::bool(f.is_finite() && f.fract() == 0.0))
}
/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for subnormals).
fn float_hex(args: &[Value], kw: Kw) -> PyResult {
    check_args("hex", args, kw, 0, 0)?;
    let x = args[0].as_float();
    if x.is_nan() {
        return Ok(new_str("nan"));
    }
    if x.is_infinite() {
        return Ok(new_str(if x > 0.0 { "inf" } else { "-inf" }));
    }
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { "-" } else { "" };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let text = if exp == 0 && frac == 0 {
        format!("{}0x0.0p+0", sign)
    } else if exp == 0 {
        format!("{}0x0.{:013x}p-1022", sign, frac)
    } else {
        let e = exp - 1023;
        format!("{}0x1.{:013x}p{}{}", sign, frac, if e >= 0 { "+" } else { "-" }, e.abs())
    };
    Ok(new_str(&text))
}

/// `float.fromhex(s)`: exact hexadecimal input rounded half-to-even to the
/// nearest double (subnormals included).
fn float_fromhex(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() || args.is_empty() || args.len() > 2 {
        return raise!(type_error, "fromhex() takes exactly one argument ({} given)", args.len());
    }
    let arg = args[args.len() - 1];
    let Some(s) = as_str(arg) else {
        return raise!(type_error, "must be str, not {}", type_name(arg));
    };
    match parse_hex_float(s.trim()) {
        Some(Ok(f)) => Ok(Value::float(f)),
        Some(Err(())) => raise!(overflow_error, "hexadecimal value too large to represent as a float"),
        None => raise!(value_error, "invalid hexadecimal floating-point string"),
    }
}

/// None: not a hex float; Some(Err): too large.
fn parse_hex_float(s: &str) -> Option<Result<f64, ()>> {
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(Ok(sign * f64::INFINITY));
    }
    if lower == "nan" {
        return Some(Ok(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut m = num_bigint::BigUint::from(0u32);
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16)?;
        m = m * 16u32 + d;
    }
    let mut e: i64 = match exp {
        Some(t) => {
            let t = t.strip_prefix('+').unwrap_or(t);
            if t.is_empty() || !t.trim_start_matches('-').chars().all(|c| c.is_ascii_digit()) || t.matches('-').count() > 1 {
                return None;
            }
            t.parse::<i64>().unwrap_or(if t.starts_with('-') { i64::MIN / 4 } else { i64::MAX / 4 })
        }
        None => 0,
    };
    e -= 4 * frac_part.len() as i64;
    let n = m.bits() as i64;
    if n == 0 {
        return Some(Ok(sign * 0.0));
    }
    // Exponent of the leading bit; bits kept (53, fewer for subnormals).
    let lead = n - 1 + e;
    if lead > 1023 {
        return Some(Err(()));
    }
    let keep = if lead >= -1022 { 53 } else { 53 - (-1022 - lead) };
    if keep <= 0 {
        // Below half the smallest subnormal (or exactly half: rounds to even 0).
        let half_min = lead == -1075 && m.count_ones() > 1;
        return Some(Ok(sign * if half_min { f64::from_bits(1) } else { 0.0 }));
    }
    let shift = n - keep;
    let (mut q, mut qe) = (m.clone(), e);
    if shift > 0 {
        let shift_u = shift as u64;
        q = &m >> shift_u;
        let rem = &m - (&q << shift_u);
        let half = num_bigint::BigUint::from(1u32) << (shift_u - 1);
        let odd = q.bit(0);
        if rem > half || (rem == half && odd) {
            q += 1u32;
        }
        qe = e + shift;
    }
    let qf = num_traits::ToPrimitive::to_u64(&q)? as f64; // at most 54 bits: exact
    // q * 2^qe is representable (q was rounded to the target precision), so
    // scaling by exact powers of two rounds nowhere.
    let mut r = qf;
    let mut k = qe;
    while k > 1000 {
        r *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        r *= 2f64.powi(-1000);
        k += 1000;
    }
    let r = r * 2f64.powi(k as i32);
    if r.is_infinite() {
        return Some(Err(()));
    }
    Some(Ok(sign * r))
}

fn float_conjugate(args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}
fn float_as_integer_ratio(args: &[Value], kw: Kw) -> PyResult {
    check_args("as_integer_ratio", args, kw, 0, 0)?;
    let f = args[0].as_float();
    if f.is_infinite() {
        return raise!(overflow_error, "cannot convert Infinity to integer ratio");
    }
    if f.is_nan() {
        return raise!(value_error, "cannot convert NaN to integer ratio");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = (bits & ((1 << 52) - 1)) as i64;
    let mut e = if exp == 0 { -1074 } else {
        mant |= 1 << 52;
        exp - 1075
    };
    if f < 0.0 {
        mant = -mant;
    }
    while mant != 0 && mant % 2 == 0 && e < 0 {
        mant /= 2;
        e += 1;
    }
    let (n, d) = if e >= 0 {
        (num_bigint::BigInt::from(mant) << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num_bigint::BigInt::from(mant), num_bigint::BigInt::from(1) << (-e) as usize)
    };
    let a = crate::types::int::int_from_big(n);
    let b = crate::types::int::int_from_big(d);
    Ok(new_tuple(&[a, b]))
}

fn recv_range(args: &[Value]) -> &'static crate::types::iter::RangeObj {
    crate::types::iter::as_range(args[0]).unwrap()
}
fn range_index(args: &[Value], kw: Kw) -> PyResult {
    check_args("index", args, kw, 1, 1)?;
    let r = recv_range(args);
    if is_intlike(args[1]) {
        if let Some(x) = to_i64(args[1]) {
            let inr = if r.step > 0 { x >= r.start && x < r.stop } else { x <= r.start && x > r.stop };
            if inr && (x - r.start) % r.step == 0 {
                return Ok(Value::small_int((x - r.start) / r.step));
            }
        }
    }
    raise!(value_error, "{} is not in range", repr(args[1])?)
}
fn range_count(args: &[Value], kw: Kw) -> PyResult {
    check_args("count", args, kw, 1, 1)?;
    Ok(Value::small_int(ops::contains(args[0], args[1])? as i64))
}

// ---------------------------------------------------------------------------
// set and frozenset methods

use crate::types::set::{as_set, new_set, set_from_iter, SetObj};

fn recv_set(args: &[Value], name: &str) -> PyResult<&'static SetObj> {
    match args.first().and_then(|v| as_set(*v)) {
        Some(s) => Ok(s),
        None => raise!(type_error, "descriptor '{}' requires a 'set' object", name),
    }
}

fn set_add(args: &[Value], kw: Kw) -> PyResult {
    check_args("add", args, kw, 1, 1)?;
    recv_set(args, "add")?.add(args[1])?;
    Ok(Value::NONE)
}
fn set_remove(args: &[Value], kw: Kw) -> PyResult {
    check_args("remove", args, kw, 1, 1)?;
    if !recv_set(args, "remove")?.discard(args[1])? {
        return Err(ops::key_error(args[1]));
    }
    Ok(Value::NONE)
}
fn set_discard(args: &[Value], kw: Kw) -> PyResult {
    check_args("discard", args, kw, 1, 1)?;
    recv_set(args, "discard")?.discard(args[1])?;
    Ok(Value::NONE)
}
fn set_pop(args: &[Value], kw: Kw) -> PyResult {
    check_args("pop", args, kw, 0, 0)?;
    match recv_set(args, "pop")?.pop() {
        Some(v) => Ok(v),
        None => raise!(key_error, "pop from an empty set"),
    }
}
fn set_clear(args: &[Value], kw: Kw) -> PyResult {
    check_args("clear", args, kw, 0, 0)?;
    recv_set(args, "clear")?.clear();
    Ok(Value::NONE)
}
fn set_copy(args: &[Value], kw: Kw) -> PyResult {
    check_args("copy", args, kw, 0, 0)?;
    let s = recv_set(args, "copy")?;
    Ok(Value::from_ptr(set_from_iter(args[0], s.frozen)?))
}
/// `s.union(*others)` and friends: fold the binary operator over the arguments.
fn set_fold(args: &[Value], name: &str, op: ops::BinOp, inplace: bool) -> PyResult {
    let s = recv_set(args, name)?;
    let mut acc = if inplace { args[0] } else { Value::from_ptr(set_from_iter(args[0], s.frozen)?) };
    let keep = new_list_obj(1);
    keep.items.push(acc);
    for o in &args[1..] {
        let other = if as_set(*o).is_some() { *o } else { Value::from_ptr(set_from_iter(*o, true)?) };
        acc = ops::set_binop(op, acc, other, true)?;
        keep.items.set(0, acc);
    }
    Ok(if inplace { Value::NONE } else { acc })
}
fn set_union(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "union", ops::BinOp::BitOr, false)
}
fn set_intersection(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "intersection", ops::BinOp::BitAnd, false)
}
fn set_difference(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "difference", ops::BinOp::Sub, false)
}
fn set_symmetric_difference(a: &[Value], k: Kw) -> PyResult {
    check_args("symmetric_difference", a, k, 1, 1)?;
    set_fold(a, "symmetric_difference", ops::BinOp::BitXor, false)
}
fn set_update(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "update", ops::BinOp::BitOr, true)
}
fn set_intersection_update(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "intersection_update", ops::BinOp::BitAnd, true)
}
fn set_difference_update(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "difference_update", ops::BinOp::Sub, true)
}
fn set_symmetric_difference_update(a: &[Value], _k: Kw) -> PyResult {
    set_fold(a, "symmetric_difference_update", ops::BinOp::BitXor, true)
}
fn set_relation(args: &[Value], name: &str, op: ops::CmpOp) -> PyResult {
    recv_set(args, name)?;
    if args.len() != 2 {
        return raise!(type_error, "{}() takes exactly one argument ({} given)", name, args.len() - 1);
    }
    let other = if as_set(args[1]).is_some() { args[1] } else { Value::from_ptr(set_from_iter(args[1], true)?) };
    ops::compare(op, args[0], other)
}
fn set_issubset(a: &[Value], _k: Kw) -> PyResult {
    set_relation(a, "issubset", ops::CmpOp::Le)
}
fn set_issuperset(a: &[Value], _k: Kw) -> PyResult {
    set_relation(a, "issuperset", ops::CmpOp::Ge)
}
fn set_isdisjoint(a: &[Value], k: Kw) -> PyResult {
    check_args("isdisjoint", a, k, 1, 1)?;
    let s = recv_set(a, "isdisjoint")?;
    let it = ops::iter(a[1])?;
    while let Some(v) = ops::next(it)? {
        if s.contains(v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn set_ctor(args: &[Value], kw: Kw) -> PyResult {
    let frozen = crate::types::class::as_class(args[0]).map(|c| c.name() == "frozenset").unwrap_or(false);
    let name = if frozen { "frozenset" } else { "set" };
    if !kw.is_empty() {
        return raise!(type_error, "{}() takes no keyword arguments", name);
    }
    match args.len() {
        1 => Ok(Value::from_ptr(new_set(frozen))),
        2 => {
            if frozen && as_set(args[1]).map(|s| s.frozen).unwrap_or(false) {
                return Ok(args[1]);
            }
            Ok(Value::from_ptr(set_from_iter(args[1], frozen)?))
        }
        n => raise!(type_error, "{} expected at most 1 argument, got {}", name, n - 1),
    }
}

// ---------------------------------------------------------------------------

fn add_methods(cls: *const ClassObj, methods: &[(&'static str, NativeFn)]) {
    // SAFETY: builtin classes are immortal.
    unsafe { &*cls }.add_methods(methods);
}

/// Installs the builtin types' methods.
pub fn install_slice_class() {
    let slice_cls = crate::types::class::new_class("slice", &[], crate::types::class::Layout::Builtin);
    slice_cls.module.set(intern("builtins"));
    crate::add_root(Value::from_ptr(slice_cls));
    let _ = SLICE_CLASS.set(slice_cls as *const ClassObj as usize);
}

/// Installs the builtin types' methods.
pub fn install() {
    let c = classes();
    add_methods(
        c.list,
        &[
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("pop", list_pop),
            ("remove", list_remove),
            ("index", list_index),
            ("count", list_count),
            ("reverse", list_reverse),
            ("copy", list_copy),
            ("clear", list_clear),
            ("sort", list_sort),
        ],
    );
    add_methods(c.tuple, &[("index", tuple_index), ("count", tuple_count)]);
    add_methods(c.range, &[("index", range_index), ("count", range_count)]);
    add_methods(
        c.dict,
        &[
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("copy", dict_copy_m),
            ("clear", dict_clear),
        ],
    );
    // dict.fromkeys is called on the class: store it as a class-level builtin
    // that receives the class as args[0] via class_get.
    let fk = new_builtin("fromkeys", dict_fromkeys, Value::from_ptr(c.dict));
    let cm = crate::builtins::make_classmethod(fk);
    // SAFETY: builtin classes are immortal.
    unsafe { &*c.dict }.dict().set(intern("fromkeys"), cm).unwrap();
    add_methods(
        c.str,
        &[
            ("split", str_split),
            ("rsplit", str_rsplit),
            ("join", str_join),
            ("strip", str_strip),
            ("lstrip", str_lstrip),
            ("rstrip", str_rstrip),
            ("find", str_find),
            ("rfind", str_rfind),
            ("index", str_index),
            ("rindex", str_rindex),
            ("count", str_count),
            ("replace", str_replace),
            ("startswith", str_startswith),
            ("endswith", str_endswith),
            ("upper", str_upper),
            ("lower", str_lower),
            ("casefold", str_casefold),
            ("title", str_title),
            ("capitalize", str_capitalize),
            ("swapcase", str_swapcase),
            ("isdigit", str_isdigit),
            ("isdecimal", str_isdecimal),
            ("isnumeric", str_isnumeric),
            ("isalpha", str_isalpha),
            ("isalnum", str_isalnum),
            ("isspace", str_isspace),
            ("isupper", str_isupper),
            ("islower", str_islower),
            ("istitle", str_istitle),
            ("isidentifier", str_isidentifier),
            ("isascii", str_isascii),
            ("isprintable", str_isprintable),
            ("center", str_center),
            ("ljust", str_ljust),
            ("rjust", str_rjust),
            ("zfill", str_zfill),
            ("partition", str_partition),
            ("rpartition", str_rpartition),
            ("splitlines", str_splitlines),
            ("expandtabs", str_expandtabs),
            ("format", str_format),
            ("removeprefix", str_removeprefix),
            ("translate", str_translate),
            ("format_map", str_format_map),
            ("removesuffix", str_removesuffix),
        ],
    );
    // str.maketrans is a static method
    // SAFETY: builtin classes are immortal.
    let mt = new_builtin("maketrans", str_maketrans, Value::from_ptr(c.str));
    unsafe { &*c.str }.dict().set(intern("maketrans"), crate::builtins::make_staticmethod(mt)).unwrap();
    add_methods(c.int, &[("bit_length", int_bit_length), ("bit_count", int_bit_count), ("as_integer_ratio", int_as_integer_ratio), ("conjugate", int_conjugate)]);
    let (set_cls, fs_cls) = crate::types::set::install_classes();
    set_cls.ctor.set(Some(set_ctor));
    set_cls.dict().set(intern("__init__"), new_builtin("__init__", crate::builtins::native_init, Value::from_ptr(set_cls))).unwrap();
    fs_cls.ctor.set(Some(set_ctor));
    let common: &[(&'static str, NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    add_methods(set_cls, common);
    add_methods(fs_cls, common);
    for cls in [set_cls, fs_cls] {
        for n in ["__len__", "__contains__", "__iter__"] {
            if let Some(f) = unsafe { &*c.list }.dict().get_str(intern(n)) {
                cls.dict().set(intern(n), f).unwrap();
            }
        }
    }
    add_methods(
        set_cls,
        &[
            ("add", set_add),
            ("remove", set_remove),
            ("discard", set_discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            ("symmetric_difference_update", set_symmetric_difference_update),
        ],
    );
    let b = crate::builtins_module();
    crate::types::bytes::install(b);
    crate::types::complex::install(b);
    b.set("set", Value::from_ptr(set_cls));
    b.set("frozenset", Value::from_ptr(fs_cls));
    add_methods(
        c.float,
        &[
            ("is_integer", float_is_integer),
            ("conjugate", float_conjugate),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("fromhex", float_fromhex),
        ],
    );
}
