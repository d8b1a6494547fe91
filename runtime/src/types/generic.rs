//! `types.GenericAlias` (`list[int]`, `dict[str, int]`) and
//! `types.UnionType` (`int | None`, `list[int] | str`): the objects that
//! subscripting a class and `|` between types make. An alias calls and
//! forwards attributes to its origin class; a union answers `isinstance`
//! and `issubclass` for its member classes.

use crate::object::{alloc_obj, downcast};
use crate::types::class::{as_class, class_of, new_class, ClassObj, Layout};
use crate::types::str::intern;
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{classes, PyResult};
use morel_heap::Value;
use std::sync::OnceLock;

#[repr(C)]
pub struct AliasObj {
    pub header: crate::object::ObjHeader,
    pub origin: Value,
    /// A tuple.
    pub args: Value,
}

crate::py_vtable!(AliasObj, "GenericAlias", |o, t| {
    t.value(o.origin);
    t.value(o.args);
});

#[repr(C)]
pub struct UnionObj {
    pub header: crate::object::ObjHeader,
    /// A tuple of at least two members (NoneType stands for None).
    pub args: Value,
}

crate::py_vtable!(UnionObj, "UnionType", |o, t| t.value(o.args));

struct Classes {
    alias: usize,
    union: usize,
}
static CLASSES: OnceLock<Classes> = OnceLock::new();

pub fn install() {
    let mk = |name: &str| {
        let c = new_class(name, &[], Layout::Builtin);
        c.module.set(intern("types"));
        crate::add_root(Value::from_ptr(c));
        c as *const ClassObj as usize
    };
    let _ = CLASSES.set(Classes { alias: mk("GenericAlias"), union: mk("UnionType") });
    // SAFETY: classes are immortal (rooted above).
    let alias = unsafe { &*(CLASSES.get().unwrap().alias as *const ClassObj) };
    alias.ctor.set(Some(alias_ctor));
}

/// `types.GenericAlias(origin, args)` (what `__class_getitem__` returns).
fn alias_ctor(args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if !kw.is_empty() {
        return crate::raise!(type_error, "GenericAlias() takes no keyword arguments");
    }
    if args.len() != 3 {
        return crate::raise!(type_error, "GenericAlias expected 2 arguments, got {}", args.len().saturating_sub(1));
    }
    Ok(new_alias(args[1], args[2]))
}

#[inline]
pub fn as_alias(v: Value) -> Option<&'static AliasObj> {
    downcast::<AliasObj>(v)
}

#[inline]
pub fn as_union(v: Value) -> Option<&'static UnionObj> {
    downcast::<UnionObj>(v)
}

/// `origin[key]`: a tuple key gives several arguments.
pub fn new_alias(origin: Value, key: Value) -> Value {
    let args = if tuple_items(key).is_some() { key } else { new_tuple(&[key]) };
    let cls = CLASSES.get().expect("generic installed").alias as *const ClassObj;
    Value::from_ptr(alloc_obj::<AliasObj>(cls, |header| AliasObj { header, origin, args }))
}

fn new_union(args: &[Value]) -> Value {
    let t = new_tuple(args);
    let cls = CLASSES.get().expect("generic installed").union as *const ClassObj;
    Value::from_ptr(alloc_obj::<UnionObj>(cls, |header| UnionObj { header, args: t }))
}

/// The member classes of a union.
pub fn union_args(v: Value) -> Option<&'static [Value]> {
    as_union(v).and_then(|u| tuple_items(u.args))
}

fn none_type() -> Value {
    Value::from_ptr(classes().none_type)
}

/// Can `v` take part in a `|` that builds a union?
fn unionable(v: Value) -> bool {
    v.is_none() || as_class(v).is_some() || as_alias(v).is_some() || as_union(v).is_some()
}

/// A class whose metaclass defines `name` in Python (that one decides).
fn meta_defines(v: Value, name: &str) -> bool {
    as_class(v).is_some()
        && !std::ptr::eq(class_of(v), classes().type_)
        && class_of(v).lookup_str(name).and_then(crate::types::function::as_function).is_some()
}

fn same_member(a: Value, b: Value) -> PyResult<bool> {
    if as_alias(a).is_some() && as_alias(b).is_some() {
        return crate::ops::eq(a, b);
    }
    Ok(a == b)
}

/// `a | b` when both are types (or None, aliases, unions) and no metaclass
/// defines `|` itself; None otherwise.
pub fn union_or(a: Value, b: Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) || (a.is_none() && b.is_none()) {
        return Ok(None);
    }
    if meta_defines(a, "__or__") || meta_defines(b, "__ror__") {
        return Ok(None);
    }
    let mut items: Vec<Value> = Vec::new();
    for x in [a, b] {
        let members: Vec<Value> = match union_args(x) {
            Some(m) => m.to_vec(),
            None => vec![if x.is_none() { none_type() } else { x }],
        };
        for m in members {
            let mut dup = false;
            for y in &items {
                if same_member(*y, m)? {
                    dup = true;
                    break;
                }
            }
            if !dup {
                items.push(m);
            }
        }
    }
    // `a` and `b` root the members until the union holds them
    let r = if items.len() == 1 { items[0] } else { new_union(&items) };
    std::hint::black_box((a, b));
    Ok(Some(r))
}

