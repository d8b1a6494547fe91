//! Functions, builtin functions, bound methods, closure cells and modules.

use crate::object::{alloc_obj, downcast};
use crate::types::class::NativeFn;
use crate::types::dict::{new_dict_obj, DictObj};
use crate::types::str::{intern, str_obj};
use crate::{classes, PyResult};
use morel_heap::Value;
use std::cell::Cell;
use std::sync::OnceLock;

/// A Python function. `code` is the node crate's compiled code unit, opaque here.
#[repr(C)]
pub struct FunctionObj {
    pub header: crate::object::ObjHeader,
    pub code: *const (),
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    pub module: Value,
    /// Tuple of default values for the trailing positional parameters, or NONE.
    pub defaults: Cell<Value>,
    /// Tuple of closure cells, or NONE.
    pub closure: Value,
    /// Function attributes (`f.x = 1`), a dict or NONE.
    pub attrs: Cell<Value>,
    /// The docstring, or NONE.
    pub doc: Cell<Value>,
    /// Defaults of keyword-only parameters (a dict), or NONE.
    pub kwdefaults: Cell<Value>,
    /// `__annotations__` (a dict), or NONE until read or set at `def`.
    pub annotations: Cell<Value>,
}

crate::py_vtable!(FunctionObj, "function", |o, t| {
    t.value(o.name.get());
    t.value(o.qualname.get());
    t.value(o.module);
    t.value(o.defaults.get());
    t.value(o.closure);
    t.value(o.attrs.get());
    t.value(o.doc.get());
    t.value(o.kwdefaults.get());
    t.value(o.annotations.get());
});

/// How the runtime calls a Python function: installed by the node interpreter.
pub type CallHook = fn(f: &'static FunctionObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult;
static CALL_HOOK: OnceLock<CallHook> = OnceLock::new();

pub fn install_call_hook(h: CallHook) {
    let _ = CALL_HOOK.set(h);
}

#[inline]
pub fn call_function(f: &'static FunctionObj, args: &[Value], kw: &[(Value, Value)]) -> PyResult {
    (CALL_HOOK.get().expect("interpreter not installed"))(f, args, kw)
}

pub fn new_function(code: *const (), name: Value, qualname: Value, module: Value, defaults: Value, closure: Value) -> Value {
    let f = alloc_obj::<FunctionObj>(classes().function, |header| FunctionObj {
        header,
        code,
        name: Cell::new(name),
        qualname: Cell::new(qualname),
        module,
        defaults: Cell::new(defaults),
        closure,
        attrs: Cell::new(Value::NONE),
        doc: Cell::new(Value::NONE),
        kwdefaults: Cell::new(Value::NONE),
        annotations: Cell::new(Value::NONE),
    });
    // Functions are shared from birth, and so is what they hold.
    crate::object::share(Value::from_ptr(f));
    Value::from_ptr(f)
}

#[inline]
pub fn as_function(v: Value) -> Option<&'static FunctionObj> {
    downcast::<FunctionObj>(v)
}

/// A function implemented in Rust.
#[repr(C)]
pub struct BuiltinFnObj {
    pub header: crate::object::ObjHeader,
    pub name: &'static str,
    pub f: NativeFn,
    /// For methods of builtin types: the class they belong to (for error messages).
    pub owner: Value,
}

crate::py_vtable!(BuiltinFnObj, "builtin_function_or_method", |o, t| t.value(o.owner));

pub fn new_builtin(name: &'static str, f: NativeFn, owner: Value) -> Value {
    Value::from_ptr(alloc_obj::<BuiltinFnObj>(classes().builtin_function, |header| BuiltinFnObj { header, name, f, owner }))
}

#[inline]
pub fn as_builtin(v: Value) -> Option<&'static BuiltinFnObj> {
    downcast::<BuiltinFnObj>(v)
}

/// `obj.method` bound to its receiver.
#[repr(C)]
pub struct BoundMethodObj {
    pub header: crate::object::ObjHeader,
    pub func: Value,
    pub receiver: Value,
}

crate::py_vtable!(BoundMethodObj, "method", |o, t| {
    t.value(o.func);
    t.value(o.receiver);
});

pub fn new_bound_method(func: Value, receiver: Value) -> Value {
    let cls = if as_builtin(func).is_some() { classes().builtin_function } else { classes().method };
    Value::from_ptr(alloc_obj::<BoundMethodObj>(cls, |header| BoundMethodObj { header, func, receiver }))
}

#[inline]
pub fn as_bound_method(v: Value) -> Option<&'static BoundMethodObj> {
    downcast::<BoundMethodObj>(v)
}

/// A closure cell: a variable shared between a function and the functions nested in it.
#[repr(C)]
pub struct CellObj {
    pub header: crate::object::ObjHeader,
    pub value: Cell<Value>,
}

crate::py_vtable!(CellObj, "cell", |o, t| t.value(o.value.get()));

