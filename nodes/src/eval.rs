//! Expression nodes: `eval` for every `Expr` kind. Each node family keeps its
//! fast paths inline and its generic fallback in a `#[cold]` function.

use crate::frame::{cell_in, Frame};
use crate::tree::*;
use morel_runtime::attr::{getattr, getattr_opt};
use morel_runtime::call::call;
use morel_runtime::ops::{self, BinOp, CmpOp};
use morel_runtime::types::class::{as_instance, class_of};
use morel_runtime::types::dict::{dict_obj, new_dict_obj};
use morel_runtime::types::function::{as_builtin, as_function, FunctionObj};
use morel_runtime::types::int::int_from_i64;
use morel_runtime::types::list::{list_obj, new_list_obj};
use morel_runtime::types::str::{as_str, exact_str, new_str, str_eq, str_obj, StrObj};
use morel_runtime::types::tuple::{new_tuple, tuple_items};
use morel_runtime::{exc, raise, Exc, PyResult, Value};

impl Expr {
    /// Evaluates the expression in `f`.
    ///
    /// A dispatcher only: the leaf reads are inline and every other arm is a
    /// call to an out-of-line function, so this match needs no callee-saved
    /// registers and each arm compiles to a tail jump. (Keeping the node
    /// families inline here made every evaluation save and restore the
    /// registers of the biggest arm: about 16 instructions per node in
    /// `callgrind` runs of fib.py.)
    #[inline]
    pub fn eval(&self, f: &Frame) -> PyResult {
        match *self {
            Expr::Const(c) => Ok(c.value),
            Expr::LoadLocal(n) => load_local(f, n),
            Expr::LoadCell(n) => load_cell(f, n),
            Expr::LoadGlobal(g) => load_global(g),
            Expr::BinOp(b) => b.eval(f),
            Expr::Compare(c) => c.eval(f),
            Expr::Call(c) => c.eval(f),
            Expr::CallMethod(c) => c.eval(f),
            Expr::Attribute(a) => a.eval(f),
            Expr::Subscript(s) => s.eval(f),
            _ => self.eval_other(f),
        }
    }

    /// `eval` with the leaf reads (a local, a constant) done in the caller:
    /// the operands of operators, subscripts, attribute loads and call
    /// arguments are most often leaves, and reading one inline saves a call,
    /// a dispatch and a result check (a load and a compare instead).
    #[inline(always)]
    pub fn eval_operand(&self, f: &Frame) -> PyResult {
        match *self {
            Expr::LoadLocal(n) => load_local(f, n),
            Expr::Const(c) => Ok(c.value),
            _ => self.eval(f),
        }
    }

    /// The truth of the expression where only the truth is used (`if`,
    /// `while`, conditions of comprehensions and `x if c else y`).
    ///
    /// In such a place Python takes the truth of each operand of `and`,
    /// `or`, `not` and of each link of a comparison chain once, where the
    /// same expression as a value may take it twice (`not (a < b < c)`
    /// makes a value of the falsy link, then negates it): those kinds
    /// combine their operands' truths here. A single comparison of two
    /// ints or two floats gives its answer without making a bool; anything
    /// else is evaluated and tested.
    #[inline]
    pub fn eval_truth(&self, f: &Frame) -> PyResult<bool> {
        match *self {
            Expr::Compare(c) => c.eval_truth(f),
            Expr::UnaryOp(u) if u.op == UnaryOpKind::Not => u.operand.eval_truth(f).map(|t| !t),
            Expr::BoolOp(b) => b.eval_truth(f),
            _ => truth_of(self.eval(f)?),
        }
    }

