//! Generic attribute access: `obj.name`, `obj.name = v`, `del obj.name`.

use crate::call::call;
use crate::types::class::{as_class, as_instance, class_of, type_name, Layout};
use crate::types::exception::{ensure_exc_state, exc_state};
use crate::types::function::{as_builtin, as_function, as_module, new_bound_method};
use crate::types::str::{as_str, intern, new_str, str_obj};
use crate::types::tuple::new_tuple;
use crate::{raise, PyResult};
use morel_heap::Value;

/// Binds a class attribute found for an instance access: functions become
/// bound methods; other values are returned as they are.
#[inline]
pub fn bind(found: Value, receiver: Value) -> PyResult {
    if as_function(found).is_some() || as_builtin(found).is_some() {
        return Ok(new_bound_method(found, receiver));
    }
    crate::builtins::bind_descriptor(found, receiver)
}

/// `obj.name`.
pub fn getattr(obj: Value, name: Value) -> PyResult {
    match getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => Err(attribute_error(obj, name)),
    }
}

#[cold]
pub fn attribute_error(obj: Value, name: Value) -> crate::Exc {
    let n = as_str(name).unwrap_or("?");
    if let Some(c) = as_class(obj) {
        return crate::exc!(attribute_error, "type object '{}' has no attribute '{}'", c.name(), n);
    }
    if let Some(m) = as_module(obj) {
        return crate::exc!(attribute_error, "module '{}' has no attribute '{}'", m.name(), n);
    }
    crate::exc!(attribute_error, "'{}' object has no attribute '{}'", type_name(obj), n)
}

/// `object`'s own method `name` as seen from `cls` (`__hash__` is None in
/// a class that defines `__eq__` without it).
fn object_fallback_for(cls: &crate::types::class::ClassObj, name: &str) -> Option<Value> {
    if name == "__hash__" && cls.lookup_str("__eq__").is_some() {
        return Some(Value::NONE);
    }
    crate::builtins::object_fallback(name)
}

/// `obj.name`, or None when the attribute does not exist.
/// The slot of `obj`'s own attribute `name` when `getattr(obj, name)`
/// returns that slot's value (no `__getattribute__`, no data descriptor of
/// the class in front of it): what an inline cache may remember.
pub fn instance_slot_of(obj: Value, name: Value) -> Option<usize> {
    let inst = as_instance(obj)?;
    let nm = str_obj(name)?;
    let cls = inst.class();
    if cls.custom_getattribute.get() {
        return None;
    }
    let i = inst.shape().lookup(nm)?;
    if !cls.reads_instance_first() && cls.lookup(name).map(crate::builtins::is_data_descriptor).unwrap_or(false) {
        return None;
    }
    Some(i)
}

