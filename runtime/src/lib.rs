//! Morel's runtime: Python objects and their classes, the builtin types and
//! functions, and the generic (slow-path) semantics of every operation.
//!
//! The runtime never names a node: where it must run Python code it calls
//! through the hook the interpreter installs (`types::function::install_call_hook`).

pub mod error;
pub mod format;
pub mod object;
pub mod thread;
pub mod types {
    pub mod class;
    pub mod bytes;
    pub mod complex;
    pub mod deque;
    pub mod dict;
    pub mod exception;
    pub mod file;
    pub mod generic;
    pub mod function;
    pub mod int;
    pub mod iter;
    pub mod list;
    pub mod lock;
    pub mod set;
    pub mod str;
    pub mod tuple;
}
pub mod attr;
pub mod attr_cache;
pub mod builtins;
pub mod call;
pub mod cmath;
pub mod itertools;
pub mod json;
pub mod methods;
pub mod modules;
pub mod ops;
pub mod output;
pub mod heapq;
pub mod random;
pub mod re;

pub use error::{Exc, PyResult};
pub use morel_heap::Value;

use parking_lot::Mutex;
use std::sync::OnceLock;
use types::class::{ClassObj, Layout};
use types::function::ModuleObj;

/// Pointers to the builtin classes. Classes are immortal and shared from birth.
pub struct Classes {
    pub object: *const ClassObj,
    pub type_: *const ClassObj,
    pub int: *const ClassObj,
    pub bool: *const ClassObj,
    pub float: *const ClassObj,
    pub str: *const ClassObj,
    pub list: *const ClassObj,
    pub tuple: *const ClassObj,
    pub dict: *const ClassObj,
    pub none_type: *const ClassObj,
    pub function: *const ClassObj,
    pub builtin_function: *const ClassObj,
    pub method: *const ClassObj,
    pub module: *const ClassObj,
    pub cell: *const ClassObj,
    pub range: *const ClassObj,
    pub list_iterator: *const ClassObj,
    pub tuple_iterator: *const ClassObj,
    pub str_iterator: *const ClassObj,
    pub dict_keyiterator: *const ClassObj,
    pub dict_valueiterator: *const ClassObj,
    pub dict_itemiterator: *const ClassObj,
    pub reversed: *const ClassObj,
    pub range_iterator: *const ClassObj,
    pub enumerate: *const ClassObj,
    pub zip: *const ClassObj,
    pub dict_keys: *const ClassObj,
    pub dict_values: *const ClassObj,
    pub dict_items: *const ClassObj,
    pub set_iterator: *const ClassObj,
    /// Every builtin exception class by name.
    pub exceptions: Vec<(&'static str, *const ClassObj)>,
    pub base_exception: *const ClassObj,
    pub exception: *const ClassObj,
    pub system_exit: *const ClassObj,
    pub stop_iteration: *const ClassObj,
    pub type_error: *const ClassObj,
    pub value_error: *const ClassObj,
    pub index_error: *const ClassObj,
    pub key_error: *const ClassObj,
    pub attribute_error: *const ClassObj,
    pub name_error: *const ClassObj,
    pub unbound_local_error: *const ClassObj,
    pub zero_division_error: *const ClassObj,
    pub overflow_error: *const ClassObj,
    pub runtime_error: *const ClassObj,
    pub recursion_error: *const ClassObj,
    pub not_implemented_error: *const ClassObj,
    pub import_error: *const ClassObj,
    pub module_not_found_error: *const ClassObj,
    pub assertion_error: *const ClassObj,
    pub os_error: *const ClassObj,
    pub file_not_found_error: *const ClassObj,
    pub keyboard_interrupt: *const ClassObj,
    pub memory_error: *const ClassObj,
    pub syntax_error: *const ClassObj,
    pub eof_error: *const ClassObj,
    pub lookup_error: *const ClassObj,
}

// SAFETY: the classes are immortal heap objects rooted by `trace_globals`;
// their mutable parts use atomics or are mutated only through their lock.
unsafe impl Sync for Classes {}
unsafe impl Send for Classes {}

pub(crate) static CLASSES: OnceLock<Classes> = OnceLock::new();

/// The builtin classes.
#[inline(always)]
pub fn classes() -> &'static Classes {
    CLASSES.get().expect("runtime not initialised")
}

