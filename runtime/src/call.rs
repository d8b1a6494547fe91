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
    if let Some(a) = crate::types::generic::as_alias(callee) {
        return call(a.origin, args, kw);
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

/// `cls(*args, **kw)`: through the metaclass's `__call__` when a user
/// metaclass defines one.
pub fn instantiate(cls: &'static ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    // Specialization: a builtin class itself (`range(n)`, `list(x)`) calls
    // its constructor with the class prepended, from a buffer on the stack.
    if let Some(ctor) = cls.ctor.get() {
        if args.len() < 8 {
            let mut buf = [Value::NONE; 8];
            buf[0] = Value::from_ptr(cls);
            buf[1..=args.len()].copy_from_slice(args);
            return ctor(&buf[..=args.len()], kw);
        }
    }
    let meta = crate::types::class::class_of(Value::from_ptr(cls));
    if !std::ptr::eq(meta, crate::classes().type_) {
        if let Some(c) = meta.lookup(intern("__call__")).filter(|c| crate::types::function::as_function(*c).is_some()) {
            return call_with_receiver(c, Value::from_ptr(cls), args, kw);
        }
    }
    instantiate_plain(cls, args, kw)
}

/// `cls(*args, **kw)` without consulting the metaclass.
///
/// Specialization: a plain class (instances are `InstanceObj`, no `__new__`
/// of its own, a Python `__init__`) caches that `__init__` (guard: the class
/// epoch, see `attr_cache`), skipping the MRO walks below.
#[inline]
pub fn instantiate_plain(cls: &'static ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    if let Some(crate::attr_cache::Found::Method(init)) = cls.init_cache.lookup(Value::from_ptr(cls)) {
        if cls.layout.get() == Layout::Exception {
            return instantiate_exception(cls, init, args, kw);
        }
        let inst = Value::from_ptr(new_instance(cls));
        let r = call_with_receiver(init, inst, args, kw)?;
        if !r.is_none() {
            return raise!(type_error, "__init__() should return None, not '{}'", type_name(r));
        }
        return Ok(inst);
    }
    instantiate_generic(cls, args, kw)
}

/// `cls(*args)` for an exception class whose `__init__` the class's
/// `init_cache` holds (see `exception_init`): the exception made with its
/// `args`, then `__init__` called on it.
fn instantiate_exception(cls: &'static ClassObj, init: Value, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let inst = new_exception_with_args(cls, new_tuple(args));
    let r = call_with_receiver(init, inst, args, kw)?;
    if !r.is_none() {
        return raise!(type_error, "__init__() should return None, not '{}'", type_name(r));
    }
    // A user __init__ may not call the base one: args stay as passed.
    ensure_exc_state(crate::types::class::as_instance(inst).unwrap());
    Ok(inst)
}

/// Whether instantiating the exception class `cls` is "make the exception,
/// call `__init__`" (no `__new__` of its own, not the OSError family, whose
/// constructor picks a subclass), and its `__init__` if so.
fn exception_init(cls: &'static ClassObj) -> Option<Value> {
    if cls.layout.get() != Layout::Exception || cls.is_subclass(unsafe { &*crate::classes().os_error }) {
        return None;
    }
    if cls.lookup(intern("__new__")).and_then(crate::types::function::as_function).is_some() {
        return None;
    }
    cls.lookup(intern("__init__")).filter(|f| !is_object_init(*f))
}

/// Whether `cls` is a plain class whose instantiation `init_cache` may
/// remember, and its `__init__` if so.
fn plain_init(cls: &'static ClassObj) -> Option<Value> {
    if cls.layout.get() != Layout::Object || cls.is_subclass(unsafe_type()) {
        return None;
    }
    if crate::types::class::native_base(cls).is_some() {
        return None;
    }
    if cls.lookup(intern("__new__")).and_then(crate::types::function::as_function).is_some() {
        return None;
    }
    cls.lookup(intern("__init__")).filter(|f| crate::types::function::as_function(*f).is_some())
}

