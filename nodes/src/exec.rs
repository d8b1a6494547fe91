//! Statement nodes, assignment targets, function and class creation, and
//! running a code unit.

use crate::frame::{bind_args, cell_in, code_of, enter_call, function_frame, leave_call, plain_frame, Frame};
use crate::tree::*;
use morel_runtime::attr::{delattr, getattr, setattr};
use morel_runtime::call::{call, call_with_receiver};
use morel_runtime::ops::{self, BinOp};
use morel_runtime::thread::{thread, ThreadState};
use morel_runtime::types::class::{as_class, class_of, type_name, ClassObj, Layout};
use morel_runtime::types::dict::{dict_obj, new_dict_obj};
use morel_runtime::types::exception::{exc_state, is_exception_instance, record_frame};
use morel_runtime::types::function::{as_function, new_function, FunctionObj};
use morel_runtime::types::iter::as_range;
use morel_runtime::types::list::{list_obj, new_list_obj};
use morel_runtime::types::str::{as_str, intern};
use morel_runtime::types::tuple::{new_tuple, tuple_items};
use morel_runtime::object::{barrier, share};
use morel_runtime::{classes, exc, raise, Exc, PyResult, Value};

/// How a statement finished.
pub enum Flow {
    Normal,
    Return(Value),
    Break,
    Continue,
}

/// Runs a block; an exception leaving a statement records this frame's line.
#[inline]
pub fn exec_block(f: &Frame, body: &[Stmt]) -> PyResult<Flow> {
    for s in body {
        match s.exec(f) {
            Ok(Flow::Normal) => {}
            Ok(other) => return Ok(other),
            Err(e) => {
                record(f, e, s.span.line);
                return Err(e);
            }
        }
    }
    Ok(Flow::Normal)
}

#[cold]
#[inline(never)]
fn record(f: &Frame, e: Exc, line: u32) {
    record_frame(e, f.id, f.code.filename, line, f.code.name);
}

