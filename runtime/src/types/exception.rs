//! Exceptions: instances of classes whose layout is `Layout::Exception`. The
//! native part (`ExcState`) holds `args`, the traceback entries collected as
//! the exception unwinds, `__cause__` and `__context__`.

use crate::error::Exc;
use crate::object::{alloc_obj, downcast};
use crate::types::class::{as_instance, new_instance, ClassObj, InstanceObj, Layout};
use crate::types::list::{list_obj, new_list_obj};
use crate::types::str::{new_str, str_obj};
use crate::types::tuple::{new_tuple, tuple_items};
use morel_heap::Value;
use std::cell::Cell;

#[repr(C)]
pub struct ExcState {
    pub header: crate::object::ObjHeader,
    pub args: Cell<Value>,
    /// list of (filename, line, function name) tuples, innermost last appended.
    pub traceback: Cell<Value>,
    pub cause: Cell<Value>,
    pub context: Cell<Value>,
    pub suppress_context: Cell<bool>,
    /// Identity of the innermost frame already recorded (see `record_frame`).
    pub last_frame: Cell<u64>,
}

crate::py_vtable!(ExcState, "ExcState", |o, t| {
    t.value(o.args.get());
    t.value(o.traceback.get());
    t.value(o.cause.get());
    t.value(o.context.get());
});

/// Makes a bare exception instance of `cls` with the given args tuple.
pub fn new_exception_with_args(cls: &'static ClassObj, args: Value) -> Value {
    let inst = new_instance(cls);
    let st = alloc_obj::<ExcState>(std::ptr::null(), |header| ExcState {
        header,
        args: Cell::new(args),
        traceback: Cell::new(Value::NONE),
        cause: Cell::new(Value::NONE),
        context: Cell::new(Value::NONE),
        suppress_context: Cell::new(false),
        last_frame: Cell::new(0),
    });
    inst.native.set(Value::from_ptr(st));
    Value::from_ptr(inst)
}

/// Makes an exception of builtin class `cls` carrying `msg` and wraps it as `Exc`.
pub fn new_exception(cls: *const ClassObj, msg: &str) -> Exc {
    // SAFETY: builtin classes are immortal.
    let cls = unsafe { &*cls };
    let m = new_str(msg);
    let args = new_tuple(&[m]);
    Exc(new_exception_with_args(cls, args))
}

/// The `ExcState` of an exception instance.
pub fn exc_state(v: Value) -> Option<&'static ExcState> {
    as_instance(v).and_then(|i| downcast::<ExcState>(i.native.get()))
}

/// Ensures an instance of an exception class has its native state (for
/// instances made by a user `__init__` that never called the base one).
pub fn ensure_exc_state(inst: &'static InstanceObj) -> &'static ExcState {
    if let Some(s) = downcast::<ExcState>(inst.native.get()) {
        return s;
    }
    let st = alloc_obj::<ExcState>(std::ptr::null(), |header| ExcState {
        header,
        args: Cell::new(crate::types::tuple::new_tuple(&[])),
        traceback: Cell::new(Value::NONE),
        cause: Cell::new(Value::NONE),
        context: Cell::new(Value::NONE),
        suppress_context: Cell::new(false),
        last_frame: Cell::new(0),
    });
    inst.native.set(Value::from_ptr(st));
    st
}

pub fn is_exception_instance(v: Value) -> bool {
    as_instance(v).map(|i| i.class().layout.get() == Layout::Exception).unwrap_or(false)
}

pub fn exc_args(v: Value) -> &'static [Value] {
    exc_state(v).and_then(|s| tuple_items(s.args.get())).unwrap_or(&[])
}

/// Records that the exception passes through frame `frame_id` at `line`.
/// Only the innermost statement of each frame is recorded.
pub fn record_frame(exc: Exc, frame_id: u64, file: Value, line: u32, func: Value) {
    let Some(st) = exc_state(exc.0) else { return };
    if st.last_frame.get() == frame_id {
        return;
    }
    st.last_frame.set(frame_id);
    let mut tb = st.traceback.get();
    if list_obj(tb).is_none() {
        tb = Value::from_ptr(new_list_obj(4));
        st.traceback.set(tb);
    }
    let entry = new_tuple(&[file, Value::small_int(line as i64), func]);
    list_obj(tb).unwrap().items.push(entry);
}

