//! Text files: `open(path, mode)` for reading, writing and appending text,
//! with read/readline/readlines/write/writelines/close, iteration by line
//! and use as a context manager. (Binary modes arrive with `bytes`.)

use crate::methods::check_args;
use crate::object::{alloc_obj, downcast};
use crate::types::class::{new_class, ClassObj, Layout, NativeFn};
use crate::types::function::new_builtin;
use crate::types::str::{as_str, intern, new_str};
use crate::{raise, PyResult};
use morel_heap::Value;
use std::cell::{Cell, UnsafeCell};
use std::io::{BufRead, BufReader, Read, Write};
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

enum Handle {
    Reader(BufReader<std::fs::File>),
    Writer(std::io::BufWriter<std::fs::File>),
}

#[repr(C)]
pub struct FileObj {
    pub header: crate::object::ObjHeader,
    handle: UnsafeCell<Option<Handle>>,
    pub name: Value,
    pub mode: Value,
    closed: Cell<bool>,
}

unsafe fn finalize_file(o: *mut morel_heap::GcHeader) {
    // SAFETY: called once by the sweeper on a dead file; flushes and closes
    // it by dropping the handle (no heap access).
    unsafe { std::ptr::drop_in_place((*(o as *mut FileObj)).handle.get()) }
}

crate::py_vtable!(
    FileObj,
    "TextIOWrapper",
    |o, t| {
        t.value(o.name);
        t.value(o.mode);
    },
    Some(finalize_file)
);

static FILE_CLASS: OnceLock<usize> = OnceLock::new();

fn file_of(args: &[Value], what: &str) -> PyResult<&'static FileObj> {
    match args.first().and_then(|v| downcast::<FileObj>(*v)) {
        Some(f) => Ok(f),
        None => raise!(type_error, "descriptor '{}' requires a file object", what),
    }
}

impl FileObj {
    #[allow(clippy::mut_from_ref)]
    fn handle(&self) -> PyResult<&mut Handle> {
        if self.closed.get() {
            return raise!(value_error, "I/O operation on closed file.");
        }
        // SAFETY: file objects are used by one thread at a time (shared
        // files arrive with the threading issue); no two borrows overlap.
        match unsafe { &mut *self.handle.get() } {
            Some(h) => Ok(h),
            None => raise!(value_error, "I/O operation on closed file."),
        }
    }
}

fn io_error(e: std::io::Error, path: &str) -> crate::Exc {
    let code = e.raw_os_error().unwrap_or(0);
    let msg = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string().split(" (os error").next().unwrap_or("").to_string(),
    };
    let text = format!("[Errno {}] {}: {}", code, msg, crate::types::str::repr_str(path));
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::exc!(file_not_found_error, "{}", text),
        _ => crate::exc!(os_error, "{}", text),
    }
}

/// `open(file, mode='r', encoding=None)`.
pub fn open(args: &[Value], kw: Kw) -> PyResult {
    let path_v = args.first().copied().or_else(|| crate::methods::kwarg(kw, "file"));
    let Some(path) = path_v.and_then(as_str) else {
        return raise!(type_error, "open() argument 'file' must be str, not {}", path_v.map(crate::types::class::type_name).unwrap_or("nothing"));
    };
    let mode_v = args.get(1).copied().or_else(|| crate::methods::kwarg(kw, "mode")).unwrap_or_else(|| intern("r"));
    let mode = as_str(mode_v).unwrap_or("r").to_string();
    if mode.contains('b') {
        return raise!(value_error, "binary mode is not supported yet");
    }
    let base: String = mode.chars().filter(|c| !matches!(c, 't' | '+')).collect();
    let handle = match base.as_str() {
        "r" => std::fs::File::open(path).map(|f| Handle::Reader(BufReader::new(f))),
        "w" => std::fs::File::create(path).map(|f| Handle::Writer(std::io::BufWriter::new(f))),
        "a" => std::fs::OpenOptions::new().append(true).create(true).open(path).map(|f| Handle::Writer(std::io::BufWriter::new(f))),
        "x" => std::fs::OpenOptions::new().write(true).create_new(true).open(path).map(|f| Handle::Writer(std::io::BufWriter::new(f))),
        _ => return raise!(value_error, "invalid mode: '{}'", mode),
    }
    .map_err(|e| io_error(e, path))?;
    let cls = *FILE_CLASS.get().unwrap() as *const ClassObj;
    let name = new_str(path);
    let f = alloc_obj::<FileObj>(cls, |header| FileObj {
        header,
        handle: UnsafeCell::new(Some(handle)),
        name,
        mode: mode_v,
        closed: Cell::new(false),
    });
    Ok(Value::from_ptr(f))
}

fn reader(f: &FileObj) -> PyResult<&mut BufReader<std::fs::File>> {
    match f.handle()? {
        Handle::Reader(r) => Ok(r),
        Handle::Writer(_) => raise!(os_error, "not readable"),
    }
}