pub fn new_cell(v: Value) -> &'static CellObj {
    alloc_obj::<CellObj>(classes().cell, |header| CellObj { header, value: Cell::new(v) })
}

#[inline]
pub fn as_cell(v: Value) -> Option<&'static CellObj> {
    downcast::<CellObj>(v)
}

/// A module. Its globals map each name to a `CellObj`, so code resolves a
/// global to its cell once (at lowering) and then reads the cell directly:
/// no hashing per access. An unbound cell holds `UNBOUND`.
#[repr(C)]
pub struct ModuleObj {
    pub header: crate::object::ObjHeader,
    pub name: Value,
    pub cells: &'static DictObj,
    /// The file the module was loaded from (str) or NONE.
    pub file: Value,
    /// The dict `globals()` returns for this module (made on first use).
    globals: std::sync::atomic::AtomicPtr<DictObj>,
}

crate::py_vtable!(ModuleObj, "module", |o, t| {
    t.value(o.name);
    t.ptr(o.cells as *const DictObj as *const morel_heap::GcHeader);
    t.value(o.file);
    let g = o.globals.load(std::sync::atomic::Ordering::Relaxed);
    if !g.is_null() {
        t.ptr(g as *const morel_heap::GcHeader);
    }
});

pub fn new_module(name: &str, file: Value) -> &'static ModuleObj {
    let cells = new_dict_obj();
    let name = intern(name);
    let m = alloc_obj::<ModuleObj>(classes().module, |header| ModuleObj {
        header,
        name,
        cells,
        file,
        globals: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
    });
    crate::object::share(Value::from_ptr(m));
    m
}

#[inline]
pub fn as_module(v: Value) -> Option<&'static ModuleObj> {
    downcast::<ModuleObj>(v)
}

impl ModuleObj {
    /// The cell for global `name`, created unbound if new.
    pub fn cell(&self, name: Value) -> &'static CellObj {
        if let Some(c) = self.cells.get_str(name) {
            return as_cell(c).unwrap();
        }
        let c = new_cell(Value::UNBOUND);
        self.cells.set(name, Value::from_ptr(c)).expect("str keys hash");
        c
    }
    pub fn get(&self, name: Value) -> Option<Value> {
        self.cells.get_str(name).and_then(as_cell).map(|c| c.value.get()).filter(|v| !v.is_unbound())
    }
    pub fn set(&self, name: &str, v: Value) {
        crate::object::share(v);
        self.cell(intern(name)).value.set(v);
    }
    /// `globals()`: one dict per module, refreshed from the module's
    /// globals at every call; writes and deletions through it reach the
    /// module's globals at once (the dict is linked to the module).
    pub fn globals_dict(&'static self) -> PyResult<&'static DictObj> {
        use std::sync::atomic::Ordering;
        let mut d = self.globals.load(Ordering::Acquire);
        if d.is_null() {
            let nd = crate::types::dict::new_dict_obj();
            crate::object::share(Value::from_ptr(nd));
            nd.link_module(self);
            // Another thread may have made one meanwhile: keep the first.
            d = match self.globals.compare_exchange(std::ptr::null_mut(), nd as *const _ as *mut _, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => nd as *const _ as *mut _,
                Err(existing) => existing,
            };
        }
        // SAFETY: a published globals dict is live (traced by this module).
        let d: &'static DictObj = unsafe { &*d };
        let cells = self.cells.items();
        for &(k, c) in cells.iter() {
            let v = as_cell(c).map(|c| c.value.get()).unwrap_or(Value::UNBOUND);
            if v.is_unbound() {
                d.remove_raw(k)?;
            } else if d.get_raw(k)? != Some(v) {
                d.set_raw(k, v)?;
            }
        }
        Ok(d)
    }
    /// A write through the `globals()` dict.
    pub fn store_global(&self, key: Value, v: Value) {
        if str_obj(key).is_some() {
            crate::object::share(v);
            self.cell(intern(str_obj(key).unwrap().as_str())).value.set(v);
        }
    }
    /// A read through the `globals()` dict: Some(value or None when
    /// unbound) for a str key, None for keys that are not names.
    pub fn read_global(&self, key: Value) -> Option<Option<Value>> {
        let s = str_obj(key)?;
        let c = self.cells.get_str(intern(s.as_str())).and_then(as_cell)?;
        let v = c.value.get();
        Some(if v.is_unbound() { None } else { Some(v) })
    }
    /// A deletion through the `globals()` dict.
    pub fn unbind_global(&self, key: Value) {
        if let Some(s) = str_obj(key) {
            if let Some(c) = self.cells.get_str(intern(s.as_str())).and_then(as_cell) {
                c.value.set(Value::UNBOUND);
            }
        }
    }
    pub fn name(&self) -> &'static str {
        str_obj(self.name).map(|s| s.as_str()).unwrap_or("?")
    }
}
