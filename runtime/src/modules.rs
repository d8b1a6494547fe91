//! Builtin modules written in Rust: `sys`, `math`, `time`, `os` (and `_re`,
//! in `re/`, and `cmath`, in cmath.rs).

use crate::call::call;
use crate::methods::check_args;
use crate::ops::{self};
use crate::output::{flush_stdout, write_stderr, write_stdout};
use crate::types::class::{new_class, new_instance, type_name, Layout, NativeFn};
use crate::types::exception::new_exception_with_args;
use crate::types::function::{new_builtin, new_module, ModuleObj};
use crate::types::int::{int_from_big, int_from_i64, is_intlike, to_big, to_i64};
use crate::types::list::new_list_obj;
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::new_tuple;
use crate::{classes, raise, runtime_globals, PyResult};
use morel_heap::Value;
use num_traits::{One, Signed, Zero};

type Kw<'a> = &'a [(Value, Value)];

fn add_fns(m: &ModuleObj, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        m.set(name, new_builtin(name, *f, Value::NONE));
    }
}

fn register(m: &'static ModuleObj) {
    register_module(m.name(), Value::from_ptr(m));
}

/// `sys.modules`: the loaded modules by name, a dict the program may read
/// and change (an entry it adds is what `import` finds; one it deletes is
/// imported afresh).
pub fn sys_modules() -> &'static crate::types::dict::DictObj {
    let v = *runtime_globals().modules.get_or_init(|| {
        let d = crate::types::dict::new_dict();
        // reachable from every thread through `sys`
        crate::object::share(d);
        d
    });
    crate::types::dict::dict_obj(v).unwrap()
}

/// A loaded module by name (builtin modules are created at start-up).
pub fn loaded_module(name: &str) -> Option<Value> {
    sys_modules().get(new_str(name)).ok().flatten()
}

pub fn register_module(name: &str, m: Value) {
    let _ = sys_modules().set(new_str(name), m);
}

/// Forgets a module (its import failed).
pub fn unregister_module(name: &str) {
    let _ = sys_modules().remove(new_str(name));
}

pub fn install() {
    install_sys();
    install_math();
    crate::cmath::install();
    crate::itertools::install();
    install_time();
    install_gc();
    install_os();
    crate::re::install();
    crate::json::install();
    crate::random::install();
    crate::heapq::install();
    crate::types::deque::install();
}

// ---------------------------------------------------------------------------
// os and os.path

fn str_arg(a: &[Value], i: usize, what: &str) -> PyResult<&'static str> {
    match a.get(i).and_then(|v| as_str(*v)) {
        Some(s) => Ok(s),
        None => raise!(type_error, "{}: path should be string, not {}", what, a.get(i).map(|v| type_name(*v)).unwrap_or("nothing")),
    }
}

fn os_getcwd(_a: &[Value], _k: Kw) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(&p.to_string_lossy())),
        Err(e) => raise!(os_error, "{}", e),
    }
}
fn os_listdir(a: &[Value], _k: Kw) -> PyResult {
    let path = if a.is_empty() { "." } else { str_arg(a, 0, "listdir")? };
    let rd = match std::fs::read_dir(path) {
        Ok(r) => r,
        Err(e) => {
            return Err(crate::exc!(file_not_found_error, "[Errno {}] {}: '{}'", e.raw_os_error().unwrap_or(2), "No such file or directory", path))
        }
    };
    let mut names: Vec<String> = rd.flatten().map(|e| e.file_name().to_string_lossy().to_string()).collect();
    names.sort();
    let l = new_list_obj(names.len());
    for n in names {
        let s = new_str(&n);
        l.items.push(s);
    }
    Ok(Value::from_ptr(l))
}
fn os_getpid(_a: &[Value], _k: Kw) -> PyResult {
    Ok(int_from_i64(std::process::id() as i64))
}
fn os_getenv(a: &[Value], _k: Kw) -> PyResult {
    let key = str_arg(a, 0, "getenv")?;
    Ok(match std::env::var(key) {
        Ok(v) => new_str(&v),
        Err(_) => a.get(1).copied().unwrap_or(Value::NONE),
    })
}
fn os_remove(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "remove")?;
    std::fs::remove_file(p).map_err(|e| crate::types::exception::os_error_from_io(&e, Some(a[0])))?;
    Ok(Value::NONE)
}
fn os_mkdir(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "mkdir")?;
    std::fs::create_dir(p).map_err(|e| crate::types::exception::os_error_from_io(&e, Some(a[0])))?;
    Ok(Value::NONE)
}
fn os_makedirs(a: &[Value], k: Kw) -> PyResult {
    let p = str_arg(a, 0, "makedirs")?;
    let exist_ok = a.get(2).copied().or_else(|| crate::methods::kwarg(k, "exist_ok")).map(|v| v == Value::TRUE).unwrap_or(false);
    if std::path::Path::new(p).is_dir() && !exist_ok {
        return Err(crate::types::exception::new_os_error(libc::EEXIST, "File exists", Some(a[0])));
    }
    std::fs::create_dir_all(p).map_err(|e| crate::types::exception::os_error_from_io(&e, Some(a[0])))?;
    Ok(Value::NONE)
}
fn os_rmdir(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "rmdir")?;
    std::fs::remove_dir(p).map_err(|e| crate::types::exception::os_error_from_io(&e, Some(a[0])))?;
    Ok(Value::NONE)
}
/// `os.rename(src, dst)` / `os.replace(src, dst)`.
fn os_rename(a: &[Value], _k: Kw) -> PyResult {
    let src = str_arg(a, 0, "rename")?;
    let dst = str_arg(a, 1, "rename")?;
    if let Err(e) = std::fs::rename(src, dst) {
        let exc = crate::types::exception::os_error_from_io(&e, Some(a[0]));
        crate::attr::setattr(exc.0, intern("filename2"), a[1])?;
        return Err(exc);
    }
    Ok(Value::NONE)
}