    /// The less frequent expression kinds (see `eval`).
    #[inline(never)]
    fn eval_other(&self, f: &Frame) -> PyResult {
        match *self {
            // The dispatcher's own kinds (never sent here).
            Expr::Const(_)
            | Expr::LoadLocal(_)
            | Expr::LoadCell(_)
            | Expr::LoadGlobal(_)
            | Expr::BinOp(_)
            | Expr::Compare(_)
            | Expr::Call(_)
            | Expr::CallMethod(_)
            | Expr::Attribute(_)
            | Expr::Subscript(_) => not_dispatched(),
            Expr::LoadName(n) => load_name(f, n),
            Expr::UnaryOp(u) => {
                let v = u.operand.eval(f)?;
                match u.op {
                    UnaryOpKind::Not => Ok(Value::bool(!ops::truthy(v)?)),
                    UnaryOpKind::Neg => {
                        if v.is_small_int() {
                            return Ok(int_from_i64(-v.as_small_int()));
                        }
                        ops::neg(v)
                    }
                    UnaryOpKind::Pos => ops::pos(v),
                    UnaryOpKind::Invert => ops::invert(v),
                }
            }
            Expr::BoolOp(b) => {
                let (last, rest) = b.values.split_last().unwrap();
                for e in rest {
                    let v = e.eval(f)?;
                    if ops::truthy(v)? != b.is_and {
                        return Ok(v);
                    }
                }
                last.eval(f)
            }
            Expr::Slice(s) => {
                let lo = opt_eval(s.lower, f)?;
                let hi = opt_eval(s.upper, f)?;
                let st = opt_eval(s.step, f)?;
                Ok(morel_runtime::methods::new_slice(lo, hi, st))
            }
            Expr::List(s) => {
                let l = new_list_obj(s.items.len());
                let lv = Value::from_ptr(l);
                for e in s.items {
                    if let Expr::Starred(inner) = e {
                        let v = inner.eval(f)?;
                        ops::inplace_binop(BinOp::Add, lv, v).map_err(|_| not_iterable_star(v))?;
                    } else {
                        l.items.push(e.eval(f)?);
                    }
                }
                Ok(lv)
            }
            Expr::Tuple(s) => {
                if !s.has_star && s.items.len() <= 4 {
                    let mut buf = [Value::NONE; 4];
                    for (i, e) in s.items.iter().enumerate() {
                        buf[i] = e.eval(f)?;
                    }
                    return Ok(new_tuple(&buf[..s.items.len()]));
                }
                let l = new_list_obj(s.items.len());
                for e in s.items {
                    if let Expr::Starred(inner) = e {
                        let v = inner.eval(f)?;
                        ops::inplace_binop(BinOp::Add, Value::from_ptr(l), v).map_err(|_| not_iterable_star(v))?;
                    } else {
                        l.items.push(e.eval(f)?);
                    }
                }
                Ok(new_tuple(l.items.as_slice()))
            }
            Expr::Dict(d) => {
                let o = new_dict_obj();
                for (k, v) in d.items {
                    match k {
                        Some(k) => {
                            let kv = k.eval(f)?;
                            let vv = v.eval(f)?;
                            o.set(kv, vv)?;
                        }
                        None => {
                            let m = v.eval(f)?;
                            if morel_runtime::types::dict::dict_obj(m).is_none()
                                && morel_runtime::attr::getattr_opt(m, morel_runtime::types::str::intern("keys"))?.is_none()
                            {
                                return raise!(
                                    type_error,
                                    "'{}' object is not a mapping",
                                    morel_runtime::types::class::type_name(m)
                                );
                            }
                            morel_runtime::methods::dict_update_from(o, m)?;
                        }
                    }
                }
                Ok(Value::from_ptr(o))
            }
            Expr::Set(s) => {
                let out = morel_runtime::types::set::new_set(false);
                for e in s.items {
                    if let Expr::Starred(inner) = e {
                        let v = inner.eval(f)?;
                        let it = ops::iter(v).map_err(|_| not_iterable_star(v))?;
                        while let Some(x) = ops::next(it)? {
                            out.add(x)?;
                        }
                    } else {
                        out.add(e.eval(f)?)?;
                    }
                }
                Ok(Value::from_ptr(out))
            }
            Expr::Comp(c) => match c.kind {
                CompKind::List => {
                    let out = new_list_obj(0);
                    comp_clause(f, c, 0, &mut || {
                        out.items.push(c.elt.eval(f)?);
                        Ok(())
                    })?;
                    Ok(Value::from_ptr(out))
                }
                CompKind::Set => {
                    let out = morel_runtime::types::set::new_set(false);
                    comp_clause(f, c, 0, &mut || out.add(c.elt.eval(f)?).map(|_| ()))?;
                    Ok(Value::from_ptr(out))
                }
                CompKind::Dict => {
                    let out = new_dict_obj();
                    let key = c.key.unwrap();
                    // The key is evaluated before the value, as in Python 3.8+.
                    comp_clause(f, c, 0, &mut || {
                        let k = key.eval(f)?;
                        let kk = f.ts.push(k);
                        let v = c.elt.eval(f);
                        if let Some(x) = kk {
                            f.ts.pop_slots(x);
                        }
                        out.set(k, v?)
                    })?;
                    Ok(Value::from_ptr(out))
                }
            },
            Expr::IfExp(i) => {
                if i.test.eval_truth(f)? {
                    i.body.eval(f)
                } else {
                    i.orelse.eval(f)
                }
            }
            Expr::FString(s) => Ok(new_str(&fstring(f, s)?)),
            Expr::Lambda(d) => crate::exec::make_function(f, d),
            Expr::Named(n) => {
                let v = n.value.eval(f)?;
                crate::exec::assign(f, &n.target, v)?;
                Ok(v)
            }
            Expr::Starred(_) => raise!(type_error, "can't use starred expression here"),
            Expr::Yield(y) => {
                let v = opt_eval(y.value, f)?;
                crate::generator::suspend(f, v)
            }
            Expr::YieldFrom(y) => {
                let v = opt_eval(y.value, f)?;
                crate::generator::yield_from(f, v)
            }
            Expr::ScopedComp(g, kind) => {
                let gen = Expr::GenExp(g).eval(f)?;
                let keep = f.ts.push(gen);
                let r = (|| match kind {
                    CompKind::List => ops::to_list(gen),
                    CompKind::Set => morel_runtime::types::set::set_from_iter(gen, false).map(|s| Value::from_ptr(s)),
                    CompKind::Dict => {
                        let d = new_dict_obj();
                        while let Some(kv) = ops::next(gen)? {
                            let t = tuple_items(kv).unwrap();
                            d.set(t[0], t[1])?;
                        }
                        Ok(Value::from_ptr(d))
                    }
                })();
                if let Some(k) = keep {
                    f.ts.pop_slots(k);
                }
                r
            }
            Expr::GenExp(g) => {
                let src = g.iter.eval(f)?;
                let it = ops::iter(src)?;
                let keep = f.ts.push(it);
                let r = crate::exec::make_function(f, g.def).and_then(|func| call(func, &[it], &[]));
                if let Some(k) = keep {
                    f.ts.pop_slots(k);
                }
                r
            }
        }
    }
}

/// False under the `none` strategy: every node takes its generic path.
#[inline(always)]
pub fn specializing() -> bool {
    !morel_specializer::strategy::generic_only()
}

#[inline]
pub(crate) fn opt_eval(e: Option<Expr>, f: &Frame) -> PyResult {
    match e {
        Some(e) => e.eval(f),
        None => Ok(Value::NONE),
    }
}

#[cold]
fn not_iterable_star(v: Value) -> Exc {
    exc!(type_error, "Value after * must be an iterable, not {}", morel_runtime::types::class::type_name(v))
}

/// The out-of-line matches' arms for kinds their dispatcher handles itself.
#[cold]
#[inline(never)]
pub(crate) fn not_dispatched<T>() -> PyResult<T> {
    raise!(runtime_error, "internal error: node kind sent to the wrong evaluator")
}

/// `x` for a local: its slot, or UnboundLocalError.
#[inline(always)]
fn load_local(f: &Frame, n: &LocalNode) -> PyResult {
    let v = f.get(n.slot);
    if v.is_unbound() {
        return unbound_local(n);
    }
    Ok(v)
}

/// `x` for a cell or free variable: the cell's value, or the error.
#[inline(always)]
fn load_cell(f: &Frame, n: &LocalNode) -> PyResult {
    let v = cell_in(f, n.slot).value.get();
    if v.is_unbound() {
        return unbound_cell(f, n);
    }
    Ok(v)
}

#[cold]
#[inline(never)]
fn unbound_local(n: &LocalNode) -> PyResult {
    raise!(
        unbound_local_error,
        "cannot access local variable '{}' where it is not associated with a value",
        as_str(n.name).unwrap_or("?")
    )
}

