//! The `builtins` module: builtin functions, the constructors of the builtin
//! types, and the descriptor wrappers (classmethod, staticmethod, property).

use crate::attr::{delattr, getattr, getattr_opt, setattr};
use crate::call::call;
use crate::methods::{check_kw, kwarg, sort_list};
use crate::object::{alloc_obj, downcast};
use crate::ops::{self, repr, str as to_str, truthy};
use crate::output::write_stdout;
use crate::types::class::{as_class, as_instance, class_of, new_class, type_name, ClassObj, Layout, NativeFn};
use crate::types::dict::{dict_obj, new_dict_obj};
use crate::types::function::{as_builtin, as_function, new_builtin, new_module, ModuleObj};
use crate::types::int::{int_from_big, int_from_i64, is_int, is_intlike, parse_int, to_big, to_i64};
use crate::types::iter::{new_enumerate, new_range, new_seq_iter, new_zip, SeqKind};
use crate::types::list::{list_obj, new_list, new_list_obj};
use crate::types::str::{as_str, char_str, intern, new_str, str_obj};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{classes, raise, runtime_globals, PyResult};
use morel_heap::Value;
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

struct Singletons {
    not_implemented: Value,
    ellipsis: Value,
    object_init: Value,
    object_setattr: Value,
    object_delattr: Value,
}
// SAFETY: immortal values rooted through the builtins module.
unsafe impl Sync for Singletons {}
unsafe impl Send for Singletons {}
static SINGLETONS: OnceLock<Singletons> = OnceLock::new();

pub fn not_implemented() -> Value {
    SINGLETONS.get().unwrap().not_implemented
}
pub fn ellipsis() -> Value {
    SINGLETONS.get().unwrap().ellipsis
}
pub fn is_object_init(f: Value) -> bool {
    f == SINGLETONS.get().unwrap().object_init
}
pub fn is_object_setattr(f: Value) -> bool {
    f == SINGLETONS.get().unwrap().object_setattr
}
pub fn is_object_delattr(f: Value) -> bool {
    f == SINGLETONS.get().unwrap().object_delattr
}

// ---------------------------------------------------------------------------
// descriptor wrappers

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum WrapperKind {
    ClassMethod,
    StaticMethod,
    Property,
}

/// `classmethod(f)`, `staticmethod(f)`, `property(fget, fset, fdel)`.
#[repr(C)]
pub struct WrapperObj {
    pub header: crate::object::ObjHeader,
    pub kind: WrapperKind,
    pub f: Value,
    pub fset: std::cell::Cell<Value>,
    pub fdel: std::cell::Cell<Value>,
    /// A property's attribute name, set when a class body defines it
    /// (as `__set_name__` does); UNBOUND until then. Error messages use it.
    pub name: std::cell::Cell<Value>,
}
crate::py_vtable!(WrapperObj, "wrapper", |o, t| {
    t.value(o.f);
    t.value(o.fset.get());
    t.value(o.fdel.get());
    t.value(o.name.get());
});

/// Records a property's attribute name when a class body defines it.
pub fn set_property_name(v: Value, name: Value) {
    if let Some(w) = downcast::<WrapperObj>(v).filter(|w| w.kind == WrapperKind::Property) {
        if w.name.get().is_unbound() {
            crate::object::barrier(&w.header, name);
            w.name.set(name);
        }
    }
}

/// "property 'name'" or, for a property never named by a class body, "property".
fn property_label(w: &WrapperObj) -> String {
    match crate::types::str::as_str(w.name.get()) {
        Some(n) => format!("property '{}'", n),
        None => "property".to_string(),
    }
}

fn new_wrapper(cls: *const ClassObj, kind: WrapperKind, f: Value, fset: Value, fdel: Value) -> Value {
    Value::from_ptr(alloc_obj::<WrapperObj>(cls, |header| WrapperObj {
        header,
        kind,
        f,
        fset: std::cell::Cell::new(fset),
        fdel: std::cell::Cell::new(fdel),
        name: std::cell::Cell::new(Value::UNBOUND),
    }))
}

pub fn make_staticmethod(f: Value) -> Value {
    let b = crate::builtins_module();
    let cls = as_class(b.get(intern("staticmethod")).unwrap()).unwrap();
    new_wrapper(cls, WrapperKind::StaticMethod, f, Value::NONE, Value::NONE)
}

pub fn make_classmethod(f: Value) -> Value {
    let b = crate::builtins_module();
    let cls = as_class(b.get(intern("classmethod")).unwrap()).unwrap();
    new_wrapper(cls, WrapperKind::ClassMethod, f, Value::NONE, Value::NONE)
}

/// The function inside a classmethod wrapper (or `v` itself).
pub fn unwrap_classmethod(v: Value) -> Value {
    match downcast::<WrapperObj>(v) {
        Some(w) if w.kind == WrapperKind::ClassMethod => w.f,
        _ => v,
    }
}

pub fn is_data_descriptor(v: Value) -> bool {
    downcast::<WrapperObj>(v).map(|w| w.kind == WrapperKind::Property).unwrap_or(false)
        || (as_instance(v).is_some() && class_of(v).lookup_str("__set__").is_some())
}

/// Binds a class attribute found for an instance access (non-function case).
pub fn bind_descriptor(found: Value, receiver: Value) -> PyResult {
    if let Some(w) = downcast::<WrapperObj>(found) {
        return match w.kind {
            WrapperKind::ClassMethod => {
                Ok(crate::types::function::new_bound_method(w.f, Value::from_ptr(class_of(receiver))))
            }
            WrapperKind::StaticMethod => Ok(w.f),
            WrapperKind::Property => {
                if w.f.is_none() {
                    return raise!(attribute_error, "property has no getter");
                }
                call(w.f, &[receiver], &[])
            }
        };
    }
    if as_instance(found).is_some() {
        if let Some(get) = class_of(found).lookup_str("__get__") {
            return call(get, &[found, receiver, Value::from_ptr(class_of(receiver))], &[]);
        }
    }
    Ok(found)
}

/// A class attribute read through the class (`C.f`).
pub fn class_get(found: Value, cls: Value) -> PyResult {
    if let Some(w) = downcast::<WrapperObj>(found) {
        return match w.kind {
            WrapperKind::ClassMethod => Ok(crate::types::function::new_bound_method(w.f, cls)),
            WrapperKind::StaticMethod => Ok(w.f),
            WrapperKind::Property => Ok(found),
        };
    }
    if as_instance(found).is_some() {
        if let Some(get) = class_of(found).lookup_str("__get__") {
            return call(get, &[found, Value::NONE, cls], &[]);
        }
    }
    Ok(found)
}

pub fn descriptor_set(d: Value, obj: Value, v: Value) -> PyResult<()> {
    if let Some(w) = downcast::<WrapperObj>(d) {
        if w.fset.get().is_none() {
            return raise!(attribute_error, "{} of '{}' object has no setter", property_label(w), type_name(obj));
        }
        call(w.fset.get(), &[obj, v], &[])?;
        return Ok(());
    }
    let set = class_of(d).lookup_str("__set__").unwrap();
    call(set, &[d, obj, v], &[])?;
    Ok(())
}

pub fn descriptor_delete(d: Value, obj: Value) -> PyResult<()> {
    if let Some(w) = downcast::<WrapperObj>(d) {
        if w.fdel.get().is_none() {
            return raise!(attribute_error, "{} of '{}' object has no deleter", property_label(w), type_name(obj));
        }
        call(w.fdel.get(), &[obj], &[])?;
        return Ok(());
    }
    match class_of(d).lookup_str("__delete__") {
        Some(del) => {
            call(del, &[d, obj], &[])?;
            Ok(())
        }
        None => raise!(attribute_error, "__delete__"),
    }
}

fn wrapper_ctor(kind: WrapperKind) -> NativeFn {
    match kind {
        WrapperKind::ClassMethod => |a, _k| {
            let cls = as_class(a[0]).unwrap();
            if a.len() != 2 {
                return raise!(type_error, "classmethod expected 1 argument, got {}", a.len() - 1);
            }
            Ok(new_wrapper(cls, WrapperKind::ClassMethod, a[1], Value::NONE, Value::NONE))
        },
        WrapperKind::StaticMethod => |a, _k| {
            let cls = as_class(a[0]).unwrap();
            if a.len() != 2 {
                return raise!(type_error, "staticmethod expected 1 argument, got {}", a.len() - 1);
            }
            Ok(new_wrapper(cls, WrapperKind::StaticMethod, a[1], Value::NONE, Value::NONE))
        },
        WrapperKind::Property => |a, k| {
            let cls = as_class(a[0]).unwrap();
            let get = a.get(1).copied().or_else(|| kwarg(k, "fget")).unwrap_or(Value::NONE);
            let set = a.get(2).copied().or_else(|| kwarg(k, "fset")).unwrap_or(Value::NONE);
            let del = a.get(3).copied().or_else(|| kwarg(k, "fdel")).unwrap_or(Value::NONE);
            Ok(new_wrapper(cls, WrapperKind::Property, get, set, del))
        },
    }
}

fn property_setter(a: &[Value], _k: Kw) -> PyResult {
    let w = downcast::<WrapperObj>(a[0]).unwrap();
    let cls = class_of(a[0]);
    Ok(new_wrapper(cls, WrapperKind::Property, w.f, a[1], w.fdel.get()))
}
fn property_deleter(a: &[Value], _k: Kw) -> PyResult {
    let w = downcast::<WrapperObj>(a[0]).unwrap();
    let cls = class_of(a[0]);
    Ok(new_wrapper(cls, WrapperKind::Property, w.f, w.fset.get(), a[1]))
}
fn property_getter(a: &[Value], _k: Kw) -> PyResult {
    let w = downcast::<WrapperObj>(a[0]).unwrap();
    let cls = class_of(a[0]);
    Ok(new_wrapper(cls, WrapperKind::Property, a[1], w.fset.get(), w.fdel.get()))
}

// ---------------------------------------------------------------------------
// super

/// `super(type, obj)`: attribute lookup along `obj`'s MRO after `type`.
#[repr(C)]
pub struct SuperObj {
    pub header: crate::object::ObjHeader,
    pub start: Value,
    pub obj: Value,
}
crate::py_vtable!(SuperObj, "super", |o, t| {
    t.value(o.start);
    t.value(o.obj);
});

pub fn as_super(v: Value) -> Option<&'static SuperObj> {
    downcast::<SuperObj>(v)
}