fn path_join(a: &[Value], _k: Kw) -> PyResult {
    let mut out = String::new();
    for i in 0..a.len() {
        let part = str_arg(a, i, "join")?;
        if part.starts_with('/') {
            out = part.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(part);
        } else {
            out.push('/');
            out.push_str(part);
        }
    }
    Ok(new_str(&out))
}
fn split_path(p: &str) -> (String, String) {
    match p.rfind('/') {
        Some(i) => {
            let head = &p[..=i];
            let trimmed = head.trim_end_matches('/');
            (if trimmed.is_empty() { head.to_string() } else { trimmed.to_string() }, p[i + 1..].to_string())
        }
        None => (String::new(), p.to_string()),
    }
}
fn path_split(a: &[Value], _k: Kw) -> PyResult {
    let (h, t) = split_path(str_arg(a, 0, "split")?);
    let (h, t) = (new_str(&h), new_str(&t));
    Ok(new_tuple(&[h, t]))
}
fn path_basename(a: &[Value], _k: Kw) -> PyResult {
    Ok(new_str(&split_path(str_arg(a, 0, "basename")?).1))
}
fn path_dirname(a: &[Value], _k: Kw) -> PyResult {
    Ok(new_str(&split_path(str_arg(a, 0, "dirname")?).0))
}
fn path_splitext(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "splitext")?;
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let name = &p[base_start..];
    let dot = name.rfind('.').filter(|i| name[..*i].chars().any(|c| c != '.'));
    let (root, ext) = match dot {
        Some(i) => (&p[..base_start + i], &p[base_start + i..]),
        None => (p, ""),
    };
    let (r, e) = (new_str(root), new_str(ext));
    Ok(new_tuple(&[r, e]))
}
fn path_test(a: &[Value], f: fn(&std::path::Path) -> bool) -> PyResult {
    Ok(Value::bool(a.first().and_then(|v| as_str(*v)).map(|p| f(std::path::Path::new(p))).unwrap_or(false)))
}
fn path_exists(a: &[Value], _k: Kw) -> PyResult {
    path_test(a, |p| p.exists())
}
fn path_isfile(a: &[Value], _k: Kw) -> PyResult {
    path_test(a, |p| p.is_file())
}
fn path_isdir(a: &[Value], _k: Kw) -> PyResult {
    path_test(a, |p| p.is_dir())
}
fn path_isabs(a: &[Value], _k: Kw) -> PyResult {
    Ok(Value::bool(str_arg(a, 0, "isabs")?.starts_with('/')))
}
fn normpath(p: &str) -> String {
    let abs = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if parts.last().map(|l| *l != "..").unwrap_or(false) {
                    parts.pop();
                } else if !abs {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let body = parts.join("/");
    if abs {
        format!("/{}", body)
    } else if body.is_empty() {
        ".".to_string()
    } else {
        body
    }
}
fn path_normpath(a: &[Value], _k: Kw) -> PyResult {
    Ok(new_str(&normpath(str_arg(a, 0, "normpath")?)))
}
fn path_abspath(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "abspath")?;
    let full = if p.starts_with('/') {
        p.to_string()
    } else {
        format!("{}/{}", std::env::current_dir().map(|d| d.to_string_lossy().to_string()).unwrap_or_default(), p)
    };
    Ok(new_str(&normpath(&full)))
}
fn path_getsize(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "getsize")?;
    match std::fs::metadata(p) {
        Ok(m) => Ok(int_from_i64(m.len() as i64)),
        Err(e) => raise!(file_not_found_error, "[Errno {}] No such file or directory: '{}'", e.raw_os_error().unwrap_or(2), p),
    }
}
fn path_expanduser(a: &[Value], _k: Kw) -> PyResult {
    let p = str_arg(a, 0, "expanduser")?;
    match (p.strip_prefix('~'), std::env::var("HOME")) {
        (Some(rest), Ok(home)) if rest.is_empty() || rest.starts_with('/') => Ok(new_str(&format!("{}{}", home, rest))),
        _ => Ok(a[0]),
    }
}