pub fn getattr_opt(obj: Value, name: Value) -> PyResult<Option<Value>> {
    let Some(nm) = str_obj(name) else {
        return raise!(type_error, "attribute name must be string, not '{}'", type_name(name));
    };
    if let Some(inst) = as_instance(obj) {
        let cls = inst.class();
        if cls.custom_getattribute.get() {
            return custom_getattribute(obj, name);
        }
        // Fast path: no data descriptors anywhere in the MRO, so the
        // instance's own attribute wins without a class lookup.
        if cls.reads_instance_first() {
            if let Some(v) = inst.get_attr(nm) {
                return Ok(Some(v));
            }
        }
        let found = cls.lookup(name);
        if let Some(f) = found {
            if crate::builtins::is_data_descriptor(f) {
                return crate::builtins::bind_descriptor(f, obj).map(Some);
            }
        }
        if let Some(v) = inst.get_attr(nm) {
            return Ok(Some(v));
        }
        if let Some(f) = found {
            return bind(f, obj).map(Some);
        }
        if let Some(v) = special_attr(obj, nm.as_str())? {
            return Ok(Some(v));
        }
        if let Some(f) = object_fallback_for(cls, nm.as_str()) {
            return bind(f, obj).map(Some);
        }
        if let Some(ga) = cls.lookup_str("__getattr__") {
            return match call(ga, &[obj, name], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if crate::ops::is_instance_of(e.0, crate::classes().attribute_error) => Ok(None),
                Err(e) => Err(e),
            };
        }
        return Ok(None);
    }
    if let Some(cls) = as_class(obj) {
        if let Some(v) = cls.lookup(name) {
            return crate::builtins::class_get(v, obj).map(Some);
        }
        // attributes of the metaclass (`type` methods, user metaclass methods)
        let meta = class_of(obj);
        if !std::ptr::eq(meta, crate::classes().type_) {
            if let Some(v) = meta.lookup(name) {
                return bind(v, obj).map(Some);
            }
        }
        if let Some(v) = special_attr(obj, nm.as_str())? {
            return Ok(Some(v));
        }
        if cls.layout.get() != Layout::Builtin || std::ptr::eq(cls, crate::classes().object) {
            if let Some(f) = object_fallback_for(cls, nm.as_str()) {
                return Ok(Some(f));
            }
        }
        return Ok(None);
    }
    if let Some(s) = crate::builtins::as_super(obj) {
        if let Some(v) = crate::builtins::super_getattr(s, name)? {
            return Ok(Some(v));
        }
        if let Some(v) = special_attr(obj, nm.as_str())? {
            return Ok(Some(v));
        }
        if as_instance(s.obj).is_some() {
            if let Some(f) = crate::builtins::object_fallback(nm.as_str()) {
                return bind(f, s.obj).map(Some);
            }
        }
        return Ok(None);
    }
    if let Some(m) = as_module(obj) {
        if let Some(v) = m.get(name) {
            return Ok(Some(v));
        }
        return special_attr(obj, nm.as_str());
    }
    if let Some(f) = crate::types::function::as_function(obj) {
        if let Some(d) = crate::types::dict::dict_obj(f.attrs.get()) {
            if let Some(v) = d.get_str(name) {
                return Ok(Some(v));
            }
        }
    }
    if let Some(f) = class_of(obj).lookup(name) {
        return bind(f, obj).map(Some);
    }
    // a builtin iterator's `__next__`/`__iter__` as methods
    if matches!(nm.as_str(), "__next__" | "__iter__") && obj.is_ptr() && crate::ops::iter(obj).ok() == Some(obj) {
        let f: crate::types::class::NativeFn = if nm.as_str() == "__next__" {
            crate::builtins::iterator_next_method
        } else {
            |a, _k| Ok(a[0])
        };
        let name = if nm.as_str() == "__next__" { "__next__" } else { "__iter__" };
        let m = crate::types::function::new_builtin(name, f, Value::from_ptr(class_of(obj)));
        return bind(m, obj).map(Some);
    }
    special_attr(obj, nm.as_str())
}