#[cold]
#[inline(never)]
fn instantiate_generic(cls: &'static ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let epoch = crate::attr_cache::epoch();
    if let Some(init) = plain_init(cls).or_else(|| exception_init(cls)) {
        cls.init_cache.fill(Value::from_ptr(cls), epoch, crate::attr_cache::Found::Method(init));
    }
    // Calling a metaclass (a subclass of type) makes a class.
    if cls.is_subclass(unsafe_type()) && !std::ptr::eq(cls, crate::classes().type_) && (args.len() == 3) {
        let new = cls.lookup(intern("__new__")).unwrap();
        let c = if crate::types::function::as_function(new).is_some() {
            call_with_receiver(new, Value::from_ptr(cls), args, kw)?
        } else {
            crate::builtins::type_new(&[Value::from_ptr(cls), args[0], args[1], args[2]], &[])?
        };
        if crate::types::class::class_of(c).is_subclass(cls) {
            if let Some(init) = cls.lookup(intern("__init__")) {
                if crate::types::function::as_function(init).is_some() {
                    call_with_receiver(init, c, args, kw)?;
                }
            }
        }
        return Ok(c);
    }
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
        } else if cls.name() == "NoneType" && std::ptr::eq(cls, crate::types::class::class_of(Value::NONE)) {
            // type(None)() is the None singleton
            if !args.is_empty() || !kw.is_empty() {
                return raise!(type_error, "NoneType takes no arguments");
            }
            return Ok(Value::NONE);
        } else {
            return raise!(type_error, "cannot create '{}' instances", cls.name());
        }
    }
    // A user `__new__` (an implicit static method) makes the instance.
    if let Some(new) = cls.lookup(intern("__new__")) {
        if crate::types::function::as_function(new).is_some() {
            let inst = call_with_receiver(new, cls_v, args, kw)?;
            if crate::types::class::class_of(inst).is_subclass(cls) {
                if let Some(init) = cls.lookup(intern("__init__")) {
                    if !is_object_init(init) && !is_native_init(init) {
                        call_with_receiver(init, inst, args, kw)?;
                    }
                }
            }
            return Ok(inst);
        }
    }
    let cls = if cls.layout.get() == Layout::Exception { crate::types::exception::os_error_subclass(cls, args) } else { cls };
    let inst = if cls.layout.get() == Layout::Exception {
        new_exception_with_args(cls, new_tuple(args))
    } else if let Some(base) = crate::types::class::native_base(cls) {
        return instantiate_native(cls, base, args, kw);
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

/// An instance of a user subclass of a builtin type: an instance whose
/// native part is the builtin value. Mutable containers start empty and are
/// filled by `__init__` (the builtin one unless overridden); immutable values
/// are built from the arguments.
fn instantiate_native(cls: &'static ClassObj, base: &'static ClassObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    let base_v = Value::from_ptr(base);
    let mutable = matches!(base.name(), "list" | "dict" | "set" | "deque");
    let native = if mutable {
        (base.ctor.get().unwrap())(&[base_v], &[])?
    } else {
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(base_v);
        a.extend_from_slice(args);
        (base.ctor.get().unwrap())(&a, kw)?
    };
    let inst = new_instance(cls);
    inst.native.set(native);
    let iv = Value::from_ptr(inst);
    match cls.lookup(intern("__init__")) {
        Some(init) if is_native_init(init) && !mutable => {}
        Some(init) if !is_object_init(init) => {
            let r = call_with_receiver(init, iv, args, kw)?;
            if !r.is_none() {
                return raise!(type_error, "__init__() should return None, not '{}'", type_name(r));
            }
        }
        _ => {}
    }
    Ok(iv)
}

/// `list.__init__`, `dict.__init__`, `set.__init__`.
fn is_native_init(f: Value) -> bool {
    crate::types::function::as_builtin(f).map(|b| b.f as *const () == crate::builtins::native_init as *const ()).unwrap_or(false)
}

fn unsafe_type() -> &'static ClassObj {
    // SAFETY: builtin classes are immortal.
    unsafe { &*crate::classes().type_ }
}

fn is_object_init(f: Value) -> bool {
    crate::builtins::is_object_init(f)
}

/// `obj.name(*args)`.
pub fn call_method_by_name(obj: Value, name: &str, args: &[Value]) -> PyResult {
    let m = getattr(obj, intern(name))?;
    call(m, args, &[])
}

/// After a class is made: `__slots__`, `__getattribute__`, then each
/// attribute's `__set_name__`, then the base's `__init_subclass__` with the
/// class keywords.
pub fn finish_class_hooks(cls: &'static ClassObj, ns: &'static crate::types::dict::DictObj, kw: &'static crate::types::dict::DictObj) -> PyResult<()> {
    let cv = Value::from_ptr(cls);
    cls.custom_getattribute.set(cls.lookup(intern("__getattribute__")).and_then(crate::types::function::as_function).is_some());
    cls.compute_attr_flags();
    // __slots__ restrict attributes only when every class in the MRO declares them
    let mut allowed: Vec<Value> = Vec::new();
    let mut all_slotted = true;
    for c in cls.mro() {
        let Some(c) = crate::types::class::as_class(*c) else { continue };
        // builtin types have no instance __dict__ of their own
        if std::ptr::eq(c, crate::classes().object) || c.module.get() == intern("builtins") {
            continue;
        }
        match c.dict().get_str(intern("__slots__")) {
            Some(s) => {
                let names = if crate::types::str::str_obj(s).is_some() { crate::types::tuple::new_tuple(&[s]) } else { crate::builtins::tuple_of(s)? };
                allowed.extend_from_slice(crate::types::tuple::tuple_items(names).unwrap_or(&[]));
            }
            None => all_slotted = false,
        }
    }
    if all_slotted && cls.dict().get_str(intern("__slots__")).is_some() {
        if allowed.iter().any(|a| crate::types::str::as_str(*a) == Some("__dict__")) {
            cls.slots.set(Value::NONE);
        } else {
            cls.slots.set(crate::types::tuple::new_tuple(&allowed));
        }
    }
    for (k, v) in ns.items() {
        crate::builtins::set_property_name(v, k);
        if let Some(m) = crate::attr::getattr_opt(Value::from_ptr(crate::types::class::class_of(v)), intern("__set_name__"))? {
            if crate::types::class::as_class(v).is_none() && !v.is_small_int() && !v.is_float() {
                call(m, &[v, cv, k], &[])?;
            }
        }
    }
    // the nearest base's __init_subclass__, as an implicit classmethod
    let mro = cls.mro();
    for c in &mro[1..] {
        if let Some(m) = crate::types::class::as_class(*c).and_then(|c| c.dict().get_str(intern("__init_subclass__"))) {
            let f = crate::builtins::unwrap_classmethod(m);
            let pairs: Vec<(Value, Value)> = kw.items().iter().copied().collect();
            call_with_receiver(f, cv, &[], &pairs)?;
            break;
        }
    }
    Ok(())
}