/// `os.cpu_count()`: the number of CPUs online (as CPython: not limited by
/// the process's affinity), or None when unknown.
fn os_cpu_count(_a: &[Value], _k: Kw) -> PyResult {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n >= 1 { int_from_i64(n as i64) } else { Value::NONE })
}

fn install_os() {
    let m = new_module("os", Value::NONE);
    add_fns(
        m,
        &[
            ("getcwd", os_getcwd),
            ("listdir", os_listdir),
            ("getpid", os_getpid),
            ("cpu_count", os_cpu_count),
            ("getenv", os_getenv),
            ("remove", os_remove),
            ("unlink", os_remove),
            ("mkdir", os_mkdir),
            ("makedirs", os_makedirs),
            ("rmdir", os_rmdir),
            ("rename", os_rename),
            ("replace", os_rename),
        ],
    );
    m.set("sep", new_str("/"));
    m.set("linesep", new_str("\n"));
    m.set("name", new_str("posix"));
    m.set("curdir", new_str("."));
    m.set("pardir", new_str(".."));
    // os.environ: a snapshot dict of the environment
    let env = crate::types::dict::new_dict_obj();
    m.set("environ", Value::from_ptr(env));
    for (k, v) in std::env::vars() {
        let (kv, vv) = (new_str(&k), new_str(&v));
        env.set(kv, vv).unwrap();
    }
    let p = new_module("os.path", Value::NONE);
    add_fns(
        p,
        &[
            ("join", path_join),
            ("split", path_split),
            ("basename", path_basename),
            ("dirname", path_dirname),
            ("splitext", path_splitext),
            ("exists", path_exists),
            ("isfile", path_isfile),
            ("isdir", path_isdir),
            ("isabs", path_isabs),
            ("normpath", path_normpath),
            ("abspath", path_abspath),
            ("getsize", path_getsize),
            ("expanduser", path_expanduser),
        ],
    );
    p.set("sep", new_str("/"));
    m.set("path", Value::from_ptr(p));
    register(m);
    register(p);
}

// ---------------------------------------------------------------------------
// sys

fn sys_exit(args: &[Value], kw: Kw) -> PyResult {
    if !kw.is_empty() || args.len() > 1 {
        return raise!(type_error, "exit expected at most 1 argument, got {}", args.len());
    }
    // SAFETY: builtin classes are immortal.
    let cls = unsafe { &*classes().system_exit };
    let args = if args.first().map(|v| v.is_none()).unwrap_or(true) { &[][..] } else { args };
    Err(crate::Exc(new_exception_with_args(cls, new_tuple(args))))
}

fn stdout_write(args: &[Value], _kw: Kw) -> PyResult {
    let Some(s) = args.get(1).and_then(|v| as_str(*v)) else {
        return raise!(type_error, "write() argument must be str, not {}", args.get(1).map(|v| type_name(*v)).unwrap_or("nothing"));
    };
    write_stdout(s);
    Ok(int_from_i64(s.chars().count() as i64))
}
fn stderr_write(args: &[Value], _kw: Kw) -> PyResult {
    let Some(s) = args.get(1).and_then(|v| as_str(*v)) else {
        return raise!(type_error, "write() argument must be str, not {}", args.get(1).map(|v| type_name(*v)).unwrap_or("nothing"));
    };
    write_stderr(s);
    Ok(int_from_i64(s.chars().count() as i64))
}
fn stream_flush(_args: &[Value], _kw: Kw) -> PyResult {
    flush_stdout();
    Ok(Value::NONE)
}