fn super_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("super", kw)?;
    let a = &args[1..];
    match a.len() {
        0 => raise!(runtime_error, "super(): no arguments"),
        1 | 2 => {
            let Some(start) = as_class(a[0]) else {
                return raise!(type_error, "super() argument 1 must be a type, not {}", type_name(a[0]));
            };
            let obj = a.get(1).copied().unwrap_or(Value::NONE);
            if a.len() == 2 {
                let ok = class_of(obj).is_subclass(start) || as_class(obj).map(|c| c.is_subclass(start)).unwrap_or(false);
                if !ok {
                    return raise!(type_error, "super(type, obj): obj must be an instance or subtype of type");
                }
            }
            let cls = as_class(args[0]).unwrap();
            Ok(Value::from_ptr(alloc_obj::<SuperObj>(cls, |header| SuperObj { header, start: Value::from_ptr(start), obj })))
        }
        n => raise!(type_error, "super() takes at most 2 arguments ({} given)", n),
    }
}

/// `super(...).name`.
pub fn super_getattr(s: &SuperObj, name: Value) -> PyResult<Option<Value>> {
    let obj_is_class = as_class(s.obj).filter(|c| c.is_subclass(as_class(s.start).unwrap()));
    let mro_owner = match obj_is_class {
        Some(c) => c,
        None => class_of(s.obj),
    };
    let mro = mro_owner.mro();
    let pos = mro.iter().position(|c| *c == s.start).map(|p| p + 1).unwrap_or(mro.len());
    for c in &mro[pos..] {
        if let Some(v) = as_class(*c).and_then(|c| c.dict().get_str(name)) {
            if obj_is_class.is_some() {
                return class_get(v, s.obj).map(Some);
            }
            return crate::attr::bind(v, s.obj).map(Some);
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------------------
// helpers

fn nargs(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        if min == max && min == 1 {
            return raise!(type_error, "{}() takes exactly one argument ({} given)", name, n);
        }
        if n < min {
            return raise!(type_error, "{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, n);
        }
        return raise!(type_error, "{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, n);
    }
    Ok(())
}

fn no_kw(name: &str, kw: Kw) -> PyResult<()> {
    if !kw.is_empty() {
        return raise!(type_error, "{}() takes no keyword arguments", name);
    }
    Ok(())
}

/// A tuple holding the items of any iterable.
pub fn tuple_of(v: Value) -> PyResult {
    if downcast::<crate::types::tuple::TupleObj>(v).is_some() {
        return Ok(v);
    }
    if let Some(t) = tuple_items(v) {
        return Ok(new_tuple(t));
    }
    let l = ops::to_list(v)?;
    Ok(new_tuple(list_obj(l).unwrap().items.as_slice()))
}

// ---------------------------------------------------------------------------
// builtin functions

fn b_print(args: &[Value], kw: Kw) -> PyResult {
    for (k, _) in kw {
        let k = as_str(*k).unwrap_or("");
        if !["sep", "end", "file", "flush"].contains(&k) {
            return raise!(type_error, "'{}' is an invalid keyword argument for print()", k);
        }
    }
    let sep = match kwarg(kw, "sep") {
        Some(v) if !v.is_none() => match as_str(v) {
            Some(s) => s.to_string(),
            None => return raise!(type_error, "sep must be None or a string, not {}", type_name(v)),
        },
        _ => " ".to_string(),
    };
    let end = match kwarg(kw, "end") {
        Some(v) if !v.is_none() => match as_str(v) {
            Some(s) => s.to_string(),
            None => return raise!(type_error, "end must be None or a string, not {}", type_name(v)),
        },
        _ => "\n".to_string(),
    };
    let mut pieces = Vec::with_capacity(args.len());
    for a in args {
        pieces.push(to_str(*a)?);
    }
    let mut out = pieces.join(&sep);
    out.push_str(&end);
    match kwarg(kw, "file") {
        // a Python-level writer sees each piece in its own write() call
        Some(f) if as_instance(f).is_some() && class_of(f).lookup_str("write").and_then(as_function).is_some() => {
            for (i, p) in pieces.iter().enumerate() {
                if i > 0 {
                    crate::call::call_method_by_name(f, "write", &[new_str(&sep)])?;
                }
                crate::call::call_method_by_name(f, "write", &[new_str(p)])?;
            }
            crate::call::call_method_by_name(f, "write", &[new_str(&end)])?;
        }
        Some(f) if !f.is_none() => {
            let s = new_str(&out);
            crate::call::call_method_by_name(f, "write", &[s])?;
        }
        _ => write_stdout(&out),
    }
    if kwarg(kw, "flush").map(|v| truthy(v)).transpose()?.unwrap_or(false) {
        crate::output::flush_stdout();
    }
    Ok(Value::NONE)
}

fn b_input(args: &[Value], kw: Kw) -> PyResult {
    no_kw("input", kw)?;
    nargs("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        write_stdout(&to_str(*p)?);
    }
    crate::output::flush_stdout();
    let mut line = String::new();
    let n = morel_heap::blocking(|| std::io::stdin().read_line(&mut line));
    match n {
        Ok(0) => raise!(eof_error, "EOF when reading a line"),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(new_str(&line))
        }
        Err(e) => raise!(os_error, "{}", e),
    }
}

/// `exit(code=None)` / `quit()`: raise SystemExit.
fn b_exit(args: &[Value], _kw: Kw) -> PyResult {
    // SAFETY: builtin classes are immortal.
    let cls = unsafe { &*classes().system_exit };
    let a = if args.first().map(|v| v.is_none()).unwrap_or(true) { &[][..] } else { &args[..1] };
    Err(crate::Exc(crate::types::exception::new_exception_with_args(cls, new_tuple(a))))
}

fn b_len(args: &[Value], kw: Kw) -> PyResult {
    no_kw("len", kw)?;
    nargs("len", args, 1, 1)?;
    Ok(int_from_i64(ops::len(args[0])? as i64))
}

fn b_repr(args: &[Value], kw: Kw) -> PyResult {
    no_kw("repr", kw)?;
    nargs("repr", args, 1, 1)?;
    Ok(new_str(&repr(args[0])?))
}

fn b_ascii(args: &[Value], kw: Kw) -> PyResult {
    no_kw("ascii", kw)?;
    nargs("ascii", args, 1, 1)?;
    Ok(new_str(&ascii_repr(args[0])?))
}

/// `ascii(v)`: the repr with every non-ASCII character escaped.
pub fn ascii_repr(v: Value) -> PyResult<String> {
    let r = repr(v)?;
    let mut out = String::new();
    for c in r.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c)
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n))
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n))
        } else {
            out.push_str(&format!("\\U{:08x}", n))
        }
    }
    Ok(out)
}

fn b_abs(args: &[Value], kw: Kw) -> PyResult {
    no_kw("abs", kw)?;
    nargs("abs", args, 1, 1)?;
    ops::abs(args[0])
}

fn minmax(name: &str, args: &[Value], kw: Kw, want: ops::CmpOp) -> PyResult {
    for (k, _) in kw {
        let k = as_str(*k).unwrap_or("");
        if k != "key" && k != "default" {
            return raise!(type_error, "'{}' is an invalid keyword argument for {}()", k, name);
        }
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let default = kwarg(kw, "default");
    if args.is_empty() {
        return raise!(type_error, "{} expected at least 1 argument, got 0", name);
    }
    let items = if args.len() == 1 {
        ops::to_list(args[0])?
    } else {
        if default.is_some() {
            return raise!(type_error, "Cannot specify a default for {}() with multiple positional arguments", name);
        }
        new_list(args)
    };
    let l = list_obj(items).unwrap();
    if l.items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => raise!(value_error, "{}() arg is an empty sequence", name),
        };
    }
    let mut best = l.items.get(0);
    let mut best_key = match key {
        Some(k) => call(k, &[best], &[])?,
        None => best,
    };
    let keep = new_list_obj(2); // roots the current best key
    keep.items.push(best_key);
    let mut i = 1;
    // `try_get`: another thread may shrink a shared list meanwhile.
    while let Some(v) = l.items.try_get(i) {
        i += 1;
        let k = match key {
            Some(kf) => call(kf, &[v], &[])?,
            None => v,
        };
        if truthy(ops::compare(want, k, best_key)?)? {
            best = v;
            best_key = k;
            keep.items.set(0, k);
        }
    }
    Ok(best)
}

fn b_min(args: &[Value], kw: Kw) -> PyResult {
    minmax("min", args, kw, ops::CmpOp::Lt)
}
fn b_max(args: &[Value], kw: Kw) -> PyResult {
    minmax("max", args, kw, ops::CmpOp::Gt)
}

