//! `_heapq`: the heap operations of `heapq` on a list, with `<` as the only
//! comparison. `lib/heapq.py` imports these over its Python definitions
//! (and keeps `merge`, `nlargest`, `nsmallest` and the max-heap helpers).
//!
//! Every movement follows one rule: fill a hole by promoting the smaller
//! child down to a leaf, put the displaced item there and let it rise back
//! up; this costs fewer comparisons on average than stopping early and
//! gives the layouts CPython gives.
//!
//! A comparison may run Python code (`__lt__`), which may change the list:
//! positions are re-checked after every comparison, and a change of length
//! raises RuntimeError, as in CPython. Stores go through `ListObj::store`,
//! so a shared list is written under its lock, one store at a time.

use crate::ops::{self, CmpOp};
use crate::types::class::type_name;
use crate::types::function::new_module;
use crate::types::list::ListObj;
use crate::{raise, PyResult};
use morel_heap::Value;

type Kw<'a> = &'a [(Value, Value)];

/// `a < b`. Specialization: two values no user code can order (small ints,
/// floats, exact strs: `ops::primitive_order`); the rest through
/// `ops::compare`.
#[inline]
fn less(a: Value, b: Value) -> PyResult<bool> {
    match ops::primitive_order(a, b) {
        Some(o) => Ok(o.is_lt()),
        None => less_slow(a, b),
    }
}

#[inline(never)]
fn less_slow(a: Value, b: Value) -> PyResult<bool> {
    let r = ops::compare(CmpOp::Lt, a, b)?;
    ops::truthy(r)
}

/// The list argument (exact list, or an instance of a list subclass).
fn heap_arg(args: &[Value], fname: &str, which: &str, nargs: usize) -> PyResult<&'static ListObj> {
    if args.len() != nargs {
        return if nargs == 1 {
            raise!(type_error, "_heapq.{}() takes exactly one argument ({} given)", fname, args.len())
        } else {
            raise!(type_error, "{} expected {} arguments, got {}", fname, nargs, args.len())
        };
    }
    match crate::types::list::list_obj(args[0]) {
        Some(l) => Ok(l),
        None => raise!(type_error, "{}() {} must be list, not {}", fname, which, type_name(args[0])),
    }
}

fn no_kw(fname: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        raise!(type_error, "_heapq.{}() takes no keyword arguments", fname)
    }
}

#[cold]
fn changed_size() -> PyResult<()> {
    raise!(runtime_error, "list changed size during iteration")
}

#[inline]
fn get(l: &ListObj, i: usize) -> PyResult<Value> {
    match l.items.try_get(i) {
        Some(v) => Ok(v),
        None => changed_size().map(|_| Value::NONE),
    }
}

#[inline]
fn put(l: &ListObj, i: usize, v: Value) -> PyResult<()> {
    if l.store(i, v) {
        Ok(())
    } else {
        changed_size()
    }
}

/// Moves the item at `pos` towards the root, not above `top`, while it is
/// smaller than its parent.
fn bubble_up(l: &ListObj, top: usize, mut pos: usize) -> PyResult<()> {
    let n = l.items.len();
    let item = get(l, pos)?;
    while pos > top {
        let parent = (pos - 1) >> 1;
        let above = get(l, parent)?;
        let lt = less(item, above)?;
        if l.items.len() != n {
            return changed_size();
        }
        if !lt {
            break;
        }
        put(l, pos, above)?;
        pos = parent;
    }
    put(l, pos, item)
}

/// Fills the hole at `pos` by promoting the smaller child down to a leaf,
/// then lets the displaced item rise from there.
fn sink_leaf(l: &ListObj, mut pos: usize) -> PyResult<()> {
    let end = l.items.len();
    let start = pos;
    let item = get(l, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (a, b) = (get(l, child)?, get(l, right)?);
            let lt = less(a, b)?;
            if l.items.len() != end {
                return changed_size();
            }
            if !lt {
                child = right;
            }
        }
        put(l, pos, get(l, child)?)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(l, pos, item)?;
    bubble_up(l, start, pos)
}

/// `heappush(heap, item)`
fn heappush(args: &[Value], kw: Kw) -> PyResult {
    no_kw("heappush", kw)?;
    let l = heap_arg(args, "heappush", "argument 1", 2)?;
    l.append(args[1]);
    bubble_up(l, 0, l.items.len() - 1)?;
    Ok(Value::NONE)
}

/// `heappop(heap)`
fn heappop(args: &[Value], kw: Kw) -> PyResult {
    no_kw("heappop", kw)?;
    let l = heap_arg(args, "heappop", "argument", 1)?;
    let last = {
        let _g = crate::object::lock_if_shared(&l.header);
        l.items.pop_in(Some(&l.header))
    };
    let Some(last) = last else {
        return raise!(index_error, "index out of range");
    };
    if l.items.is_empty() {
        return Ok(last);
    }
    replace_top(l, last)
}

/// `heapreplace(heap, item)`: pop, then push (the heap keeps its size).
fn heapreplace(args: &[Value], kw: Kw) -> PyResult {
    no_kw("heapreplace", kw)?;
    let l = heap_arg(args, "heapreplace", "argument 1", 2)?;
    if l.items.is_empty() {
        return raise!(index_error, "index out of range");
    }
    replace_top(l, args[1])
}

/// `heappushpop(heap, item)`: push, then pop.
fn heappushpop(args: &[Value], kw: Kw) -> PyResult {
    no_kw("heappushpop", kw)?;
    let l = heap_arg(args, "heappushpop", "argument 1", 2)?;
    let item = args[1];
    let Some(top) = l.items.try_get(0) else {
        return Ok(item);
    };
    if !less(top, item)? {
        return Ok(item);
    }
    // (`__lt__` may have emptied the list: `replace_top` checks)
    replace_top(l, item)
}

/// Takes the smallest item out, puts `item` in its place and restores the
/// heap; the smallest item is returned.
fn replace_top(l: &ListObj, item: Value) -> PyResult {
    let smallest = get(l, 0)?;
    put(l, 0, item)?;
    sink_leaf(l, 0)?;
    Ok(smallest)
}

/// `heapify(x)`: in place, in linear time.
fn heapify(args: &[Value], kw: Kw) -> PyResult {
    no_kw("heapify", kw)?;
    let l = heap_arg(args, "heapify", "argument", 1)?;
    let n = l.items.len();
    for i in (0..n / 2).rev() {
        sink_leaf(l, i)?;
    }
    Ok(Value::NONE)
}

/// Creates the `_heapq` module.
pub fn install() {
    let m = new_module("_heapq", Value::NONE);
    let fns: &[(&'static str, crate::types::class::NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("heapify", heapify),
    ];
    for (name, f) in fns {
        m.set(name, crate::types::function::new_builtin(name, *f, Value::NONE));
    }
    crate::modules::register_module("_heapq", Value::from_ptr(m));
}
