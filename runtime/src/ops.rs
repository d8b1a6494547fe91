//! Generic semantics of Python's operators: the slow paths every specialized
//! node falls back to. Each function handles every operand type.

use crate::call::{call, call_method_by_name};
use crate::format;
use crate::object::downcast;
use crate::types::class::{as_class, as_instance, class_of, native_of, type_name, ClassObj, InstanceObj};
use crate::types::dict::{dict_obj, new_dict};
use crate::types::exception::exc_args;
use crate::types::function::{as_bound_method, as_builtin, as_function, as_module};
use crate::types::int::{
    big_of, int_binop, int_cmp, int_hash, int_invert, int_neg, int_repr, int_to_f64, int_truediv, is_intlike, pow_float,
    to_big, to_i64, IntOp,
};
use crate::types::iter::{as_range, builtin_iter_next, new_seq_iter, SeqKind};
use crate::types::list::{list_obj, new_list, new_list_obj, ListObj};
use crate::types::bytes::as_bytes;
use crate::types::set::as_set;
use crate::types::str::{as_str, new_str, norm_index, repr_str, str_concat, str_getitem_int, str_obj};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{classes, raise, Exc, PyResult};
use morel_heap::Value;
use num_traits::ToPrimitive;
use std::cmp::Ordering;

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
    pub fn dunder(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
            BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
            BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl CmpOp {
    /// `x op y` on two machine numbers (a float NaN is unordered: only `!=`
    /// holds).
    #[inline(always)]
    pub fn holds<T: PartialOrd>(self, x: T, y: T) -> bool {
        match self {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
        }
    }
    fn from_ordering(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
        }
    }
    fn dunder(self) -> (&'static str, &'static str) {
        match self {
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
        }
    }
}

#[inline]
fn is_number(v: Value) -> bool {
    v.is_float() || is_intlike(v)
}

/// A float or int operand as f64 (int conversion may overflow).
fn num_to_f64(v: Value) -> PyResult<f64> {
    if v.is_float() {
        Ok(v.as_float())
    } else {
        int_to_f64(v)
    }
}

// ---------------------------------------------------------------------------
// truth, identity, equality, hashing

/// `bool(v)`.
pub fn truthy(v: Value) -> PyResult<bool> {
    if v == Value::TRUE {
        return Ok(true);
    }
    if v == Value::FALSE || v.is_none() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    truthy_slow(v)
}

#[cold]
#[inline(never)]
fn truthy_slow(v: Value) -> PyResult<bool> {
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(v) {
        return Ok(!d.is_empty());
    }
    if let Some(s) = str_obj(v) {
        return Ok(s.byte_len() != 0);
    }
    if let Some(l) = list_obj(v) {
        return Ok(!l.items.is_empty());
    }
    if let Some(t) = tuple_items(v) {
        return Ok(!t.is_empty());
    }
    if let Some(d) = dict_obj(v) {
        return Ok(!d.is_empty());
    }
    if let Some(s) = as_set(v) {
        return Ok(!s.is_empty());
    }
    if let Some(b) = as_bytes(v) {
        return Ok(!b.data().is_empty());
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(c.re != 0.0 || c.im != 0.0);
    }
    if big_of(v).is_some() {
        return Ok(true);
    }
    if let Some(r) = as_range(v) {
        return Ok(!r.is_empty());
    }
    if as_instance(v).is_some() {
        let cls = class_of(v);
        if let Some(m) = cls.lookup_str("__bool__") {
            let r = call(m, &[v], &[])?;
            if !r.is_bool() {
                return raise!(type_error, "__bool__ should return bool, returned {}", type_name(r));
            }
            return Ok(r == Value::TRUE);
        }
        if cls.lookup_str("__len__").is_some() {
            return Ok(len(v)? != 0);
        }
    }
    if let Some(m) = meta_override(v, "__bool__") {
        let r = call(m, &[v], &[])?;
        if !r.is_bool() {
            return raise!(type_error, "__bool__ should return bool, returned {}", type_name(r));
        }
        return Ok(r == Value::TRUE);
    }
    if meta_override(v, "__len__").is_some() {
        return Ok(len(v)? != 0);
    }
    Ok(true)
}