/// Traceback entries outermost first: (file, line, function).
pub fn traceback_entries(exc: Value) -> Vec<(String, u32, String)> {
    let mut out = Vec::new();
    if let Some(l) = exc_state(exc).and_then(|s| list_obj(s.traceback.get())) {
        for e in l.items.as_slice() {
            let t = tuple_items(*e).unwrap();
            out.push((
                str_obj(t[0]).map(|s| s.as_str().to_string()).unwrap_or_default(),
                t[1].as_small_int() as u32,
                str_obj(t[2]).map(|s| s.as_str().to_string()).unwrap_or_default(),
            ));
        }
    }
    out.reverse();
    out
}

/// The builtin exception hierarchy: (name, parent name).
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("PermissionError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("TabError", "IndentationError"),
    ("StopAsyncIteration", "Exception"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("FileExistsError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
];

// ---------------------------------------------------------------------------
// OSError: errno, strerror, filename

/// The OSError subclass CPython picks for an errno (None: OSError itself).
pub fn os_error_class_for(errno: i64) -> Option<*const ClassObj> {
    let e = i32::try_from(errno).ok()?;
    let name = match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => return None,
    };
    crate::classes().exception_named(name)
}

/// `OSError(errno, strerror, ...)` makes the subclass for the errno.
pub fn os_error_subclass(cls: &'static ClassObj, args: &[Value]) -> &'static ClassObj {
    if args.len() >= 2 && std::ptr::eq(cls, crate::classes().os_error) && crate::types::int::is_intlike(args[0]) {
        let code = if args[0].is_bool() { Some((args[0] == Value::TRUE) as i64) } else { crate::types::int::to_i64(args[0]) };
        if let Some(c) = code.and_then(os_error_class_for) {
            // SAFETY: builtin classes are immortal.
            return unsafe { &*c };
        }
    }
    cls
}

fn set_named(inst: &InstanceObj, name: &str, v: Value) {
    if let Some(n) = str_obj(crate::types::str::intern(name)) {
        inst.set_attr(n, v);
    }
}

/// `OSError.__init__(errno, strerror[, filename[, winerror[, filename2]]])`:
/// sets the attributes; `args` keeps (errno, strerror) when a filename is given.
pub fn init_os_error(inst: &'static InstanceObj, args: &[Value]) {
    if !(2..=5).contains(&args.len()) {
        return;
    }
    set_named(inst, "errno", args[0]);
    set_named(inst, "strerror", args[1]);
    if args.len() >= 3 {
        set_named(inst, "filename", args[2]);
        if args.len() == 5 {
            set_named(inst, "filename2", args[4]);
        }
        ensure_exc_state(inst).args.set(new_tuple(&args[..2]));
    }
}

/// An OSError of the subclass for `errno`, as the OS reports it.
pub fn new_os_error(errno: i32, strerror: &str, filename: Option<Value>) -> Exc {
    let cls = os_error_class_for(errno as i64).unwrap_or(crate::classes().os_error);
    // SAFETY: builtin classes are immortal.
    let cls = unsafe { &*cls };
    let s = new_str(strerror);
    let e = new_exception_with_args(cls, new_tuple(&[Value::small_int(errno as i64), s]));
    let inst = as_instance(e).unwrap();
    set_named(inst, "errno", Value::small_int(errno as i64));
    set_named(inst, "strerror", s);
    if let Some(f) = filename {
        set_named(inst, "filename", f);
    }
    Exc(e)
}

/// An OSError from a Rust I/O error (`filename` for the message).
pub fn os_error_from_io(e: &std::io::Error, filename: Option<Value>) -> Exc {
    let code = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let msg = text.split(" (os error").next().unwrap_or("");
    new_os_error(code, msg, filename)
}

/// `str()` of an OSError with errno/strerror/filename set; None otherwise.
pub fn os_error_str(v: Value) -> crate::PyResult<Option<String>> {
    let Some(inst) = as_instance(v) else { return Ok(None) };
    let get = |n: &str| str_obj(crate::types::str::intern(n)).and_then(|k| inst.get_attr(k)).unwrap_or(Value::NONE);
    let (errno, strerror, filename, filename2) = (get("errno"), get("strerror"), get("filename"), get("filename2"));
    if !filename.is_none() {
        let head = format!("[Errno {}] {}: {}", crate::ops::str(errno)?, crate::ops::str(strerror)?, crate::ops::repr(filename)?);
        if !filename2.is_none() {
            return Ok(Some(format!("{} -> {}", head, crate::ops::repr(filename2)?)));
        }
        return Ok(Some(head));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(Some(format!("[Errno {}] {}", crate::ops::str(errno)?, crate::ops::str(strerror)?)));
    }
    Ok(None)
}