#[cold]
#[inline(never)]
fn unbound_cell(f: &Frame, n: &LocalNode) -> PyResult {
    let name = as_str(n.name).unwrap_or("?");
    if f.code.frees.contains(&n.slot) {
        raise!(
            name_error,
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            name
        )
    } else {
        raise!(unbound_local_error, "cannot access local variable '{}' where it is not associated with a value", name)
    }
}

/// `x` for a module global: the global's cell, then the builtin's.
#[inline]
pub fn load_global(g: &GlobalNode) -> PyResult {
    let v = g.cell.value.get();
    if !v.is_unbound() {
        return Ok(v);
    }
    load_global_slow(g)
}

#[cold]
#[inline(never)]
fn load_global_slow(g: &GlobalNode) -> PyResult {
    if let Some(b) = g.builtin {
        let v = b.value.get();
        if !v.is_unbound() {
            return Ok(v);
        }
    }
    raise!(name_error, "name '{}' is not defined", as_str(g.name).unwrap_or("?"))
}

fn load_name(f: &Frame, n: &NameNode) -> PyResult {
    if let Some(ns) = f.namespace {
        if let Some(m) = f.ns_map {
            return load_name_mapped(m, n);
        }
        if let Some(v) = ns.get_str(n.name) {
            return Ok(v);
        }
    }
    load_global(n.global)
}