fn sys_getrecursionlimit(_a: &[Value], _k: Kw) -> PyResult {
    Ok(Value::small_int(crate::thread::thread().recursion_limit.get() as i64))
}
fn sys_get_int_max_str_digits(_a: &[Value], _k: Kw) -> PyResult {
    Ok(Value::small_int(crate::format::int_max_str_digits() as i64))
}
fn sys_set_int_max_str_digits(a: &[Value], k: Kw) -> PyResult {
    let v = a.first().copied().or_else(|| k.iter().find(|(n, _)| as_str(*n) == Some("maxdigits")).map(|(_, v)| *v));
    let Some(v) = v else {
        return raise!(type_error, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    };
    if !is_intlike(v) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(v));
    }
    match to_i64(v) {
        Some(n) if n == 0 || n >= 640 => {
            crate::format::set_int_max_str_digits(n as usize);
            Ok(Value::NONE)
        }
        _ => raise!(value_error, "maxdigits must be 0 or larger than 640"),
    }
}
fn sys_setrecursionlimit(a: &[Value], _k: Kw) -> PyResult {
    match a.first().and_then(|v| to_i64(*v)) {
        Some(n) if n >= 1 => {
            crate::thread::thread().recursion_limit.set(n.min(100_000) as u32);
            Ok(Value::NONE)
        }
        _ => raise!(value_error, "recursion limit must be greater or equal than 1"),
    }
}
fn sys_is_gil_enabled(_a: &[Value], _k: Kw) -> PyResult {
    Ok(Value::FALSE)
}
/// `sys.exc_info()`: the exception being handled, as (type, value, traceback).
/// `sys.excepthook(type, value, tb)`, the default: the last line of the
/// report (an uncaught exception that meets the default hook gets the
/// whole traceback from the interpreter instead).
pub fn sys_excepthook(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 3 {
        return raise!(type_error, "excepthook expected 3 arguments, got {}", a.len());
    }
    let name = crate::types::class::as_class(a[0]).map(|c| c.qualname()).unwrap_or("?");
    let msg = crate::ops::str(a[1]).unwrap_or_default();
    let line = if msg.is_empty() { format!("{}\n", name) } else { format!("{}: {}\n", name, msg) };
    crate::output::write_stderr(&line);
    Ok(Value::NONE)
}

fn sys_exc_info(_a: &[Value], _k: Kw) -> PyResult {
    let cur = crate::thread::thread().handling.borrow().last().copied();
    match cur {
        Some(e) => {
            let t = Value::from_ptr(crate::types::class::class_of(e));
            let tb = crate::types::exception::exc_state(e).map(|s| s.traceback.get()).unwrap_or(Value::NONE);
            Ok(new_tuple(&[t, e, tb]))
        }
        None => Ok(new_tuple(&[Value::NONE, Value::NONE, Value::NONE])),
    }
}

fn sys_intern(a: &[Value], _k: Kw) -> PyResult {
    match a.first().and_then(|v| as_str(*v)) {
        Some(s) => Ok(intern(s)),
        None => raise!(type_error, "intern() argument must be str"),
    }
}

fn install_sys() {
    let m = new_module("sys", Value::NONE);
    add_fns(
        m,
        &[
            ("exit", sys_exit),
            ("getrecursionlimit", sys_getrecursionlimit),
            ("setrecursionlimit", sys_setrecursionlimit),
            ("get_int_max_str_digits", sys_get_int_max_str_digits),
            ("set_int_max_str_digits", sys_set_int_max_str_digits),
            ("_is_gil_enabled", sys_is_gil_enabled),
            ("intern", sys_intern),
            ("exc_info", sys_exc_info),
            ("excepthook", sys_excepthook),
        ],
    );
    if let Some(h) = m.get(intern("excepthook")) {
        m.set("__excepthook__", h);
    }
    for (name, write) in [("stdout", stdout_write as NativeFn), ("stderr", stderr_write)] {
        let cls = new_class("TextIOWrapper", &[], Layout::Object);
        cls.module.set(intern("_io"));
        let w = new_builtin("write", write, Value::from_ptr(cls));
        cls.dict().set(intern("write"), w).unwrap();
        let f = new_builtin("flush", stream_flush, Value::from_ptr(cls));
        cls.dict().set(intern("flush"), f).unwrap();
        let inst = new_instance(cls);
        m.set(name, Value::from_ptr(inst));
        m.set(&format!("__{}__", name), Value::from_ptr(inst));
    }
    m.set("maxsize", int_from_i64(i64::MAX));
    m.set("platform", new_str("linux"));
    m.set("byteorder", new_str("little"));
    m.set("version", new_str("3.11.7 (morel)"));
    m.set("implementation", new_str("morel"));
    m.set("hexversion", int_from_i64(0x030b07f0));
    let vi = new_tuple(&[Value::small_int(3), Value::small_int(11), Value::small_int(7)]);
    m.set("version_info", vi);
    m.set("argv", Value::from_ptr(new_list_obj(0)));
    m.set("modules", Value::from_ptr(sys_modules()));
    m.set("path", Value::from_ptr(new_list_obj(0)));
    m.set("float_info_max", Value::float(f64::MAX));
    register(m);
}

/// Sets `sys.argv`.
pub fn set_argv(args: &[String]) {
    let l = new_list_obj(args.len());
    for a in args {
        let s = new_str(a);
        l.items.push(s);
    }
    let sys = crate::types::function::as_module(loaded_module("sys").unwrap()).unwrap();
    sys.set("argv", Value::from_ptr(l));
}