/// How a type shows inside an alias or union repr: `int`, `mod.Name`.
fn type_repr(v: Value) -> PyResult<String> {
    if v == none_type() || v.is_none() {
        return Ok("None".into());
    }
    if v == crate::builtins::ellipsis() {
        return Ok("...".into());
    }
    if let Some(l) = crate::types::list::list_obj(v) {
        let items: Vec<Value> = l.items.as_slice().to_vec();
        let parts: PyResult<Vec<String>> = items.iter().map(|x| type_repr(*x)).collect();
        let r = format!("[{}]", parts?.join(", "));
        std::hint::black_box(v);
        return Ok(r);
    }
    if let Some(c) = as_class(v) {
        let qual = crate::attr::getattr(v, intern("__qualname__"))?;
        let qual = crate::ops::str(qual)?;
        let module = crate::types::str::as_str(c.module.get()).unwrap_or("builtins");
        return Ok(if module == "builtins" { qual } else { format!("{}.{}", module, qual) });
    }
    crate::ops::repr(v)
}

/// The repr of an alias or union; None for other values.
pub fn repr(v: Value) -> Option<PyResult<String>> {
    if let Some(a) = as_alias(v) {
        return Some((|| {
            let args = tuple_items(a.args).unwrap_or(&[]);
            let mut out = type_repr(a.origin)?;
            out.push('[');
            if args.is_empty() {
                out.push_str("()");
            }
            for (i, x) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&type_repr(*x)?);
            }
            out.push(']');
            Ok(out)
        })());
    }
    let args = union_args(v)?;
    Some((|| {
        let parts: PyResult<Vec<String>> = args.iter().map(|x| type_repr(*x)).collect();
        Ok(parts?.join(" | "))
    })())
}

/// `==` / `!=` between aliases or unions; None when neither operand is one.
pub fn compare(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    use crate::ops::CmpOp;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let same = if let (Some(x), Some(y)) = (as_alias(a), as_alias(b)) {
        crate::ops::eq(x.origin, y.origin)? && crate::ops::eq(x.args, y.args)?
    } else if let (Some(x), Some(y)) = (union_args(a), union_args(b)) {
        let mut all = x.len() == y.len();
        for m in x {
            let mut found = false;
            for n in y {
                if crate::ops::eq(*m, *n)? {
                    found = true;
                    break;
                }
            }
            all &= found;
        }
        all
    } else if as_alias(a).is_some() || as_alias(b).is_some() || as_union(a).is_some() || as_union(b).is_some() {
        false
    } else {
        return Ok(None);
    };
    Ok(Some(Value::bool(same == (op == CmpOp::Eq))))
}

/// `hash()` of an alias or union (consistent with `compare`).
pub fn hash(v: Value) -> PyResult<Option<i64>> {
    if let Some(a) = as_alias(v) {
        return Ok(Some(crate::ops::hash(a.origin)? ^ crate::ops::hash(a.args)?));
    }
    if let Some(args) = union_args(v) {
        let mut h: i64 = 0x5a5a;
        for x in args {
            h ^= crate::ops::hash(*x)?;
        }
        return Ok(Some(if h == -1 { -2 } else { h }));
    }
    Ok(None)
}

/// Attributes: `__origin__`, `__args__`, `__parameters__`; an alias forwards
/// the rest to its origin.
pub fn attr(v: Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(a) = as_alias(v) {
        return Ok(Some(match name {
            "__origin__" => a.origin,
            "__args__" => a.args,
            "__parameters__" => new_tuple(&[]),
            "__class__" => Value::from_ptr(class_of(v)),
            _ => return crate::attr::getattr_opt(a.origin, intern(name)),
        }));
    }
    if let Some(u) = as_union(v) {
        return Ok(match name {
            "__args__" => Some(u.args),
            "__parameters__" => Some(new_tuple(&[])),
            _ => None,
        });
    }
    Ok(None)
}

/// `isinstance(v, union)` / `issubclass(v, union)`: any member matches.
/// Parameterized generics cannot be checked.
pub fn check_members(args: &[Value], what: &str, mut check: impl FnMut(Value) -> PyResult<bool>) -> PyResult<bool> {
    for a in args {
        if as_alias(*a).is_some() {
            return crate::raise!(type_error, "{}() argument 2 cannot be a parameterized generic", what);
        }
    }
    for a in args {
        if check(*a)? {
            return Ok(true);
        }
    }
    Ok(false)
}