/// A class-body name read through a `__prepare__` namespace's `__getitem__`.
#[cold]
#[inline(never)]
fn load_name_mapped(m: Value, n: &NameNode) -> PyResult {
    match morel_runtime::ops::getitem(m, n.name) {
        Ok(v) => Ok(v),
        Err(e) if morel_runtime::ops::is_instance_of(e.0, morel_runtime::classes().key_error) => load_global(n.global),
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------
// binary operators

impl BinOpNode {
    /// `a + b` and friends.
    ///
    /// Specializations, in order: int op int (inline ints, overflow checked:
    /// the add becomes `add; jo slow`), float op float (one `addsd`),
    /// mixed int/float, str + str; anything else takes `ops::binop`.
    #[inline(never)]
    pub fn eval(&self, f: &Frame) -> PyResult {
        let a = self.left.eval_operand(f)?;
        let b = self.right.eval_operand(f)?;
        self.apply(a, b)
    }

    /// Specializations: inline int op inline int (overflow to the generic
    /// path, which makes a big int), float op float; fallback `ops::binop`.
    #[inline]
    pub fn apply(&self, a: Value, b: Value) -> PyResult {
        if !specializing() {
            return ops::binop(self.op, a, b);
        }
        if a.is_small_int() && b.is_small_int() {
            self.state.add(binop_state::INT_INT);
            if let Some(v) = int_int(self.op, a.as_small_int(), b.as_small_int()) {
                return Ok(v);
            }
            return ops::binop(self.op, a, b);
        }
        if a.is_float() && b.is_float() {
            self.state.add(binop_state::FLOAT_FLOAT);
            if let Some(v) = float_float(self.op, a.as_float(), b.as_float()) {
                return Ok(v);
            }
            return ops::binop(self.op, a, b);
        }
        self.apply_generic(a, b)
    }

    /// `a + b` where `a` is an instance of a Python class.
    ///
    /// Specialization: the class's operator method (`__add__`) from the
    /// node's inline cache (guard: class, shape and class epoch), called
    /// with `a` and `b`, as long as `b` cannot claim precedence with a
    /// reflected method (it is of `a`'s class, or not an instance of a
    /// Python class at all). Fallback: `ops::binop`, the whole protocol.
    #[inline(never)]
    fn apply_instance(&self, a: Value, b: Value) -> PyResult {
        let plain = as_instance(a).is_some_and(|i| i.native.get().is_none());
        if plain && (as_instance(b).is_none() || std::ptr::eq(class_of(a), class_of(b))) {
            let m = match self.cache.lookup(a) {
                Some(morel_runtime::attr_cache::Found::Method(m)) => Some(m),
                _ => self.operator_method_slow(a),
            };
            if let Some(m) = m {
                self.state.add(binop_state::INSTANCE);
                let r = call(m, &[a, b], &[])?;
                if r != ops::not_implemented() {
                    return Ok(r);
                }
                // The forward method declined: what is left of the protocol
                // (the reflected method, then the TypeError) without calling
                // the forward method again.
                return ops::binop_after_forward(self.op, a, b);
            }
        }
        self.apply_protocol(a, b)
    }

    /// Finds the operator method of `a`'s class and caches it when it is a
    /// plain function (a class attribute of any other kind, or none, takes
    /// the generic path every time).
    #[cold]
    #[inline(never)]
    fn operator_method_slow(&self, a: Value) -> Option<Value> {
        let epoch = morel_runtime::attr_cache::epoch();
        let (fwd, _, _) = self.op.dunder();
        let m = class_of(a).lookup_str(fwd).filter(|m| as_function(*m).is_some())?;
        self.cache.fill(a, epoch, morel_runtime::attr_cache::Found::Method(m));
        Some(m)
    }

    /// Everything but int and float pairs: instances of Python classes
    /// (`apply_instance`), then the generic protocol. Cold, so that the
    /// int and float paths of `apply` are laid out as the straight line
    /// (measured: without it, float-heavy nbody.py and spectral_norm.py
    /// ran 7-15% slower with the same instruction count).
    #[cold]
    #[inline(never)]
    fn apply_generic(&self, a: Value, b: Value) -> PyResult {
        if as_instance(a).is_some() {
            return self.apply_instance(a, b);
        }
        self.apply_protocol(a, b)
    }

    #[cold]
    #[inline(never)]
    fn apply_protocol(&self, a: Value, b: Value) -> PyResult {
        if (a.is_float() && b.is_small_int()) || (a.is_small_int() && b.is_float()) {
            self.state.add(binop_state::MIXED_NUM);
        } else if str_obj(a).is_some() && str_obj(b).is_some() {
            self.state.add(binop_state::STR_STR);
        } else {
            self.state.add(binop_state::OTHER);
        }
        ops::binop(self.op, a, b)
    }
}

/// Inline-int arithmetic; None when the result needs the generic path
/// (overflow, division by zero, negative shifts, true division).
#[inline(always)]
pub fn int_int(op: BinOp, x: i64, y: i64) -> Option<Value> {
    let r = match op {
        BinOp::Add => x + y, // both fit in 48 bits: no i64 overflow
        BinOp::Sub => x - y,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            // A positive power of two: an arithmetic shift (floor semantics
            // for negative x too), not a 40-cycle division.
            if y > 0 && y & (y - 1) == 0 {
                return Value::try_int(x >> y.trailing_zeros());
            }
            if y == 0 {
                return None;
            }
            let q = x / y;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        BinOp::Mod => {
            // A positive power of two: a mask (the floor remainder, >= 0).
            if y > 0 && y & (y - 1) == 0 {
                return Value::try_int(x & (y - 1));
            }
            if y == 0 {
                return None;
            }
            let r = x % y;
            if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            }
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::RShift => {
            if !(0..64).contains(&y) {
                return None;
            }
            x >> y
        }
        BinOp::LShift => {
            if !(0..16).contains(&y) {
                return None;
            }
            x << y
        }
        BinOp::TrueDiv => {
            if y == 0 {
                return None;
            }
            return Some(Value::float(x as f64 / y as f64));
        }
        _ => return None,
    };
    Value::try_int(r)
}

/// Float arithmetic that cannot raise.
#[inline(always)]
pub fn float_float(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

// ---------------------------------------------------------------------------
// comparisons

impl CompareNode {
    /// `a < b`, chained `a < b < c`, `in`, `is`.
    ///
    /// Specializations: int < int (one `cmp`), float < float (one `ucomisd`),
    /// `is` (one `cmp` of the words); the rest takes `ops::compare` or
    /// `ops::contains`. A single comparison (the usual case) skips the loop.
    #[inline(never)]
    pub fn eval(&self, f: &Frame) -> PyResult {
        let mut left = self.left.eval_operand(f)?;
        if let [(op, rhs)] = self.ops {
            let right = rhs.eval_operand(f)?;
            return self.compare_one(*op, left, right);
        }
        let n = self.ops.len();
        for (i, (op, rhs)) in self.ops.iter().enumerate() {
            let right = rhs.eval_operand(f)?;
            let r = self.compare_one(*op, left, right)?;
            if i + 1 == n {
                return Ok(r);
            }
            if !ops::truthy(r)? {
                return Ok(r);
            }
            left = right;
        }
        unreachable!()
    }

    /// `eval` where only the truth is used (see `Expr::eval_truth`): the
    /// truth of each link taken once, under every strategy.
    #[inline(never)]
    pub fn eval_truth(&self, f: &Frame) -> PyResult<bool> {
        if let [(op, rhs)] = self.ops {
            // the usual single comparison, without the loop
            let a = self.left.eval_operand(f)?;
            let b = rhs.eval_operand(f)?;
            return self.truth_one(*op, a, b);
        }
        self.chain_truth(f)
    }

    /// The truth of a chain `a < b < c`: true when every link is (each
    /// middle operand evaluated once); the first false link ends it.
    #[inline(never)]
    fn chain_truth(&self, f: &Frame) -> PyResult<bool> {
        let mut a = self.left.eval_operand(f)?;
        for (op, rhs) in self.ops {
            let b = rhs.eval_operand(f)?;
            if !self.truth_one(*op, a, b)? {
                return Ok(false);
            }
            a = b;
        }
        Ok(true)
    }

    /// The truth of one link `a op b`. Specialization: two ints or two
    /// floats compare without making a bool; fallback `compare_one`.
    #[inline(always)]
    fn truth_one(&self, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
        if let (CompareOp::Rich(c), true) = (op, specializing()) {
            if a.is_small_int() && b.is_small_int() {
                self.state.add(compare_state::INT_INT);
                return Ok(c.holds(a.as_small_int(), b.as_small_int()));
            }
            if a.is_float() && b.is_float() {
                self.state.add(compare_state::FLOAT_FLOAT);
                return Ok(c.holds(a.as_float(), b.as_float()));
            }
        }
        truth_of(self.compare_one(op, a, b)?)
    }

    #[inline(always)]
    fn compare_one(&self, op: CompareOp, a: Value, b: Value) -> PyResult {
        if let (CompareOp::Rich(c), true) = (op, specializing()) {
            if a.is_small_int() && b.is_small_int() {
                self.state.add(compare_state::INT_INT);
                return Ok(Value::bool(c.holds(a.as_small_int(), b.as_small_int())));
            }
            if a.is_float() && b.is_float() {
                self.state.add(compare_state::FLOAT_FLOAT);
                return Ok(Value::bool(c.holds(a.as_float(), b.as_float())));
            }
        }
        if let (CompareOp::Rich(c), true) = (op, specializing()) {
            if let (Some(x), Some(y)) = (exact_str(a), exact_str(b)) {
                return Ok(Value::bool(self.compare_strs(c, x, y)));
            }
        }
        match op {
            CompareOp::Is | CompareOp::IsNot => {
                if specializing() {
                    self.state.add(compare_state::IDENTITY);
                }
                Ok(Value::bool(is_same(a, b) == (op == CompareOp::Is)))
            }
            CompareOp::In | CompareOp::NotIn => self.contains(op, a, b),
            CompareOp::Rich(c) => self.compare_generic(c, a, b),
        }
    }

    /// Specialization: two exact strs (a subclass may override the
    /// comparison), compared as text: `==` is a pointer compare when both
    /// are the same object (interned names, one-character strings), else a
    /// length compare and a `memcmp`; the order of UTF-8 bytes is the order
    /// of code points. Fallback: `compare_generic`.
    #[inline(never)]
    fn compare_strs(&self, c: CmpOp, x: &StrObj, y: &StrObj) -> bool {
        self.state.add(compare_state::STR_STR);
        match c {
            CmpOp::Eq => str_eq(x, y),
            CmpOp::Ne => !str_eq(x, y),
            _ => c.holds(x.as_str(), y.as_str()),
        }
    }

    /// `a in b`, `a not in b` (common, so not cold).
    #[inline(never)]
    fn contains(&self, op: CompareOp, a: Value, b: Value) -> PyResult {
        if specializing() {
            self.state.add(compare_state::CONTAINS);
        }
        let found = ops::contains(b, a)?;
        Ok(Value::bool(found == (op == CompareOp::In)))
    }

    #[cold]
    #[inline(never)]
    fn compare_generic(&self, c: CmpOp, a: Value, b: Value) -> PyResult {
        self.state.add(compare_state::OTHER);
        ops::compare(c, a, b)
    }
}

/// The truth of a value: the two bools without a call.
#[inline(always)]
pub(crate) fn truth_of(v: Value) -> PyResult<bool> {
    if v == Value::TRUE {
        return Ok(true);
    }
    if v == Value::FALSE {
        return Ok(false);
    }
    ops::truthy(v)
}

impl BoolOpNode {
    /// The truth of `a and b` / `a or b` where only the truth is used: the
    /// operands' truths, short-circuited, each taken once.
    #[inline(never)]
    fn eval_truth(&self, f: &Frame) -> PyResult<bool> {
        for e in self.values {
            if e.eval_truth(f)? != self.is_and {
                return Ok(!self.is_and);
            }
        }
        Ok(self.is_and)
    }
}

/// `a is b`: identity; inline values compare by their bits.
pub fn is_same(a: Value, b: Value) -> bool {
    a == b
}

// ---------------------------------------------------------------------------
// calls

/// Evaluates call arguments into positional values (on the thread's value
/// stack, a GC root) and keyword pairs.
/// Keyword values rooted for the duration of a call (none for calls that
/// pass only positional arguments: no allocation).
type KwRoot = Option<&'static morel_runtime::types::list::ListObj>;

fn eval_args(f: &Frame, args: &[Arg], callee: Value) -> PyResult<(Vec<(Value, Value)>, KwRoot)> {
    let ts = f.ts;
    let mut kw: Vec<(Value, Value)> = Vec::new();
    let mut kw_root: KwRoot = None; // roots keyword values, made on first use
    let mut seen_star_star = false;
    for a in args {
        match a {
            Arg::Pos(e) => {
                let v = e.eval(f)?;
                push(ts, v)?;
            }
            Arg::Star(e) => {
                let v = e.eval(f)?;
                // Specialization: an exact tuple (`f(*args)` forwarding) is
                // immutable: its items go straight onto the stack.
                if let Some(t) = morel_runtime::object::downcast::<morel_runtime::types::tuple::TupleObj>(v) {
                    for x in t.as_slice() {
                        push(ts, *x)?;
                    }
                    continue;
                }
                let l = ops::to_list(v).map_err(|_| {
                    exc!(
                        type_error,
                        "{} argument after * must be an iterable, not {}",
                        callee_name(callee),
                        morel_runtime::types::class::type_name(v)
                    )
                })?;
                for x in list_obj(l).unwrap().items.as_slice().to_vec() {
                    push(ts, x)?;
                }
                std::hint::black_box(l);
            }
            Arg::Kw(name, e) => {
                let v = e.eval(f)?;
                // a literal keyword after `**mapping` may repeat one of its keys
                if seen_star_star && kw.iter().any(|(n, _)| ops::eq(*n, *name).unwrap_or(false)) {
                    return raise!(
                        type_error,
                        "{} got multiple values for keyword argument '{}'",
                        callee_name(callee),
                        as_str(*name).unwrap_or("?")
                    );
                }
                kw_root.get_or_insert_with(|| new_list_obj(0)).items.push(v);
                kw.push((*name, v));
            }
            Arg::StarStar(e) => {
                seen_star_star = true;
                let m = e.eval(f)?;
                let Some(d) = dict_obj(m) else {
                    return raise!(
                        type_error,
                        "{} argument after ** must be a mapping, not {}",
                        callee_name(callee),
                        morel_runtime::types::class::type_name(m)
                    );
                };
                if d.len() == 0 {
                    // `f(**kwds)` forwarding nothing
                    continue;
                }
                for (k, v) in d.items() {
                    if str_obj(k).is_none() {
                        return raise!(type_error, "keywords must be strings");
                    }
                    if kw.iter().any(|(n, _)| ops::eq(*n, k).unwrap_or(false)) {
                        return raise!(
                            type_error,
                            "{} got multiple values for keyword argument '{}'",
                            callee_name(callee),
                            as_str(k).unwrap()
                        );
                    }
                    let root = kw_root.get_or_insert_with(|| new_list_obj(0));
                    root.items.push(v);
                    root.items.push(k);
                    kw.push((k, v));
                }
            }
        }
    }
    // The caller keeps `kw_root` alive across the call: it roots the keyword values.
    Ok((kw, kw_root))
}

/// How CPython names a callee in argument errors: `module.qualname()`.
fn callee_name(callee: Value) -> String {
    if let Some(f) = as_function(callee) {
        let module = morel_runtime::types::function::as_module(f.module).map(|m| m.name()).unwrap_or("?");
        return format!("{}.{}()", module, as_str(f.qualname.get()).unwrap_or("?"));
    }
    if let Some(b) = as_builtin(callee) {
        return format!("{}()", b.name);
    }
    if let Some(m) = morel_runtime::types::function::as_bound_method(callee) {
        return callee_name(m.func);
    }
    if let Some(c) = morel_runtime::types::class::as_class(callee) {
        return format!("{}()", c.name());
    }
    format!("{} object", morel_runtime::types::class::type_name(callee))
}

#[inline]
fn push(ts: &morel_runtime::thread::ThreadState, v: Value) -> PyResult<()> {
    match ts.push(v) {
        Some(_) => Ok(()),
        None => raise!(recursion_error, "maximum recursion depth exceeded"),
    }
}

impl CallNode {
    /// `f(args)`.
    ///
    /// Fast path: a Python function called with exactly its positional
    /// parameters gets its arguments evaluated straight into its new frame's
    /// slots (no tuple, no copy). Builtins get a slice of the value stack.
    #[inline(never)]
    pub fn eval(&self, f: &Frame) -> PyResult {
        let func = self.func.eval(f)?;
        if self.simple && specializing() {
            if let Some(pf) = as_function(func) {
                self.state.add(call_state::PY_FUNCTION);
                let code = crate::frame::code_of(pf);
                if code.params.n_pos == self.args.len() && code.params.n_slots() == code.params.n_pos {
                    return call_direct(f, pf, code, None, self.args);
                }
            } else if let Some(b) = as_builtin(func) {
                // Specialization: `len(x)` while `len` is the builtin.
                if let (Some(crate::dynamic::Intrinsic::Len), [Arg::Pos(x)]) = (self.intrinsic, self.args) {
                    if func == crate::dynamic::Intrinsic::Len.builtin() {
                        self.state.add(call_state::BUILTIN);
                        return crate::dynamic::len_inline(x.eval_operand(f)?);
                    }
                }
                if self.intrinsic.is_none() {
                    self.state.add(call_state::BUILTIN);
                    return call_builtin_direct(f, b, None, self.args);
                }
            } else if let Some(cls) = morel_runtime::types::class::as_class(func) {
                if let Some(r) = self.instantiate_direct(f, cls) {
                    return r;
                }
            }
        }
        self.eval_generic(f, func)
    }

    /// `C(args)` for a plain class (metaclass `type`) whose cached
    /// `__init__` takes exactly the new instance and the positional
    /// arguments: the instance is made here and the arguments evaluated
    /// into `__init__`'s frame (guard: the class's `init_cache`, see
    /// `morel_runtime::call::instantiate_plain`). None: not applicable.
    #[inline]
    fn instantiate_direct(&self, f: &Frame, cls: &'static morel_runtime::types::class::ClassObj) -> Option<PyResult> {
        if !std::ptr::eq(class_of(Value::from_ptr(cls)), morel_runtime::classes().type_) {
            return None;
        }
        let Some(morel_runtime::attr_cache::Found::Method(init)) = cls.init_cache.lookup(Value::from_ptr(cls)) else {
            return None;
        };
        if cls.layout.get() == morel_runtime::types::class::Layout::Exception {
            // made with its `args` first: `call::instantiate_plain`
            return None;
        }
        let pf = as_function(init)?;
        let code = crate::frame::code_of(pf);
        if code.params.n_pos != self.args.len() + 1 || code.params.n_slots() != code.params.n_pos {
            return None;
        }
        self.state.add(call_state::CLASS);
        let inst = Value::from_ptr(morel_runtime::types::class::new_instance(cls));
        Some(call_direct(f, pf, code, Some(inst), self.args).and_then(|r| {
            if r.is_none() {
                Ok(inst)
            } else {
                raise!(type_error, "__init__() should return None, not '{}'", morel_runtime::types::class::type_name(r))
            }
        }))
    }

    #[inline(never)]
    fn eval_generic(&self, f: &Frame, func: Value) -> PyResult {
        if as_builtin(func).is_some() {
            self.state.add(call_state::BUILTIN);
        } else if as_function(func).is_none() {
            self.state.add(if morel_runtime::types::class::as_class(func).is_some() {
                call_state::CLASS
            } else {
                call_state::OTHER
            });
        }
        let ts = f.ts;
        let base = ts.sp();
        let r = (|| {
            let (kw, kw_root) = eval_args(f, self.args, func)?;
            let n = ts.sp() - base;
            if let Some(k) = self.intrinsic.filter(|k| k.builtin() == func) {
                let r = crate::dynamic::call_intrinsic(f, k, ts.values(base, n), &kw);
                std::hint::black_box(kw_root);
                return r;
            }
            let r = call(func, ts.values(base, n), &kw);
            std::hint::black_box(kw_root);
            r
        })();
        ts.pop_slots(base);
        r
    }
}

/// Calls a builtin with positional arguments only (and the receiver of a
/// method call, if any): the arguments are evaluated onto the value stack,
/// a GC root, and the native function gets them as a slice, with none of the
/// keyword machinery of `eval_args`.
#[inline(never)]
fn call_builtin_direct(
    f: &Frame,
    b: &'static morel_runtime::types::function::BuiltinFnObj,
    receiver: Option<Value>,
    args: &[Arg],
) -> PyResult {
    with_stacked_args(f, receiver, args, |vals| (b.f)(vals, &[]))
}

/// Evaluates `receiver` and the positional `args` onto the frame's value
/// stack (a GC root), calls `call` with them, and pops them.
#[inline]
fn with_stacked_args(f: &Frame, receiver: Option<Value>, args: &[Arg], call: impl FnOnce(&[Value]) -> PyResult) -> PyResult {
    let ts = f.ts;
    let base = ts.sp();
    let r = (|| {
        if let Some(r) = receiver {
            push(ts, r)?;
        }
        for a in args {
            let Arg::Pos(e) = a else { unreachable!() };
            let v = e.eval_operand(f)?;
            push(ts, v)?;
        }
        call(ts.values(base, ts.sp() - base))
    })();
    ts.pop_slots(base);
    r
}

/// `call_direct` from a generator body. The callee's frame belongs on the
/// thread's stack, but an argument may `yield`, suspending the body while
/// the thread runs on: so the arguments are evaluated first, into a buffer
/// on this (coroutine) stack, which the collector scans, and the callee's
/// slots are reserved only when nothing can suspend any more.
#[cold]
#[inline(never)]
fn call_direct_from_generator(
    f: &Frame,
    pf: &'static FunctionObj,
    code: &'static CodeUnit,
    receiver: Option<Value>,
    args: &[Arg],
) -> PyResult {
    const MAX: usize = 8;
    let mut buf = [Value::NONE; MAX];
    let mut n = 0;
    if let Some(r) = receiver {
        buf[0] = r;
        n = 1;
    }
    if n + args.len() > MAX {
        // Many arguments: on the body's own stack, as the generic path does.
        return with_stacked_args(f, receiver, args, |vals| morel_runtime::call::call(Value::from_ptr(pf), vals, &[]));
    }
    for a in args {
        let Arg::Pos(e) = a else { unreachable!() };
        buf[n] = e.eval_operand(f)?;
        n += 1;
    }
    let ts = morel_runtime::thread::thread();
    let base = crate::frame::alloc_slots(ts, code.n_slots)?;
    for (slot, v) in ts.slots(base, code.n_slots).iter().zip(&buf[..n]) {
        slot.set(*v);
    }
    let r = crate::exec::run_function(pf, code, base, ts);
    ts.pop_slots(base);
    r
}

/// Calls a Python function whose positional parameters match the arguments
/// (after the receiver of a method call, if any) exactly, evaluating them
/// into the callee's slots: no argument tuple, no binding step.
#[inline]
fn call_direct(f: &Frame, pf: &'static FunctionObj, code: &'static CodeUnit, receiver: Option<Value>, args: &[Arg]) -> PyResult {
    if f.gen.is_some() {
        return call_direct_from_generator(f, pf, code, receiver, args);
    }
    let ts = f.ts;
    let base = crate::frame::alloc_slots(ts, code.n_slots)?;
    let slots = ts.slots(base, code.n_slots);
    let first = match receiver {
        Some(r) => {
            slots[0].set(r);
            1
        }
        None => 0,
    };
    for (i, a) in args.iter().enumerate() {
        let Arg::Pos(e) = a else { unreachable!() };
        match e.eval_operand(f) {
            Ok(v) => slots[first + i].set(v),
            Err(e) => {
                ts.pop_slots(base);
                return Err(e);
            }
        }
    }
    let r = crate::exec::run_function(pf, code, base, ts);
    ts.pop_slots(base);
    r
}

impl AttributeNode {
    /// `obj.name`. Specialization: an instance attribute found in the slot
    /// that the cache recorded for this shape (guard: class, shape and class
    /// epoch; a load and two compares, then the slot read). Fallback: the
    /// full `getattr`, which refills the cache when the answer is a slot.
    #[inline(never)]
    pub fn eval(&self, f: &Frame) -> PyResult {
        let o = self.obj.eval_operand(f)?;
        self.load_from(o)
    }

    /// `o.name` for an already evaluated `o` (also the read half of
    /// `o.name += v`).
    #[inline]
    pub fn load_from(&self, o: Value) -> PyResult {
        if let (Some(inst), true) = (as_instance(o), specializing()) {
            if let Some(morel_runtime::attr_cache::Found::Slot(i)) = self.cache.lookup(o) {
                if let Some(v) = inst.slots.try_get(i).filter(|v| !v.is_unbound()) {
                    return Ok(v);
                }
            }
            return self.load_instance_slow(o);
        }
        getattr(o, self.name)
    }

    #[cold]
    #[inline(never)]
    fn load_instance_slow(&self, o: Value) -> PyResult {
        let epoch = morel_runtime::attr_cache::epoch();
        if let Some(i) = morel_runtime::attr::instance_slot_of(o, self.name) {
            self.cache.fill(o, epoch, morel_runtime::attr_cache::Found::Slot(i));
        }
        getattr(o, self.name)
    }
}

impl CallMethodNode {
    /// Which plain method of the class `obj.name` is, if it is one that is
    /// not shadowed by the instance: cached per receiver layout.
    #[inline]
    fn method_of(&self, obj: Value) -> Option<Value> {
        if !specializing() {
            return None;
        }
        if let Some(morel_runtime::attr_cache::Found::Method(m)) = self.cache.lookup(obj) {
            return Some(m);
        }
        self.method_of_slow(obj)
    }

    #[cold]
    #[inline(never)]
    fn method_of_slow(&self, obj: Value) -> Option<Value> {
        // Modules, classes and super objects resolve attributes their own way.
        if morel_runtime::types::function::as_module(obj).is_some()
            || morel_runtime::types::class::as_class(obj).is_some()
            || morel_runtime::builtins::as_super(obj).is_some()
        {
            return None;
        }
        let epoch = morel_runtime::attr_cache::epoch();
        let cls = class_of(obj);
        match cls.lookup(self.name) {
            Some(m) if as_function(m).is_some() || as_builtin(m).is_some() => {
                let shadowed =
                    as_instance(obj).map(|i| i.get_attr(str_obj(self.name).unwrap()).is_some()).unwrap_or(false);
                if shadowed || cls.custom_getattribute.get() {
                    None
                } else {
                    self.cache.fill(obj, epoch, morel_runtime::attr_cache::Found::Method(m));
                    Some(m)
                }
            }
            _ => None,
        }
    }

    /// `obj.name(args)`: a method found on the class is called with `obj`
    /// prepended, without allocating a bound method. Specialization: the
    /// method comes from the inline cache (guard: class, shape, epoch).
    #[inline(never)]
    pub fn eval(&self, f: &Frame) -> PyResult {
        let obj = self.obj.eval_operand(f)?;
        let ts = f.ts;
        let base = ts.sp();
        let r = (|| {
            let method = self.method_of(obj);
            match method {
                Some(m) if self.simple => {
                    // Specialization: a Python method whose parameters are
                    // exactly the receiver and the positional arguments.
                    if let Some(pf) = as_function(m) {
                        let code = crate::frame::code_of(pf);
                        if code.params.n_pos == self.args.len() + 1 && code.params.n_slots() == code.params.n_pos {
                            self.state.add(call_state::PY_FUNCTION);
                            return call_direct(f, pf, code, Some(obj), self.args);
                        }
                    } else if let Some(b) = as_builtin(m) {
                        // A builtin method (`list.append`): receiver first.
                        self.state.add(call_state::BUILTIN);
                        return call_builtin_direct(f, b, Some(obj), self.args);
                    }
                    self.call_found(f, m, obj, base)
                }
                Some(m) => self.call_found(f, m, obj, base),
                None => {

                    self.state.add(call_state::OTHER);
                    let callee = match getattr_opt(obj, self.name)? {
                        Some(c) => c,
                        None => return Err(morel_runtime::attr::attribute_error(obj, self.name)),
                    };
                    push(ts, callee)?;
                    let (kw, kw_root) = eval_args(f, self.args, callee)?;
                    let n = ts.sp() - base - 1;
                    let r = call(callee, ts.values(base + 1, n), &kw);
                    std::hint::black_box(kw_root);
                    r
                }
            }
        })();
        ts.pop_slots(base);
        r
    }

    /// Calls method `m` found on the class with `obj` prepended, the
    /// arguments on the value stack from `base` (popped by the caller).
    fn call_found(&self, f: &Frame, m: Value, obj: Value, base: usize) -> PyResult {
        let ts = f.ts;
        self.state.add(if as_function(m).is_some() { call_state::PY_FUNCTION } else { call_state::BUILTIN });
        push(ts, obj)?;
        let (kw, kw_root) = eval_args(f, self.args, m)?;
        let n = ts.sp() - base;
        let r = call(m, ts.values(base, n), &kw);
        std::hint::black_box(kw_root);
        r
    }
}

// ---------------------------------------------------------------------------
// subscripts

impl SubscriptNode {
    /// `a[i]`. Specializations (exact types only: a subclass may override
    /// `__getitem__` or `__missing__`): list[int] and tuple[int]
    /// (bounds-checked loads), dict[key] (one probe, KeyError when absent);
    /// everything else takes `ops::getitem`.
    #[inline(never)]
    pub fn eval(&self, f: &Frame) -> PyResult {
        let o = self.obj.eval_operand(f)?;
        if let Expr::Slice(s) = &self.index {
            return self.get_slice(f, o, s);
        }
        let i = self.index.eval_operand(f)?;
        self.get(o, i)
    }

    /// `a[i:j:k]`. Specialization: an exact list is sliced from the bounds
    /// directly, without allocating a slice object.
    fn get_slice(&self, f: &Frame, o: Value, s: &crate::tree::SliceNode) -> PyResult {
        let lo = opt_eval(s.lower, f)?;
        let hi = opt_eval(s.upper, f)?;
        let st = opt_eval(s.step, f)?;
        if let Some(l) = morel_runtime::object::downcast::<morel_runtime::types::list::ListObj>(o) {
            return morel_runtime::ops::list_slice(l, lo, hi, st);
        }
        self.get(o, morel_runtime::methods::new_slice(lo, hi, st))
    }

    #[inline]
    pub fn get(&self, o: Value, i: Value) -> PyResult {
        if i.is_small_int() && specializing() {
            // exact lists only: a subclass may override __getitem__
            if let Some(l) = morel_runtime::object::downcast::<morel_runtime::types::list::ListObj>(o) {
                self.state.add(subscript_state::LIST_INT);
                let n = l.items.len() as i64;
                let mut k = i.as_small_int();
                if k < 0 {
                    k += n;
                }
                if k >= 0 && k < n {
                    // `try_get`: a shared list may shrink between the checks.
                    if let Some(v) = l.items.try_get(k as usize) {
                        return Ok(v);
                    }
                }
                return raise!(index_error, "list index out of range");
            }
            if let Some(t) = morel_runtime::object::downcast::<morel_runtime::types::tuple::TupleObj>(o) {
                self.state.add(subscript_state::TUPLE_INT);
                let t = t.as_slice();
                let k = i.as_small_int();
                let k = if k < 0 { k + t.len() as i64 } else { k };
                return match t.get(k as usize).filter(|_| k >= 0) {
                    Some(v) => Ok(*v),
                    None => raise!(index_error, "tuple index out of range"),
                };
            }
        }
        if specializing() {
            if let Some(d) = morel_runtime::object::downcast::<morel_runtime::types::dict::DictObj>(o) {
                self.state.add(subscript_state::DICT);
                return match d.get(i)? {
                    Some(v) => Ok(v),
                    None => Err(ops::key_error(i)),
                };
            }
        }
        self.get_generic(o, i)
    }

    #[cold]
    #[inline(never)]
    fn get_generic(&self, o: Value, i: Value) -> PyResult {
        self.state.add(if dict_obj(o).is_some() { subscript_state::DICT } else { subscript_state::OTHER });
        ops::getitem(o, i)
    }

    /// `a[i] = v`.
    #[inline]
    pub fn set(&self, o: Value, i: Value, v: Value) -> PyResult<()> {
        if i.is_small_int() && specializing() {
            if let Some(l) = morel_runtime::object::downcast::<morel_runtime::types::list::ListObj>(o) {
                self.state.add(subscript_state::LIST_INT);
                let n = l.items.len() as i64;
                let mut k = i.as_small_int();
                if k < 0 {
                    k += n;
                }
                if k >= 0 && k < n && l.store(k as usize, v) {
                    return Ok(());
                }
                return raise!(index_error, "list assignment index out of range");
            }
        }
        ops::setitem(o, i, v)
    }
}

// ---------------------------------------------------------------------------
// comprehensions and f-strings

/// Runs clause `i` of a comprehension and, innermost, `emit` (which
/// evaluates the element into the result being built).
fn comp_clause(f: &Frame, c: &CompNode, i: usize, emit: &mut dyn FnMut() -> PyResult<()>) -> PyResult<()> {
    let cl = &c.clauses[i];
    let src = cl.iter.eval(f)?;
    let it = ops::iter(src)?;
    let keep = f.ts.push(it); // root the iterator
    let r = (|| {
        'items: while let Some(v) = ops::next(it)? {
            morel_heap::safepoint();
            crate::exec::assign(f, &cl.target, v)?;
            for cond in cl.ifs {
                if !cond.eval_truth(f)? {
                    continue 'items;
                }
            }
            if i + 1 == c.clauses.len() {
                emit()?;
            } else {
                comp_clause(f, c, i + 1, emit)?;
            }
        }
        Ok(())
    })();
    if let Some(k) = keep {
        f.ts.pop_slots(k);
    }
    r
}

fn fstring(f: &Frame, s: &FStringNode) -> PyResult<String> {
    let mut out = String::new();
    for p in s.parts {
        match p {
            FPart::Lit(v) => out.push_str(as_str(*v).unwrap_or("")),
            FPart::Field(e, conv, spec) => {
                let mut v = e.eval(f)?;
                match conv {
                    b'r' => v = new_str(&ops::repr(v)?),
                    b'a' => v = new_str(&morel_runtime::builtins::ascii_repr(v)?),
                    b's' => v = ops::str_value(v)?,
                    _ => {}
                }
                let spec_s = match spec {
                    Some(sp) => fstring(f, sp)?,
                    None => String::new(),
                };
                out.push_str(&ops::format_value(v, &spec_s)?);
            }
        }
    }
    Ok(out)
}