fn b_sum(args: &[Value], kw: Kw) -> PyResult {
    check_kw("sum", kw, &["start"])?;
    nargs("sum", args, 1, 2)?;
    let mut acc = args.get(1).copied().or_else(|| kwarg(kw, "start")).unwrap_or(Value::small_int(0));
    if str_obj(acc).is_some() {
        return raise!(type_error, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if let Some(b) = crate::types::bytes::as_bytes(acc) {
        let what = if b.mutable { "bytearray" } else { "bytes" };
        return raise!(type_error, "sum() can't sum {} [use b''.join(seq) instead]", what);
    }
    // `acc` and the items stay in this frame's locals, roots for the
    // collector. Specialization: an exact list or tuple is read by position
    // (a list's length again at each step: `__add__` may change it), with no
    // iterator object.
    let src = args[0];
    if let Some(l) = crate::object::downcast::<crate::types::list::ListObj>(src) {
        let mut i = 0;
        while let Some(v) = l.items.try_get(i) {
            acc = sum_step(acc, v)?;
            i += 1;
        }
        return Ok(acc);
    }
    if let Some(t) = crate::object::downcast::<crate::types::tuple::TupleObj>(src) {
        for v in t.as_slice() {
            acc = sum_step(acc, *v)?;
        }
        return Ok(acc);
    }
    let it = ops::iter(src)?;
    while let Some(v) = ops::next(it)? {
        acc = sum_step(acc, v)?;
    }
    Ok(acc)
}

/// `acc + v` for `sum`. Specializations: two small ints (their sum fits an
/// i64; a big int past the inline range), two floats (one add, as CPython's
/// float loop does); anything else is `+`.
#[inline(always)]
fn sum_step(acc: Value, v: Value) -> PyResult {
    if acc.is_small_int() && v.is_small_int() {
        return Ok(crate::types::int::int_from_i64(acc.as_small_int() + v.as_small_int()));
    }
    if acc.is_float() && v.is_float() {
        return Ok(Value::float(acc.as_float() + v.as_float()));
    }
    ops::add(acc, v)
}

fn b_isinstance(args: &[Value], kw: Kw) -> PyResult {
    no_kw("isinstance", kw)?;
    if args.len() != 2 {
        return raise!(type_error, "isinstance expected 2 arguments, got {}", args.len());
    }
    Ok(Value::bool(isinstance(args[0], args[1])?))
}

/// `isinstance(v, spec)`: spec is a class, a tuple of specs or a union; a
/// metaclass's `__instancecheck__` decides for the classes it makes.
pub fn isinstance(v: Value, spec: Value) -> PyResult<bool> {
    if let Some(c) = as_class(spec) {
        let vc = class_of(v);
        if std::ptr::eq(vc, c) {
            return Ok(true);
        }
        let meta = class_of(spec);
        if !std::ptr::eq(meta, classes().type_) {
            if let Some(r) = meta_check(meta, "__instancecheck__", spec, v)? {
                return Ok(r);
            }
        }
        return Ok(vc.is_subclass(c));
    }
    isinstance_slow(v, spec)
}

/// The metaclass's Python `__instancecheck__` / `__subclasscheck__`, if any.
#[cold]
#[inline(never)]
fn meta_check(meta: &ClassObj, name: &str, cls: Value, arg: Value) -> PyResult<Option<bool>> {
    match meta.lookup_str(name) {
        Some(m) if as_builtin(m).is_none() => {
            let r = call(m, &[cls, arg], &[])?;
            Ok(Some(truthy(r)?))
        }
        _ => Ok(None),
    }
}

#[cold]
#[inline(never)]
fn isinstance_slow(v: Value, spec: Value) -> PyResult<bool> {
    if let Some(t) = tuple_items(spec) {
        for s in t {
            if isinstance(v, *s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(args) = crate::types::generic::union_args(spec) {
        return crate::types::generic::check_members(args, "isinstance", |a| isinstance(v, a));
    }
    if crate::types::generic::as_alias(spec).is_some() {
        return raise!(type_error, "isinstance() argument 2 cannot be a parameterized generic");
    }
    if as_instance(spec).is_some() {
        if let Some(r) = meta_check(class_of(spec), "__instancecheck__", spec, v)? {
            return Ok(r);
        }
    }
    raise!(type_error, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

fn b_issubclass(args: &[Value], kw: Kw) -> PyResult {
    no_kw("issubclass", kw)?;
    if args.len() != 2 {
        return raise!(type_error, "issubclass expected 2 arguments, got {}", args.len());
    }
    Ok(Value::bool(issubclass(args[0], args[1])?))
}

/// `issubclass(c, spec)`, with the metaclass's `__subclasscheck__`.
pub fn issubclass(c: Value, spec: Value) -> PyResult<bool> {
    if let Some(sc) = as_class(spec) {
        let meta = class_of(spec);
        if !std::ptr::eq(meta, classes().type_) {
            if let Some(r) = meta_check(meta, "__subclasscheck__", spec, c)? {
                return Ok(r);
            }
        }
        return match as_class(c) {
            Some(cc) => Ok(cc.is_subclass(sc)),
            None => raise!(type_error, "issubclass() arg 1 must be a class"),
        };
    }
    if let Some(t) = tuple_items(spec) {
        for s in t {
            if issubclass(c, *s)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(args) = crate::types::generic::union_args(spec) {
        return crate::types::generic::check_members(args, "issubclass", |a| issubclass(c, a));
    }
    if crate::types::generic::as_alias(spec).is_some() {
        return raise!(type_error, "issubclass() argument 2 cannot be a parameterized generic");
    }
    if as_instance(spec).is_some() {
        if let Some(r) = meta_check(class_of(spec), "__subclasscheck__", spec, c)? {
            return Ok(r);
        }
    }
    if as_class(c).is_none() {
        return raise!(type_error, "issubclass() arg 1 must be a class");
    }
    raise!(type_error, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

/// `type.__instancecheck__(cls, obj)`: the check without hooks.
fn type_instancecheck(args: &[Value], _kw: Kw) -> PyResult {
    nargs("__instancecheck__", args, 2, 2)?;
    match as_class(args[0]) {
        Some(c) => Ok(Value::bool(class_of(args[1]).is_subclass(c))),
        None => raise!(type_error, "descriptor '__instancecheck__' requires a 'type' object"),
    }
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(args: &[Value], _kw: Kw) -> PyResult {
    nargs("__subclasscheck__", args, 2, 2)?;
    let Some(c) = as_class(args[0]) else {
        return raise!(type_error, "descriptor '__subclasscheck__' requires a 'type' object");
    };
    match as_class(args[1]) {
        Some(s) => Ok(Value::bool(s.is_subclass(c))),
        None => raise!(type_error, "issubclass() arg 1 must be a class"),
    }
}

fn b_hash(args: &[Value], kw: Kw) -> PyResult {
    no_kw("hash", kw)?;
    nargs("hash", args, 1, 1)?;
    Ok(int_from_i64(ops::hash(args[0])?))
}

fn b_id(args: &[Value], kw: Kw) -> PyResult {
    no_kw("id", kw)?;
    nargs("id", args, 1, 1)?;
    let v = args[0];
    Ok(int_from_i64(if v.is_ptr() { v.as_ptr::<u8>() as i64 } else { (v.bits() >> 1) as i64 & ((1 << 46) - 1) }))
}

fn b_ord(args: &[Value], kw: Kw) -> PyResult {
    no_kw("ord", kw)?;
    nargs("ord", args, 1, 1)?;
    match str_obj(args[0]) {
        Some(s) if s.char_len() == 1 => Ok(Value::small_int(s.char_at(0) as i64)),
        Some(s) => raise!(type_error, "ord() expected a character, but string of length {} found", s.char_len()),
        None => raise!(type_error, "ord() expected string of length 1, but {} found", type_name(args[0])),
    }
}

fn b_chr(args: &[Value], kw: Kw) -> PyResult {
    no_kw("chr", kw)?;
    nargs("chr", args, 1, 1)?;
    if !is_intlike(args[0]) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(args[0]));
    }
    let i = to_i64(args[0]).filter(|i| *i >= i32::MIN as i64 && *i <= i32::MAX as i64);
    if i.is_none() {
        return raise!(overflow_error, "Python int too large to convert to C int");
    }
    match i.filter(|i| (0..=0x10ffff).contains(i)).and_then(|i| char::from_u32(i as u32)) {
        Some(c) => Ok(char_str(c)),
        None => raise!(value_error, "chr() arg not in range(0x110000)"),
    }
}

/// `round(f, -n)`: the exact value of `f` rounded (half to even) to a
/// multiple of 10**n, then converted back to the nearest float; `None` when
/// that overflows.
fn round_float_to_tens(f: f64, n: u32) -> Option<f64> {
    use num_bigint::BigInt;
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let mut m = BigInt::from(mant);
    if f < 0.0 {
        m = -m;
    }
    let p = BigInt::from(10).pow(n);
    let (num, den) = if e >= 0 { (m << (e as usize), p.clone()) } else { (m, p.clone() << ((-e) as usize)) };
    let (q, r) = num_integer::Integer::div_mod_floor(&num, &den);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&den) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if num_integer::Integer::is_odd(&q) => q + 1,
        _ => q,
    };
    let y = crate::format::int_to_f64(&(q * p)).ok()?;
    if !y.is_finite() {
        return None;
    }
    Some(if y == 0.0 { 0.0f64.copysign(f) } else { y })
}

fn b_round(args: &[Value], kw: Kw) -> PyResult {
    check_kw("round", kw, &["number", "ndigits"])?;
    let x = args.first().copied().or_else(|| kwarg(kw, "number"));
    let Some(x) = x else { return raise!(type_error, "round() missing required argument 'number' (pos 1)") };
    let nd = args.get(1).copied().or_else(|| kwarg(kw, "ndigits")).filter(|v| !v.is_none());
    if is_intlike(x) {
        let x = if x.is_bool() { Value::small_int((x == Value::TRUE) as i64) } else { x };
        let Some(nd) = nd else { return Ok(x) };
        let n = to_i64(nd).unwrap_or(0);
        if n >= 0 {
            return Ok(x);
        }
        let p = num_bigint::BigInt::from(10).pow((-n) as u32);
        let b = to_big(x).unwrap();
        let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
        let twice: num_bigint::BigInt = &r * 2;
        let q = match twice.cmp(&p) {
            std::cmp::Ordering::Greater => q + 1,
            std::cmp::Ordering::Equal => {
                if num_integer::Integer::is_odd(&q) {
                    q + 1
                } else {
                    q
                }
            }
            _ => q,
        };
        return Ok(int_from_big(q * p));
    }
    if x.is_float() {
        let f = x.as_float();
        match nd {
            None => {
                if f.is_nan() {
                    return raise!(value_error, "cannot convert float NaN to integer");
                }
                if f.is_infinite() {
                    return raise!(overflow_error, "cannot convert float infinity to integer");
                }
                let r = f.round_ties_even();
                return ops::float_to_int(r);
            }
            Some(nd) => {
                let Some(n) = to_i64(nd) else {
                    return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(nd));
                };
                if !f.is_finite() || f == 0.0 {
                    return Ok(x);
                }
                if n > 320 {
                    return Ok(x);
                }
                if n >= 0 {
                    let s = format!("{:.*}", n as usize, f);
                    return Ok(Value::float(s.parse::<f64>().unwrap()));
                }
                if n < -308 {
                    return Ok(Value::float(0.0f64.copysign(f)));
                }
                return match round_float_to_tens(f, (-n) as u32) {
                    Some(y) => Ok(Value::float(y)),
                    None => raise!(overflow_error, "rounded value too large to represent"),
                };
            }
        }
    }
    if as_instance(x).is_some() {
        if let Some(m) = class_of(x).lookup_str("__round__") {
            let mut a = vec![x];
            if let Some(nd) = nd {
                a.push(nd);
            }
            return call(m, &a, &[]);
        }
    }
    raise!(type_error, "type {} doesn't define __round__ method", type_name(x))
}

fn b_divmod(args: &[Value], kw: Kw) -> PyResult {
    no_kw("divmod", kw)?;
    if args.len() != 2 {
        return raise!(type_error, "divmod expected 2 arguments, got {}", args.len());
    }
    let (a, b) = (args[0], args[1]);
    if !(a.is_float() || is_intlike(a)) || !(b.is_float() || is_intlike(b)) {
        return raise!(type_error, "unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a), type_name(b));
    }
    if a.is_float() || b.is_float() {
        let x = if a.is_float() { a.as_float() } else { crate::types::int::int_to_f64(a)? };
        let y = if b.is_float() { b.as_float() } else { crate::types::int::int_to_f64(b)? };
        if y == 0.0 {
            return raise!(zero_division_error, "float divmod()");
        }
        let (q, r) = ops::float_divmod(x, y);
        return Ok(new_tuple(&[Value::float(q), Value::float(r)]));
    }
    let q = ops::binop(ops::BinOp::FloorDiv, a, b)?;
    let r = ops::binop(ops::BinOp::Mod, a, b)?;
    Ok(new_tuple(&[q, r]))
}

fn b_pow(args: &[Value], kw: Kw) -> PyResult {
    check_kw("pow", kw, &["base", "exp", "mod"])?;
    let base = args.first().copied().or_else(|| kwarg(kw, "base"));
    let exp = args.get(1).copied().or_else(|| kwarg(kw, "exp"));
    let m = args.get(2).copied().or_else(|| kwarg(kw, "mod")).filter(|v| !v.is_none());
    let (Some(base), Some(exp)) = (base, exp) else {
        return raise!(type_error, "pow() missing required argument 'exp' (pos 2)");
    };
    match m {
        None => ops::binop(ops::BinOp::Pow, base, exp),
        Some(m) => {
            // instances of int subclasses take part as their int value
            let int_part = |v: Value| match crate::types::class::native_of(v) {
                Some(n) if is_intlike(n) => n,
                _ => v,
            };
            let (base, exp, m) = (int_part(base), int_part(exp), int_part(m));
            if !(is_intlike(base) && is_intlike(exp) && is_intlike(m)) {
                let is_cx = |v: Value| crate::types::complex::as_complex(v).is_some();
                let is_num = |v: Value| is_intlike(v) || v.is_float() || is_cx(v);
                // the first float or complex operand's pow decides the error
                // (complex's only once base and exponent converted)
                for v in [base, exp, m] {
                    if v.is_float() {
                        break;
                    }
                    if is_cx(v) && is_num(base) && is_num(exp) {
                        return raise!(value_error, "complex modulo");
                    }
                }
                let plain = |v: Value| as_instance(v).is_none();
                let no_float = !base.is_float() && !exp.is_float() && !m.is_float();
                if no_float && [base, exp, m].iter().all(|v| plain(*v)) && ![base, exp, m].iter().all(|v| is_num(*v)) {
                    return raise!(
                        type_error,
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        type_name(base),
                        type_name(exp),
                        type_name(m)
                    );
                }
                return raise!(type_error, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            crate::types::int::int_pow_mod(base, exp, m)
        }
    }
}

fn b_any(args: &[Value], kw: Kw) -> PyResult {
    no_kw("any", kw)?;
    nargs("any", args, 1, 1)?;
    let it = ops::iter(args[0])?;
    while let Some(v) = ops::next(it)? {
        if truthy(v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn b_all(args: &[Value], kw: Kw) -> PyResult {
    no_kw("all", kw)?;
    nargs("all", args, 1, 1)?;
    let it = ops::iter(args[0])?;
    while let Some(v) = ops::next(it)? {
        if !truthy(v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn b_iter(args: &[Value], kw: Kw) -> PyResult {
    no_kw("iter", kw)?;
    nargs("iter", args, 1, 2)?;
    if args.len() == 2 {
        if b_callable(&args[..1], &[])? != Value::TRUE {
            return raise!(type_error, "iter(v, w): v must be callable");
        }
        return Ok(crate::types::iter::new_call_iter(args[0], args[1]));
    }
    ops::iter(args[0])
}

fn b_next(args: &[Value], kw: Kw) -> PyResult {
    no_kw("next", kw)?;
    nargs("next", args, 1, 2)?;
    // A type with its own __next__ (generators) raises StopIteration carrying
    // its return value; keep that exception.
    if let Some(m) = class_of(args[0]).lookup_str("__next__") {
        return match call(m, &[args[0]], &[]) {
            Err(e) if args.len() == 2 && ops::is_instance_of(e.0, classes().stop_iteration) => Ok(args[1]),
            r => r,
        };
    }
    match ops::next(args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(*d),
            None => Err(crate::types::exception::new_exception_with_args(
                // SAFETY: builtin classes are immortal.
                unsafe { &*classes().stop_iteration },
                new_tuple(&[]),
            ))
            .map_err(crate::Exc),
        },
    }
}

fn b_sorted(args: &[Value], kw: Kw) -> PyResult {
    crate::methods::check_sort_kw(kw)?;
    if args.len() != 1 {
        return raise!(type_error, "sorted expected 1 argument, got {}", args.len());
    }
    let l = ops::to_list(args[0])?;
    let key = kwarg(kw, "key").unwrap_or(Value::NONE);
    let rev = match kwarg(kw, "reverse") {
        // `reverse` must be an int (a bool included)
        Some(v) if crate::types::int::is_intlike(v) => crate::ops::truthy(v)?,
        Some(v) => return raise!(type_error, "'{}' object cannot be interpreted as an integer", crate::types::class::type_name(v)),
        None => false,
    };
    sort_list(list_obj(l).unwrap(), key, rev)?;
    Ok(l)
}

fn b_callable(args: &[Value], kw: Kw) -> PyResult {
    no_kw("callable", kw)?;
    nargs("callable", args, 1, 1)?;
    Ok(Value::bool(is_callable(args[0])))
}

/// `callable(v)`.
pub fn is_callable(v: Value) -> bool {
    as_function(v).is_some()
        || as_builtin(v).is_some()
        || as_class(v).is_some()
        || crate::types::function::as_bound_method(v).is_some()
        || (as_instance(v).is_some() && class_of(v).lookup_str("__call__").is_some())
}

fn b_getattr(args: &[Value], kw: Kw) -> PyResult {
    no_kw("getattr", kw)?;
    nargs("getattr", args, 2, 3)?;
    if str_obj(args[1]).is_none() {
        return raise!(type_error, "attribute name must be string, not '{}'", type_name(args[1]));
    }
    if args.len() == 3 {
        return match getattr(args[0], args[1]) {
            Ok(v) => Ok(v),
            Err(e) if ops::is_instance_of(e.0, classes().attribute_error) => Ok(args[2]),
            Err(e) => Err(e),
        };
    }
    getattr(args[0], args[1])
}

fn b_setattr(args: &[Value], kw: Kw) -> PyResult {
    no_kw("setattr", kw)?;
    if args.len() != 3 {
        return raise!(type_error, "setattr expected 3 arguments, got {}", args.len());
    }
    setattr(args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

fn b_hasattr(args: &[Value], kw: Kw) -> PyResult {
    no_kw("hasattr", kw)?;
    if args.len() != 2 {
        return raise!(type_error, "hasattr expected 2 arguments, got {}", args.len());
    }
    match getattr_opt(args[0], args[1]) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(e) if ops::is_instance_of(e.0, classes().attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn b_delattr(args: &[Value], kw: Kw) -> PyResult {
    no_kw("delattr", kw)?;
    if args.len() != 2 {
        return raise!(type_error, "delattr expected 2 arguments, got {}", args.len());
    }
    delattr(args[0], args[1])?;
    Ok(Value::NONE)
}

fn b_format(args: &[Value], kw: Kw) -> PyResult {
    no_kw("format", kw)?;
    nargs("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => match as_str(*s) {
            Some(s) => s,
            None => return raise!(type_error, "format() argument 2 must be str, not {}", type_name(*s)),
        },
        None => "",
    };
    Ok(new_str(&ops::format_value(args[0], spec)?))
}

fn radix(args: &[Value], name: &str, prefix: &str, radix: u32) -> PyResult {
    nargs(name, args, 1, 1)?;
    let mut v = args[0];
    if as_instance(v).is_some() && !is_intlike(v) {
        if let Some(f) = class_of(v).lookup_str("__index__") {
            v = call(f, &[v], &[])?;
            if !is_intlike(v) {
                return raise!(type_error, "__index__ returned non-int (type {})", type_name(v));
            }
        }
    }
    let args = &[v];
    if !is_intlike(args[0]) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(args[0]));
    }
    let b = to_big(args[0]).unwrap();
    let s = b.magnitude().to_str_radix(radix);
    Ok(new_str(&format!("{}{}{}", if b.sign() == num_bigint::Sign::Minus { "-" } else { "" }, prefix, s)))
}
fn b_hex(a: &[Value], k: Kw) -> PyResult {
    no_kw("hex", k)?;
    radix(a, "hex", "0x", 16)
}
fn b_oct(a: &[Value], k: Kw) -> PyResult {
    no_kw("oct", k)?;
    radix(a, "oct", "0o", 8)
}
fn b_bin(a: &[Value], k: Kw) -> PyResult {
    no_kw("bin", k)?;
    radix(a, "bin", "0b", 2)
}

/// `dir(obj)`: the sorted attribute names of `obj` and its class chain.
pub fn dir_of(obj: Value) -> PyResult {
    let mut names: Vec<String> = Vec::new();
    let mut add = |k: Value| {
        if let Some(s) = as_str(k) {
            if !names.iter().any(|n| n == s) {
                names.push(s.to_string());
            }
        }
    };
    if let Some(m) = crate::types::function::as_module(obj) {
        for (k, c) in m.cells.items() {
            if crate::types::function::as_cell(c).map(|c| !c.value.get().is_unbound()).unwrap_or(false) {
                add(k);
            }
        }
    } else {
        if let Some(inst) = as_instance(obj) {
            for (k, _) in inst.attrs() {
                add(k);
            }
        }
        let cls = as_class(obj).unwrap_or_else(|| class_of(obj));
        for c in cls.mro() {
            if let Some(c) = as_class(*c) {
                for (k, _) in c.dict().items() {
                    add(k);
                }
            }
        }
        for extra in ["__class__", "__doc__", "__module__"] {
            if !names.iter().any(|n| n == extra) && (as_instance(obj).is_some() || as_class(obj).is_some()) {
                names.push(extra.to_string());
            }
        }
    }
    names.sort();
    let l = new_list_obj(names.len());
    for n in names {
        let s = new_str(&n);
        l.items.push(s);
    }
    Ok(Value::from_ptr(l))
}

fn map_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("map", kw)?;
    let a = &args[1..];
    if a.len() < 2 {
        return raise!(type_error, "map() must have at least two arguments.");
    }
    let iters = new_list_obj(a.len() - 1);
    for x in &a[1..] {
        iters.items.push(ops::iter(*x)?);
    }
    let t = new_tuple(iters.items.as_slice());
    Ok(crate::types::iter::new_map(as_class(args[0]).unwrap(), a[0], t))
}

fn filter_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("filter", kw)?;
    let a = &args[1..];
    if a.len() != 2 {
        return raise!(type_error, "filter expected 2 arguments, got {}", a.len());
    }
    let it = ops::iter(a[1])?;
    Ok(crate::types::iter::new_filter(as_class(args[0]).unwrap(), a[0], it))
}

// ---------------------------------------------------------------------------
// constructors of builtin types (args[0] is the class)

/// `int(text, base)` refuses more than `sys.get_int_max_str_digits()` digits
/// unless the base is a power of two.
fn check_int_parse_digits(s: &str, base: u32) -> PyResult<()> {
    let limit = crate::format::int_max_str_digits();
    if limit == 0 || s.len() <= limit {
        return Ok(());
    }
    let t = s.trim();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let prefixed = matches!(lower.as_deref(), Some("0x" | "0o" | "0b"));
    let base = if base == 0 && prefixed {
        2
    } else if base == 0 {
        10
    } else {
        base
    };
    if base.is_power_of_two() {
        return Ok(());
    }
    // the digits before any invalid character
    let digits = t.chars().take_while(|c| *c == '_' || c.is_digit(base)).filter(|c| *c != '_').count();
    if digits > limit {
        return raise!(
            value_error,
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            limit,
            digits
        );
    }
    Ok(())
}

fn int_ctor(args: &[Value], kw: Kw) -> PyResult {
    check_kw("int", kw, &["base"])?;
    let a = &args[1..];
    if a.len() > 2 {
        return raise!(type_error, "int() takes at most 2 arguments ({} given)", a.len());
    }
    let base = a.get(1).copied().or_else(|| kwarg(kw, "base"));
    let Some(x) = a.first().copied().map(native_number) else {
        if base.is_some() {
            return raise!(type_error, "int() missing string argument");
        }
        return Ok(Value::small_int(0));
    };
    // bytes and bytearray parse like their text
    let bytes_text: Option<String> =
        crate::types::bytes::as_bytes(x).map(|b| String::from_utf8_lossy(&b.data()).into_owned());
    let text = as_str(x).or(bytes_text.as_deref());
    if let Some(b) = base {
        let Some(s) = text else {
            return raise!(type_error, "int() can't convert non-string with explicit base");
        };
        if !is_intlike(b) {
            return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(b));
        }
        let b = to_i64(b).unwrap_or(-1);
        if b != 0 && !(2..=36).contains(&b) {
            return raise!(value_error, "int() base must be >= 2 and <= 36, or 0");
        }
        check_int_parse_digits(s, b as u32)?;
        return match parse_int(s, b as u32) {
            Some(v) => Ok(int_from_big(v)),
            None => raise!(value_error, "invalid literal for int() with base {}: {}", b, repr(x)?),
        };
    }
    if is_int(x) {
        return Ok(x);
    }
    if x.is_bool() {
        return Ok(Value::small_int((x == Value::TRUE) as i64));
    }
    if x.is_float() {
        return ops::float_to_int(x.as_float());
    }
    if let Some(s) = text {
        check_int_parse_digits(s, 10)?;
        return match parse_int(s, 10) {
            Some(v) => Ok(int_from_big(v)),
            None => raise!(value_error, "invalid literal for int() with base 10: {}", repr(x)?),
        };
    }
    if as_instance(x).is_some() {
        for m in ["__int__", "__index__", "__trunc__"] {
            if let Some(f) = class_of(x).lookup_str(m) {
                return call(f, &[x], &[]);
            }
        }
    }
    raise!(
        type_error,
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )
}

/// Parses Python float text (`inf`, `nan`, underscores, surrounding spaces).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.starts_with('+') || body.starts_with('-') {
        return None;
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    if !body.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_')) {
        return None;
    }
    // underscores only between digits
    let bytes = body.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'_' && !(i > 0 && bytes[i - 1].is_ascii_digit() && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit()) {
            return None;
        }
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

fn float_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("float", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return raise!(type_error, "float expected at most 1 argument, got {}", a.len());
    }
    let Some(x) = a.first().copied().map(native_number) else { return Ok(Value::float(0.0)) };
    if x.is_float() {
        return Ok(x);
    }
    if is_intlike(x) {
        return Ok(Value::float(crate::types::int::int_to_f64(x)?));
    }
    let bytes_text: Option<String> =
        crate::types::bytes::as_bytes(x).map(|b| String::from_utf8_lossy(&b.data()).into_owned());
    if let Some(s) = as_str(x).or(bytes_text.as_deref()) {
        return match parse_float(s) {
            Some(f) => Ok(Value::float(f)),
            None => raise!(value_error, "could not convert string to float: {}", repr(x)?),
        };
    }
    if as_instance(x).is_some() {
        if let Some(f) = class_of(x).lookup_str("__float__") {
            return call(f, &[x], &[]);
        }
    }
    raise!(type_error, "float() argument must be a string or a real number, not '{}'", type_name(x))
}

fn str_ctor(args: &[Value], kw: Kw) -> PyResult {
    check_kw("str", kw, &["object", "encoding", "errors"])?;
    let a = &args[1..];
    if a.len() > 3 {
        return raise!(type_error, "str() takes at most 3 arguments ({} given)", a.len());
    }
    let obj = a.first().copied().or_else(|| kwarg(kw, "object"));
    let enc = a.get(1).copied().or_else(|| kwarg(kw, "encoding"));
    let errors = a.get(2).copied().or_else(|| kwarg(kw, "errors"));
    if enc.is_some() || errors.is_some() {
        // str(bytes, encoding[, errors]) decodes
        let x = obj.unwrap_or_else(|| crate::types::bytes::new_bytes(Vec::new(), false));
        let Some(b) = crate::types::bytes::as_bytes(x) else {
            if as_str(x).is_some() {
                return raise!(type_error, "decoding str is not supported");
            }
            return raise!(type_error, "decoding to str: need a bytes-like object, {} found", type_name(x));
        };
        let name = |v: Option<Value>, what: &str, default: &'static str| -> PyResult<String> {
            match v {
                None => Ok(default.to_string()),
                Some(v) => match as_str(v) {
                    Some(s) => Ok(s.to_string()),
                    None => raise!(type_error, "str() argument '{}' must be str, not {}", what, type_name(v)),
                },
            }
        };
        let e = name(enc, "encoding", "utf-8")?;
        let er = name(errors, "errors", "strict")?;
        let data = b.data().to_vec();
        return Ok(new_str(&crate::types::bytes::decode(&data, &e, &er)?));
    }
    match obj {
        None => Ok(crate::types::str::empty_str()),
        Some(x) => ops::str_value(x),
    }
}

fn bool_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("bool", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return raise!(type_error, "bool expected at most 1 argument, got {}", a.len());
    }
    match a.first() {
        None => Ok(Value::FALSE),
        Some(x) => Ok(Value::bool(truthy(*x)?)),
    }
}

fn list_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("list", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return raise!(type_error, "list expected at most 1 argument, got {}", a.len());
    }
    match a.first() {
        None => Ok(new_list(&[])),
        Some(x) => ops::to_list(*x),
    }
}

fn tuple_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("tuple", kw)?;
    let a = &args[1..];
    if a.len() > 1 {
        return raise!(type_error, "tuple expected at most 1 argument, got {}", a.len());
    }
    match a.first() {
        None => Ok(new_tuple(&[])),
        Some(x) => tuple_of(*x),
    }
}

fn dict_ctor(args: &[Value], kw: Kw) -> PyResult {
    let a = &args[1..];
    if a.len() > 1 {
        return raise!(type_error, "dict expected at most 1 argument, got {}", a.len());
    }
    let d = new_dict_obj();
    if let Some(src) = a.first() {
        crate::methods::dict_update_from(d, *src)?;
    }
    for (k, v) in kw {
        d.set(*k, *v)?;
    }
    Ok(Value::from_ptr(d))
}

fn range_arg(v: Value) -> PyResult<i64> {
    let v = if is_intlike(v) { v } else { ops::int_native(v) };
    if !is_intlike(v) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(v));
    }
    match to_i64(v) {
        Some(i) => Ok(i),
        None => raise!(overflow_error, "Python int too large to convert to C ssize_t"),
    }
}

fn range_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("range", kw)?;
    let a = &args[1..];
    if (1..=3).contains(&a.len()) && a.iter().all(|v| is_intlike(*v)) && a.iter().any(|v| to_i64(*v).is_none()) {
        let (start, stop, step) = match a.len() {
            1 => (Value::small_int(0), a[0], Value::small_int(1)),
            2 => (a[0], a[1], Value::small_int(1)),
            _ => (a[0], a[1], a[2]),
        };
        if to_i64(step) == Some(0) {
            return raise!(value_error, "range() arg 3 must not be zero");
        }
        return Ok(crate::types::iter::new_big_range(start, stop, step));
    }
    let (start, stop, step) = match a.len() {
        1 => (0, range_arg(a[0])?, 1),
        2 => (range_arg(a[0])?, range_arg(a[1])?, 1),
        3 => (range_arg(a[0])?, range_arg(a[1])?, range_arg(a[2])?),
        0 => return raise!(type_error, "range expected at least 1 argument, got 0"),
        n => return raise!(type_error, "range expected at most 3 arguments, got {}", n),
    };
    if step == 0 {
        return raise!(value_error, "range() arg 3 must not be zero");
    }
    Ok(new_range(start, stop, step))
}

fn type_ctor(args: &[Value], kw: Kw) -> PyResult {
    let a = &args[1..];
    if a.len() == 1 && kw.is_empty() {
        return Ok(Value::from_ptr(class_of(a[0])));
    }
    if a.len() != 3 {
        return raise!(type_error, "type() takes 1 or 3 arguments");
    }
    let Some(name) = as_str(a[0]) else {
        return raise!(type_error, "type.__new__() argument 1 must be str, not {}", type_name(a[0]));
    };
    let bases = tuple_items(a[1]).unwrap_or(&[]);
    // the most derived metaclass among the bases makes the class
    let mut meta: Option<&'static ClassObj> = None;
    for b in bases {
        let m = class_of(*b);
        if std::ptr::eq(m, classes().type_) {
            continue;
        }
        meta = match meta {
            Some(cur) if cur.is_subclass(m) => Some(cur),
            _ => Some(m),
        };
    }
    if let Some(m) = meta {
        return crate::call::instantiate_plain(m, a, kw);
    }
    let layout = bases.first().and_then(|b| as_class(*b)).map(|b| b.layout.get()).unwrap_or(Layout::Object);
    let layout = if layout == Layout::Builtin { Layout::Object } else { layout };
    let cls = crate::types::class::try_new_class(name, bases, layout)?;
    if let Some(d) = dict_obj(a[2]) {
        for (k, v) in d.items() {
            if as_str(k) == Some("__qualname__") && as_str(v).is_some() {
                cls.qualname.set(v);
                continue;
            }
            cls.dict().set(k, v)?;
        }
    }
    if cls.dict().get_str(intern("__doc__")).is_none() {
        cls.dict().set(intern("__doc__"), Value::NONE)?;
    }
    cls.module.set(dict_obj(a[2]).and_then(|d| d.get_str(intern("__module__"))).unwrap_or_else(|| intern("__main__")));
    if let Some(d) = dict_obj(a[2]) {
        crate::call::finish_class_hooks(cls, d, crate::types::dict::new_dict_obj())?;
    }
    Ok(Value::from_ptr(cls))
}

/// `type.__new__(mcs, name, bases, namespace)`: a new class whose own class
/// is `mcs` (a metaclass).
pub fn type_new(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 4 {
        return raise!(type_error, "type.__new__() takes exactly 3 arguments ({} given)", args.len().saturating_sub(1));
    }
    let Some(mcs) = as_class(args[0]) else {
        return raise!(type_error, "type.__new__(X): X is not a type object ({})", type_name(args[0]));
    };
    let Some(name) = as_str(args[1]) else {
        return raise!(type_error, "type.__new__() argument 1 must be str, not {}", type_name(args[1]));
    };
    let bases = tuple_items(args[2]).unwrap_or(&[]).to_vec();
    let layout = bases.iter().filter_map(|b| as_class(*b)).map(|b| b.layout.get()).find(|l| *l == Layout::Exception).unwrap_or(Layout::Object);
    let cls = crate::types::class::try_new_class(name, &bases, layout)?;
    let cv = Value::from_ptr(cls);
    cls.header.class.set(mcs);
    if let Some(d) = dict_obj(args[3]) {
        for (k, v) in d.items() {
            if as_str(k) == Some("__qualname__") {
                if as_str(v).is_some() {
                    cls.qualname.set(v);
                }
                continue;
            }
            cls.set_attr(k, v)?;
        }
        if let Some(m) = d.get_str(intern("__module__")) {
            cls.module.set(m);
        } else {
            cls.module.set(intern("__main__"));
        }
    }
    // every class has its own __doc__ (not inherited)
    if cls.dict().get_str(intern("__doc__")).is_none() {
        cls.dict().set(intern("__doc__"), Value::NONE)?;
    }
    std::hint::black_box(&bases);
    Ok(cv)
}

/// `type.__call__(cls, *args)`: make an instance the ordinary way.
fn type_call(args: &[Value], kw: Kw) -> PyResult {
    let Some(cls) = args.first().and_then(|c| as_class(*c)) else {
        return raise!(type_error, "descriptor '__call__' requires a 'type' object");
    };
    crate::call::instantiate_plain(cls, &args[1..], kw)
}

fn enumerate_ctor(args: &[Value], kw: Kw) -> PyResult {
    check_kw("enumerate", kw, &["iterable", "start"])?;
    let a = &args[1..];
    if a.len() + kw.len() > 2 {
        return raise!(type_error, "enumerate() takes at most 2 arguments ({} given)", a.len() + kw.len());
    }
    let it = a.first().copied().or_else(|| kwarg(kw, "iterable"));
    let Some(it) = it else { return raise!(type_error, "enumerate() missing required argument 'iterable'") };
    let start = a.get(1).copied().or_else(|| kwarg(kw, "start")).unwrap_or(Value::small_int(0));
    if !is_intlike(start) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(start));
    }
    let start = if start.is_bool() { Value::small_int((start == Value::TRUE) as i64) } else { start };
    let i = ops::iter(it)?;
    Ok(new_enumerate(i, start))
}

fn zip_ctor(args: &[Value], kw: Kw) -> PyResult {
    check_kw("zip", kw, &["strict"])?;
    let a = &args[1..];
    let iters = new_list_obj(a.len());
    for x in a {
        iters.items.push(ops::iter(*x)?);
    }
    let strict = match kwarg(kw, "strict") {
        Some(v) => truthy(v)?,
        None => false,
    };
    Ok(new_zip(new_tuple(iters.items.as_slice()), strict))
}

fn reversed_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("reversed", kw)?;
    let a = &args[1..];
    if a.len() != 1 {
        return raise!(type_error, "reversed expected 1 argument, got {}", a.len());
    }
    let x = a[0];
    if let Some(l) = list_obj(x) {
        return Ok(new_seq_iter(SeqKind::ListReversed, x, l.items.len() as i64 - 1, -1, -1));
    }
    if let Some(t) = tuple_items(x) {
        return Ok(new_seq_iter(SeqKind::TupleReversed, x, t.len() as i64 - 1, -1, -1));
    }
    if let Some(s) = str_obj(x) {
        return Ok(new_seq_iter(SeqKind::StrReversed, x, s.char_len() as i64 - 1, -1, -1));
    }
    if let Some(r) = crate::types::iter::as_range(x) {
        let n = r.len();
        let last = r.start + (n - 1) * r.step;
        return Ok(new_seq_iter(SeqKind::Range, new_range(last, r.start - r.step, -r.step), last, r.start - r.step, -r.step));
    }
    if let Some((d, kind)) = crate::methods::dict_view_parts(x) {
        let items = new_list_obj(d.len());
        for (k, v) in d.items() {
            let item = match kind {
                SeqKind::DictKeys => k,
                SeqKind::DictValues => v,
                _ => new_tuple(&[k, v]),
            };
            items.items.push(item);
        }
        let n = items.items.len() as i64;
        return Ok(new_seq_iter(SeqKind::ListReversed, Value::from_ptr(items), n - 1, -1, -1));
    }
    if let Some(d) = dict_obj(x) {
        let keys: Vec<Value> = d.items().into_iter().map(|(k, _)| k).collect();
        let l = new_list(&keys);
        let n = keys.len() as i64;
        return Ok(new_seq_iter(SeqKind::ListReversed, l, n - 1, -1, -1));
    }
    if let Some(d) = crate::object::downcast::<crate::types::deque::DequeObj>(x) {
        return Ok(crate::types::deque::new_iter(d, true));
    }
    if let Some(m) = ops::meta_override(x, "__reversed__") {
        return call(m, &[x], &[]);
    }
    if as_instance(x).is_some() {
        if let Some(m) = class_of(x).lookup_str("__reversed__") {
            return call(m, &[x], &[]);
        }
        // the sequence protocol: __len__ and __getitem__
        if class_of(x).lookup_str("__getitem__").is_some() && class_of(x).lookup_str("__len__").is_some() {
            let n = ops::len(x)?;
            let items = new_list_obj(n);
            for i in (0..n).rev() {
                let v = ops::getitem(x, Value::small_int(i as i64))?;
                items.items.push(v);
            }
            return ops::iter(Value::from_ptr(items));
        }
    }
    raise!(type_error, "'{}' object is not reversible", type_name(x))
}

fn slice_ctor(args: &[Value], kw: Kw) -> PyResult {
    no_kw("slice", kw)?;
    let a = &args[1..];
    match a.len() {
        1 => Ok(crate::methods::new_slice(Value::NONE, a[0], Value::NONE)),
        2 => Ok(crate::methods::new_slice(a[0], a[1], Value::NONE)),
        3 => Ok(crate::methods::new_slice(a[0], a[1], a[2])),
        n => raise!(type_error, "slice expected at least 1 argument, got {}", n),
    }
}

fn object_init(args: &[Value], kw: Kw) -> PyResult {
    if args.len() <= 1 && kw.is_empty() {
        return Ok(Value::NONE);
    }
    // extra arguments are an error for a plain class unless it overrides
    // __new__ and not __init__ (then __new__ took them)
    let Some(&this) = args.first() else { return Ok(Value::NONE) };
    let cls = class_of(this);
    if cls.layout.get() != Layout::Object || crate::types::class::native_base(cls).is_some() {
        return Ok(Value::NONE);
    }
    let is_native = |name: &str, f: NativeFn| {
        cls.lookup_str(name).and_then(as_builtin).map(|b| b.f as usize == f as usize).unwrap_or(false)
    };
    if !is_native("__init__", object_init) {
        return raise!(type_error, "object.__init__() takes exactly one argument (the instance to initialize)");
    }
    if is_native("__new__", object_new) {
        return raise!(type_error, "{}.__init__() takes exactly one argument (the instance to initialize)", cls.qualname());
    }
    Ok(Value::NONE)
}

fn object_setattr(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 3 {
        return raise!(type_error, "expected 3 arguments, got {}", args.len());
    }
    crate::attr::generic_setattr(args[0], args[1], args[2])?;
    Ok(Value::NONE)
}

/// `type.__prepare__(name, bases, **kw)`: the class body's namespace, a new dict.
fn type_prepare(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(crate::types::dict::new_dict())
}

fn object_delattr(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "expected 2 arguments, got {}", args.len());
    }
    crate::attr::generic_delattr(args[0], args[1])?;
    Ok(Value::NONE)
}