/// `obj.name` through a Python `__getattribute__`, then `__getattr__`.
#[cold]
fn custom_getattribute(obj: Value, name: Value) -> PyResult<Option<Value>> {
    let cls = class_of(obj);
    let ga = cls.lookup_str("__getattribute__").unwrap();
    match call(ga, &[obj, name], &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if crate::ops::is_instance_of(e.0, crate::classes().attribute_error) => {
            if let Some(g) = cls.lookup_str("__getattr__") {
                return call(g, &[obj, name], &[]).map(Some);
            }
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// `object.__getattribute__(obj, name)`: the default lookup.
pub fn object_getattribute(obj: Value, name: Value) -> PyResult {
    let Some(inst) = as_instance(obj) else { return getattr(obj, name) };
    let nm = str_obj(name).ok_or_else(|| crate::exc!(type_error, "attribute name must be string"))?;
    let cls = inst.class();
    let found = cls.lookup(name);
    if let Some(f) = found {
        if crate::builtins::is_data_descriptor(f) {
            return crate::builtins::bind_descriptor(f, obj);
        }
    }
    if let Some(v) = inst.get_attr(nm) {
        return Ok(v);
    }
    if let Some(f) = found {
        return bind(f, obj);
    }
    if let Some(v) = special_attr(obj, nm.as_str())? {
        return Ok(v);
    }
    Err(attribute_error(obj, name))
}

/// Attributes every object has without a namespace entry.
fn special_attr(obj: Value, name: &str) -> PyResult<Option<Value>> {
    if let Some(w) = crate::object::downcast::<crate::builtins::WrapperObj>(obj) {
        // classmethod/staticmethod.__func__, property.fget/fset/fdel
        use crate::builtins::WrapperKind;
        if w.kind == WrapperKind::Property && name == "__doc__" {
            // the getter's docstring
            if w.f.is_none() {
                return Ok(Some(Value::NONE));
            }
            return Ok(Some(getattr_opt(w.f, intern("__doc__"))?.unwrap_or(Value::NONE)));
        }
        return Ok(match (w.kind, name) {
            (WrapperKind::ClassMethod | WrapperKind::StaticMethod, "__func__" | "__wrapped__") => Some(w.f),
            (WrapperKind::Property, "fget") => Some(w.f),
            (WrapperKind::Property, "fset") => Some(w.fset.get()),
            (WrapperKind::Property, "fdel") => Some(w.fdel.get()),
            (_, "__class__") => Some(Value::from_ptr(class_of(obj))),
            _ => None,
        });
    }
    if obj.is_ptr() && !is_common_kind(obj) {
        if let Some(v) = crate::types::file::file_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(v) = crate::types::generic::attr(obj, name)? {
            return Ok(Some(v));
        }
        // a bound method reads the other attributes from its function
        if let Some(m) = crate::types::function::as_bound_method(obj) {
            if !matches!(name, "__self__" | "__func__" | "__class__") {
                return getattr_opt(m.func, intern(name));
            }
        }
    }
    Ok(Some(match name {
        "__class__" => Value::from_ptr(class_of(obj)),
        "__name__" => {
            if let Some(c) = as_class(obj) {
                c.name.get()
            } else if let Some(f) = as_function(obj) {
                f.name.get()
            } else if let Some(m) = as_module(obj) {
                m.name
            } else if let Some(b) = as_builtin(obj) {
                new_str(b.name)
            } else {
                return Ok(None);
            }
        }
        "__qualname__" => {
            if let Some(c) = as_class(obj) {
                let q = c.qualname.get();
                if q.is_none() {
                    c.name.get()
                } else {
                    q
                }
            } else if let Some(f) = as_function(obj) {
                f.qualname.get()
            } else {
                return Ok(None);
            }
        }
        "__module__" => {
            if let Some(c) = as_class(obj) {
                c.module.get()
            } else if let Some(f) = as_function(obj) {
                as_module(f.module).map(|m| m.name).unwrap_or(Value::NONE)
            } else {
                return Ok(None);
            }
        }
        "__mro__" => match as_class(obj) {
            Some(c) => c.mro.get(),
            None => return Ok(None),
        },
        "__bases__" => match as_class(obj) {
            Some(c) => c.bases.get(),
            None => return Ok(None),
        },
        "__base__" => match as_class(obj) {
            Some(c) => c.bases.get().is_ptr().then(|| crate::types::tuple::tuple_items(c.bases.get()).and_then(|t| t.first().copied())).flatten().unwrap_or(Value::NONE),
            None => return Ok(None),
        },
        "__dict__" => {
            if let Some(inst) = as_instance(obj) {
                // a bare object() has no __dict__
                if std::ptr::eq(inst.class(), crate::classes().object) {
                    return Ok(None);
                }
                let d = crate::ops::dict_from_pairs(&inst.attrs())?;
                crate::types::dict::dict_obj(d).unwrap().link_instance(inst);
                d
            } else if let Some(c) = as_class(obj) {
                crate::methods::dict_copy(crate::types::dict::dict_obj(c.dict.get()).unwrap())
            } else if let Some(f) = as_function(obj) {
                if crate::types::dict::dict_obj(f.attrs.get()).is_none() {
                    f.attrs.set(crate::types::dict::new_dict());
                }
                f.attrs.get()
            } else if let Some(m) = as_module(obj) {
                let d = crate::types::dict::new_dict_obj();
                for (k, c) in m.cells.items() {
                    let v = crate::types::function::as_cell(c).unwrap().value.get();
                    if !v.is_unbound() {
                        d.set(k, v)?;
                    }
                }
                Value::from_ptr(d)
            } else {
                return Ok(None);
            }
        }
        "__doc__" => {
            if let Some(f) = as_function(obj) {
                f.doc.get()
            } else if let Some(c) = as_class(obj) {
                c.lookup(intern("__doc__")).unwrap_or(Value::NONE)
            } else {
                Value::NONE
            }
        }
        "real" | "imag" if crate::types::complex::as_complex(obj).is_some() => {
            let c = crate::types::complex::as_complex(obj).unwrap();
            Value::float(if name == "real" { c.re } else { c.im })
        }
        "real" | "imag" | "numerator" | "denominator"
            if obj.is_float() || crate::types::int::is_intlike(obj) =>
        {
            let as_int = if obj.is_bool() { Value::small_int((obj == Value::TRUE) as i64) } else { obj };
            match (name, obj.is_float()) {
                ("real", _) => as_int,
                ("imag", true) => Value::float(0.0),
                ("imag", false) => Value::small_int(0),
                ("numerator", false) => as_int,
                ("denominator", false) => Value::small_int(1),
                _ => return Ok(None),
            }
        }
        "start" | "stop" | "step" if crate::types::iter::as_range(obj).is_some() => {
            let r = crate::types::iter::as_range(obj).unwrap();
            Value::small_int(match name {
                "start" => r.start,
                "stop" => r.stop,
                _ => r.step,
            })
        }
        "start" | "stop" | "step" if crate::methods::as_slice(obj).is_some() => {
            let sl = crate::methods::as_slice(obj).unwrap();
            match name {
                "start" => sl.start,
                "stop" => sl.stop,
                _ => sl.step,
            }
        }
        "value" if crate::ops::is_instance_of(obj, crate::classes().stop_iteration) => {
            crate::types::exception::exc_args(obj).first().copied().unwrap_or(Value::NONE)
        }
        "args" | "__cause__" | "__context__" | "__traceback__" | "__suppress_context__" => {
            let Some(st) = exc_state(obj) else { return Ok(None) };
            match name {
                "args" => st.args.get(),
                "__cause__" => st.cause.get(),
                "__context__" => st.context.get(),
                "__suppress_context__" => Value::bool(st.suppress_context.get()),
                // None until raised; then the recorded frames, the same
                // value as sys.exc_info()[2] (there is no traceback type).
                _ => st.traceback.get(),
            }
        }
        "__self__" => match crate::types::function::as_bound_method(obj) {
            Some(m) => m.receiver,
            None => return Ok(None),
        },
        "__func__" => match crate::types::function::as_bound_method(obj) {
            Some(m) => m.func,
            None => return Ok(None),
        },
        "__defaults__" => match as_function(obj) {
            Some(f) => f.defaults.get(),
            None => return Ok(None),
        },
        "__annotations__" => match as_function(obj) {
            Some(f) => {
                if f.annotations.get().is_none() {
                    let d = crate::types::dict::new_dict();
                    crate::object::share(d);
                    f.annotations.set(d);
                }
                f.annotations.get()
            }
            None => return Ok(None),
        },
        "__kwdefaults__" => match as_function(obj) {
            Some(f) => f.kwdefaults.get(),
            None => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// Instances, classes, functions and modules: none of them is a file or an alias.
#[inline]
fn is_common_kind(obj: Value) -> bool {
    as_instance(obj).is_some() || as_class(obj).is_some() || as_function(obj).is_some() || as_module(obj).is_some()
}

/// `obj.name = v`: a class's own `__setattr__` first, else the generic store.
pub fn setattr(obj: Value, name: Value, v: Value) -> PyResult<()> {
    if let Some(inst) = as_instance(obj) {
        let cls = inst.class();
        if may_override_setattr(cls) {
            if let Some(sa) = cls.lookup_str("__setattr__") {
                if !crate::builtins::is_object_setattr(sa) {
                    call(sa, &[obj, name, v], &[])?;
                    return Ok(());
                }
            }
        }
    } else if let Some(sa) = crate::ops::meta_override(obj, "__setattr__") {
        call(sa, &[obj, name, v], &[])?;
        return Ok(());
    }
    generic_setattr(obj, name, v)
}

/// `obj.name = v` at a site with a store cache.
///
/// Specialization: an instance whose class and shape the cache knows gets
/// the value written into the recorded slot, or appended with the recorded
/// shape transition (guard: class, shape and class epoch, re-checked under
/// the instance's lock when it is shared). Fallback: `setattr`, then the
/// cache records what the store did when it was a plain instance store.
#[inline]
pub fn setattr_cached(cache: &crate::attr_cache::AttrCache, obj: Value, name: Value, v: Value) -> PyResult<()> {
    use crate::attr_cache::Found;
    if let Some(inst) = as_instance(obj) {
        let shape = inst.shape();
        let done = match cache.lookup_keyed(inst.class(), shape) {
            Some(Found::Store(i)) => inst.store_cached(shape, None, i, v),
            Some(Found::Append(next, i)) => inst.store_cached(shape, Some(next), i, v),
            _ => false,
        };
        if done {
            return Ok(());
        }
        return setattr_and_fill(cache, inst, obj, name, v);
    }
    setattr(obj, name, v)
}

#[cold]
#[inline(never)]
fn setattr_and_fill(
    cache: &crate::attr_cache::AttrCache,
    inst: &'static crate::types::class::InstanceObj,
    obj: Value,
    name: Value,
    v: Value,
) -> PyResult<()> {
    use crate::attr_cache::Found;
    let epoch = crate::attr_cache::epoch();
    let cls = inst.class();
    let (Some(nm), false) = (str_obj(name), may_override_setattr(cls)) else {
        return setattr(obj, name, v);
    };
    let before = inst.shape();
    // Only a store that went straight into the instance's slots is cacheable.
    if !instance_setattr(inst, obj, name, nm, v)? || !std::ptr::eq(inst.class(), cls) {
        return Ok(());
    }
    let after = inst.shape();
    let found = if std::ptr::eq(before, after) {
        match before.lookup(nm) {
            Some(i) => Found::Store(i),
            None => return Ok(()),
        }
    } else if after.parent.is_some_and(|p| std::ptr::eq(p, before)) && after.lookup(nm) == Some(after.len - 1) {
        Found::Append(after, after.len - 1)
    } else {
        return Ok(());
    };
    cache.fill_keyed(cls, before, epoch, found);
    Ok(())
}

/// Whether instances of `cls` may have a `__setattr__` other than
/// `object`'s (which `setattr` must then look up).
fn may_override_setattr(cls: &crate::types::class::ClassObj) -> bool {
    cls.custom_setattr.get() || crate::types::class::LATE_CLASS_CHANGE.load(std::sync::atomic::Ordering::Relaxed)
}

/// `object.__setattr__(obj, name, v)`: descriptors, `__slots__`, then the instance.
pub fn generic_setattr(obj: Value, name: Value, v: Value) -> PyResult<()> {
    let Some(nm) = str_obj(name) else {
        return raise!(type_error, "attribute name must be string, not '{}'", type_name(name));
    };
    if let Some(inst) = as_instance(obj) {
        return instance_setattr(inst, obj, name, nm, v).map(|_| ());
    }
    generic_setattr_other(obj, name, nm, v)
}

/// `object.__setattr__` on an instance. Ok(true) when the value went
/// straight into the instance's slots (what a store cache may repeat).
fn instance_setattr(
    inst: &'static crate::types::class::InstanceObj,
    obj: Value,
    name: Value,
    nm: &crate::types::str::StrObj,
    v: Value,
) -> PyResult<bool> {
    let cls = inst.class();
    if !cls.reads_instance_first() {
        if let Some(f) = cls.lookup(name) {
            if crate::builtins::is_data_descriptor(f) {
                return crate::builtins::descriptor_set(f, obj, v).map(|_| false);
            }
        }
    }
    if nm.as_str() == "__class__" {
        return match as_class(v) {
            Some(c) if c.layout.get() != Layout::Builtin || c.lookup_str("__init__").is_some() => {
                inst.header.class.set(c);
                Ok(false)
            }
            _ => raise!(type_error, "__class__ must be set to a class, not '{}' object", type_name(v)),
        };
    }
    if std::ptr::eq(cls, crate::classes().object) {
        return raise!(attribute_error, "'object' object has no attribute '{}'", nm.as_str());
    }
    if let Some(allowed) = crate::types::tuple::tuple_items(cls.slots.get()) {
        if !allowed.iter().any(|a| crate::types::str::as_str(*a) == Some(nm.as_str())) {
            return raise!(attribute_error, "'{}' object has no attribute '{}'", cls.name(), nm.as_str());
        }
    }
    if cls.layout.get() == Layout::Exception {
        match nm.as_str() {
            "args" => {
                let st = ensure_exc_state(inst);
                let t = crate::builtins::tuple_of(v)?;
                st.args.set(t);
                return Ok(false);
            }
            "__cause__" => {
                let st = ensure_exc_state(inst);
                st.cause.set(v);
                st.suppress_context.set(true);
                return Ok(false);
            }
            "__context__" => {
                ensure_exc_state(inst).context.set(v);
                return Ok(false);
            }
            _ => {}
        }
    }
    inst.set_attr(nm, v);
    Ok(true)
}

/// `object.__setattr__` on anything but an instance.
fn generic_setattr_other(obj: Value, name: Value, nm: &crate::types::str::StrObj, v: Value) -> PyResult<()> {
    if let Some(cls) = as_class(obj) {
        if cls.layout.get() == Layout::Builtin && cls.module.get() == intern("builtins") {
            return raise!(
                type_error,
                "cannot set '{}' attribute of immutable type '{}'",
                nm.as_str(),
                cls.name()
            );
        }
        if nm.as_str() == "__module__" {
            cls.module.set(v);
        }
        if nm.as_str() == "__qualname__" {
            if str_obj(v).is_none() {
                return raise!(type_error, "can only assign string to {}.__qualname__, not '{}'", cls.name(), type_name(v));
            }
            cls.qualname.set(v);
            return Ok(());
        }
        return cls.set_attr(intern(nm.as_str()), v);
    }
    if let Some(m) = as_module(obj) {
        m.cell(intern(nm.as_str())).value.set(v);
        return Ok(());
    }
    if let Some(f) = as_function(obj) {
        match nm.as_str() {
            "__name__" => f.name.set(v),
            "__doc__" => f.doc.set(v),
            "__kwdefaults__" => f.kwdefaults.set(v),
            "__qualname__" => f.qualname.set(v),
            "__defaults__" => f.defaults.set(v),
            _ => {
                if crate::types::dict::dict_obj(f.attrs.get()).is_none() {
                    f.attrs.set(crate::types::dict::new_dict());
                }
                crate::types::dict::dict_obj(f.attrs.get()).unwrap().set(name, v)?;
            }
        }
        return Ok(());
    }
    if class_of(obj).lookup(name).is_some() {
        return raise!(
            attribute_error,
            "'{}' object attribute '{}' is read-only",
            type_name(obj),
            nm.as_str()
        );
    }
    raise!(attribute_error, "'{}' object has no attribute '{}'", type_name(obj), nm.as_str())
}

/// `del obj.name`: a class's own `__delattr__` first, else the generic delete.
pub fn delattr(obj: Value, name: Value) -> PyResult<()> {
    let user = if let Some(inst) = as_instance(obj) {
        inst.class().lookup_str("__delattr__").filter(|m| !crate::builtins::is_object_delattr(*m) && as_builtin(*m).is_none())
    } else {
        crate::ops::meta_override(obj, "__delattr__")
    };
    if let Some(m) = user {
        call(m, &[obj, name], &[])?;
        return Ok(());
    }
    generic_delattr(obj, name)
}

/// `object.__delattr__(obj, name)`: data descriptors, then the instance,
/// class or module namespace.
pub fn generic_delattr(obj: Value, name: Value) -> PyResult<()> {
    let Some(nm) = str_obj(name) else {
        return raise!(type_error, "attribute name must be string, not '{}'", type_name(name));
    };
    if let Some(inst) = as_instance(obj) {
        if let Some(f) = inst.class().lookup(name) {
            if crate::builtins::is_data_descriptor(f) {
                return crate::builtins::descriptor_delete(f, obj);
            }
        }
        if inst.del_attr(nm) {
            return Ok(());
        }
        return Err(attribute_error(obj, name));
    }
    if let Some(cls) = as_class(obj) {
        let d = cls.dict();
        if d.remove(name)?.is_none() {
            return Err(attribute_error(obj, name));
        }
        cls.bump_version();
        return Ok(());
    }
    if let Some(m) = as_module(obj) {
        let c = m.cell(intern(nm.as_str()));
        if c.value.get().is_unbound() {
            return Err(attribute_error(obj, name));
        }
        c.value.set(Value::UNBOUND);
        return Ok(());
    }
    Err(attribute_error(obj, name))
}

/// Exception-safe tuple construction helper used by attribute setters.
pub fn pair(a: Value, b: Value) -> Value {
    new_tuple(&[a, b])
}