impl Stmt {
    /// Runs the statement in `f`. A dispatcher, like `Expr::eval`: the
    /// common statements are short arms or calls, the rest live in
    /// `exec_other`, so that this match saves no registers of its own. The
    /// functions its arms call are `#[inline(never)]`: with one call site
    /// each, the compiler would otherwise inline them here (measured: 3%
    /// more instructions on fib.py and fannkuch.py).
    #[inline]
    pub fn exec(&self, f: &Frame) -> PyResult<Flow> {
        match &self.kind {
            StmtKind::Expr(e) => {
                e.eval(f)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assign(targets, value) => exec_assign(f, targets, value),
            StmtKind::AugAssign(a) => {
                aug_assign(f, a)?;
                Ok(Flow::Normal)
            }
            StmtKind::Return(e) => Ok(Flow::Return(match e {
                Some(e) => e.eval(f)?,
                None => Value::NONE,
            })),
            StmtKind::If(n) => exec_if(f, n),
            StmtKind::For(n) => exec_for(f, n),
            StmtKind::Pass | StmtKind::Declaration => Ok(Flow::Normal),
            _ => self.exec_other(f),
        }
    }

    /// The less frequent statements (see `exec`).
    #[inline(never)]
    fn exec_other(&self, f: &Frame) -> PyResult<Flow> {
        match &self.kind {
            // The dispatcher's own kinds (never sent here).
            StmtKind::Expr(_)
            | StmtKind::Assign(..)
            | StmtKind::AugAssign(_)
            | StmtKind::Return(_)
            | StmtKind::If(_)
            | StmtKind::For(_)
            | StmtKind::Pass
            | StmtKind::Declaration => crate::eval::not_dispatched(),
            StmtKind::While(w) => {
                while truthy_test(&w.test, f)? {
                    morel_heap::safepoint();
                    match exec_block(f, w.body)? {
                        Flow::Break => return Ok(Flow::Normal),
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
                exec_block(f, w.orelse)
            }
            StmtKind::Break => Ok(Flow::Break),
            StmtKind::Continue => Ok(Flow::Continue),
            StmtKind::Raise(e, cause) => Err(do_raise(f, *e, *cause)?),
            StmtKind::Try(t) => exec_try(f, t),
            StmtKind::FunctionDef(d, target) => {
                // Decorators are evaluated top-down first, then applied bottom-up.
                let decs = eval_decorators(f, d.decorators)?;
                let func = make_function(f, d)?;
                let func = apply_decorators(f, decs, func)?;
                assign(f, target, func)?;
                Ok(Flow::Normal)
            }
            StmtKind::ClassDef(d, target) => {
                let decs = eval_decorators(f, d.decorators)?;
                let cls = match make_class(f, d) {
                    Ok(c) => c,
                    Err(e) => {
                        f.ts.pop_slots(decs.0);
                        return Err(e);
                    }
                };
                let cls = apply_decorators(f, decs, cls)?;
                assign(f, target, cls)?;
                Ok(Flow::Normal)
            }
            StmtKind::Delete(targets) => {
                for t in targets.iter() {
                    delete(f, t)?;
                }
                Ok(Flow::Normal)
            }
            StmtKind::Import(names) => {
                for (path, alias, bind) in names.iter() {
                    let full = as_str(*path).unwrap();
                    let m = crate::import::import_module(full)?;
                    if *alias {
                        // `import a.b as c` binds the leaf module
                        let mut leaf = m;
                        for part in full.split('.').skip(1) {
                            leaf = getattr(leaf, intern(part))?;
                        }
                        assign(f, bind, leaf)?;
                    } else {
                        assign(f, bind, m)?;
                    }
                }
                Ok(Flow::Normal)
            }
            StmtKind::ImportFrom(n) => {
                crate::import::import_from(f, n)?;
                Ok(Flow::Normal)
            }
            StmtKind::Assert(test, msg) => {
                if !test.eval_truth(f)? {
                    let cls = unsafe_class(classes().assertion_error);
                    let args = match msg {
                        Some(m) => {
                            let mv = m.eval(f)?;
                            new_tuple(&[mv])
                        }
                        None => new_tuple(&[]),
                    };
                    return Err(Exc(morel_runtime::types::exception::new_exception_with_args(cls, args)));
                }
                Ok(Flow::Normal)
            }
            StmtKind::With(w) => exec_with(f, w, 0),
            StmtKind::Match(m) => {
                let subject = m.subject.eval(f)?;
                let keep = f.ts.push(subject);
                let r = (|| {
                    for c in m.cases {
                        if match_pattern(f, &c.pattern, subject)? {
                            if let Some(g) = &c.guard {
                                if !g.eval_truth(f)? {
                                    continue;
                                }
                            }
                            return exec_block(f, c.body);
                        }
                    }
                    Ok(Flow::Normal)
                })();
                if let Some(k) = keep {
                    f.ts.pop_slots(k);
                }
                r
            }
            StmtKind::Annotate(n) => {
                if let Some((t, value)) = &n.assign {
                    let v = value.eval(f)?;
                    assign(f, t, v)?;
                }
                let v = n.annotation.eval(f)?;
                let key = intern("__annotations__");
                let d = match f.namespace {
                    Some(ns) => match ns.get_str(key) {
                        Some(d) => d,
                        None => {
                            let d = morel_runtime::types::dict::new_dict();
                            ns.set(key, d)?;
                            d
                        }
                    },
                    None => match f.module.get(key) {
                        Some(d) => d,
                        None => {
                            let d = morel_runtime::types::dict::new_dict();
                            f.module.set("__annotations__", d);
                            d
                        }
                    },
                };
                ops::setitem(d, n.name, v)?;
                Ok(Flow::Normal)
            }
            StmtKind::Display(e) => {
                let v = e.eval(f)?;
                if !v.is_none() {
                    let text = morel_runtime::ops::repr(v)?;
                    morel_runtime::builtins_module().set("_", v);
                    morel_runtime::output::write_stdout(&format!("{}\n", text));
                }
                Ok(Flow::Normal)
            }
        }
    }
}

/// `t1 = t2 = value`
#[inline(never)]
fn exec_assign(f: &Frame, targets: &[Target], value: &Expr) -> PyResult<Flow> {
    if let ([Target::Unpack(ts, None)], Expr::Tuple(s)) = (targets, value) {
        if !s.has_star && s.items.len() == ts.len() && ts.len() <= TUPLE_ASSIGN_MAX {
            return assign_tuple_display(f, ts, s.items);
        }
    }
    let v = value.eval(f)?;
    for t in targets.iter() {
        assign_fast(f, t, v)?;
    }
    Ok(Flow::Normal)
}

/// The most values `assign_tuple_display` takes.
const TUPLE_ASSIGN_MAX: usize = 4;

/// `a, b = x, y` (a tuple display unpacked into as many targets).
/// Specialization: the values are evaluated into a buffer on the stack (a
/// GC root), all of them before any target is stored, and no tuple is made.
/// Out of line: `exec_assign`'s common path keeps a small frame.
#[inline(never)]
fn assign_tuple_display(f: &Frame, ts: &[Target], items: &[Expr]) -> PyResult<Flow> {
    let mut buf = [Value::NONE; TUPLE_ASSIGN_MAX];
    for (slot, e) in buf.iter_mut().zip(items) {
        *slot = e.eval_operand(f)?;
    }
    for (t, v) in ts.iter().zip(&buf) {
        assign_fast(f, t, *v)?;
    }
    Ok(Flow::Normal)
}

/// `if test: body else: orelse`
#[inline(never)]
fn exec_if(f: &Frame, n: &IfNode) -> PyResult<Flow> {
    if truthy_test(&n.test, f)? {
        exec_block(f, n.body)
    } else {
        exec_block(f, n.orelse)
    }
}

/// Evaluates decorator expressions onto the frame's value stack; returns their base index.
fn eval_decorators(f: &Frame, decs: &[Expr]) -> PyResult<(usize, usize)> {
    let base = f.ts.sp();
    for d in decs {
        match d.eval(f) {
            Ok(v) => {
                f.ts.push(v);
            }
            Err(e) => {
                f.ts.pop_slots(base);
                return Err(e);
            }
        }
    }
    Ok((base, decs.len()))
}

fn apply_decorators(f: &Frame, (base, n): (usize, usize), mut v: Value) -> PyResult {
    let mut r = Ok(());
    for i in (0..n).rev() {
        match call(f.ts.get(base + i), &[v], &[]) {
            Ok(x) => v = x,
            Err(e) => {
                r = Err(e);
                break;
            }
        }
    }
    f.ts.pop_slots(base);
    r.map(|_| v)
}

fn unsafe_class(p: *const ClassObj) -> &'static ClassObj {
    // SAFETY: builtin classes are immortal.
    unsafe { &*p }
}

#[inline(always)]
fn truthy_test(e: &Expr, f: &Frame) -> PyResult<bool> {
    // `and`, `or`, `not` and comparison chains take each operand's truth
    // once (see `Expr::eval_truth`). A single comparison is evaluated as a
    // value: measured on fib.py and spectral_norm.py, the separate truth
    // path for it was 5-10% slower in wall time (not in instructions).
    match e {
        Expr::BoolOp(_) | Expr::UnaryOp(_) => return e.eval_truth(f),
        Expr::Compare(c) if c.ops.len() > 1 => return e.eval_truth(f),
        _ => {}
    }
    crate::eval::truth_of(e.eval(f)?)
}

/// `for target in iter: body else: orelse`.
///
/// Specializations: a `range` is iterated as a counter, a list or tuple by
/// index and an ASCII str by byte, with no iterator object allocated;
/// anything else uses the iterator protocol.
#[inline(never)]
fn exec_for(f: &Frame, n: &ForNode) -> PyResult<Flow> {
    let src = n.iter.eval(f)?;
    if !crate::eval::specializing() {
        return exec_for_generic(f, n, src);
    }
    if let Some(r) = as_range(src) {
        n.state.add(for_state::RANGE);
        let (mut i, stop, step) = (r.start, r.stop, r.step);
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            morel_heap::safepoint();
            assign_fast(f, &n.target, Value::small_int(i))?;
            match exec_block(f, n.body)? {
                Flow::Break => return Ok(Flow::Normal),
                Flow::Return(v) => return Ok(Flow::Return(v)),
                _ => {}
            }
            i += step;
        }
        return exec_block(f, n.orelse);
    }
    if let Some(l) = morel_runtime::object::downcast::<morel_runtime::types::list::ListObj>(src) {
        n.state.add(for_state::LIST);
        // A list may change while the body runs: its length is read again
        // at every step, as the list iterator does.
        return exec_for_indexed(f, n, |i| l.items.try_get(i));
    }
    if let Some(t) = morel_runtime::object::downcast::<morel_runtime::types::tuple::TupleObj>(src) {
        n.state.add(for_state::TUPLE);
        let items = t.as_slice();
        return exec_for_indexed(f, n, |i| items.get(i).copied());
    }
    if let Some(s) = morel_runtime::types::str::exact_str(src).filter(|s| s.is_ascii()) {
        // `for ch in text`: the characters of an ASCII str are its bytes,
        // each a shared one-character string (a str is immutable).
        n.state.add(for_state::STR);
        let bytes = s.as_str().as_bytes();
        return exec_for_indexed(f, n, |i| bytes.get(i).map(|b| morel_runtime::types::str::ascii_char(*b)));
    }
    n.state.add(for_state::OTHER);
    exec_for_generic(f, n, src)
}

/// The loop over an exact list or tuple by position, with no iterator
/// object: `item(i)` is the i-th item, None past the end. The caller holds
/// the sequence in its Rust locals, which keeps it alive.
#[inline(always)]
fn exec_for_indexed(f: &Frame, n: &ForNode, item: impl Fn(usize) -> Option<Value>) -> PyResult<Flow> {
    let mut i = 0;
    while let Some(v) = item(i) {
        morel_heap::safepoint();
        assign_fast(f, &n.target, v)?;
        match exec_block(f, n.body)? {
            Flow::Break => return Ok(Flow::Normal),
            Flow::Return(v) => return Ok(Flow::Return(v)),
            _ => {}
        }
        i += 1;
    }
    exec_block(f, n.orelse)
}

/// The generic `for`: the iterator protocol.
fn exec_for_generic(f: &Frame, n: &ForNode, src: Value) -> PyResult<Flow> {
    let it = ops::iter(src)?;
    // Specialization: a generator is resumed directly, without `ops::next`
    // asking every other iterator type first.
    let next: fn(Value) -> PyResult<Option<Value>> =
        if crate::generator::as_generator(it).is_some() { crate::generator::gen_next } else { ops::next };
    while let Some(v) = next(it)? {
        morel_heap::safepoint();
        assign(f, &n.target, v)?;
        match exec_block(f, n.body)? {
            Flow::Break => return Ok(Flow::Normal),
            Flow::Return(v) => return Ok(Flow::Return(v)),
            _ => {}
        }
    }
    std::hint::black_box(it);
    exec_block(f, n.orelse)
}

// ---------------------------------------------------------------------------
// assignment

/// Stores `v` into a target.
/// `assign` with a store to a local done in the caller (the common target).
#[inline(always)]
pub fn assign_fast(f: &Frame, t: &Target, v: Value) -> PyResult<()> {
    if let Target::Local(s, _) = t {
        f.set(*s, v);
        return Ok(());
    }
    assign(f, t, v)
}

pub fn assign(f: &Frame, t: &Target, v: Value) -> PyResult<()> {
    match t {
        Target::Local(s, _) => {
            f.set(*s, v);
            Ok(())
        }
        Target::Cell(s, _) => {
            let c = cell_in(f, *s);
            barrier(&c.header, v);
            c.value.set(v);
            Ok(())
        }
        Target::Global(g) => {
            // Module globals are shared: publish `v` first.
            share(v);
            g.cell.value.set(v);
            Ok(())
        }
        Target::Name(n) => match f.namespace {
            Some(_) if f.ns_map.is_some() => ops::setitem(f.ns_map.unwrap(), n.name, v),
            Some(ns) => ns.set(n.name, v),
            None => {
                share(v);
                n.global.cell.value.set(v);
                Ok(())
            }
        },
        Target::Attr(a) => {
            let o = a.obj.eval_operand(f)?;
            if crate::eval::specializing() {
                return morel_runtime::attr::setattr_cached(&a.cache, o, a.name, v);
            }
            setattr(o, a.name, v)
        }
        Target::Subscript(s) => {
            let o = s.obj.eval_operand(f)?;
            // Specialization: `l[i:j] = v` on an exact list, from the bounds
            // without a slice object.
            if let (Expr::Slice(sl), true) = (&s.index, crate::eval::specializing()) {
                if let Some(l) = morel_runtime::object::downcast::<morel_runtime::types::list::ListObj>(o) {
                    let lo = crate::eval::opt_eval(sl.lower, f)?;
                    let hi = crate::eval::opt_eval(sl.upper, f)?;
                    let st = crate::eval::opt_eval(sl.step, f)?;
                    return morel_runtime::methods::list_set_slice_bounds(l, lo, hi, st, v);
                }
            }
            let i = s.index.eval_operand(f)?;
            s.set(o, i, v)
        }
        Target::Unpack(ts, star) => unpack(f, ts, *star, v),
        Target::Starred(_) => raise!(type_error, "starred assignment target must be in a list or tuple"),
    }
}

fn unpack(f: &Frame, ts: &[Target], star: Option<usize>, v: Value) -> PyResult<()> {
    // Specialization: a tuple of the right size, its items assigned straight
    // from the tuple (immutable, and kept alive by `v`) with no copy.
    if star.is_none() {
        if let Some(items) = tuple_items(v).filter(|t| t.len() == ts.len()) {
            for (t, x) in ts.iter().zip(items) {
                assign_fast(f, t, *x)?;
            }
            return Ok(());
        }
    }
    // Fast path: a tuple or list of the right size.
    let items: Value = if tuple_items(v).is_some() || list_obj(v).is_some() {
        v
    } else {
        ops::to_list(v).map_err(|e| {
            if ops::is_instance_of(e.0, classes().type_error) {
                exc!(type_error, "cannot unpack non-iterable {} object", type_name(v))
            } else {
                e
            }
        })?
    };
    let slice: Vec<Value> = match tuple_items(items) {
        Some(t) => t.to_vec(),
        None => list_obj(items).unwrap().items.as_slice().to_vec(),
    }; // rooted by `items`
    let n = slice.len();
    match star {
        None => {
            if n != ts.len() {
                if n > ts.len() {
                    return raise!(value_error, "too many values to unpack (expected {})", ts.len());
                }
                return raise!(value_error, "not enough values to unpack (expected {}, got {})", ts.len(), n);
            }
            for (t, x) in ts.iter().zip(slice.iter()) {
                assign(f, t, *x)?;
            }
        }
        Some(si) => {
            let after = ts.len() - si - 1;
            if n < ts.len() - 1 {
                return raise!(value_error, "not enough values to unpack (expected at least {}, got {})", ts.len() - 1, n);
            }
            for i in 0..si {
                assign(f, &ts[i], slice[i])?;
            }
            let mid = morel_runtime::types::list::new_list(&slice[si..n - after]);
            let Target::Starred(inner) = &ts[si] else { unreachable!() };
            assign(f, inner, mid)?;
            for j in 0..after {
                assign(f, &ts[si + 1 + j], slice[n - after + j])?;
            }
        }
    }
    std::hint::black_box(items);
    Ok(())
}

/// `target op= value`: the target is read once and written once.
#[inline(never)]
fn aug_assign(f: &Frame, a: &AugAssignNode) -> PyResult<()> {
    let spec = crate::eval::specializing();
    let apply = |cur: Value, rhs: Value| -> PyResult {
        if spec && cur.is_small_int() && rhs.is_small_int() {
            a.state.add(binop_state::INT_INT);
            if let Some(v) = crate::eval::int_int(a.op, cur.as_small_int(), rhs.as_small_int()) {
                return Ok(v);
            }
        } else if spec && cur.is_float() && rhs.is_float() {
            a.state.add(binop_state::FLOAT_FLOAT);
            if let Some(v) = crate::eval::float_float(a.op, cur.as_float(), rhs.as_float()) {
                return Ok(v);
            }
        } else {
            a.state.add(binop_state::OTHER);
        }
        ops::inplace_binop(a.op, cur, rhs)
    };
    match &a.target {
        Target::Local(s, name) => {
            let cur = f.get(*s);
            if cur.is_unbound() {
                return raise!(
                    unbound_local_error,
                    "cannot access local variable '{}' where it is not associated with a value",
                    as_str(*name).unwrap_or("?")
                );
            }
            let rhs = a.value.eval_operand(f)?;
            f.set(*s, apply(cur, rhs)?);
        }
        Target::Cell(s, name) => {
            let c = cell_in(f, *s);
            let cur = c.value.get();
            if cur.is_unbound() {
                return raise!(
                    name_error,
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    as_str(*name).unwrap_or("?")
                );
            }
            let rhs = a.value.eval_operand(f)?;
            let nv = apply(cur, rhs)?;
            barrier(&c.header, nv);
            c.value.set(nv);
        }
        Target::Global(g) => {
            let cur = crate::eval::load_global(g)?;
            let rhs = a.value.eval_operand(f)?;
            let nv = apply(cur, rhs)?;
            share(nv);
            g.cell.value.set(nv);
        }
        Target::Name(n) => {
            let cur = Expr::LoadName(n).eval(f)?;
            let rhs = a.value.eval_operand(f)?;
            assign(f, &a.target, apply(cur, rhs)?)?;
        }
        Target::Attr(at) => aug_assign_attr(f, a, at, spec, apply)?,
        Target::Subscript(s) => {
            let o = s.obj.eval_operand(f)?;
            let i = s.index.eval_operand(f)?;
            let cur = s.get(o, i)?;
            let rhs = a.value.eval_operand(f)?;
            let nv = apply(cur, rhs)?;
            s.set(o, i, nv)?;
        }
        _ => return raise!(type_error, "illegal expression for augmented assignment"),
    }
    Ok(())
}

/// `o.n op= v`. Specialization: the load and the store through inline
/// caches, as for `o.n` and `o.n = v`. Out of line, so that `aug_assign`'s
/// frame stays as small as its local and subscript arms need.
#[inline(never)]
fn aug_assign_attr(
    f: &Frame,
    a: &AugAssignNode,
    at: &AttributeNode,
    spec: bool,
    apply: impl Fn(Value, Value) -> PyResult,
) -> PyResult<()> {
    let o = at.obj.eval_operand(f)?;
    let cur = at.load_from(o)?;
    let rhs = a.value.eval_operand(f)?;
    let nv = apply(cur, rhs)?;
    if spec {
        morel_runtime::attr::setattr_cached(&a.store_cache, o, at.name, nv)
    } else {
        setattr(o, at.name, nv)
    }
}

fn delete(f: &Frame, t: &Target) -> PyResult<()> {
    match t {
        Target::Local(s, name) => {
            if f.get(*s).is_unbound() {
                return raise!(
                    unbound_local_error,
                    "cannot access local variable '{}' where it is not associated with a value",
                    as_str(*name).unwrap_or("?")
                );
            }
            f.set(*s, Value::UNBOUND);
        }
        Target::Cell(s, name) => {
            let c = cell_in(f, *s);
            if c.value.get().is_unbound() {
                return raise!(name_error, "name '{}' is not defined", as_str(*name).unwrap_or("?"));
            }
            c.value.set(Value::UNBOUND);
        }
        Target::Global(g) => {
            if g.cell.value.get().is_unbound() {
                return raise!(name_error, "name '{}' is not defined", as_str(g.name).unwrap_or("?"));
            }
            g.cell.value.set(Value::UNBOUND);
        }
        Target::Name(n) => {
            let removed = match (f.namespace, f.ns_map) {
                (Some(_), Some(m)) => match ops::delitem(m, n.name) {
                    Ok(()) => true,
                    Err(e) if ops::is_instance_of(e.0, classes().key_error) => false,
                    Err(e) => return Err(e),
                },
                (Some(ns), None) => ns.remove(n.name)?.is_some(),
                (None, _) => false,
            };
            if !removed {
                if n.global.cell.value.get().is_unbound() {
                    return raise!(name_error, "name '{}' is not defined", as_str(n.name).unwrap_or("?"));
                }
                n.global.cell.value.set(Value::UNBOUND);
            }
        }
        Target::Attr(a) => {
            let o = a.obj.eval(f)?;
            delattr(o, a.name)?;
        }
        Target::Subscript(s) => {
            let o = s.obj.eval(f)?;
            let i = s.index.eval(f)?;
            ops::delitem(o, i)?;
        }
        Target::Unpack(ts, _) => {
            for t in ts.iter() {
                delete(f, t)?;
            }
        }
        Target::Starred(_) => return raise!(type_error, "cannot delete starred"),
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// match

/// Builtin types whose single positional class pattern matches the subject itself.
fn self_matching(cls: &ClassObj) -> bool {
    matches!(cls.name(), "bool" | "bytearray" | "bytes" | "dict" | "float" | "frozenset" | "int" | "list" | "set" | "str" | "tuple")
        && cls.module.get() == intern("builtins")
}

/// Does `v` match pattern `p`? Captures bind as matching proceeds.
fn match_pattern(f: &Frame, p: &Pattern, v: Value) -> PyResult<bool> {
    match p {
        Pattern::Value(e) => {
            let x = e.eval(f)?;
            ops::eq(v, x)
        }
        Pattern::Singleton(s) => Ok(v == *s),
        Pattern::As(inner, name) => {
            if let Some(ip) = inner {
                if !match_pattern(f, ip, v)? {
                    return Ok(false);
                }
            }
            if let Some(t) = name {
                assign(f, t, v)?;
            }
            Ok(true)
        }
        Pattern::Or(alts) => {
            for a in alts.iter() {
                if match_pattern(f, a, v)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Pattern::Star(_) => Ok(true),
        Pattern::Sequence(pats, star) => {
            // sequences: list, tuple, range and their subclasses; not str or dict
            let is_seq = list_obj(v).is_some() || tuple_items(v).is_some() || as_range(v).is_some();
            if !is_seq {
                return Ok(false);
            }
            let items = ops::to_list(v)?;
            let keep = f.ts.push(items);
            let r = (|| {
                let l = list_obj(items).unwrap();
                let n = l.items.len();
                match star {
                    None => {
                        if n != pats.len() {
                            return Ok(false);
                        }
                        for (i, sp) in pats.iter().enumerate() {
                            if !match_pattern(f, sp, l.items.get(i))? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    }
                    Some(si) => {
                        let after = pats.len() - si - 1;
                        if n < pats.len() - 1 {
                            return Ok(false);
                        }
                        for i in 0..*si {
                            if !match_pattern(f, &pats[i], l.items.get(i))? {
                                return Ok(false);
                            }
                        }
                        for j in 0..after {
                            if !match_pattern(f, &pats[si + 1 + j], l.items.get(n - after + j))? {
                                return Ok(false);
                            }
                        }
                        if let Pattern::Star(Some(t)) = &pats[*si] {
                            let mid = morel_runtime::types::list::new_list(&l.items.as_slice()[*si..n - after]);
                            assign(f, t, mid)?;
                        }
                        Ok(true)
                    }
                }
            })();
            if let Some(k) = keep {
                f.ts.pop_slots(k);
            }
            r
        }
        Pattern::Mapping(keys, pats, rest) => {
            let Some(d) = dict_obj(v) else { return Ok(false) };
            let mut seen = Vec::new();
            for (k, sp) in keys.iter().zip(pats.iter()) {
                let kv = k.eval(f)?;
                match d.get(kv)? {
                    Some(x) => {
                        if !match_pattern(f, sp, x)? {
                            return Ok(false);
                        }
                        seen.push(kv);
                    }
                    None => return Ok(false),
                }
            }
            if let Some(t) = rest {
                let out = new_dict_obj();
                for (k, x) in d.items() {
                    let mut skip = false;
                    for s in &seen {
                        if ops::eq(k, *s)? {
                            skip = true;
                            break;
                        }
                    }
                    if !skip {
                        out.set(k, x)?;
                    }
                }
                assign(f, t, Value::from_ptr(out))?;
            }
            Ok(true)
        }
        Pattern::Class(ce, pos, kws) => {
            let cv = ce.eval(f)?;
            let Some(cls) = as_class(cv) else {
                return raise!(type_error, "called match pattern must be a class");
            };
            if !class_of(v).is_subclass(cls) {
                return Ok(false);
            }
            if !pos.is_empty() {
                if self_matching(cls) && pos.len() == 1 {
                    if !match_pattern(f, &pos[0], v)? {
                        return Ok(false);
                    }
                } else {
                    let names = match cls.lookup_str("__match_args__") {
                        Some(t) => tuple_items(t).map(|t| t.to_vec()).unwrap_or_default(),
                        None => Vec::new(),
                    };
                    if pos.len() > names.len() {
                        return raise!(
                            type_error,
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cls.name(),
                            names.len(),
                            if names.len() == 1 { "" } else { "s" },
                            pos.len()
                        );
                    }
                    for (sp, name) in pos.iter().zip(names.iter()) {
                        match morel_runtime::attr::getattr_opt(v, *name)? {
                            Some(x) => {
                                if !match_pattern(f, sp, x)? {
                                    return Ok(false);
                                }
                            }
                            None => return Ok(false),
                        }
                    }
                }
            }
            for (name, sp) in kws.iter() {
                match morel_runtime::attr::getattr_opt(v, *name)? {
                    Some(x) => {
                        if !match_pattern(f, sp, x)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            Ok(true)
        }
    }
}

// ---------------------------------------------------------------------------
// exceptions

/// Evaluates a `raise` statement into the exception to propagate.
fn do_raise(f: &Frame, e: Option<Expr>, cause: Option<Expr>) -> PyResult<Exc> {
    let ts = f.ts;
    let Some(e) = e else {
        let cur = ts.handling.borrow().last().copied();
        return match cur {
            Some(x) => Ok(Exc(x)),
            None => raise!(runtime_error, "No active exception to reraise"),
        };
    };
    let v = e.eval(f)?;
    let exc = make_exception(v)?;
    if let Some(c) = cause {
        let cv = c.eval(f)?;
        let cause_v = if cv.is_none() { Value::NONE } else { make_exception(cv).map_err(|_| exc!(type_error, "exception causes must derive from BaseException"))? };
        if let Some(st) = exc_state(exc) {
            st.cause.set(cause_v);
            st.suppress_context.set(true);
        }
    }
    set_context(ts, exc);
    Ok(Exc(exc))
}

/// Links a newly raised exception to the one being handled (`__context__`).
pub fn set_context(ts: &morel_runtime::thread::ThreadState, exc: Value) {
    if let Some(cur) = ts.handling.borrow().last().copied() {
        if cur != exc {
            if let Some(st) = exc_state(exc) {
                if st.context.get().is_none() {
                    st.context.set(cur);
                }
            }
        }
    }
}

/// An exception instance from a `raise` operand (a class is instantiated).
pub fn make_exception(v: Value) -> PyResult {
    if let Some(c) = as_class(v) {
        if c.layout.get() == Layout::Exception {
            return call(v, &[], &[]);
        }
    } else if is_exception_instance(v) {
        return Ok(v);
    }
    raise!(type_error, "exceptions must derive from BaseException")
}

fn exec_try(f: &Frame, t: &TryNode) -> PyResult<Flow> {
    let r = match exec_block(f, t.body) {
        Ok(Flow::Normal) => exec_block(f, t.orelse),
        Ok(flow) => Ok(flow),
        Err(e) => handle(f, t, e),
    };
    if t.finalbody.is_empty() {
        return r;
    }
    // `finally` runs on every way out; its own break/return/raise wins.
    match r {
        Ok(flow) => match exec_block(f, t.finalbody)? {
            Flow::Normal => Ok(flow),
            other => Ok(other),
        },
        Err(e) => {
            f.ts.handling.borrow_mut().push(e.0);
            let fr = exec_block(f, t.finalbody);
            f.ts.handling.borrow_mut().pop();
            match fr? {
                Flow::Normal => Err(e),
                other => Ok(other),
            }
        }
    }
}

fn handle(f: &Frame, t: &TryNode, e: Exc) -> PyResult<Flow> {
    for h in t.handlers {
        let matches = match &h.typ {
            None => true,
            Some(te) => {
                let spec = te.eval(f)?;
                exception_matches(e.0, spec)?
            }
        };
        if !matches {
            continue;
        }
        if let Some(name) = &h.name {
            assign(f, name, e.0)?;
        }
        f.ts.handling.borrow_mut().push(e.0);
        let r = exec_block(f, h.body);
        f.ts.handling.borrow_mut().pop();
        if let Some(name) = &h.name {
            // `except E as e` unbinds e at the end of the handler
            let _ = delete(f, name);
        }
        return r;
    }
    Err(e)
}

/// `except spec` matching (a class or tuple of classes).
pub fn exception_matches(exc: Value, spec: Value) -> PyResult<bool> {
    if let Some(c) = as_class(spec) {
        if c.layout.get() != Layout::Exception {
            return raise!(type_error, "catching classes that do not inherit from BaseException is not allowed");
        }
        return Ok(class_of(exc).is_subclass(c));
    }
    if let Some(ts) = tuple_items(spec) {
        // every item must be an exception class (no nested tuples), checked
        // before any matching
        let is_exc_class = |s: &Value| as_class(*s).map(|c| c.layout.get() == Layout::Exception).unwrap_or(false);
        if !ts.iter().all(is_exc_class) {
            return raise!(type_error, "catching classes that do not inherit from BaseException is not allowed");
        }
        return Ok(ts.iter().any(|s| class_of(exc).is_subclass(as_class(*s).unwrap())));
    }
    raise!(type_error, "catching classes that do not inherit from BaseException is not allowed")
}

fn exec_with(f: &Frame, w: &WithNode, i: usize) -> PyResult<Flow> {
    if i == w.items.len() {
        return exec_block(f, w.body);
    }
    let (ctx_e, target) = &w.items[i];
    let mgr = ctx_e.eval(f)?;
    let cls = class_of(mgr);
    let (enter, exit) = (cls.lookup_str("__enter__"), cls.lookup_str("__exit__"));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        return raise!(
            type_error,
            "'{}' object does not support the context manager protocol{}",
            type_name(mgr),
            if enter.is_some() { " (missed __exit__ method)" } else { "" }
        );
    };
    let keep = f.ts.push(mgr);
    let r = (|| {
        let v = call_with_receiver(enter, mgr, &[], &[])?;
        if let Some(t) = target {
            assign(f, t, v)?;
        }
        match exec_with(f, w, i + 1) {
            Ok(flow) => {
                call_with_receiver(exit, mgr, &[Value::NONE, Value::NONE, Value::NONE], &[])?;
                Ok(flow)
            }
            Err(e) => {
                let et = Value::from_ptr(class_of(e.0));
                f.ts.handling.borrow_mut().push(e.0);
                let tb = exc_state(e.0).map(|s| s.traceback.get()).filter(|t| !t.is_none()).unwrap_or_else(|| new_tuple(&[]));
                let sup = call_with_receiver(exit, mgr, &[et, e.0, tb], &[]);
                f.ts.handling.borrow_mut().pop();
                if ops::truthy(sup?)? {
                    Ok(Flow::Normal)
                } else {
                    Err(e)
                }
            }
        }
    })();
    if let Some(k) = keep {
        f.ts.pop_slots(k);
    }
    r
}

// ---------------------------------------------------------------------------
// functions and classes

/// Creates a function object for `def`/`lambda` in frame `f`.
pub fn make_function(f: &Frame, d: &'static FunctionDefNode) -> PyResult {
    let ts = f.ts;
    let base = ts.sp();
    let r = (|| {
        for e in d.defaults {
            let v = e.eval(f)?;
            ts.push(v);
        }
        let defaults = if d.defaults.is_empty() { Value::NONE } else { new_tuple(ts.values(base, d.defaults.len())) };
        ts.push(defaults);
        let closure = if d.closure.is_empty() {
            Value::NONE
        } else {
            let cells: Vec<Value> = d.closure.iter().map(|s| f.get(*s)).collect(); // rooted by the frame
            new_tuple(&cells)
        };
        let code = d.code;
        let func = new_function(code as *const CodeUnit as *const (), code.name, code.qualname, code.module, defaults, closure);
        if let Some(doc) = docstring(code.body) {
            as_function(func).unwrap().doc.set(doc);
        }
        if d.kw_defaults.iter().any(|k| k.is_some()) {
            let fv = as_function(func).unwrap();
            ts.push(func);
            let kd = new_dict_obj();
            for (i, k) in d.kw_defaults.iter().enumerate() {
                if let Some(e) = k {
                    let v = e.eval(f)?;
                    kd.set(code.params.names[code.params.n_pos + code.params.vararg as usize + i], v)?;
                }
            }
            fv.kwdefaults.set(Value::from_ptr(kd));
        }
        if !d.annotations.is_empty() {
            ts.push(func);
            let ad = new_dict_obj();
            // a function is shared from birth: so is what it holds
            share(Value::from_ptr(ad));
            as_function(func).unwrap().annotations.set(Value::from_ptr(ad));
            for (name, e) in d.annotations {
                let v = e.eval(f)?;
                ad.set(*name, v)?;
            }
        }
        Ok(func)
    })();
    ts.pop_slots(base);
    r
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<Value> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr::Const(c))) if morel_runtime::types::str::str_obj(c.value).is_some() => Some(c.value),
        _ => None,
    }
}

/// Runs a function body whose arguments are already bound in slots at `base`
/// of `ts`, the calling thread's state.
#[inline]
pub fn run_function(func: &'static FunctionObj, code: &'static CodeUnit, base: usize, ts: &'static ThreadState) -> PyResult {
    enter_call(ts)?;
    code.note_call();
    if code.is_generator {
        leave_call(ts);
        return crate::generator::make_generator(func, code, base);
    }
    let frame = function_frame(func, code, base, ts);
    morel_heap::safepoint();
    let r = exec_block(&frame, code.body);
    leave_call(ts);
    match r {
        Ok(Flow::Return(v)) => Ok(v),
        Ok(_) => Ok(Value::NONE),
        Err(e) => Err(e),
    }
}

/// The interpreter's implementation of calling a Python function (the hook
/// the runtime calls for `FunctionObj`s).
pub fn call_python(func: &'static FunctionObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let code = code_of(func);
    let ts = thread();
    let base = crate::frame::alloc_slots(ts, code.n_slots)?;
    let r = match bind_args(func, code, ts.slots(base, code.n_slots), args, kw) {
        Ok(()) => run_function(func, code, base, ts),
        Err(e) => Err(e),
    };
    ts.pop_slots(base);
    r
}

/// Runs a module's code in its module.
pub fn run_module_code(code: &'static CodeUnit) -> PyResult<()> {
    code.note_call();
    let f = plain_frame(code, None)?;
    let r = exec_block(&f, code.body);
    f.ts.pop_slots(f.base);
    r.map(|_| ())
}

/// Replaces the bases that are not classes by what their `__mro_entries__`
/// gives (a generic alias gives its origin). Returns the original bases
/// (for `__orig_bases__`) when any was replaced.
fn resolve_mro_entries(bl: &'static morel_runtime::types::list::ListObj) -> PyResult<Option<Value>> {
    if bl.items.as_slice().iter().all(|b| as_class(*b).is_some()) {
        return Ok(None);
    }
    let orig = new_tuple(bl.items.as_slice());
    let mut out = Vec::new();
    for b in morel_runtime::types::tuple::tuple_items(orig).unwrap() {
        if as_class(*b).is_some() {
            out.push(*b);
        } else if let Some(a) = morel_runtime::types::generic::as_alias(*b) {
            out.push(a.origin);
        } else if let Some(m) = morel_runtime::attr::getattr_opt(*b, intern("__mro_entries__"))? {
            let r = call(m, &[orig], &[])?;
            match morel_runtime::types::tuple::tuple_items(r) {
                Some(t) => out.extend_from_slice(t),
                None => return raise!(type_error, "__mro_entries__ must return a tuple"),
            }
        } else {
            out.push(*b);
        }
    }
    bl.items.replace_all(&out);
    Ok(Some(orig))
}

fn make_class(f: &Frame, d: &'static ClassDefNode) -> PyResult {
    let ts = f.ts;
    let base = ts.sp();
    let r = (|| {
        let bl = new_list_obj(d.bases.len());
        ts.push(Value::from_ptr(bl));
        let mut metaclass = None;
        let class_kw = new_dict_obj();
        ts.push(Value::from_ptr(class_kw));
        for a in d.bases {
            match a {
                Arg::Pos(e) => bl.items.push(e.eval(f)?),
                Arg::Star(e) => {
                    let v = e.eval(f)?;
                    ops::inplace_binop(BinOp::Add, Value::from_ptr(bl), v)?;
                }
                Arg::Kw(n, e) if as_str(*n) == Some("metaclass") => metaclass = Some(e.eval(f)?),
                Arg::Kw(n, e) => {
                    let v = e.eval(f)?;
                    class_kw.set(*n, v)?;
                }
                Arg::StarStar(e) => {
                    let m = e.eval(f)?;
                    morel_runtime::methods::dict_update_from(class_kw, m)?;
                }
            }
        }
        // `__mro_entries__`: a generic alias (`list[int]`) stands for its origin
        let orig_bases = resolve_mro_entries(bl)?;
        if let Some(o) = orig_bases {
            ts.push(o);
        }
        // the metaclass: explicit, else the most derived among the bases' classes
        if metaclass.is_none() {
            let mut best: Option<&'static ClassObj> = None;
            for b in bl.items.as_slice() {
                let m = class_of(*b);
                if std::ptr::eq(m, classes().type_) {
                    continue;
                }
                best = match best {
                    Some(cur) if cur.is_subclass(m) => Some(cur),
                    _ => Some(m),
                };
            }
            metaclass = best.map(|m| Value::from_ptr(m));
        }
        let metaclass = metaclass.filter(|m| *m != Value::from_ptr(classes().type_));
        for b in bl.items.as_slice() {
            if as_class(*b).is_none() {
                return raise!(type_error, "bases must be types");
            }
        }
        // run the body in a fresh namespace, or in the one the metaclass's
        // `__prepare__(name, bases, **kw)` makes
        let mut ns_map = None;
        let ns = match metaclass {
            Some(meta) => {
                let prepared = match morel_runtime::attr::getattr_opt(meta, intern("__prepare__"))? {
                    Some(p) => {
                        let bases_t = new_tuple(bl.items.as_slice());
                        ts.push(bases_t);
                        let pairs: Vec<(Value, Value)> = class_kw.items().iter().copied().collect();
                        call(p, &[d.name, bases_t], &pairs)?
                    }
                    None => Value::from_ptr(new_dict_obj()),
                };
                ts.push(prepared);
                match morel_runtime::object::downcast::<morel_runtime::types::dict::DictObj>(prepared) {
                    Some(ns) => ns,
                    None => match morel_runtime::types::dict::dict_obj(prepared) {
                        Some(ns) => {
                            ns_map = Some(prepared);
                            ns
                        }
                        None => {
                            let mname = as_class(meta).map(|c| c.name()).unwrap_or("type");
                            return raise!(type_error, "{}.__prepare__() must return a mapping, not {}", mname, type_name(prepared));
                        }
                    },
                }
            }
            None => new_dict_obj(),
        };
        ts.push(Value::from_ptr(ns));
        let modname = morel_runtime::types::function::as_module(d.body.module).map(|m| m.name).unwrap_or(Value::NONE);
        match ns_map {
            Some(m) => {
                ops::setitem(m, intern("__module__"), modname)?;
                ops::setitem(m, intern("__qualname__"), d.body.qualname)?;
                if let Some(o) = orig_bases {
                    ops::setitem(m, intern("__orig_bases__"), o)?;
                }
                if let Some(doc) = docstring(d.body.body) {
                    ops::setitem(m, intern("__doc__"), doc)?;
                }
            }
            None => {
                ns.set(intern("__module__"), modname)?;
                ns.set(intern("__qualname__"), d.body.qualname)?;
                if let Some(o) = orig_bases {
                    ns.set(intern("__orig_bases__"), o)?;
                }
                // every class has its own __doc__ (not inherited)
                ns.set(intern("__doc__"), docstring(d.body.body).unwrap_or(Value::NONE))?;
            }
        }
        d.body.note_call();
        let mut bf = plain_frame(d.body, Some(ns))?;
        bf.ns_map = ns_map;
        for (slot, _) in d.body.cells {
            bf.set(*slot, Value::from_ptr(morel_runtime::types::function::new_cell(Value::UNBOUND)));
        }
        if !d.closure.is_empty() {
            for (slot, src) in d.body.frees.iter().zip(d.closure) {
                bf.set(*slot, f.get(*src));
            }
        }
        let r = exec_block(&bf, d.body.body);
        // the implicit `__class__` cell, filled once the class exists
        let class_cell = d
            .body
            .cells
            .iter()
            .find(|(s, _)| as_str(d.body.slot_names[s.0 as usize]) == Some("__class__"))
            .map(|(s, _)| bf.get(*s));
        ts.pop_slots(bf.base);
        r?;
        if let Some(c) = class_cell {
            ts.push(c);
        }
        if let Some(meta) = metaclass {
            // `Meta(name, bases, namespace, **kw)` makes the class
            let bases_t = new_tuple(bl.items.as_slice());
            ts.push(bases_t);
            let pairs: Vec<(Value, Value)> = class_kw.items().iter().copied().collect();
            let made = call(meta, &[d.name, bases_t, ns_map.unwrap_or(Value::from_ptr(ns))], &pairs)?;
            ts.push(made);
            if let Some(c) = as_class(made) {
                if let Some(cell) = class_cell.and_then(morel_runtime::types::function::as_cell) {
                    cell.value.set(made);
                }
                if c.module.get().is_none() {
                    c.module.set(modname);
                }
                morel_runtime::call::finish_class_hooks(c, ns, new_dict_obj())?;
            }
            return Ok(made);
        }
        let bases = bl.items.as_slice();
        let layout = bases.first().and_then(|b| as_class(*b)).map(|b| b.layout.get()).unwrap_or(Layout::Object);
        let layout = if layout == Layout::Builtin { Layout::Object } else { layout };
        let name = as_str(d.name).unwrap();
        let cls = morel_runtime::types::class::try_new_class(name, bases, layout)?;

        let cv = Value::from_ptr(cls);
        ts.push(cv);
        for (k, v) in ns.items() {
            if as_str(k) == Some("__qualname__") {
                if as_str(v).is_some() {
                    cls.qualname.set(v);
                }
                continue;
            }
            cls.set_attr(k, v)?;
        }
        cls.module.set(modname);
        if let Some(c) = class_cell.and_then(morel_runtime::types::function::as_cell) {
            c.value.set(cv);
        }
        morel_runtime::call::finish_class_hooks(cls, ns, class_kw)?;
        Ok(cv)
    })();
    ts.pop_slots(base);
    r
}