fn object_repr(args: &[Value], _kw: Kw) -> PyResult {
    let v = args[0];
    if v == ellipsis() {
        return Ok(new_str("Ellipsis"));
    }
    if v == not_implemented() {
        return Ok(new_str("NotImplemented"));
    }
    // a subclass of a builtin type shows its builtin value
    if let Some(n) = crate::types::class::native_of(v) {
        if !crate::types::exception::is_exception_instance(v) {
            return Ok(new_str(&repr(n)?));
        }
    }
    // `int.__repr__(5)` and friends reach here: plain values show their repr
    if v.is_float() || v.is_small_int() || v.is_bool() || v.is_none() || as_str(v).is_some() || crate::types::int::big_of(v).is_some() {
        return Ok(new_str(&repr(v)?));
    }
    let cls = class_of(v);
    // a builtin value (`[1].__repr__()`) has its type's own repr
    if crate::types::class::as_instance(v).is_none() && !std::ptr::eq(cls as *const _ as *const u8, crate::classes().object as *const u8) {
        return Ok(new_str(&repr(v)?));
    }
    let module = as_str(cls.module.get()).unwrap_or("__main__");
    if module == "builtins" {
        return Ok(new_str(&format!("<{} object at {:#x}>", cls.qualname(), v.as_ptr::<u8>() as usize)));
    }
    Ok(new_str(&format!("<{}.{} object at {:#x}>", module, cls.qualname(), v.as_ptr::<u8>() as usize)))
}