/// Adds a folder to `sys.path`.
pub fn push_sys_path(p: &str) {
    let sys = crate::types::function::as_module(loaded_module("sys").unwrap()).unwrap();
    if let Some(l) = sys.get(intern("path")).and_then(crate::types::list::list_obj) {
        let s = new_str(p);
        l.items.push(s);
    }
}

// ---------------------------------------------------------------------------
// math

/// A real number argument as f64 (int, float or `__float__`).
pub fn num(v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if is_intlike(v) {
        return crate::types::int::int_to_f64(v);
    }
    if crate::types::class::as_instance(v).is_some() {
        if let Some(f) = crate::types::class::class_of(v).lookup_str("__float__") {
            return num(call(f, &[v], &[])?);
        }
    }
    raise!(type_error, "must be real number, not {}", type_name(v))
}

fn arg1(name: &str, a: &[Value], k: Kw) -> PyResult<f64> {
    if !k.is_empty() {
        return raise!(type_error, "math.{}() takes no keyword arguments", name);
    }
    if a.len() != 1 {
        return raise!(type_error, "math.{}() takes exactly one argument ({} given)", name, a.len());
    }
    num(a[0])
}

fn domain() -> PyResult {
    raise!(value_error, "math domain error")
}

fn checked(r: f64, x: f64) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return raise!(overflow_error, "math range error");
    }
    Ok(Value::float(r))
}

macro_rules! math1 {
    ($fname:ident, $pyname:expr, $f:expr) => {
        fn $fname(a: &[Value], k: Kw) -> PyResult {
            let x = arg1($pyname, a, k)?;
            let f: fn(f64) -> f64 = $f;
            checked(f(x), x)
        }
    };
}
math1!(m_exp, "exp", f64::exp);
math1!(m_sin, "sin", f64::sin);
math1!(m_cos, "cos", f64::cos);
math1!(m_tan, "tan", f64::tan);
math1!(m_asin, "asin", f64::asin);
math1!(m_acos, "acos", f64::acos);
math1!(m_atan, "atan", f64::atan);
math1!(m_sinh, "sinh", f64::sinh);
math1!(m_cosh, "cosh", f64::cosh);
math1!(m_tanh, "tanh", f64::tanh);
math1!(m_fabs, "fabs", f64::abs);
math1!(m_degrees, "degrees", f64::to_degrees);
math1!(m_radians, "radians", f64::to_radians);
math1!(m_expm1, "expm1", f64::exp_m1);
math1!(m_log1p, "log1p", |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() });

fn m_sqrt(a: &[Value], k: Kw) -> PyResult {
    let x = arg1("sqrt", a, k)?;
    if x < 0.0 {
        return domain();
    }
    Ok(Value::float(x.sqrt()))
}

fn log_of(v: Value) -> PyResult<f64> {
    if is_intlike(v) && !v.is_float() {
        let b = to_big(v).unwrap();
        if !b.is_positive() {
            return Err(crate::exc!(value_error, "math domain error"));
        }
        if let Some(f) = num_traits::ToPrimitive::to_f64(&b).filter(|f| f.is_finite()) {
            return Ok(f.ln());
        }
        // too big for a float: x = m * 2**e with m in [0.5, 1)
        let e = b.bits() as i64;
        let shift = e - 64;
        let top: num_bigint::BigInt = &b >> shift as usize;
        let m = num_traits::ToPrimitive::to_f64(&top).unwrap() / 2f64.powi(64);
        return Ok(m.ln() + e as f64 * std::f64::consts::LN_2);
    }
    let x = num(v)?;
    if x <= 0.0 {
        return Err(crate::exc!(value_error, "math domain error"));
    }
    Ok(x.ln())
}

fn m_log(a: &[Value], k: Kw) -> PyResult {
    if !k.is_empty() || a.is_empty() || a.len() > 2 {
        return raise!(type_error, "log expected 1 or 2 arguments, got {}", a.len());
    }
    let l = log_of(a[0])?;
    if let Some(b) = a.get(1) {
        let lb = log_of(*b)?;
        if lb == 0.0 {
            return raise!(zero_division_error, "float division by zero");
        }
        return Ok(Value::float(l / lb));
    }
    Ok(Value::float(l))
}
fn m_log2(a: &[Value], k: Kw) -> PyResult {
    let x = arg1("log2", a, k)?;
    if x > 0.0 && x.is_finite() && (a[0].is_float() || to_i64(a[0]).map(|i| i.unsigned_abs() < (1 << 53)).unwrap_or(false)) {
        return Ok(Value::float(x.log2()));
    }
    if let Some(i) = to_i64(a[0]).filter(|i| *i > 0 && (*i & (*i - 1)) == 0) {
        return Ok(Value::float(i.trailing_zeros() as f64));
    }
    Ok(Value::float(log_of(a[0])? / std::f64::consts::LN_2))
}
fn m_log10(a: &[Value], k: Kw) -> PyResult {
    let x = arg1("log10", a, k)?;
    if x <= 0.0 {
        return domain();
    }
    if a[0].is_float() || to_i64(a[0]).map(|i| i.unsigned_abs() < (1 << 53)).unwrap_or(false) {
        return Ok(Value::float(x.log10()));
    }
    Ok(Value::float(log_of(a[0])? / std::f64::consts::LN_10))
}