fn f_read(args: &[Value], kw: Kw) -> PyResult {
    check_args("read", args, kw, 0, 1)?;
    let f = file_of(args, "read")?;
    let n = args.get(1).and_then(|v| crate::types::int::to_i64(*v)).unwrap_or(-1);
    let r = reader(f)?;
    let mut s = String::new();
    if n < 0 {
        r.read_to_string(&mut s).map_err(|e| crate::exc!(os_error, "{}", e))?;
    } else {
        for _ in 0..n {
            let mut buf = [0u8; 4];
            let mut c = [0u8; 1];
            if r.read(&mut c).map_err(|e| crate::exc!(os_error, "{}", e))? == 0 {
                break;
            }
            buf[0] = c[0];
            let width = match c[0] {
                0x00..=0x7f => 1,
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            if width > 1 {
                r.read_exact(&mut buf[1..width]).map_err(|e| crate::exc!(os_error, "{}", e))?;
            }
            s.push_str(&String::from_utf8_lossy(&buf[..width]));
        }
    }
    Ok(new_str(&s))
}

fn read_line(f: &FileObj) -> PyResult<String> {
    let mut s = String::new();
    reader(f)?.read_line(&mut s).map_err(|e| crate::exc!(os_error, "{}", e))?;
    Ok(s)
}

fn f_readline(args: &[Value], kw: Kw) -> PyResult {
    check_args("readline", args, kw, 0, 1)?;
    Ok(new_str(&read_line(file_of(args, "readline")?)?))
}

fn f_readlines(args: &[Value], kw: Kw) -> PyResult {
    check_args("readlines", args, kw, 0, 1)?;
    let f = file_of(args, "readlines")?;
    let out = crate::types::list::new_list_obj(0);
    loop {
        let line = read_line(f)?;
        if line.is_empty() {
            break;
        }
        let s = new_str(&line);
        out.items.push(s);
    }
    Ok(Value::from_ptr(out))
}

/// The next line of a file (iteration).
pub fn file_next(it: Value) -> PyResult<Option<Value>> {
    let f = downcast::<FileObj>(it).unwrap();
    let line = read_line(f)?;
    Ok(if line.is_empty() { None } else { Some(new_str(&line)) })
}

fn f_write(args: &[Value], kw: Kw) -> PyResult {
    check_args("write", args, kw, 1, 1)?;
    let f = file_of(args, "write")?;
    let Some(s) = as_str(args[1]) else {
        return raise!(type_error, "write() argument must be str, not {}", crate::types::class::type_name(args[1]));
    };
    match f.handle()? {
        Handle::Writer(w) => w.write_all(s.as_bytes()).map_err(|e| crate::exc!(os_error, "{}", e))?,
        Handle::Reader(_) => return raise!(os_error, "not writable"),
    }
    Ok(Value::small_int(s.chars().count() as i64))
}

fn f_writelines(args: &[Value], kw: Kw) -> PyResult {
    check_args("writelines", args, kw, 1, 1)?;
    let it = crate::ops::iter(args[1])?;
    while let Some(line) = crate::ops::next(it)? {
        f_write(&[args[0], line], &[])?;
    }
    Ok(Value::NONE)
}

fn f_close(args: &[Value], _kw: Kw) -> PyResult {
    let f = file_of(args, "close")?;
    if !f.closed.get() {
        // SAFETY: see `FileObj::handle`.
        let h = unsafe { (*f.handle.get()).take() };
        if let Some(Handle::Writer(mut w)) = h {
            w.flush().map_err(|e| crate::exc!(os_error, "{}", e))?;
        }
        f.closed.set(true);
    }
    Ok(Value::NONE)
}

fn f_flush(args: &[Value], _kw: Kw) -> PyResult {
    let f = file_of(args, "flush")?;
    if let Handle::Writer(w) = f.handle()? {
        w.flush().map_err(|e| crate::exc!(os_error, "{}", e))?;
    }
    Ok(Value::NONE)
}

fn f_enter(args: &[Value], _kw: Kw) -> PyResult {
    file_of(args, "__enter__")?.handle()?;
    Ok(args[0])
}

fn f_exit(args: &[Value], _kw: Kw) -> PyResult {
    f_close(&args[..1], &[])?;
    Ok(Value::FALSE)
}

fn f_iter(args: &[Value], _kw: Kw) -> PyResult {
    Ok(args[0])
}

/// Whether the file is closed (`f.closed`).
pub fn is_closed(v: Value) -> Option<bool> {
    downcast::<FileObj>(v).map(|f| f.closed.get())
}

pub fn install(builtins: &crate::types::function::ModuleObj) {
    let cls = new_class("TextIOWrapper", &[], Layout::Builtin);
    cls.module.set(intern("_io"));
    crate::add_root(Value::from_ptr(cls));
    let _ = FILE_CLASS.set(cls as *const ClassObj as usize);
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("close", f_close),
        ("flush", f_flush),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
    ];
    for (n, f) in methods {
        cls.set_attr(intern(n), new_builtin(n, *f, Value::from_ptr(cls))).unwrap();
    }
    crate::ops::register_iterator(<FileObj as crate::object::PyType>::VTABLE, file_next);
    builtins.set("open", new_builtin("open", open, Value::NONE));
}