/// `object.__str__`: the raw result of `__repr__` (str() checks its type).
/// `list.__init__(self, iterable=())` and `dict.__init__`/`set.__init__`:
/// refill the native container from the arguments.
pub fn native_init(args: &[Value], kw: Kw) -> PyResult {
    let this = args[0];
    if let Some(l) = crate::types::list::list_obj(this) {
        if args.len() > 2 {
            return raise!(type_error, "list expected at most 1argument, got {}", args.len() - 1);
        }
        let _g = crate::object::lock_if_shared(&l.header);
        l.items.truncate_in(0, Some(&l.header));
        if let Some(src) = args.get(1) {
            ops::inplace_binop(ops::BinOp::Add, this, *src)?;
        }
        return Ok(Value::NONE);
    }
    if let Some(d) = dict_obj(this) {
        d.clear();
        if let Some(src) = args.get(1) {
            crate::methods::dict_update_from(d, *src)?;
        }
        for (k, v) in kw {
            d.set(*k, *v)?;
        }
        return Ok(Value::NONE);
    }
    if let Some(s) = crate::types::set::as_set(this) {
        s.clear();
        if let Some(src) = args.get(1) {
            let it = ops::iter(*src)?;
            while let Some(x) = ops::next(it)? {
                s.add(x)?;
            }
        }
        return Ok(Value::NONE);
    }
    Ok(Value::NONE)
}