impl Classes {
    pub fn all(&self) -> Vec<*const ClassObj> {
        let mut v = vec![
            self.object, self.type_, self.int, self.bool, self.float, self.str, self.list, self.tuple, self.dict,
            self.none_type, self.function, self.builtin_function, self.method, self.module, self.cell, self.range,
            self.list_iterator, self.tuple_iterator, self.str_iterator, self.dict_keyiterator,
            self.dict_valueiterator, self.dict_itemiterator, self.reversed, self.range_iterator, self.enumerate,
            self.zip, self.dict_keys, self.dict_values, self.dict_items, self.set_iterator,
        ];
        v.extend(self.exceptions.iter().map(|(_, c)| *c));
        v
    }
    pub fn exception_named(&self, name: &str) -> Option<*const ClassObj> {
        self.exceptions.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }
}

/// Process-wide runtime values.
pub struct RuntimeGlobals {
    pub empty_tuple: OnceLock<Value>,
    pub builtins: OnceLock<Value>,
    /// Loaded modules by name: the `sys.modules` dict.
    pub modules: OnceLock<Value>,
    /// Extra roots held by the runtime (sys.argv and the like).
    pub roots: Mutex<Vec<Value>>,
}

static GLOBALS: OnceLock<RuntimeGlobals> = OnceLock::new();

pub fn runtime_globals() -> &'static RuntimeGlobals {
    GLOBALS.get_or_init(|| RuntimeGlobals {
        empty_tuple: OnceLock::new(),
        builtins: OnceLock::new(),
        modules: OnceLock::new(),
        roots: Mutex::new(Vec::new()),
    })
}

/// The `builtins` module.
pub fn builtins_module() -> &'static ModuleObj {
    types::function::as_module(*runtime_globals().builtins.get().expect("runtime not initialised")).unwrap()
}

/// Keeps `v` alive for the rest of the process.
pub fn add_root(v: Value) {
    runtime_globals().roots.lock().push(v);
}

fn trace_globals(t: &mut morel_heap::Tracer) {
    if let Some(c) = CLASSES.get() {
        for p in c.all() {
            t.ptr(p as *const morel_heap::GcHeader);
        }
    }
    types::str::trace_interned(t);
    let g = runtime_globals();
    if let Some(v) = g.empty_tuple.get() {
        t.value(*v);
    }
    if let Some(b) = g.builtins.get() {
        t.value(*b);
    }
    if let Some(v) = g.modules.get() {
        t.value(*v);
    }
    for v in g.roots.lock().iter() {
        t.value(*v);
    }
}

static INIT: std::sync::Once = std::sync::Once::new();

/// Initialises the runtime: classes, interned strings, builtins. Idempotent.
pub fn init() {
    INIT.call_once(|| {
        morel_heap::attach_thread();
        morel_heap::add_global_root_scanner(trace_globals);
        // The class registry must exist before the first str is made; build the
        // classes with placeholder names, then name them once strings work.
        init_classes();
        types::str::init_interned();
        let _ = runtime_globals().empty_tuple.set(types::tuple::new_tuple(&[]));
        name_classes();
        methods::install_slice_class();
        builtins::install();
        methods::install();
        modules::install();
    });
}