/// `a == b` as a Rust bool.
#[inline]
pub fn eq(a: Value, b: Value) -> PyResult<bool> {
    if a == b && !a.is_float() {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    let r = compare(CmpOp::Eq, a, b)?;
    truthy(r)
}

/// Container equality: identity first (so a NaN equals itself inside a list), then `==`.
#[inline]
pub fn eq_identity_first(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    eq(a, b)
}

/// `hash(v)` with CPython's values for numbers and tuples.
pub fn hash(v: Value) -> PyResult<i64> {
    // Specialization: an inline int is below the hash modulus, so it is its
    // own hash (except -1, which CPython reserves).
    if v.is_small_int() {
        let i = v.as_small_int();
        return Ok(if i == -1 { -2 } else { i });
    }
    if v.is_small_int() || big_of(v).is_some() || v.is_bool() {
        return Ok(int_hash(if v.is_bool() { Value::small_int((v == Value::TRUE) as i64) } else { v }));
    }
    if v.is_float() {
        return Ok(float_hash(v.as_float()));
    }
    if let Some(s) = str_obj(v) {
        return Ok(s.hash());
    }
    if v.is_none() {
        return Ok(0xFCA86420 >> 4);
    }
    if let Some(t) = tuple_items(v) {
        return tuple_hash(t);
    }
    if let Some(s) = as_set(v) {
        if s.frozen {
            return crate::types::set::frozenset_hash(s);
        }
    }
    if let Some(b) = as_bytes(v).filter(|b| !b.mutable) {
        return Ok(crate::types::bytes::hash(b));
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(if c.im == 0.0 { float_hash(c.re) } else { crate::types::complex::hash(c) });
    }
    if downcast::<crate::types::deque::DequeObj>(v).is_some() {
        return raise!(type_error, "unhashable type: 'collections.deque'");
    }
    if list_obj(v).is_some()
        || dict_obj(v).is_some()
        || as_set(v).is_some()
        || as_bytes(v).is_some()
        || crate::methods::dict_view_dict(v).is_some()
    {
        return raise!(type_error, "unhashable type: '{}'", type_name(v));
    }
    if let Some(n) = native_of(v).filter(|_| user_override(v, "__hash__").is_none() && user_override(v, "__eq__").is_none()) {
        if !crate::types::exception::is_exception_instance(v) {
            return hash(n);
        }
    }
    if as_instance(v).is_some() {
        let cls = class_of(v);
        if let Some(m) = cls.lookup_str("__hash__") {
            if m.is_none() {
                return raise!(type_error, "unhashable type: '{}'", type_name(v));
            }
            let r = call(m, &[v], &[])?;
            return match to_i64(r) {
                Some(h) => Ok(if h == -1 { -2 } else { h }),
                None => raise!(type_error, "__hash__ method should return an integer"),
            };
        }
        if cls.lookup_str("__eq__").is_some() {
            return raise!(type_error, "unhashable type: '{}'", type_name(v));
        }
    }
    if let Some(h) = crate::types::generic::hash(v)? {
        return Ok(h);
    }
    // identity hash: the address, as CPython does (rotated by 4 bits)
    let a = v.as_ptr::<u8>() as u64;
    Ok(((a >> 4) | (a << 60)) as i64 & i64::MAX)
}

/// CPython's float hash: the rational value modulo 2**61 - 1.
pub fn float_hash(x: f64) -> i64 {
    const BITS: u32 = 61;
    const P: u64 = (1 << BITS) - 1;
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.is_nan() {
        return 0;
    }
    let (m, mut e) = frexp(x.abs());
    let mut m = m;
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & P) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= P {
            h -= P;
        }
    }
    let e = if e >= 0 { e as u32 % BITS } else { BITS - 1 - ((-1 - e) as u32 % BITS) };
    h = ((h << e) & P) | (h >> (BITS - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython's tuple hash (an xxHash-style combination of item hashes).
fn tuple_hash(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = hash(*it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

// ---------------------------------------------------------------------------
// comparisons

/// `a op b` for the six rich comparisons.
/// The order of two values of one primitive type that no user code can
/// redefine: inline ints, floats (not NaN), exact strs.
#[inline(always)]
pub fn primitive_order(a: Value, b: Value) -> Option<std::cmp::Ordering> {
    if a.is_small_int() && b.is_small_int() {
        return Some(a.as_small_int().cmp(&b.as_small_int()));
    }
    if a.is_float() && b.is_float() {
        return a.as_float().partial_cmp(&b.as_float());
    }
    if let (Some(x), Some(y)) =
        (crate::object::downcast::<crate::types::str::StrObj>(a), crate::object::downcast::<crate::types::str::StrObj>(b))
    {
        return Some(x.as_str().cmp(y.as_str()));
    }
    None
}

pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult {
    if let Some(o) = primitive_order(a, b) {
        return Ok(Value::bool(op.from_ordering(o)));
    }
    // Specialization: two exact tuples (sort keys, dict keys), which no
    // subclass method can override: item by item, before the type tests below.
    if let (Some(x), Some(y)) =
        (crate::object::downcast::<crate::types::tuple::TupleObj>(a), crate::object::downcast::<crate::types::tuple::TupleObj>(b))
    {
        return seq_compare(op, x.as_slice(), y.as_slice());
    }
    // An instance of a Python class (no builtin part) on either side: its
    // methods decide, and none of the builtin cases below can apply.
    let plain = |v: Value| as_instance(v).is_some_and(|i| i.native.get().is_none());
    if plain(a) || plain(b) || native_override(a, b, op) {
        return compare_instances(op, a, b);
    }
    // numbers
    if is_number(a) && is_number(b) {
        return Ok(Value::bool(match num_cmp(a, b) {
            Some(o) => op.from_ordering(o),
            None => op == CmpOp::Ne, // NaN
        }));
    }
    if let (Some(x), Some(y)) = (str_obj(a), str_obj(b)) {
        return Ok(Value::bool(op.from_ordering(x.as_str().cmp(y.as_str()))));
    }
    if let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) {
        return Ok(Value::bool(op.from_ordering(x.data().cmp(y.data()))));
    }
    if crate::types::complex::as_complex(a).is_some() || crate::types::complex::as_complex(b).is_some() {
        if let (Some(x), Some(y)) = (crate::types::complex::parts(a), crate::types::complex::parts(b)) {
            match op {
                CmpOp::Eq => return Ok(Value::bool(x == y)),
                CmpOp::Ne => return Ok(Value::bool(x != y)),
                _ => {}
            }
        }
    }
    if let (Some(x), Some(y)) = (list_obj(a), list_obj(b)) {
        return seq_compare(op, x.items.as_slice(), y.items.as_slice());
    }
    if let (Some(x), Some(y)) = (tuple_items(a), tuple_items(b)) {
        return seq_compare(op, x, y);
    }
    if let Some(r) = crate::types::deque::compare(op, a, b) {
        return r;
    }
    if let (Some(x), Some(y)) = (dict_obj(a), dict_obj(b)) {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let mut same = x.len() == y.len();
            if same {
                for (k, v) in x.items() {
                    match y.get(k)? {
                        Some(w) if eq_identity_first(v, w)? => {}
                        _ => {
                            same = false;
                            break;
                        }
                    }
                }
            }
            return Ok(Value::bool(same == (op == CmpOp::Eq)));
        }
    }
    if (is_set_like_view(a) || is_set_like_view(b))
        && (is_set_like_view(a) || as_set(a).is_some())
        && (is_set_like_view(b) || as_set(b).is_some())
    {
        // keys/items views compare with sets and each other as sets
        let x = Value::from_ptr(crate::types::set::set_from_iter(a, false)?);
        let y = Value::from_ptr(crate::types::set::set_from_iter(b, false)?);
        let r = compare(op, x, y);
        std::hint::black_box((x, y));
        return r;
    }
    if let (Some(x), Some(y)) = (as_set(a), as_set(b)) {
        let subset = |p: &crate::types::set::SetObj, q: &crate::types::set::SetObj| -> PyResult<bool> {
            if p.len() > q.len() {
                return Ok(false);
            }
            for k in p.keys() {
                if !q.contains(k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        let r = match op {
            CmpOp::Eq => x.len() == y.len() && subset(x, y)?,
            CmpOp::Ne => !(x.len() == y.len() && subset(x, y)?),
            CmpOp::Le => subset(x, y)?,
            CmpOp::Lt => x.len() < y.len() && subset(x, y)?,
            CmpOp::Ge => subset(y, x)?,
            CmpOp::Gt => x.len() > y.len() && subset(y, x)?,
        };
        return Ok(Value::bool(r));
    }
    if let (Some(x), Some(y)) = (as_range(a), as_range(b)) {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let same = (x.len() == y.len())
                && (x.len() == 0 || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
            return Ok(Value::bool(same == (op == CmpOp::Eq)));
        }
    }
    if let (Some(x), Some(y)) = (as_bound_method(a), as_bound_method(b)) {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            let same = x.func == y.func && x.receiver == y.receiver;
            return Ok(Value::bool(same == (op == CmpOp::Eq)));
        }
    }
    if let Some(r) = crate::types::generic::compare(op, a, b)? {
        return Ok(r);
    }
    if as_instance(a).is_some() || as_instance(b).is_some() {
        return compare_instances(op, a, b);
    }
    compare_default(op, a, b)
}

/// True when either operand is a builtin-subclass instance that overrides `name`.
/// Does a Python class on either side define the comparison `op`: `a`'s
/// forward method, or `b`'s reflected one (`"y" > s` asks `s.__lt__` when
/// `s` is of a str subclass that defines it)?
fn native_override(a: Value, b: Value, op: CmpOp) -> bool {
    let (fwd, rev) = op.dunder();
    user_override(a, fwd).is_some() || user_override(b, rev).is_some()
}

/// Comparisons with user-defined dunders (reflected when `b` is a subclass).
fn compare_instances(op: CmpOp, a: Value, b: Value) -> PyResult {
    {
        let (fwd, rev) = op.dunder();
        let b_is_sub = as_instance(b).is_some()
            && !std::ptr::eq(class_of(a), class_of(b))
            && class_of(b).is_subclass(class_of(a));
        if b_is_sub {
            if let Some(r) = try_dunder(b, rev, a)? {
                return Ok(r);
            }
        }
        if let Some(r) = try_dunder(a, fwd, b)? {
            return Ok(r);
        }
        if !b_is_sub {
            if let Some(r) = try_dunder(b, rev, a)? {
                return Ok(r);
            }
        }
        if op == CmpOp::Ne {
            if let Some(r) = try_dunder(a, "__eq__", b)? {
                return Ok(Value::bool(!truthy(r)?));
            }
        }
    }
    // builtin-subclass instances without the dunder compare as their values
    if let (Some(x), y) = (native_of(a), b) {
        if !native_override(a, b, op) {
            return compare(op, x, native_of(y).unwrap_or(y));
        }
    }
    if let Some(y) = native_of(b) {
        if !native_override(a, b, op) {
            return compare(op, a, y);
        }
    }
    compare_default(op, a, b)
}

fn compare_default(op: CmpOp, a: Value, b: Value) -> PyResult {
    match op {
        CmpOp::Eq => Ok(Value::bool(a == b)),
        CmpOp::Ne => Ok(Value::bool(a != b)),
        _ => raise!(
            type_error,
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ),
    }
}

/// Calls `recv.name(arg)` if the class defines it; None if absent or NotImplemented.
fn try_dunder(recv: Value, name: &str, arg: Value) -> PyResult<Option<Value>> {
    if as_instance(recv).is_none() && (as_class(recv).is_none() || std::ptr::eq(class_of(recv), classes().type_)) {
        return Ok(None);
    }
    match class_of(recv).lookup_str(name) {
        Some(m) => {
            let r = call(m, &[recv, arg], &[])?;
            if r == not_implemented() {
                Ok(None)
            } else {
                Ok(Some(r))
            }
        }
        None => Ok(None),
    }
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    crate::builtins::not_implemented()
}

/// Compares two numbers exactly (None if either is NaN).
pub fn num_cmp(a: Value, b: Value) -> Option<Ordering> {
    if a.is_float() && b.is_float() {
        return a.as_float().partial_cmp(&b.as_float());
    }
    if is_intlike(a) && is_intlike(b) {
        return Some(int_cmp(norm_bool(a), norm_bool(b)));
    }
    // int vs float: exact
    let (i, f, flipped) = if a.is_float() { (b, a.as_float(), true) } else { (a, b.as_float(), false) };
    if f.is_nan() {
        return None;
    }
    let o = int_float_cmp(norm_bool(i), f);
    Some(if flipped { o.reverse() } else { o })
}

fn int_float_cmp(i: Value, f: f64) -> Ordering {
    if f.is_infinite() {
        return if f > 0.0 { Ordering::Less } else { Ordering::Greater };
    }
    if let Some(x) = to_i64(i) {
        if x.unsigned_abs() < (1 << 53) {
            return (x as f64).partial_cmp(&f).unwrap();
        }
    }
    let fi = f.trunc();
    let bi = num_bigint::BigInt::from_f64(fi).unwrap();
    let x = to_big(i).unwrap();
    match x.cmp(&bi) {
        Ordering::Equal => {
            if f > fi {
                Ordering::Less
            } else if f < fi {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
        o => o,
    }
}

use num_traits::FromPrimitive;

#[inline]
fn norm_bool(v: Value) -> Value {
    if v.is_bool() {
        Value::small_int((v == Value::TRUE) as i64)
    } else {
        v
    }
}

fn seq_compare(op: CmpOp, x: &[Value], y: &[Value]) -> PyResult {
    for i in 0..x.len().min(y.len()) {
        if !eq_identity_first(x[i], y[i])? {
            if op == CmpOp::Eq {
                return Ok(Value::FALSE);
            }
            if op == CmpOp::Ne {
                return Ok(Value::TRUE);
            }
            return compare(op, x[i], y[i]);
        }
    }
    Ok(Value::bool(op.from_ordering(x.len().cmp(&y.len()))))
}

// ---------------------------------------------------------------------------
// arithmetic

pub fn add(a: Value, b: Value) -> PyResult {
    binop(BinOp::Add, a, b)
}

/// `a op b` for every operand type.
pub fn binop(op: BinOp, a: Value, b: Value) -> PyResult {
    if is_number(a) && is_number(b) {
        return num_binop(op, a, b);
    }
    binop_slow(op, a, b, false)
}

/// `a op= b`: lists extend in place; everything else as `binop`.
pub fn inplace_binop(op: BinOp, a: Value, b: Value) -> PyResult {
    if is_number(a) && is_number(b) {
        return num_binop(op, a, b);
    }
    binop_slow(op, a, b, true)
}

/// Arithmetic on int, bool and float operands.
pub fn num_binop(op: BinOp, a: Value, b: Value) -> PyResult {
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) {
        let (x, y) = (a == Value::TRUE, b == Value::TRUE);
        return Ok(Value::bool(match op {
            BinOp::BitAnd => x & y,
            BinOp::BitOr => x | y,
            _ => x ^ y,
        }));
    }
    if !a.is_float() && !b.is_float() {
        let (a, b) = (norm_bool(a), norm_bool(b));
        let iop = match op {
            BinOp::Add => IntOp::Add,
            BinOp::Sub => IntOp::Sub,
            BinOp::Mul => IntOp::Mul,
            BinOp::FloorDiv => IntOp::FloorDiv,
            BinOp::Mod => IntOp::Mod,
            BinOp::Pow => IntOp::Pow,
            BinOp::LShift => IntOp::LShift,
            BinOp::RShift => IntOp::RShift,
            BinOp::BitAnd => IntOp::And,
            BinOp::BitOr => IntOp::Or,
            BinOp::BitXor => IntOp::Xor,
            BinOp::TrueDiv => return int_truediv(a, b),
            BinOp::MatMul => return unsupported(op, a, b),
        };
        return int_binop(iop, a, b);
    }
    if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMul) {
        return unsupported(op, a, b);
    }
    let x = num_to_f64(a)?;
    let y = num_to_f64(b)?;
    float_binop(op, x, y)
}

/// Float arithmetic with Python's errors and floor semantics.
pub fn float_binop(op: BinOp, x: f64, y: f64) -> PyResult {
    Ok(Value::float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return raise!(zero_division_error, "float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return raise!(zero_division_error, "float floor division by zero");
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return raise!(zero_division_error, "float modulo");
            }
            float_divmod(x, y).1
        }
        // a negative base to a fractional power: a complex result
        BinOp::Pow if x < 0.0 && y.fract() != 0.0 && y.is_finite() => {
            return crate::types::complex::pow((x, 0.0), (y, 0.0));
        }
        BinOp::Pow => pow_float(x, y)?,
        _ => unreachable!(),
    }))
}

/// Python's float divmod: the remainder has the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

#[cold]
fn unsupported(op: BinOp, a: Value, b: Value) -> PyResult {
    if op == BinOp::Pow {
        return raise!(
            type_error,
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        );
    }
    raise!(type_error, "unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), type_name(a), type_name(b))
}

#[cold]
#[inline(never)]
fn binop_slow(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult {
    // Specialization: `+` of two exact tuples (no subclass can override it),
    // before the protocol checks below.
    if op == BinOp::Add {
        if let (Some(x), Some(y)) =
            (crate::object::downcast::<crate::types::tuple::TupleObj>(a), crate::object::downcast::<crate::types::tuple::TupleObj>(b))
        {
            let t = crate::types::tuple::concat(x.as_slice(), y.as_slice());
            std::hint::black_box((a, b));
            return Ok(t);
        }
    }
    if let Some(r) = crate::types::complex::binop(op, a, b) {
        return r;
    }
    let (fwd, rev, ifwd) = op.dunder();
    if user_override(a, fwd).is_some() || user_override(b, rev).is_some() || (inplace && user_override(a, ifwd).is_some()) {
        if let Some(r) = binop_dunders(op, a, b, inplace)? {
            return Ok(r);
        }
    }
    if let Some(r) = crate::types::deque::binop(op, a, b, inplace) {
        return r;
    }
    // numbers inside builtin-subclass instances compute as plain numbers
    let (na, nb) = (native_of(a).filter(|n| is_number(*n)), native_of(b).filter(|n| is_number(*n)));
    if na.is_some() || nb.is_some() {
        return binop(op, na.unwrap_or(a), nb.unwrap_or(b));
    }
    // sequences
    match op {
        BinOp::Add => {
            if let (Some(x), Some(y)) = (str_obj(a), str_obj(b)) {
                return Ok(str_concat(x, y));
            }
            if let (Some(x), Some(y)) = (as_bytes(a), as_bytes(b)) {
                if inplace && x.mutable {
                    // `y` may be `x`: `extend` copies bytes of its own buffer first.
                    crate::types::bytes::extend(x, y.data());
                    return Ok(a);
                }
                return Ok(crate::types::bytes::concat(x, y));
            }
            if let (Some(x), Some(y)) = (list_obj(a), list_obj(b)) {
                if inplace {
                    crate::object::barrier(&x.header, b);
                    let ys: Vec<Value> = y.items.as_slice().to_vec();
                    let _g = crate::object::lock_if_shared(&x.header);
                    x.items.reserve(ys.len());
                    for v in ys {
                        x.items.push(v);
                    }
                    // `b` roots the copied values until here.
                    std::hint::black_box(b);
                    return Ok(a);
                }
                let out = new_list_obj(x.items.len() + y.items.len());
                for v in x.items.as_slice().iter().chain(y.items.as_slice()) {
                    out.items.push(*v);
                }
                return Ok(Value::from_ptr(out));
            }
            if let (Some(x), Some(y)) = (tuple_items(a), tuple_items(b)) {
                let t = crate::types::tuple::concat(x, y);
                // `a` and `b` root the copied values until the tuple holds them.
                std::hint::black_box((a, b));
                return Ok(t);
            }
            if inplace && list_obj(a).is_some() && user_override(a, "__iadd__").is_none() {
                let l = list_obj(a).unwrap();
                let it = iter(b)?;
                while let Some(v) = next(it)? {
                    l.append(v);
                }
                return Ok(a);
            }
        }
        BinOp::Mul => {
            let (seq, n) = if is_intlike(b) { (a, b) } else { (b, a) };
            if let (Some(x), true) = (as_bytes(seq), is_intlike(n)) {
                return crate::types::bytes::repeat(x, to_i64(n).unwrap_or(0).max(0) as usize);
            }
            if is_intlike(n) && (str_obj(seq).is_some() || list_obj(seq).is_some() || tuple_items(seq).is_some()) {
                let n = match to_i64(n) {
                    Some(n) => n.max(0) as usize,
                    None => return raise!(overflow_error, "cannot fit 'int' into an index-sized integer"),
                };
                if let Some(s) = as_str(seq) {
                    if s.len().saturating_mul(n) > (1 << 34) {
                        return raise!(memory_error, "");
                    }
                    return Ok(new_str(&s.repeat(n)));
                }
                if let Some(l) = list_obj(seq) {
                    if inplace && seq == a {
                        // a rooted snapshot: the list is emptied before it refills
                        let snapshot = new_list(l.items.as_slice());
                        let items = list_obj(snapshot).unwrap();
                        let _g = crate::object::lock_if_shared(&l.header);
                        l.items.truncate_in(0, Some(&l.header));
                        for _ in 0..n {
                            for i in 0..items.items.len() {
                                l.items.push(items.items.get(i));
                            }
                        }
                        std::hint::black_box(snapshot);
                        return Ok(a);
                    }
                    let out = new_list_obj(l.items.len() * n);
                    for _ in 0..n {
                        for v in l.items.as_slice() {
                            out.items.push(*v);
                        }
                    }
                    return Ok(Value::from_ptr(out));
                }
                if let Some(t) = tuple_items(seq) {
                    let mut v = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        v.extend_from_slice(t);
                    }
                    let r = new_tuple(&v);
                    std::hint::black_box(seq);
                    return Ok(r);
                }
            }
        }
        BinOp::Mod => {
            if let Some(s) = as_str(a) {
                return percent_format(s, b);
            }
        }
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
            if as_set(a).is_some() && as_set(b).is_some() =>
        {
            return set_binop(op, a, b, inplace);
        }
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor if is_set_like_view(a) || is_set_like_view(b) => {
            // dict keys/items views combine with any iterable into a new set
            let x = Value::from_ptr(crate::types::set::set_from_iter(a, false)?);
            let y = Value::from_ptr(crate::types::set::set_from_iter(b, false)?);
            let r = set_binop(op, x, y, false);
            std::hint::black_box((x, y));
            return r;
        }
        BinOp::BitOr => {
            if let (Some(x), Some(y)) = (dict_obj(a), dict_obj(b)) {
                let out = if inplace { a } else { crate::methods::dict_copy(x) };
                let o = dict_obj(out).unwrap();
                for (k, v) in y.items() {
                    o.set(k, v)?;
                }
                return Ok(out);
            }
            if inplace && as_instance(a).is_none() {
                // `d |= pairs` updates from any mapping or iterable of pairs
                if let Some(x) = dict_obj(a) {
                    crate::methods::dict_update_from(x, b)?;
                    return Ok(a);
                }
            }
            if let Some(u) = crate::types::generic::union_or(a, b)? {
                return Ok(u);
            }
        }
        _ => {}
    }
    // user-defined operators
    if let Some(r) = binop_dunders(op, a, b, inplace)? {
        return Ok(r);
    }
    if op == BinOp::Add && str_obj(a).is_some() {
        return raise!(type_error, "can only concatenate str (not \"{}\") to str", type_name(b));
    }
    if op == BinOp::Add && as_bytes(a).is_some() {
        return raise!(type_error, "can't concat {} to {}", type_name(b), type_name(a));
    }
    if op == BinOp::Add && list_obj(a).is_some() {
        return raise!(type_error, "can only concatenate list (not \"{}\") to list", type_name(b));
    }
    if op == BinOp::Add && tuple_items(a).is_some() {
        return raise!(type_error, "can only concatenate tuple (not \"{}\") to tuple", type_name(b));
    }
    if inplace {
        return raise!(
            type_error,
            "unsupported operand type(s) for {}=: '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        );
    }
    if op == BinOp::Mul
        && (str_obj(a).is_some() || list_obj(a).is_some() || tuple_items(a).is_some())
        && !is_intlike(b)
    {
        return raise!(type_error, "can't multiply sequence by non-int of type '{}'", type_name(b));
    }
    if op == BinOp::Mul && (str_obj(b).is_some() || list_obj(b).is_some() || tuple_items(b).is_some()) && a.is_float() {
        return raise!(type_error, "can't multiply sequence by non-int of type '{}'", type_name(a));
    }
    unsupported(op, a, b)
}

/// A dict's keys or items view (the views that act like sets).
fn is_set_like_view(v: Value) -> bool {
    matches!(crate::methods::dict_view_parts(v), Some((_, SeqKind::DictKeys | SeqKind::DictItems)))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets; the result has `a`'s type.
pub fn set_binop(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult {
    use crate::types::set::new_set;
    let (x, y) = (as_set(a).unwrap(), as_set(b).unwrap());
    let out = if inplace && !x.frozen {
        x
    } else if op == BinOp::BitOr {
        crate::types::set::new_set_for_merge(x.frozen, x)
    } else {
        new_set(x.frozen)
    };
    let keep = Value::from_ptr(out);
    match op {
        BinOp::BitOr => {
            out.merge_from(x)?;
            out.merge_from(y)?;
        }
        BinOp::BitAnd => {
            let ks = x.keys();
            if std::ptr::eq(out, x) {
                for k in ks {
                    if !y.contains(k)? {
                        out.discard(k)?;
                    }
                }
            } else {
                // CPython iterates over the smaller set
                let (small, big) = if y.len() < x.len() { (y, x) } else { (x, y) };
                for k in small.keys() {
                    if big.contains(k)? {
                        out.add(k)?;
                    }
                }
            }
        }
        BinOp::Sub => {
            if std::ptr::eq(out, x) {
                for k in y.keys() {
                    out.discard(k)?;
                }
            } else {
                for k in x.keys() {
                    if !y.contains(k)? {
                        out.add(k)?;
                    }
                }
            }
        }
        _ => {
            if std::ptr::eq(out, x) {
                for k in y.keys() {
                    if !out.discard(k)? {
                        out.add(k)?;
                    }
                }
            } else {
                for k in x.keys() {
                    if !y.contains(k)? {
                        out.add(k)?;
                    }
                }
                for k in y.keys() {
                    if !x.contains(k)? {
                        out.add(k)?;
                    }
                }
            }
        }
    }
    Ok(keep)
}

/// The user-defined operator methods for `a op b`: `__iop__` (in place),
/// then `__op__`, then the reflected `__rop__`.
/// The rest of `a op b` after `a`'s forward method returned NotImplemented,
/// for `a` an instance of a Python class (no builtin part): `b`'s reflected
/// method when `b` is of another class, then the TypeError.
pub fn binop_after_forward(op: BinOp, a: Value, b: Value) -> PyResult {
    if !std::ptr::eq(class_of(a), class_of(b)) {
        let (_, rev, _) = op.dunder();
        if let Some(r) = try_dunder(b, rev, a)? {
            return Ok(r);
        }
    }
    unsupported(op, a, b)
}

fn binop_dunders(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Option<Value>> {
    let (fwd, rev, ifwd) = op.dunder();
    if inplace {
        if let Some(r) = try_dunder(a, ifwd, b)? {
            return Ok(Some(r));
        }
    }
    let (ca, cb) = (class_of(a), class_of(b));
    if std::ptr::eq(ca, cb) {
        // same type: no reflected method
        return try_dunder(a, fwd, b);
    }
    // A right operand of a subclass that overrides the reflected method
    // goes first.
    if !std::ptr::eq(cb, ca) && cb.is_subclass(ca) {
        let own = cb.lookup_str(rev);
        if own.is_some() && own != ca.lookup_str(rev) {
            if let Some(r) = try_dunder(b, rev, a)? {
                return Ok(Some(r));
            }
            return try_dunder(a, fwd, b);
        }
    }
    if let Some(r) = try_dunder(a, fwd, b)? {
        return Ok(Some(r));
    }
    try_dunder(b, rev, a)
}

/// `-v`.
pub fn neg(v: Value) -> PyResult {
    if v.is_float() {
        return Ok(Value::float(-v.as_float()));
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(crate::types::complex::new_complex(-c.re, -c.im));
    }
    if is_intlike(v) {
        return Ok(int_neg(norm_bool(v)));
    }
    unary_dunder(v, "__neg__", "-")
}

/// `+v`.
pub fn pos(v: Value) -> PyResult {
    if v.is_float() {
        return Ok(v);
    }
    if is_intlike(v) {
        return Ok(norm_bool(v));
    }
    unary_dunder(v, "__pos__", "+")
}

/// `~v`.
pub fn invert(v: Value) -> PyResult {
    if is_intlike(v) {
        return Ok(int_invert(norm_bool(v)));
    }
    unary_dunder(v, "__invert__", "~")
}

fn unary_dunder(v: Value, name: &str, sym: &str) -> PyResult {
    if as_instance(v).is_some() {
        if let Some(m) = class_of(v).lookup_str(name) {
            return call(m, &[v], &[]);
        }
        // a subclass of int or float: the operation on its value
        if let Some(n) = native_of(v).filter(|n| is_number(*n)) {
            return match sym {
                "-" => neg(n),
                "+" => pos(n),
                _ => invert(n),
            };
        }
    }
    raise!(type_error, "bad operand type for unary {}: '{}'", sym, type_name(v))
}

pub fn abs(v: Value) -> PyResult {
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(Value::float(c.re.hypot(c.im)));
    }
    if is_intlike(v) {
        let n = norm_bool(v);
        return Ok(if int_cmp(n, Value::small_int(0)) == Ordering::Less { int_neg(n) } else { n });
    }
    if as_instance(v).is_some() {
        if let Some(m) = class_of(v).lookup_str("__abs__") {
            return call(m, &[v], &[]);
        }
    }
    raise!(type_error, "bad operand type for abs(): '{}'", type_name(v))
}

// ---------------------------------------------------------------------------
// containers

/// For a class whose metaclass is a user class: the metaclass's own
/// definition of `name` (`Meta.__len__` makes `len(C)` work); not the
/// builtin methods of `type` and `object`.
#[cold]
#[inline(never)]
pub fn meta_override(v: Value, name: &str) -> Option<Value> {
    as_class(v)?;
    let meta = class_of(v);
    if std::ptr::eq(meta, classes().type_) {
        return None;
    }
    let m = meta.lookup_str(name)?;
    if as_builtin(m).is_some() {
        return None;
    }
    Some(m)
}

/// For an instance of a user subclass of a builtin type: the user's own
/// definition of `name`, which must win over the builtin behaviour.
#[inline]
fn user_override(v: Value, name: &str) -> Option<Value> {
    let inst = as_instance(v)?;
    if inst.native.get().is_none() {
        return None;
    }
    let m = inst.class().lookup_str(name)?;
    if as_builtin(m).is_some() {
        return None; // the builtin type's own method
    }
    Some(m)
}

/// `len(v)`.
pub fn len(v: Value) -> PyResult<usize> {
    if let Some(m) = user_override(v, "__len__") {
        let r = call(m, &[v], &[])?;
        return to_i64(r).filter(|n| *n >= 0).map(|n| n as usize).ok_or_else(|| crate::exc!(value_error, "__len__() should return >= 0"));
    }
    if let Some(l) = list_obj(v) {
        return Ok(l.items.len());
    }
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(v) {
        return Ok(d.len());
    }
    if let Some(s) = str_obj(v) {
        return Ok(s.char_len());
    }
    if let Some(t) = tuple_items(v) {
        return Ok(t.len());
    }
    if let Some(d) = dict_obj(v) {
        return Ok(d.len());
    }
    if let Some(r) = as_range(v) {
        return Ok(r.len() as usize);
    }
    if let Some(s) = as_set(v) {
        return Ok(s.len());
    }
    if let Some(b) = as_bytes(v) {
        return Ok(b.data().len());
    }
    if let Some(r) = crate::types::iter::as_big_range(v) {
        return match r.len().to_usize().filter(|n| *n <= i64::MAX as usize) {
            Some(n) => Ok(n),
            None => raise!(overflow_error, "Python int too large to convert to C ssize_t"),
        };
    }
    if let Some(view) = crate::methods::dict_view_dict(v) {
        return Ok(view.len());
    }
    // an instance's class's __len__, or a class's metaclass's
    let user_len = if as_instance(v).is_some() { class_of(v).lookup_str("__len__") } else { meta_override(v, "__len__") };
    if let Some(m) = user_len {
        let r = call(m, &[v], &[])?;
        return match to_i64(r) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => raise!(value_error, "__len__() should return >= 0"),
            None => raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(r)),
        };
    }
    raise!(type_error, "object of type '{}' has no len()", type_name(v))
}

/// An index operand as i64 (ints and bools).
pub fn index_of(v: Value, what: &str) -> PyResult<i64> {
    if let Some(i) = to_i64(v) {
        return Ok(i);
    }
    let v = int_native(v);
    if let Some(i) = to_i64(v) {
        return Ok(i);
    }
    if big_of(v).is_some() {
        return raise!(index_error, "cannot fit 'int' into an index-sized integer");
    }
    if as_instance(v).is_some() {
        if let Some(f) = class_of(v).lookup_str("__index__") {
            let r = call(f, &[v], &[])?;
            if let Some(i) = to_i64(r) {
                return Ok(i);
            }
            if big_of(r).is_some() {
                return raise!(index_error, "cannot fit 'int' into an index-sized integer");
            }
            return raise!(type_error, "__index__ returned non-int (type {})", type_name(r));
        }
    }
    raise!(type_error, "{} indices must be integers or slices, not {}", what, type_name(v))
}

/// The int inside an instance of a subclass of int (an IntEnum member);
/// any other value unchanged.
#[cold]
#[inline(never)]
pub fn int_native(v: Value) -> Value {
    match native_of(v) {
        Some(n) if is_intlike(n) => n,
        _ => v,
    }
}

/// `l[start:stop:step]`: a new list.
pub fn list_slice(l: &ListObj, start: Value, stop: Value, step: Value) -> PyResult {
    let (s, _e, st, n) = crate::methods::slice_indices(start, stop, step, l.items.len())?;
    let out = new_list_obj(n);
    if st == 1 {
        let items = l.items.as_slice();
        let s = (s as usize).min(items.len());
        out.items.replace_all(&items[s..(s + n).min(items.len())]);
        return Ok(Value::from_ptr(out));
    }
    // Short slices (`p[k::-1]`) are gathered in a buffer on the stack (a
    // GC root) and stored at once.
    const SHORT: usize = 32;
    if n <= SHORT {
        let mut buf = [Value::NONE; SHORT];
        let mut m = 0;
        for k in 0..n {
            // A racing shrink of a shared list ends the copy early.
            match l.items.try_get((s + k as i64 * st) as usize) {
                Some(v) => {
                    buf[m] = v;
                    m += 1;
                }
                None => break,
            }
        }
        out.items.replace_all(&buf[..m]);
        return Ok(Value::from_ptr(out));
    }
    for k in 0..n {
        // A racing shrink of a shared list ends the copy early.
        match l.items.try_get((s + k as i64 * st) as usize) {
            Some(v) => out.items.push(v),
            None => break,
        }
    }
    Ok(Value::from_ptr(out))
}

/// `obj[key]`.
pub fn getitem(obj: Value, key: Value) -> PyResult {
    if let Some(m) = user_override(obj, "__getitem__") {
        return call(m, &[obj, key], &[]);
    }
    if let Some(l) = list_obj(obj) {
        if let Some(sl) = crate::methods::as_slice(key) {
            return list_slice(l, sl.start, sl.stop, sl.step);
        }
        let i = index_of(key, "list")?;
        return match norm_index(i, l.items.len()).and_then(|j| l.items.try_get(j)) {
            Some(v) => Ok(v),
            None => raise!(index_error, "list index out of range"),
        };
    }
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(obj) {
        return crate::types::deque::getitem(d, key);
    }
    if let Some(d) = dict_obj(obj) {
        return match d.get(key)? {
            Some(v) => Ok(v),
            None => {
                // dict subclasses may supply missing keys
                if let Some(m) = user_override(obj, "__missing__") {
                    return call(m, &[obj, key], &[]);
                }
                Err(key_error(key))
            }
        };
    }
    if let Some(t) = tuple_items(obj) {
        if let Some(sl) = crate::methods::as_slice(key) {
            let (s, _e, st, n) = sl.indices(t.len())?;
            let v: Vec<Value> = (0..n).map(|k| t[(s + k as i64 * st) as usize]).collect();
            return Ok(new_tuple(&v));
        }
        let i = index_of(key, "tuple")?;
        return match norm_index(i, t.len()) {
            Some(j) => Ok(t[j]),
            None => raise!(index_error, "tuple index out of range"),
        };
    }
    if let Some(s) = str_obj(obj) {
        if let Some(sl) = crate::methods::as_slice(key) {
            let (st, _e, step, n) = sl.indices(s.char_len())?;
            return Ok(crate::types::str::str_slice(s, st, step, n));
        }
        if !is_intlike(key) && !is_intlike(int_native(key)) && !(as_instance(key).is_some() && class_of(key).lookup_str("__index__").is_some()) {
            return raise!(type_error, "string indices must be integers, not '{}'", type_name(key));
        }
        let i = index_of(key, "string")?;
        return str_getitem_int(s, i);
    }
    if let Some(r) = as_range(obj) {
        if let Some(sl) = crate::methods::as_slice(key) {
            let (s, e, st, _n) = sl.indices(r.len() as usize)?;
            let step = st * r.step;
            return Ok(crate::types::iter::new_range(r.start + s * r.step, r.start + e * r.step, step));
        }
        let i = index_of(key, "range")?;
        return match norm_index(i, r.len() as usize) {
            Some(j) => Ok(Value::small_int(r.start + j as i64 * r.step)),
            None => raise!(index_error, "range object index out of range"),
        };
    }
    if let Some(b) = as_bytes(obj) {
        return crate::types::bytes::getitem(b, key);
    }
    if let Some(r) = crate::types::iter::as_big_range(obj) {
        if is_intlike(key) {
            let n = r.len();
            let mut i = to_big(key).unwrap();
            if i < num_bigint::BigInt::from(0) {
                i += &n;
            }
            if i < num_bigint::BigInt::from(0) || i >= n {
                return raise!(index_error, "range object index out of range");
            }
            return Ok(r.item(&i));
        }
    }
    if as_instance(obj).is_some() {
        if let Some(m) = class_of(obj).lookup_str("__getitem__") {
            return call(m, &[obj, key], &[]);
        }
    }
    if let Some(m) = meta_override(obj, "__getitem__") {
        return call(m, &[obj, key], &[]);
    }
    if let Some(c) = as_class(obj) {
        if let Some(m) = c.lookup_str("__class_getitem__") {
            return call(crate::builtins::unwrap_classmethod(m), &[obj, key], &[]);
        }
        return class_subscript(c, obj, key);
    }
    raise!(type_error, "'{}' object is not subscriptable", type_name(obj))
}

/// `cls[key]` without `__class_getitem__`: the generic builtin containers
/// make a `types.GenericAlias`; other classes are not subscriptable.
#[cold]
#[inline(never)]
fn class_subscript(c: &ClassObj, obj: Value, key: Value) -> PyResult {
    let builtin = c.module.get() == crate::types::str::intern("builtins");
    if builtin && matches!(c.name(), "list" | "dict" | "tuple" | "set" | "frozenset" | "type") {
        return Ok(crate::types::generic::new_alias(obj, key));
    }
    // a subclass of one of them inherits its __class_getitem__
    for b in c.mro().iter().skip(1).filter_map(|b| as_class(*b)) {
        if b.module.get() == crate::types::str::intern("builtins") && matches!(b.name(), "list" | "dict" | "tuple" | "set" | "frozenset") {
            return Ok(crate::types::generic::new_alias(obj, key));
        }
    }
    raise!(type_error, "type '{}' is not subscriptable", c.name())
}

/// A KeyError carrying `key`.
pub fn key_error(key: Value) -> Exc {
    let args = new_tuple(&[key]);
    // SAFETY: builtin classes are immortal.
    Exc(crate::types::exception::new_exception_with_args(unsafe { &*classes().key_error }, args))
}

/// `obj[key] = v`.
pub fn setitem(obj: Value, key: Value, v: Value) -> PyResult<()> {
    if let Some(m) = user_override(obj, "__setitem__") {
        call(m, &[obj, key, v], &[])?;
        return Ok(());
    }
    if let Some(l) = list_obj(obj) {
        if let Some(sl) = crate::methods::as_slice(key) {
            return crate::methods::list_set_slice(l, sl, v);
        }
        let i = index_of(key, "list")?;
        let n = l.items.len();
        return match norm_index(i, n) {
            Some(j) if l.store(j, v) => Ok(()),
            _ => raise!(index_error, "list assignment index out of range"),
        };
    }
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(obj) {
        return crate::types::deque::setitem(d, key, v);
    }
    if let Some(d) = dict_obj(obj) {
        return d.set(key, v);
    }
    if let Some(b) = as_bytes(obj) {
        return crate::types::bytes::setitem(b, key, v);
    }
    if as_instance(obj).is_some() {
        if let Some(m) = class_of(obj).lookup_str("__setitem__") {
            call(m, &[obj, key, v], &[])?;
            return Ok(());
        }
    }
    raise!(type_error, "'{}' object does not support item assignment", type_name(obj))
}

/// `del obj[key]`.
pub fn delitem(obj: Value, key: Value) -> PyResult<()> {
    if let Some(m) = user_override(obj, "__delitem__") {
        call(m, &[obj, key], &[])?;
        return Ok(());
    }
    if let Some(l) = list_obj(obj) {
        if let Some(sl) = crate::methods::as_slice(key) {
            return crate::methods::list_del_slice(l, sl);
        }
        let i = index_of(key, "list")?;
        return match l.remove_at(i) {
            Some(_) => Ok(()),
            None => raise!(index_error, "list assignment index out of range"),
        };
    }
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(obj) {
        return crate::types::deque::delitem(d, key);
    }
    if let Some(b) = as_bytes(obj).filter(|b| b.mutable) {
        return crate::types::bytes::delitem(b, key);
    }
    if let Some(d) = dict_obj(obj) {
        return match d.remove(key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key)),
        };
    }
    if as_instance(obj).is_some() {
        if let Some(m) = class_of(obj).lookup_str("__delitem__") {
            call(m, &[obj, key], &[])?;
            return Ok(());
        }
    }
    raise!(type_error, "'{}' object doesn't support item deletion", type_name(obj))
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    if let Some(m) = user_override(container, "__contains__") {
        return truthy(call(m, &[container, item], &[])?);
    }
    if let Some(d) = dict_obj(container) {
        return Ok(d.get(item)?.is_some());
    }
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(container) {
        return crate::types::deque::contains(d, item);
    }
    if let Some(s) = as_set(container) {
        return s.contains(item);
    }
    if let Some(b) = as_bytes(container) {
        return crate::types::bytes::contains(b, item);
    }
    if let Some(s) = str_obj(container) {
        return match as_str(item) {
            Some(x) => Ok(s.as_str().contains(x)),
            None => raise!(type_error, "'in <string>' requires string as left operand, not {}", type_name(item)),
        };
    }
    if let Some(l) = list_obj(container) {
        let mut i = 0;
        while let Some(v) = l.items.try_get(i) {
            if eq_identity_first(v, item)? {
                return Ok(true);
            }
            i += 1;
        }
        return Ok(false);
    }
    if let Some(t) = tuple_items(container) {
        for v in t {
            if eq_identity_first(*v, item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(r) = as_range(container) {
        if let Some(x) = to_i64(item).filter(|_| is_intlike(item)) {
            let inr = if r.step > 0 { x >= r.start && x < r.stop } else { x <= r.start && x > r.stop };
            return Ok(inr && (x - r.start) % r.step == 0);
        }
    }
    if let Some(r) = crate::types::iter::as_big_range(container) {
        if is_intlike(item) {
            return Ok(r.contains(&to_big(item).unwrap()));
        }
    }
    if let Some(d) = crate::methods::dict_view_dict(container) {
        if class_of(container) as *const ClassObj == classes().dict_keys {
            return Ok(d.get(item)?.is_some());
        }
    }
    if as_instance(container).is_some() {
        if let Some(m) = class_of(container).lookup_str("__contains__") {
            return truthy(call(m, &[container, item], &[])?);
        }
    }
    if let Some(m) = meta_override(container, "__contains__") {
        return truthy(call(m, &[container, item], &[])?);
    }
    let it = match iter(container) {
        Ok(it) => it,
        Err(_) => return raise!(type_error, "argument of type '{}' is not iterable", type_name(container)),
    };
    while let Some(v) = next(it)? {
        if eq(v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(v)`.
pub fn iter(v: Value) -> PyResult {
    if let Some(m) = user_override(v, "__iter__") {
        return call(m, &[v], &[]);
    }
    if list_obj(v).is_some() {
        return Ok(new_seq_iter(SeqKind::List, v, 0, 0, 1));
    }
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(v) {
        return Ok(crate::types::deque::new_iter(d, false));
    }
    if tuple_items(v).is_some() {
        return Ok(new_seq_iter(SeqKind::Tuple, v, 0, 0, 1));
    }
    if str_obj(v).is_some() {
        return Ok(new_seq_iter(SeqKind::Str, v, 0, 0, 1));
    }
    if let Some(r) = as_range(v) {
        return Ok(new_seq_iter(SeqKind::Range, v, r.start, r.stop, r.step));
    }
    if let Some(d) = dict_obj(v) {
        return Ok(new_seq_iter(SeqKind::DictKeys, v, 0, d.len() as i64, 1));
    }
    if let Some(s) = as_set(v) {
        return Ok(new_seq_iter(SeqKind::Set, v, 0, s.len() as i64, 1));
    }
    if let Some(b) = as_bytes(v) {
        let ints = crate::types::bytes::to_int_list(b);
        return Ok(new_seq_iter(SeqKind::List, ints, 0, 0, 1));
    }
    if let Some((d, kind)) = crate::methods::dict_view_parts(v) {
        return Ok(new_seq_iter(kind, Value::from_ptr(d), 0, d.len() as i64, 1));
    }
    if builtin_iter_next_kind(v) || registered_next(v).is_some() {
        crate::types::file::check_iterable(v)?;
        return Ok(v);
    }
    if let Some(m) = class_of(v).lookup_str("__iter__") {
        let it = call(m, &[v], &[])?;
        if !builtin_iter_next_kind(it) && registered_next(it).is_none() && class_of(it).lookup_str("__next__").is_none() {
            return raise!(type_error, "iter() returned non-iterator of type '{}'", type_name(it));
        }
        return Ok(it);
    }
    // the old sequence protocol: __getitem__ with 0, 1, 2... until IndexError
    if as_instance(v).is_some() && class_of(v).lookup_str("__getitem__").is_some() {
        return Ok(new_seq_iter(SeqKind::GetItem, v, 0, 0, 1));
    }
    raise!(type_error, "'{}' object is not iterable", type_name(v))
}

fn builtin_iter_next_kind(v: Value) -> bool {
    crate::types::iter::as_seq_iter(v).is_some()
        || downcast::<crate::types::iter::EnumerateObj>(v).is_some()
        || downcast::<crate::types::iter::ZipObj>(v).is_some()
        || downcast::<crate::types::iter::MapObj>(v).is_some()
        || downcast::<crate::types::iter::FilterObj>(v).is_some()
        || downcast::<crate::types::iter::CallIterObj>(v).is_some()
}

type NextFn = fn(Value) -> PyResult<Option<Value>>;

/// Iterator types defined outside the runtime (generators, files) with their
/// fast `next`. Filled at startup; read on every `next` of such an iterator,
/// so a read is a plain acquire load per entry (no lock: a shared lock word
/// would be written by every thread iterating a generator).
static ITERATORS: [std::sync::OnceLock<(usize, NextFn)>; 8] = [const { std::sync::OnceLock::new() }; 8];

/// Registers a heap type as an iterator with a direct `next` function.
pub fn register_iterator(vt: &'static morel_heap::VTable, next: NextFn) {
    let entry = (vt as *const morel_heap::VTable as usize, next);
    // Entries fill in order: readers stop at the first empty one.
    let placed = ITERATORS.iter().any(|slot| slot.set(entry).is_ok() || slot.get().is_some_and(|e| e.0 == entry.0));
    assert!(placed, "too many registered iterator types");
}

fn registered_next(it: Value) -> Option<NextFn> {
    if !it.is_ptr() {
        return None;
    }
    let vt = crate::object::vtable_of(it) as usize;
    ITERATORS.iter().map_while(|slot| slot.get()).find(|(v, _)| *v == vt).map(|(_, f)| *f)
}

/// The next item of iterator `it`, or None when it is exhausted.
pub fn next(it: Value) -> PyResult<Option<Value>> {
    if let Some(r) = builtin_iter_next(it) {
        return r;
    }
    // itertools' iterators: one Rust type for all of them
    if let Some(o) = downcast::<crate::itertools::ItertoolsObj>(it) {
        return o.next();
    }
    if let Some(f) = registered_next(it) {
        return f(it);
    }
    {
        if let Some(m) = class_of(it).lookup_str("__next__") {
            return match call(m, &[it], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if is_instance_of(e.0, classes().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            };
        }
    }
    raise!(type_error, "'{}' object is not an iterator", type_name(it))
}

/// Collects any iterable into a new list value (rooted as it grows).
pub fn to_list(v: Value) -> PyResult {
    if let Some(l) = list_obj(v) {
        return Ok(new_list(l.items.as_slice()));
    }
    if let Some(t) = tuple_items(v) {
        return Ok(new_list(t));
    }
    let out = new_list_obj(0);
    let it = iter(v)?;
    while let Some(x) = next(it)? {
        out.items.push(x);
    }
    Ok(Value::from_ptr(out))
}

pub fn is_instance_of(v: Value, cls: *const ClassObj) -> bool {
    // SAFETY: classes are immortal.
    class_of(v).is_subclass(unsafe { &*cls })
}

// ---------------------------------------------------------------------------
// str() and repr()

/// `repr(v)`.
pub fn repr(v: Value) -> PyResult<String> {
    if v.is_small_int() {
        return Ok(v.as_small_int().to_string());
    }
    if v.is_float() {
        return Ok(format::float_repr(v.as_float()));
    }
    if v.is_none() {
        return Ok("None".into());
    }
    if v == Value::TRUE {
        return Ok("True".into());
    }
    if v == Value::FALSE {
        return Ok("False".into());
    }
    if let Some(m) = user_override(v, "__repr__") {
        let r = call(m, &[v], &[])?;
        return match as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => raise!(type_error, "__repr__ returned non-string (type {})", type_name(r)),
        };
    }
    if let Some(s) = as_str(v) {
        return Ok(repr_str(s));
    }
    if let Some(b) = big_of(v) {
        if let Err(m) = format::check_int_str_digits(b) {
            return raise!(value_error, "{}", m);
        }
        return Ok(int_repr(v));
    }
    repr_slow(v)
}

thread_local! {
    static REPR_ACTIVE: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Guards against infinite recursion when a container contains itself.
pub(crate) fn with_repr_guard(v: Value, placeholder: &str, f: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    let active = REPR_ACTIVE.with(|a| a.borrow().contains(&v));
    if active {
        return Ok(placeholder.to_string());
    }
    REPR_ACTIVE.with(|a| a.borrow_mut().push(v));
    let r = f();
    REPR_ACTIVE.with(|a| a.borrow_mut().pop());
    r
}

fn join_reprs(items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(*x)?);
    }
    Ok(out)
}

#[cold]
#[inline(never)]
fn repr_slow(v: Value) -> PyResult<String> {
    if let Some(d) = downcast::<crate::types::deque::DequeObj>(v) {
        return crate::types::deque::repr_of(v, d);
    }
    if let Some(l) = list_obj(v) {
        return with_repr_guard(v, "[...]", || {
            let items: Vec<Value> = l.items.as_slice().to_vec();
            let r = format!("[{}]", join_reprs(&items)?);
            // `v` roots the copied items until here.
            std::hint::black_box(v);
            Ok(r)
        });
    }
    if let Some(t) = tuple_items(v) {
        if t.len() == 1 {
            return Ok(format!("({},)", repr(t[0])?));
        }
        return with_repr_guard(v, "(...)", || Ok(format!("({})", join_reprs(t)?)));
    }
    if let Some(d) = dict_obj(v) {
        return with_repr_guard(v, "{...}", || {
            let mut out = String::from("{");
            for (i, (k, x)) in d.items().into_iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&repr(k)?);
                out.push_str(": ");
                out.push_str(&repr(x)?);
            }
            out.push('}');
            Ok(out)
        });
    }
    if let Some(b) = as_bytes(v) {
        return Ok(crate::types::bytes::repr_bytes(b.data(), b.mutable));
    }
    if let Some(c) = crate::types::complex::as_complex(v) {
        return Ok(crate::types::complex::repr(c));
    }
    if let Some(s) = as_set(v) {
        let keys = s.keys();
        if keys.is_empty() {
            return Ok(format!("{}()", class_of(v).name()));
        }
        let inner = with_repr_guard(v, "...", || Ok(format!("{{{}}}", join_reprs(&keys)?)))?;
        let cls = class_of(v);
        // subclasses (and frozenset) show their class name
        let plain_set = !s.frozen && cls.name() == "set" && cls.module.get() == crate::types::str::intern("builtins");
        return Ok(if plain_set { inner } else { format!("{}({})", cls.name(), inner) });
    }
    if let Some((d, kind)) = crate::methods::dict_view_parts(v) {
        let name = type_name(v);
        let items: Vec<Value> = match kind {
            SeqKind::DictKeys => d.items().into_iter().map(|(k, _)| k).collect(),
            SeqKind::DictValues => d.items().into_iter().map(|(_, x)| x).collect(),
            _ => {
                let mut out = Vec::new();
                for (k, x) in d.items() {
                    out.push(format!("({}, {})", repr(k)?, repr(x)?));
                }
                return Ok(format!("{}([{}])", name, out.join(", ")));
            }
        };
        return Ok(format!("{}([{}])", name, join_reprs(&items)?));
    }
    if let Some(r) = as_range(v) {
        return Ok(if r.step == 1 {
            format!("range({}, {})", r.start, r.stop)
        } else {
            format!("range({}, {}, {})", r.start, r.stop, r.step)
        });
    }
    if let Some(r) = crate::types::iter::as_big_range(v) {
        return Ok(if to_i64(r.step) == Some(1) {
            format!("range({}, {})", repr(r.start)?, repr(r.stop)?)
        } else {
            format!("range({}, {}, {})", repr(r.start)?, repr(r.stop)?, repr(r.step)?)
        });
    }
    if let Some(m) = meta_override(v, "__repr__") {
        let r = call(m, &[v], &[])?;
        return match as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => raise!(type_error, "__repr__ returned non-string (type {})", type_name(r)),
        };
    }
    if let Some(c) = as_class(v) {
        let module = as_str(c.module.get()).unwrap_or("builtins");
        return Ok(if module == "builtins" {
            format!("<class '{}'>", c.name())
        } else {
            format!("<class '{}.{}'>", module, c.qualname())
        });
    }
    if let Some(f) = as_function(v) {
        return Ok(format!("<function {} at {:#x}>", as_str(f.qualname.get()).unwrap_or("?"), v.as_ptr::<u8>() as usize));
    }
    if let Some(b) = as_builtin(v) {
        return Ok(format!("<built-in function {}>", b.name));
    }
    if let Some(m) = as_bound_method(v) {
        let recv = repr(m.receiver)?;
        if let Some(f) = as_function(m.func) {
            return Ok(format!("<bound method {} of {}>", as_str(f.qualname.get()).unwrap_or("?"), recv));
        }
        if let Some(b) = as_builtin(m.func) {
            return Ok(format!("<built-in method {} of {} object at {:#x}>", b.name, type_name(m.receiver), m.receiver.as_ptr::<u8>() as usize));
        }
    }
    if let Some(m) = as_module(v) {
        return Ok(format!("<module '{}'>", m.name()));
    }
    if v == not_implemented() {
        return Ok("NotImplemented".into());
    }
    if v == crate::builtins::ellipsis() {
        return Ok("Ellipsis".into());
    }
    if let Some(sl) = crate::methods::as_slice(v) {
        return Ok(format!("slice({}, {}, {})", repr(sl.start)?, repr(sl.stop)?, repr(sl.step)?));
    }
    if let Some(r) = crate::types::generic::repr(v) {
        return r;
    }
    if let Some(r) = crate::types::file::file_repr(v) {
        return r;
    }
    if let Some(r) = crate::itertools::repr(v) {
        return r;
    }
    if let Some(inst) = as_instance(v) {
        let cls = inst.class();
        if let Some(m) = cls.lookup_str("__repr__") {
            let r = call(m, &[v], &[])?;
            return match as_str(r) {
                Some(s) => Ok(s.to_string()),
                None => raise!(type_error, "__repr__ returned non-string (type {})", type_name(r)),
            };
        }
        return Ok(object_repr(v, inst));
    }
    Ok(format!("<{} object at {:#x}>", type_name(v), v.as_ptr::<u8>() as usize))
}

fn object_repr(v: Value, inst: &InstanceObj) -> String {
    let cls = inst.class();
    let module = as_str(cls.module.get()).unwrap_or("__main__");
    format!("<{}.{} object at {:#x}>", module, cls.qualname(), v.as_ptr::<u8>() as usize)
}

/// `str(v)`.
pub fn str(v: Value) -> PyResult<String> {
    if let Some(m) = user_override(v, "__str__").or_else(|| user_override(v, "__repr__")) {
        let r = call(m, &[v], &[])?;
        return match as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => raise!(type_error, "__str__ returned non-string (type {})", type_name(r)),
        };
    }
    if let Some(s) = as_str(v) {
        return Ok(s.to_string());
    }
    if let Some(inst) = as_instance(v) {
        let cls = inst.class();
        if let Some(m) = cls.lookup_str("__str__") {
            let r = call(m, &[v], &[])?;
            return match as_str(r) {
                Some(s) => Ok(s.to_string()),
                None => raise!(type_error, "__str__ returned non-string (type {})", type_name(r)),
            };
        }
        if let Some(m) = cls.lookup_str("__repr__") {
            let r = call(m, &[v], &[])?;
            return match as_str(r) {
                Some(s) => Ok(s.to_string()),
                None => raise!(type_error, "__str__ returned non-string (type {})", type_name(r)),
            };
        }
    }
    if let Some(m) = meta_override(v, "__str__") {
        let r = call(m, &[v], &[])?;
        return match as_str(r) {
            Some(s) => Ok(s.to_string()),
            None => raise!(type_error, "__str__ returned non-string (type {})", type_name(r)),
        };
    }
    repr(v)
}

/// `BaseException.__str__`: from the args (a KeyError shows its key's repr).
pub fn exception_str(v: Value) -> PyResult<String> {
    // SAFETY: builtin classes are immortal.
    if class_of(v).is_subclass(unsafe { &*classes().os_error }) {
        if let Some(s) = crate::types::exception::os_error_str(v)? {
            return Ok(s);
        }
    }
    let args = exc_args(v);
    // SAFETY: builtin classes are immortal.
    if class_of(v).is_subclass(unsafe { &*classes().key_error }) && args.len() == 1 {
        return repr(args[0]);
    }
    Ok(match args.len() {
        0 => String::new(),
        1 => str(args[0])?,
        _ => format!("({})", join_reprs(args)?),
    })
}

/// `BaseException.__repr__`: `Name(args...)`.
pub fn exception_repr(v: Value) -> PyResult<String> {
    let args = exc_args(v);
    let a = if args.len() == 1 { format!("({})", repr(args[0])?) } else { format!("({})", join_reprs(args)?) };
    Ok(format!("{}{}", class_of(v).name(), a))
}

/// `str(v)` as a new str value (returns `v` itself for exact strs).
pub fn str_value(v: Value) -> PyResult {
    if crate::types::str::is_str(v) {
        return Ok(v);
    }
    if v.is_small_int() {
        // `str(i)`: the digits written on the stack, not into a String
        let mut buf = [0u8; 24];
        return Ok(new_str(crate::types::int::word_decimal(v.as_small_int(), &mut buf)));
    }
    Ok(new_str(&str(v)?))
}

/// `format(v, spec)`.
pub fn format_value(v: Value, spec: &str) -> PyResult<String> {
    if as_instance(v).is_some() {
        if let Some(m) = class_of(v).lookup_str("__format__") {
            let r = call(m, &[v, new_str(spec)], &[])?;
            return Ok(as_str(r).unwrap_or("").to_string());
        }
    }
    if spec.is_empty() {
        return str(v);
    }
    // a subclass of int, float or str formats as its builtin value
    let v = match native_of(v) {
        Some(n) if n.is_float() || is_intlike(n) || as_str(n).is_some() => n,
        _ => v,
    };
    let fs = match format::parse_format_spec(spec) {
        Ok(f) => f,
        Err(m) => return raise!(value_error, "{}", m),
    };
    let r = if v.is_float() {
        format::format_float(v.as_float(), &fs)
    } else if is_intlike(v) {
        format::format_int(&to_big(v).unwrap(), &fs)
    } else if let Some(s) = as_str(v) {
        format::format_str(s, &fs)
    } else {
        if fs.ty.is_some() || !spec.is_empty() {
            return raise!(type_error, "unsupported format string passed to {}.__format__", type_name(v));
        }
        format::format_str(&str(v)?, &fs)
    };
    match r {
        Ok(s) => Ok(s),
        Err(m) => raise!(value_error, "{}", m),
    }
}

/// `fmt % args` for str.
/// The parsed pieces of a `%` format string, remembered per thread: the
/// format is nearly always a constant used again and again. Failed parses
/// are not kept (the error is raised each time from a fresh parse).
fn parsed_percent(fmt: &str) -> Result<std::rc::Rc<Vec<format::PercentPiece>>, String> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;
    /// Entries kept before the table starts over (programs with many
    /// distinct formats parse them as before).
    const MAX: usize = 256;
    thread_local! {
        static PARSED: RefCell<HashMap<Box<str>, Rc<Vec<format::PercentPiece>>>> = RefCell::new(HashMap::new());
    }
    if let Some(p) = PARSED.with(|c| c.borrow().get(fmt).cloned()) {
        return Ok(p);
    }
    let p = Rc::new(format::parse_percent(fmt)?);
    PARSED.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX {
            c.clear();
        }
        c.insert(fmt.into(), p.clone());
    });
    Ok(p)
}

pub fn percent_format(fmt: &str, args: Value) -> PyResult {
    use format::{PercentNum, PercentPiece};
    let pieces = match parsed_percent(fmt) {
        Ok(p) => p,
        Err(m) => return raise!(value_error, "{}", m),
    };
    let lone = [args];
    let tuple_args: &[Value] = match tuple_items(args) {
        Some(t) => t,
        None => &lone,
    };
    let mapping = dict_obj(args);
    let mut next_arg = 0usize;
    let mut take = |_: ()| -> PyResult<Value> {
        if next_arg < tuple_args.len() {
            next_arg += 1;
            Ok(tuple_args[next_arg - 1])
        } else {
            raise!(type_error, "not enough arguments for format string")
        }
    };
    let mut out = String::new();
    let mut used_mapping = false;
    for p in pieces.iter() {
        match p {
            PercentPiece::Lit(s) => out.push_str(s),
            PercentPiece::Spec(spec) => {
                let width = match &spec.width {
                    Some(PercentNum::Fixed(n)) => Some(*n),
                    Some(PercentNum::Star) => Some(index_of(take(())?, "width")? as usize),
                    None => None,
                };
                let prec = match &spec.precision {
                    Some(PercentNum::Fixed(n)) => Some(*n),
                    Some(PercentNum::Star) => Some(index_of(take(())?, "precision")? as usize),
                    None => None,
                };
                if spec.conv == '%' {
                    out.push('%');
                    continue;
                }
                let arg = if let Some(k) = &spec.key {
                    used_mapping = true;
                    match mapping {
                        Some(d) => match d.get(new_str(k))? {
                            Some(v) => v,
                            None => return Err(key_error(new_str(k))),
                        },
                        None => return raise!(type_error, "format requires a mapping"),
                    }
                } else {
                    take(())?
                };
                // a subclass of int or float formats as its value
                let num_arg = match native_of(arg) {
                    Some(n) if is_number(n) && !matches!(spec.conv, 's' | 'r' | 'a' | 'c') => n,
                    _ => arg,
                };
                match spec.conv {
                    'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                        let arg = num_arg;
                        // Specialization: a machine-word int needs no big
                        // int and is far below the digit limit.
                        if let Some(i) = to_i64(arg) {
                            out.push_str(&format::percent_int_word(i, spec, width, prec));
                            continue;
                        }
                        let n = if is_intlike(arg) {
                            to_big(arg).unwrap()
                        } else if arg.is_float() && matches!(spec.conv, 'd' | 'i' | 'u') {
                            let f = arg.as_float();
                            if !f.is_finite() {
                                return float_to_int(f);
                            }
                            num_bigint::BigInt::from_f64(f.trunc()).unwrap()
                        } else {
                            if matches!(spec.conv, 'o' | 'x' | 'X') {
                                return raise!(type_error, "%{} format: an integer is required, not {}", spec.conv, type_name(arg));
                            }
                            return raise!(type_error, "%{} format: a real number is required, not {}", spec.conv, type_name(arg));
                        };
                        if matches!(spec.conv, 'd' | 'i' | 'u') {
                            if let Err(m) = format::check_int_str_digits(&n) {
                                return raise!(value_error, "{}", m);
                            }
                        }
                        out.push_str(&format::percent_int(&n, &spec, width, prec));
                    }
                    'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                        let arg = num_arg;
                        if !is_number(arg) {
                            return raise!(type_error, "must be real number, not {}", type_name(arg));
                        }
                        out.push_str(&format::percent_float(num_to_f64(arg)?, &spec, width, prec));
                    }
                    's' => out.push_str(&format::percent_str(&str(arg)?, &spec, width, prec)),
                    'r' => out.push_str(&format::percent_str(&repr(arg)?, &spec, width, prec)),
                    'a' => out.push_str(&format::percent_str(&crate::builtins::ascii_repr(arg)?, &spec, width, prec)),
                    'c' => {
                        let s = if let Some(i) = to_i64(arg) {
                            match char::from_u32(i as u32) {
                                Some(c) if (0..=0x10ffff).contains(&i) => c.to_string(),
                                _ => return raise!(overflow_error, "%c arg not in range(0x110000)"),
                            }
                        } else if let Some(s) = as_str(arg).filter(|s| s.chars().count() == 1) {
                            s.to_string()
                        } else {
                            return raise!(type_error, "%c requires int or char");
                        };
                        out.push_str(&format::percent_str(&s, &spec, width, None));
                    }
                    c => return raise!(value_error, "unsupported format character '{}' ({:#x})", c, c as u32),
                }
            }
        }
    }
    if !used_mapping && next_arg < tuple_args.len() && mapping.is_none() {
        return raise!(type_error, "not all arguments converted during string formatting");
    }
    // `args` roots the values copied into `tuple_args` until here.
    std::hint::black_box(args);
    Ok(new_str(&out))
}

/// Converts a float to an int value (truncating), with Python's errors.
pub fn float_to_int(f: f64) -> PyResult {
    if f.is_nan() {
        return raise!(value_error, "cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return raise!(overflow_error, "cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.0e15 {
        return Ok(crate::types::int::int_from_i64(t as i64));
    }
    Ok(crate::types::int::int_from_big(num_bigint::BigInt::from_f64(t).unwrap()))
}

/// Convenience for callers holding a method name.
pub fn call_method(obj: Value, name: &str, args: &[Value]) -> PyResult {
    call_method_by_name(obj, name, args)
}

/// Builds a new dict from (key, value) pairs (the caller keeps them rooted).
pub fn dict_from_pairs(pairs: &[(Value, Value)]) -> PyResult {
    let d = new_dict();
    let o = dict_obj(d).unwrap();
    for (k, v) in pairs {
        o.set(*k, *v)?;
    }
    Ok(d)
}