/// `int.__new__(cls, ...)`, `tuple.__new__`, `str.__new__`, ...: the
/// builtin value, wrapped as an instance when `cls` is a subclass.
fn native_new(args: &[Value], kw: Kw) -> PyResult {
    let Some(cls) = args.first().and_then(|c| as_class(*c)) else {
        return raise!(type_error, "__new__(X): X is not a type object");
    };
    if cls.ctor.get().is_some() {
        return (cls.ctor.get().unwrap())(args, kw);
    }
    let Some(base) = crate::types::class::native_base(cls) else {
        return raise!(type_error, "{}.__new__({}): not a subtype", "object", cls.name());
    };
    let mut a = args.to_vec();
    a[0] = Value::from_ptr(base);
    let native = (base.ctor.get().unwrap())(&a, kw)?;
    let inst = crate::types::class::new_instance(cls);
    inst.native.set(native);
    Ok(Value::from_ptr(inst))
}

/// The builtin value a container dunder works on: the native part of a
/// subclass instance (so `list.__getitem__(self, i)` inside an override does
/// not call the override again).
fn native_target(v: Value) -> Value {
    crate::types::class::native_of(v).unwrap_or(v)
}

fn d_len(a: &[Value], _k: Kw) -> PyResult {
    Ok(int_from_i64(ops::len(native_target(a[0]))? as i64))
}
fn d_getitem(a: &[Value], _k: Kw) -> PyResult {
    nargs("__getitem__", &a[1..], 1, 1)?;
    ops::getitem(native_target(a[0]), a[1])
}
fn d_setitem(a: &[Value], _k: Kw) -> PyResult {
    nargs("__setitem__", &a[1..], 2, 2).or_else(|_| raise!(type_error, "expected 2 arguments, got {}", a.len() - 1))?;
    ops::setitem(native_target(a[0]), a[1], a[2])?;
    Ok(Value::NONE)
}
fn d_delitem(a: &[Value], _k: Kw) -> PyResult {
    nargs("__delitem__", &a[1..], 1, 1)?;
    ops::delitem(native_target(a[0]), a[1])?;
    Ok(Value::NONE)
}
fn d_contains(a: &[Value], _k: Kw) -> PyResult {
    nargs("__contains__", &a[1..], 1, 1)?;
    Ok(Value::bool(ops::contains(native_target(a[0]), a[1])?))
}
fn d_iter(a: &[Value], _k: Kw) -> PyResult {
    ops::iter(native_target(a[0]))
}