fn to_int_round(name: &str, a: &[Value], k: Kw, f: fn(f64) -> f64) -> PyResult {
    if !k.is_empty() || a.len() != 1 {
        return raise!(type_error, "math.{}() takes exactly one argument ({} given)", name, a.len());
    }
    if is_intlike(a[0]) {
        return Ok(if a[0].is_bool() { Value::small_int((a[0] == Value::TRUE) as i64) } else { a[0] });
    }
    if crate::types::class::as_instance(a[0]).is_some() {
        let dunder = format!("__{}__", name);
        if let Some(m) = crate::types::class::class_of(a[0]).lookup_str(&dunder) {
            return call(m, &[a[0]], &[]);
        }
    }
    let x = num(a[0])?;
    ops::float_to_int(f(x))
}
fn m_floor(a: &[Value], k: Kw) -> PyResult {
    to_int_round("floor", a, k, f64::floor)
}
fn m_ceil(a: &[Value], k: Kw) -> PyResult {
    to_int_round("ceil", a, k, f64::ceil)
}
fn m_trunc(a: &[Value], k: Kw) -> PyResult {
    to_int_round("trunc", a, k, f64::trunc)
}

fn m_isnan(a: &[Value], k: Kw) -> PyResult {
    Ok(Value::bool(arg1("isnan", a, k)?.is_nan()))
}
fn m_isinf(a: &[Value], k: Kw) -> PyResult {
    Ok(Value::bool(arg1("isinf", a, k)?.is_infinite()))
}
fn m_isfinite(a: &[Value], k: Kw) -> PyResult {
    Ok(Value::bool(arg1("isfinite", a, k)?.is_finite()))
}

fn two(name: &str, a: &[Value], k: Kw) -> PyResult<(f64, f64)> {
    if !k.is_empty() || a.len() != 2 {
        return raise!(type_error, "{} expected 2 arguments, got {}", name, a.len());
    }
    Ok((num(a[0])?, num(a[1])?))
}
fn m_pow(a: &[Value], k: Kw) -> PyResult {
    let (x, y) = two("pow", a, k)?;
    if x == 0.0 && y < 0.0 {
        return domain();
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return domain();
    }
    checked(x.powf(y), x)
}
fn m_atan2(a: &[Value], k: Kw) -> PyResult {
    let (y, x) = two("atan2", a, k)?;
    Ok(Value::float(y.atan2(x)))
}
fn m_copysign(a: &[Value], k: Kw) -> PyResult {
    let (x, y) = two("copysign", a, k)?;
    Ok(Value::float(x.copysign(y)))
}
fn m_fmod(a: &[Value], k: Kw) -> PyResult {
    let (x, y) = two("fmod", a, k)?;
    if y == 0.0 || x.is_infinite() {
        return domain();
    }
    Ok(Value::float(x % y))
}
fn m_hypot(a: &[Value], _k: Kw) -> PyResult {
    let mut acc = 0.0f64;
    for v in a {
        let x = num(*v)?;
        acc = acc.hypot(x);
    }
    Ok(Value::float(acc))
}
fn m_ldexp(a: &[Value], k: Kw) -> PyResult {
    if !k.is_empty() || a.len() != 2 {
        return raise!(type_error, "ldexp expected 2 arguments, got {}", a.len());
    }
    let x = num(a[0])?;
    let e = to_i64(a[1]).unwrap_or(0).clamp(-5000, 5000) as i32;
    checked(x * 2f64.powi(e.clamp(-1074, 1023)) * if e > 1023 { 2f64.powi(e - 1023) } else if e < -1074 { 2f64.powi(e + 1074) } else { 1.0 }, x)
}
fn m_frexp(a: &[Value], k: Kw) -> PyResult {
    let x = arg1("frexp", a, k)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(new_tuple(&[Value::float(x), Value::small_int(0)]));
    }
    let e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    let mut e = e;
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    }
    if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(new_tuple(&[Value::float(m), Value::small_int(e as i64)]))
}
fn m_modf(a: &[Value], k: Kw) -> PyResult {
    let x = arg1("modf", a, k)?;
    if x.is_infinite() {
        return Ok(new_tuple(&[Value::float(0.0f64.copysign(x)), Value::float(x)]));
    }
    Ok(new_tuple(&[Value::float(x.fract()), Value::float(x.trunc())]))
}

