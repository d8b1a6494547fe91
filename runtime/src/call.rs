//! Calling any callable: Python functions (through the interpreter's hook),
//! builtins, bound methods and classes (instantiation).

use crate::attr::getattr;
use crate::types::class::{as_class, class_of, new_instance, type_name, ClassObj, Layout};
use crate::types::exception::{ensure_exc_state, new_exception_with_args};
use crate::types::function::{as_bound_method, as_builtin, as_function, call_function};
use crate::types::str::intern;
use crate::types::tuple::new_tuple;
use crate::{raise, PyResult};
use morel_heap::Value;

/// `callee(*args, **kw)`.
pub fn call(callee: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if let Some(f) = as_function(callee) {
        return call_function(f, args, kw);
    }
    if let Some(b) = as_builtin(callee) {
        return (b.f)(args, kw);
    }
    call_slow(callee, args, kw)
}

#[cold]
#[inline(never)]
fn call_slow(callee: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if let Some(m) = as_bound_method(callee) {
        return call_with_receiver(m.func, m.receiver, args, kw);
    }
    if let Some(cls) = as_class(callee) {
        return instantiate(cls, args, kw);
    }
    if crate::types::class::as_instance(callee).is_some() {
        if let Some(m) = class_of(callee).lookup_str("__call__") {
            return call_with_receiver(m, callee, args, kw);
        }
    }
    raise!(type_error, "'{}' object is not callable", type_name(callee))
}

/// `func(receiver, *args, **kw)` without building a bound method.
pub fn call_with_receiver(func: Value, receiver: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let mut buf = [Value::NONE; 8];
    if args.len() < buf.len() {
        buf[0] = receiver;
        buf[1..=args.len()].copy_from_slice(args);
        call(func, &buf[..=args.len()], kw)
    } else {
        // The values stay rooted by the caller's `args` and by `receiver`.
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(receiver);
        v.extend_from_slice(args);
        call(func, &v, kw)
    }
}

/// `cls(*args, **kw)`.
pub fn instantiate(cls: &'static ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let cls_v = Value::from_ptr(cls);
    // A builtin class (or a subclass of one without its own layout) uses its constructor.
    if cls.layout.get() == Layout::Builtin {
        for c in cls.mro() {
            if let Some(ctor) = as_class(*c).and_then(|c| c.ctor.get()) {
                let mut buf = Vec::with_capacity(args.len() + 1);
                buf.push(cls_v);
                buf.extend_from_slice(args);
                return ctor(&buf, kw);
            }
        }
        if std::ptr::eq(cls, crate::classes().object) {
            if !args.is_empty() || !kw.is_empty() {
                return raise!(type_error, "object() takes no arguments");
            }
        } else {
            return raise!(type_error, "cannot create '{}' instances", cls.name());
        }
    }
    let inst = if cls.layout.get() == Layout::Exception {
        new_exception_with_args(cls, new_tuple(args))
    } else {
        Value::from_ptr(new_instance(cls))
    };
    let init = cls.lookup(intern("__init__"));
    match init {
        Some(f) if !is_object_init(f) => {
            let r = call_with_receiver(f, inst, args, kw)?;
            if !r.is_none() {
                return raise!(type_error, "__init__() should return None, not '{}'", type_name(r));
            }
            if cls.layout.get() == Layout::Exception {
                // A user __init__ may not call the base one: args stay as passed.
                ensure_exc_state(crate::types::class::as_instance(inst).unwrap());
            }
        }
        _ => {
            if cls.layout.get() != Layout::Exception && (!args.is_empty() || !kw.is_empty()) {
                return raise!(type_error, "{}() takes no arguments", cls.name());
            }
        }
    }
    Ok(inst)
}

fn is_object_init(f: Value) -> bool {
    crate::builtins::is_object_init(f)
}

/// `obj.name(*args)`.
pub fn call_method_by_name(obj: Value, name: &str, args: &[Value]) -> PyResult {
    let m = getattr(obj, intern(name))?;
    call(m, args, &[])
}