/// `int(x)` / `float(x)` see the number inside a subclass instance.
fn native_number(x: Value) -> Value {
    match crate::types::class::native_of(x) {
        Some(n) if n.is_float() || is_intlike(n) => n,
        _ => x,
    }
}

/// `object.__new__(cls)`.
fn object_new(args: &[Value], _kw: Kw) -> PyResult {
    let Some(cls) = args.first().and_then(|c| as_class(*c)) else {
        return raise!(type_error, "object.__new__(X): X is not a type object");
    };
    if let Some(base) = crate::types::class::native_base(cls) {
        return native_new(&[Value::from_ptr(cls)], &[]).or_else(|_| {
            let native = (base.ctor.get().unwrap())(&[Value::from_ptr(base)], &[])?;
            let inst = crate::types::class::new_instance(cls);
            inst.native.set(native);
            Ok(Value::from_ptr(inst))
        });
    }
    if cls.layout.get() == Layout::Exception {
        return Ok(crate::types::exception::new_exception_with_args(cls, new_tuple(&args[1..])));
    }
    Ok(Value::from_ptr(crate::types::class::new_instance(cls)))
}

/// `object.__init_subclass__(cls)`: accepts no class keywords.
fn object_init_subclass(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() || args.len() > 1 {
        let name = args.first().and_then(|c| as_class(*c)).map(|c| c.name()).unwrap_or("object");
        return raise!(type_error, "{}.__init_subclass__() takes no keyword arguments", name);
    }
    Ok(Value::NONE)
}

fn object_getattribute(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "expected 2 arguments, got {}", args.len());
    }
    crate::attr::object_getattribute(args[0], args[1])
}

fn object_str(args: &[Value], _kw: Kw) -> PyResult {
    // a builtin value (`"a".__str__()`) has its type's own str
    if crate::types::class::as_instance(args[0]).is_none() {
        return Ok(new_str(&crate::ops::str(args[0])?));
    }
    match class_of(args[0]).lookup_str("__repr__") {
        Some(m) => call(m, &[args[0]], &[]),
        None => Ok(new_str(&repr(args[0])?)),
    }
}

fn exc_str(args: &[Value], _kw: Kw) -> PyResult {
    Ok(new_str(&crate::ops::exception_str(args[0])?))
}

fn exc_repr(args: &[Value], _kw: Kw) -> PyResult {
    Ok(new_str(&crate::ops::exception_repr(args[0])?))
}


fn exc_init(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() {
        let cls = class_of(args[0]);
        let c = classes();
        // SAFETY: builtin classes are immortal.
        let takes_kw = [c.import_error, c.name_error, c.attribute_error].iter().any(|k| cls.is_subclass(unsafe { &**k }));
        if !takes_kw {
            return raise!(type_error, "{}() takes no keyword arguments", cls.name());
        }
        // name=/path=/obj=: attributes of the exception
        for (k, v) in kw {
            crate::attr::generic_setattr(args[0], *k, *v)?;
        }
    }
    if let Some(inst) = as_instance(args[0]) {
        let st = crate::types::exception::ensure_exc_state(inst);
        st.args.set(new_tuple(&args[1..]));
        // SAFETY: builtin classes are immortal.
        if args.len() >= 3 && inst.class().is_subclass(unsafe { &*classes().os_error }) {
            crate::types::exception::init_os_error(inst, &args[1..]);
        }
    }
    Ok(Value::NONE)
}

fn exc_with_traceback(args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}

fn exc_add_note(args: &[Value], _kw: Kw) -> PyResult {
    let notes = match getattr_opt(args[0], intern("__notes__"))? {
        Some(n) => n,
        None => {
            let l = new_list(&[]);
            setattr(args[0], intern("__notes__"), l)?;
            l
        }
    };
    if let Some(l) = list_obj(notes) {
        l.items.push(args[1]);
    }
    Ok(Value::NONE)
}

fn system_exit_code(args: &[Value], _kw: Kw) -> PyResult {
    let a = crate::types::exception::exc_args(args[0]);
    Ok(match a.len() {
        0 => Value::NONE,
        1 => a[0],
        _ => new_tuple(a),
    })
}

// ---------------------------------------------------------------------------