fn int_args(a: &[Value]) -> PyResult<Vec<num_bigint::BigInt>> {
    let mut out = Vec::new();
    for v in a {
        if !is_intlike(*v) {
            return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(*v));
        }
        out.push(to_big(*v).unwrap());
    }
    Ok(out)
}
fn m_gcd(a: &[Value], _k: Kw) -> PyResult {
    let xs = int_args(a)?;
    let mut g = num_bigint::BigInt::zero();
    for x in xs {
        g = num_integer::Integer::gcd(&g, &x);
    }
    Ok(int_from_big(g))
}
fn m_lcm(a: &[Value], _k: Kw) -> PyResult {
    let xs = int_args(a)?;
    let mut l = num_bigint::BigInt::one();
    for x in xs {
        if x.is_zero() {
            return Ok(Value::small_int(0));
        }
        l = num_integer::Integer::lcm(&l, &x);
    }
    Ok(int_from_big(l))
}
fn m_factorial(a: &[Value], k: Kw) -> PyResult {
    check_args("math.factorial", &[Value::NONE].iter().chain(a).copied().collect::<Vec<_>>(), k, 1, 1)?;
    if a[0].is_float() {
        return raise!(type_error, "'float' object cannot be interpreted as an integer");
    }
    let n = int_args(a)?.remove(0);
    if n.is_negative() {
        return raise!(value_error, "factorial() not defined for negative values");
    }
    let n = num_traits::ToPrimitive::to_u64(&n).unwrap_or(u64::MAX);
    if n > 100_000 {
        return raise!(overflow_error, "factorial() argument should not exceed 100000");
    }
    let mut r = num_bigint::BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(int_from_big(r))
}
fn m_isqrt(a: &[Value], _k: Kw) -> PyResult {
    let n = int_args(a)?.remove(0);
    if n.is_negative() {
        return raise!(value_error, "isqrt() argument must be nonnegative");
    }
    Ok(int_from_big(n.sqrt()))
}
fn m_comb(a: &[Value], _k: Kw) -> PyResult {
    let v = int_args(a)?;
    if v.len() != 2 {
        return raise!(type_error, "comb expected 2 arguments, got {}", v.len());
    }
    let (n, k) = (&v[0], &v[1]);
    if n.is_negative() {
        return raise!(value_error, "n must be a non-negative integer");
    }
    if k.is_negative() {
        return raise!(value_error, "k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(&std::cmp::min(k.clone(), n - k)).unwrap();
    let mut r = num_bigint::BigInt::one();
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    Ok(int_from_big(r))
}
fn m_perm(a: &[Value], _k: Kw) -> PyResult {
    let v = int_args(a)?;
    let n = v[0].clone();
    let k = v.get(1).cloned().unwrap_or(n.clone());
    if k > n {
        return Ok(Value::small_int(0));
    }
    let k = num_traits::ToPrimitive::to_u64(&k).unwrap();
    let mut r = num_bigint::BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(int_from_big(r))
}
fn m_prod(a: &[Value], k: Kw) -> PyResult {
    let mut acc = crate::methods::kwarg(k, "start").unwrap_or(Value::small_int(1));
    let it = ops::iter(a[0])?;
    let keep = new_list_obj(1);
    keep.items.push(acc);
    while let Some(v) = ops::next(it)? {
        acc = ops::binop(ops::BinOp::Mul, acc, v)?;
        keep.items.set(0, acc);
    }
    Ok(acc)
}
fn m_fsum(a: &[Value], _k: Kw) -> PyResult {
    // exact summation with partials (Shewchuk)
    let mut partials: Vec<f64> = Vec::new();
    let it = ops::iter(a[0])?;
    while let Some(v) = ops::next(it)? {
        let mut x = num(v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::float(partials.iter().sum()))
}
fn m_isclose(a: &[Value], k: Kw) -> PyResult {
    let (x, y) = (num(a[0])?, num(a[1])?);
    let rel = crate::methods::kwarg(k, "rel_tol").map(num).transpose()?.unwrap_or(1e-9);
    let abs = crate::methods::kwarg(k, "abs_tol").map(num).transpose()?.unwrap_or(0.0);
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::FALSE);
    }
    let d = (x - y).abs();
    Ok(Value::bool(d <= (rel * y.abs()).max(rel * x.abs()) || d <= abs))
}

fn install_math() {
    let m = new_module("math", Value::NONE);
    add_fns(
        m,
        &[
            ("sqrt", m_sqrt),
            ("exp", m_exp),
            ("expm1", m_expm1),
            ("log", m_log),
            ("log2", m_log2),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
            ("fabs", m_fabs),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("pow", m_pow),
            ("copysign", m_copysign),
            ("fmod", m_fmod),
            ("hypot", m_hypot),
            ("ldexp", m_ldexp),
            ("frexp", m_frexp),
            ("modf", m_modf),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("gcd", m_gcd),
            ("lcm", m_lcm),
            ("factorial", m_factorial),
            ("isqrt", m_isqrt),
            ("comb", m_comb),
            ("perm", m_perm),
            ("prod", m_prod),
            ("fsum", m_fsum),
            ("isclose", m_isclose),
        ],
    );
    m.set("pi", Value::float(std::f64::consts::PI));
    m.set("e", Value::float(std::f64::consts::E));
    m.set("tau", Value::float(std::f64::consts::TAU));
    m.set("inf", Value::float(f64::INFINITY));
    m.set("nan", Value::float(f64::NAN));
    register(m);
}

// ---------------------------------------------------------------------------
// time

fn t_time(_a: &[Value], _k: Kw) -> PyResult {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
}

static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

fn t_perf_counter(_a: &[Value], _k: Kw) -> PyResult {
    let s = START.get_or_init(std::time::Instant::now);
    Ok(Value::float(s.elapsed().as_secs_f64()))
}
fn t_perf_counter_ns(_a: &[Value], _k: Kw) -> PyResult {
    let s = START.get_or_init(std::time::Instant::now);
    Ok(int_from_i64(s.elapsed().as_nanos() as i64))
}
fn t_sleep(a: &[Value], _k: Kw) -> PyResult {
    let secs = num(*a.first().unwrap_or(&Value::float(0.0)))?;
    if secs < 0.0 {
        return raise!(value_error, "sleep length must be non-negative");
    }
    morel_heap::blocking(|| std::thread::sleep(std::time::Duration::from_secs_f64(secs)));
    Ok(Value::NONE)
}

fn install_time() {
    let m = new_module("time", Value::NONE);
    START.get_or_init(std::time::Instant::now);
    add_fns(
        m,
        &[
            ("time", t_time),
            ("perf_counter", t_perf_counter),
            ("monotonic", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("monotonic_ns", t_perf_counter_ns),
            ("time_ns", t_time_ns),
            ("process_time", t_process_time),
            ("thread_time", t_process_time),
            ("sleep", t_sleep),
        ],
    );
    register(m);
}

fn t_time_ns(_a: &[Value], _k: Kw) -> PyResult {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(int_from_big(num_bigint::BigInt::from(d.as_nanos())))
}

/// CPU time of the process (user + system), from `getrusage`-free
/// `/proc/self/stat` where it exists; elapsed time otherwise.
fn t_process_time(_a: &[Value], _k: Kw) -> PyResult {
    let ticks = std::fs::read_to_string("/proc/self/stat").ok().and_then(|s| {
        // fields after the parenthesised command name: utime is the 12th, stime the 13th
        let rest = &s[s.rfind(')')? + 2..];
        let f: Vec<&str> = rest.split(' ').collect();
        Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
    });
    match ticks {
        // the kernel reports in clock ticks of 1/100 s on Linux
        Some(t) => Ok(Value::float(t as f64 / 100.0)),
        None => t_perf_counter(&[], &[]),
    }
}

// ---------------------------------------------------------------------------
// gc

/// Whether `gc.disable()` was called. Morel's collector traces everything
/// (there is no separate cycle collector to switch off), so collections go
/// on; the flag is only what `gc.isenabled()` reports.
static GC_ENABLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

fn gc_collect(_a: &[Value], _k: Kw) -> PyResult {
    morel_heap::collect();
    // CPython returns how many unreachable objects it found; a tracing
    // collector frees them without counting objects.
    Ok(int_from_i64(0))
}
fn gc_enable(_a: &[Value], _k: Kw) -> PyResult {
    GC_ENABLED.store(true, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::NONE)
}
fn gc_disable(_a: &[Value], _k: Kw) -> PyResult {
    GC_ENABLED.store(false, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::NONE)
}
fn gc_isenabled(_a: &[Value], _k: Kw) -> PyResult {
    Ok(Value::bool(GC_ENABLED.load(std::sync::atomic::Ordering::Relaxed)))
}
fn gc_get_count(_a: &[Value], _k: Kw) -> PyResult {
    let z = int_from_i64(0);
    Ok(new_tuple(&[z, z, z]))
}
fn gc_get_threshold(_a: &[Value], _k: Kw) -> PyResult {
    Ok(new_tuple(&[int_from_i64(700), int_from_i64(10), int_from_i64(10)]))
}
fn gc_ignore(_a: &[Value], _k: Kw) -> PyResult {
    Ok(Value::NONE)
}

fn install_gc() {
    let m = new_module("gc", Value::NONE);
    add_fns(
        m,
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_ignore),
            ("freeze", gc_ignore),
            ("unfreeze", gc_ignore),
        ],
    );
    register(m);
}