/// Names given to the builtin classes, in `Classes` field order (see `name_classes`).
fn init_classes() {
    let mk = |layout| new_class_unnamed(layout);
    let object = mk(Layout::Builtin);
    let type_ = new_class_sub(object, Layout::Builtin);
    let sub = |base: *const ClassObj, layout| new_class_sub(base, layout);
    let mut exceptions: Vec<(&'static str, *const ClassObj)> = Vec::new();
    // parents first, whatever the table's order
    while exceptions.len() < types::exception::HIERARCHY.len() {
        for (name, parent) in types::exception::HIERARCHY {
            if exceptions.iter().any(|(n, _)| n == name) {
                continue;
            }
            let base = if parent.is_empty() {
                Some(object)
            } else {
                exceptions.iter().find(|(n, _)| n == parent).map(|e| e.1)
            };
            if let Some(base) = base {
                exceptions.push((name, sub(base, Layout::Exception)));
            }
        }
    }
    let ex = |n: &str| exceptions.iter().find(|(m, _)| *m == n).unwrap().1;
    let int = sub(object, Layout::Builtin);
    let c = Classes {
        object,
        type_,
        int,
        bool: sub(int, Layout::Builtin),
        float: sub(object, Layout::Builtin),
        str: sub(object, Layout::Builtin),
        list: sub(object, Layout::Builtin),
        tuple: sub(object, Layout::Builtin),
        dict: sub(object, Layout::Builtin),
        none_type: sub(object, Layout::Builtin),
        function: sub(object, Layout::Builtin),
        builtin_function: sub(object, Layout::Builtin),
        method: sub(object, Layout::Builtin),
        module: sub(object, Layout::Builtin),
        cell: sub(object, Layout::Builtin),
        range: sub(object, Layout::Builtin),
        list_iterator: sub(object, Layout::Builtin),
        tuple_iterator: sub(object, Layout::Builtin),
        str_iterator: sub(object, Layout::Builtin),
        dict_keyiterator: sub(object, Layout::Builtin),
        dict_valueiterator: sub(object, Layout::Builtin),
        dict_itemiterator: sub(object, Layout::Builtin),
        reversed: sub(object, Layout::Builtin),
        range_iterator: sub(object, Layout::Builtin),
        enumerate: sub(object, Layout::Builtin),
        zip: sub(object, Layout::Builtin),
        dict_keys: sub(object, Layout::Builtin),
        dict_values: sub(object, Layout::Builtin),
        dict_items: sub(object, Layout::Builtin),
        set_iterator: sub(object, Layout::Builtin),
        base_exception: ex("BaseException"),
        exception: ex("Exception"),
        system_exit: ex("SystemExit"),
        stop_iteration: ex("StopIteration"),
        type_error: ex("TypeError"),
        value_error: ex("ValueError"),
        index_error: ex("IndexError"),
        key_error: ex("KeyError"),
        attribute_error: ex("AttributeError"),
        name_error: ex("NameError"),
        unbound_local_error: ex("UnboundLocalError"),
        zero_division_error: ex("ZeroDivisionError"),
        overflow_error: ex("OverflowError"),
        runtime_error: ex("RuntimeError"),
        recursion_error: ex("RecursionError"),
        not_implemented_error: ex("NotImplementedError"),
        import_error: ex("ImportError"),
        module_not_found_error: ex("ModuleNotFoundError"),
        assertion_error: ex("AssertionError"),
        os_error: ex("OSError"),
        file_not_found_error: ex("FileNotFoundError"),
        keyboard_interrupt: ex("KeyboardInterrupt"),
        memory_error: ex("MemoryError"),
        syntax_error: ex("SyntaxError"),
        eof_error: ex("EOFError"),
        lookup_error: ex("LookupError"),
        exceptions,
    };
    let _ = CLASSES.set(c);
}

/// Before strings exist: a class with no name and no namespace yet.
fn new_class_unnamed(layout: Layout) -> *const ClassObj {
    types::class::new_class_raw(std::ptr::null(), layout)
}
fn new_class_sub(base: *const ClassObj, layout: Layout) -> *const ClassObj {
    types::class::new_class_raw(base, layout)
}

fn name_classes() {
    let c = classes();
    let names: &[(*const ClassObj, &str)] = &[
        (c.object, "object"),
        (c.type_, "type"),
        (c.int, "int"),
        (c.bool, "bool"),
        (c.float, "float"),
        (c.str, "str"),
        (c.list, "list"),
        (c.tuple, "tuple"),
        (c.dict, "dict"),
        (c.none_type, "NoneType"),
        (c.function, "function"),
        (c.builtin_function, "builtin_function_or_method"),
        (c.method, "method"),
        (c.module, "module"),
        (c.cell, "cell"),
        (c.range, "range"),
        (c.list_iterator, "list_iterator"),
        (c.tuple_iterator, "tuple_iterator"),
        (c.str_iterator, "str_ascii_iterator"),
        (c.dict_keyiterator, "dict_keyiterator"),
        (c.dict_valueiterator, "dict_valueiterator"),
        (c.dict_itemiterator, "dict_itemiterator"),
        (c.reversed, "list_reverseiterator"),
        (c.range_iterator, "range_iterator"),
        (c.enumerate, "enumerate"),
        (c.zip, "zip"),
        (c.dict_keys, "dict_keys"),
        (c.dict_values, "dict_values"),
        (c.dict_items, "dict_items"),
        (c.set_iterator, "set_iterator"),
    ];
    let mut all: Vec<(*const ClassObj, &str)> = names.to_vec();
    all.extend(c.exceptions.iter().map(|(n, p)| (*p, *n)));
    for (p, n) in all {
        // SAFETY: builtin classes are immortal.
        let cls = unsafe { &*p };
        types::class::finish_class(cls, n);
    }
}