/// Creates the `builtins` module.
pub fn install() {
    let c = classes();
    let m: &'static ModuleObj = new_module("builtins", Value::NONE);
    let _ = runtime_globals().builtins.set(Value::from_ptr(m));
    crate::modules::register_module("builtins", Value::from_ptr(m));
    let set_ctor = |cls: *const ClassObj, f: NativeFn| {
        // SAFETY: builtin classes are immortal.
        unsafe { &*cls }.ctor.set(Some(f));
    };
    set_ctor(c.int, int_ctor);
    set_ctor(c.float, float_ctor);
    set_ctor(c.str, str_ctor);
    set_ctor(c.bool, bool_ctor);
    set_ctor(c.list, list_ctor);
    set_ctor(c.tuple, tuple_ctor);
    set_ctor(c.dict, dict_ctor);
    set_ctor(c.range, range_ctor);
    set_ctor(c.type_, type_ctor);
    set_ctor(c.enumerate, enumerate_ctor);
    set_ctor(c.zip, zip_ctor);
    set_ctor(c.reversed, reversed_ctor);

    for (name, cls) in [
        ("int", c.int),
        ("float", c.float),
        ("str", c.str),
        ("bool", c.bool),
        ("list", c.list),
        ("tuple", c.tuple),
        ("dict", c.dict),
        ("range", c.range),
        ("type", c.type_),
        ("object", c.object),
        ("enumerate", c.enumerate),
        ("zip", c.zip),
        ("reversed", c.reversed),
    ] {
        m.set(name, Value::from_ptr(cls));
    }
    for (name, cls) in &c.exceptions {
        m.set(name, Value::from_ptr(*cls));
    }
    m.set("EnvironmentError", Value::from_ptr(c.os_error));
    m.set("IOError", Value::from_ptr(c.os_error));
    let slice_cls = crate::methods::new_slice(Value::NONE, Value::NONE, Value::NONE);
    let slice_cls = class_of(slice_cls);
    slice_cls.ctor.set(Some(slice_ctor));
    m.set("slice", Value::from_ptr(slice_cls));
    crate::types::iter::install_call_iter_class();
    crate::types::file::install(m);
    crate::types::generic::install();
    m.set("input", new_builtin("input", b_input, Value::NONE));
    m.set("exit", new_builtin("exit", b_exit, Value::NONE));
    m.set("quit", new_builtin("quit", b_exit, Value::NONE));
    let sup = new_class("super", &[], Layout::Builtin);
    sup.module.set(intern("builtins"));
    sup.ctor.set(Some(super_ctor));
    m.set("super", Value::from_ptr(sup));
    for (name, ctor) in [("map", map_ctor as NativeFn), ("filter", filter_ctor)] {
        let cls = new_class(name, &[], Layout::Builtin);
        cls.module.set(intern("builtins"));
        cls.ctor.set(Some(ctor));
        m.set(name, Value::from_ptr(cls));
    }

    // object's methods
    // SAFETY: builtin classes are immortal.
    let object = unsafe { &*c.object };
    let oi = new_builtin("__init__", object_init, Value::from_ptr(c.object));
    object.dict().set(intern("__init__"), oi).unwrap();
    let os = new_builtin("__setattr__", object_setattr, Value::from_ptr(c.object));
    object.dict().set(intern("__setattr__"), os).unwrap();
    let od = new_builtin("__delattr__", object_delattr, Value::from_ptr(c.object));
    object.dict().set(intern("__delattr__"), od).unwrap();
    let orepr = new_builtin("__repr__", object_repr, Value::from_ptr(c.object));
    object.dict().set(intern("__repr__"), orepr).unwrap();
    let ostr = new_builtin("__str__", object_str, Value::from_ptr(c.object));
    object.dict().set(intern("__str__"), ostr).unwrap();
    let oga = new_builtin("__getattribute__", object_getattribute, Value::from_ptr(c.object));
    object.dict().set(intern("__getattribute__"), oga).unwrap();
    let onew = new_builtin("__new__", object_new, Value::from_ptr(c.object));
    object.dict().set(intern("__new__"), onew).unwrap();
    for cls in [c.list, c.dict] {
        // SAFETY: builtin classes are immortal.
        let k = unsafe { &*cls };
        k.dict().set(intern("__init__"), new_builtin("__init__", native_init, Value::from_ptr(cls))).unwrap();
    }
    // the container protocol of the builtin types, as methods
    let ops_all: &[(&'static str, NativeFn)] =
        &[("__len__", d_len), ("__getitem__", d_getitem), ("__contains__", d_contains), ("__iter__", d_iter)];
    let ops_mut: &[(&'static str, NativeFn)] = &[("__setitem__", d_setitem), ("__delitem__", d_delitem)];
    for (cls, mutable) in [(c.list, true), (c.dict, true), (c.tuple, false), (c.str, false), (c.range, false)] {
        // SAFETY: builtin classes are immortal.
        let k = unsafe { &*cls };
        for (n, f) in ops_all.iter().chain(if mutable { ops_mut.iter() } else { [].iter() }) {
            k.dict().set(intern(n), new_builtin(n, *f, Value::from_ptr(cls))).unwrap();
        }
    }
    for cls in [c.int, c.str, c.tuple, c.float] {
        // SAFETY: builtin classes are immortal.
        let k = unsafe { &*cls };
        k.dict().set(intern("__new__"), new_builtin("__new__", native_new, Value::from_ptr(cls))).unwrap();
    }
    // SAFETY: builtin classes are immortal.
    let type_cls = unsafe { &*c.type_ };
    type_cls.dict().set(intern("__new__"), new_builtin("__new__", type_new, Value::from_ptr(c.type_))).unwrap();
    type_cls.dict().set(intern("__call__"), new_builtin("__call__", type_call, Value::from_ptr(c.type_))).unwrap();
    type_cls.dict().set(intern("__instancecheck__"), new_builtin("__instancecheck__", type_instancecheck, Value::from_ptr(c.type_))).unwrap();
    type_cls.dict().set(intern("__subclasscheck__"), new_builtin("__subclasscheck__", type_subclasscheck, Value::from_ptr(c.type_))).unwrap();
    // object.__eq__ stays out of the namespace: a class defining __eq__
    // becomes unhashable, which the lookup for __eq__ decides.
    // SAFETY: builtin classes are immortal.
    let base_exc = unsafe { &*c.base_exception };
    for (n, f) in [
        ("__init__", exc_init as NativeFn),
        ("with_traceback", exc_with_traceback),
        ("add_note", exc_add_note),
        ("__str__", exc_str),
        ("__repr__", exc_repr),
    ] {
        let b = new_builtin(n, f, Value::from_ptr(c.base_exception));
        base_exc.dict().set(intern(n), b).unwrap();
    }
    // OSError's attributes default to None (set by __init__ from the args)
    // SAFETY: builtin classes are immortal.
    let ose = unsafe { &*c.os_error };
    for n in ["errno", "strerror", "filename", "filename2"] {
        ose.dict().set(intern(n), Value::NONE).unwrap();
    }
    let code = new_builtin("code", system_exit_code, Value::from_ptr(c.system_exit));
    // SAFETY: builtin classes are immortal.
    let se = unsafe { &*c.system_exit };
    let prop_cls = new_class("property", &[], Layout::Builtin);
    se.dict().set(intern("code"), new_wrapper(prop_cls, WrapperKind::Property, code, Value::NONE, Value::NONE)).unwrap();

    // descriptor wrapper classes
    for (name, kind) in
        [("classmethod", WrapperKind::ClassMethod), ("staticmethod", WrapperKind::StaticMethod), ("property", WrapperKind::Property)]
    {
        let cls = if kind == WrapperKind::Property { prop_cls } else { new_class(name, &[], Layout::Builtin) };
        cls.module.set(intern("builtins"));
        cls.ctor.set(Some(wrapper_ctor(kind)));
        if kind == WrapperKind::Property {
            for (n, f) in [("setter", property_setter as NativeFn), ("deleter", property_deleter), ("getter", property_getter)] {
                let b = new_builtin(n, f, Value::from_ptr(cls));
                cls.dict().set(intern(n), b).unwrap();
            }
        }
        m.set(name, Value::from_ptr(cls));
    }

    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("hash", b_hash),
        ("id", b_id),
        ("ord", b_ord),
        ("chr", b_chr),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("any", b_any),
        ("all", b_all),
        ("iter", b_iter),
        ("next", b_next),
        ("sorted", b_sorted),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("format", b_format),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
    ];
    for (name, f) in fns {
        m.set(name, new_builtin(name, *f, Value::NONE));
    }
    // singletons
    let ni_cls = new_class("NotImplementedType", &[], Layout::Builtin);
    let ni = Value::from_ptr(crate::types::class::new_instance(ni_cls));
    let el_cls = new_class("ellipsis", &[], Layout::Builtin);
    let el = Value::from_ptr(crate::types::class::new_instance(el_cls));
    m.set("NotImplemented", ni);
    m.set("Ellipsis", el);
    m.set("None", Value::NONE);
    m.set("True", Value::TRUE);
    m.set("False", Value::FALSE);
    let _ = SINGLETONS.set(Singletons {
        not_implemented: ni,
        ellipsis: el,
        object_init: oi,
        object_setattr: os,
        object_delattr: od,
    });
    // object.__init_subclass__ is an implicit classmethod (needs the classmethod class)
    let ois = new_builtin("__init_subclass__", object_init_subclass, Value::from_ptr(c.object));
    object.dict().set(intern("__init_subclass__"), make_classmethod(ois)).unwrap();
    let tp = new_builtin("__prepare__", type_prepare, Value::from_ptr(c.type_));
    // SAFETY: builtin classes are immortal.
    unsafe { &*c.type_ }.dict().set(intern("__prepare__"), make_classmethod(tp)).unwrap();
}


/// The methods every class inherits from `object` that Morel keeps out of
/// `object`'s dict (so that "does the class define `__eq__`" stays a plain
/// MRO lookup): found only when an attribute lookup would otherwise fail.
pub fn object_fallback(name: &str) -> Option<Value> {
    let (name, f): (&'static str, NativeFn) = match name {
        "__eq__" => ("__eq__", object_eq),
        "__ne__" => ("__ne__", object_ne),
        "__hash__" => ("__hash__", object_hash),
        "__lt__" => ("__lt__", object_cmp_default),
        "__le__" => ("__le__", object_cmp_default),
        "__gt__" => ("__gt__", object_cmp_default),
        "__ge__" => ("__ge__", object_cmp_default),
        "__format__" => ("__format__", object_format),
        _ => return None,
    };
    Some(new_builtin(name, f, Value::from_ptr(crate::classes().object)))
}

fn object_eq(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "expected 1 argument, got {}", args.len().saturating_sub(1));
    }
    Ok(if args[0] == args[1] { Value::TRUE } else { not_implemented() })
}

fn object_ne(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "expected 1 argument, got {}", args.len().saturating_sub(1));
    }
    let eq = match class_of(args[0]).lookup_str("__eq__") {
        Some(m) => call(m, args, &[])?,
        None => object_eq(args, &[])?,
    };
    if eq == not_implemented() {
        return Ok(eq);
    }
    Ok(if crate::ops::truthy(eq)? { Value::FALSE } else { Value::TRUE })
}

fn object_cmp_default(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "expected 1 argument, got {}", args.len().saturating_sub(1));
    }
    Ok(not_implemented())
}

fn object_hash(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 1 {
        return raise!(type_error, "expected 0 arguments, got {}", args.len().saturating_sub(1));
    }
    let a = args[0].as_ptr::<u8>() as u64;
    Ok(crate::types::int::int_from_i64(((a >> 4) | (a << 60)) as i64 & i64::MAX))
}

fn object_format(args: &[Value], _kw: Kw) -> PyResult {
    if args.len() != 2 {
        return raise!(type_error, "expected 1 argument, got {}", args.len().saturating_sub(1));
    }
    match as_str(args[1]) {
        Some("") => Ok(new_str(&crate::ops::str(args[0])?)),
        Some(_) => raise!(type_error, "unsupported format string passed to {}.__format__", type_name(args[0])),
        None => raise!(type_error, "__format__() argument must be str, not {}", type_name(args[1])),
    }
}

/// `it.__next__()` of a builtin iterator: `next(it)` without a default.
pub fn iterator_next_method(args: &[Value], kw: Kw) -> PyResult {
    if args.len() != 1 {
        return raise!(type_error, "expected 0 arguments, got {}", args.len().saturating_sub(1));
    }
    b_next(args, kw)
}
