//! `_thread`: Python threads as OS threads, with no global lock.
//!
//! `start_new_thread(f, args, kwargs)` shares the callable and its arguments
//! (the write barrier: they become reachable from another thread), parks them
//! in `PENDING`, a global root, and starts an OS thread. The new thread
//! attaches to the heap, takes its arguments out of `PENDING` (after which
//! its own stack keeps them alive), runs the call and detaches. `threading`,
//! `queue` and `concurrent.futures` are Python modules in `lib/` built on
//! this module and on the lock types of `morel_runtime::types::lock`.

use morel_heap::{Tracer, Value};
use morel_runtime::call::call;
use morel_runtime::object::share;
use morel_runtime::types::class::type_name;
use morel_runtime::types::dict::dict_obj;
use morel_runtime::types::function::{new_builtin, new_module};
use morel_runtime::types::lock::{current_ident, new_lock, TIMEOUT_MAX};
use morel_runtime::types::tuple::tuple_items;
use morel_runtime::{raise, PyResult};
use parking_lot::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

type Kw<'a> = &'a [(Value, Value)];

/// Native stack of a Python thread (virtual memory, touched as used).
const THREAD_STACK: usize = 256 << 20;

/// (token, callable, args tuple, kwargs dict or None) of threads started but
/// not yet running; traced as a global root.
static PENDING: Mutex<Vec<(u64, Value, Value, Value)>> = Mutex::new(Vec::new());
static NEXT_TOKEN: AtomicU64 = AtomicU64::new(1);
/// Threads started by `start_new_thread` that have not finished.
static RUNNING: AtomicUsize = AtomicUsize::new(0);
/// Serial numbers never reused (unlike OS idents), for `threading.local`.
static NEXT_SERIAL: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static SERIAL: u64 = NEXT_SERIAL.fetch_add(1, Ordering::Relaxed);
}

fn scan_pending(t: &mut Tracer) {
    for &(_, f, a, k) in PENDING.lock().iter() {
        t.value(f);
        t.value(a);
        t.value(k);
    }
}

/// `_thread.start_new_thread(function, args, kwargs=None)`.
fn start_new_thread(a: &[Value], _k: Kw) -> PyResult {
    if a.len() < 2 || a.len() > 3 {
        return raise!(type_error, "start_new_thread expected 2 or 3 arguments, got {}", a.len());
    }
    let (func, args) = (a[0], a[1]);
    let kwargs = a.get(2).copied().unwrap_or(Value::NONE);
    if !morel_runtime::builtins::is_callable(func) {
        return raise!(type_error, "first arg must be callable");
    }
    if tuple_items(args).is_none() {
        return raise!(type_error, "2nd arg must be a tuple");
    }
    if !kwargs.is_none() && dict_obj(kwargs).is_none() {
        return raise!(type_error, "optional 3rd arg must be a dictionary");
    }
    // The barrier: everything the new thread can reach is shared first.
    share(func);
    share(args);
    share(kwargs);
    let token = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    PENDING.lock().push((token, func, args, kwargs));
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let spawned = std::thread::Builder::new().stack_size(THREAD_STACK).spawn(move || thread_main(token));
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            Ok(morel_runtime::types::int::int_from_i64(handle.as_pthread_t() as i64))
        }
        Err(_) => {
            PENDING.lock().retain(|p| p.0 != token);
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            raise!(runtime_error, "can't start new thread")
        }
    }
}

fn thread_main(token: u64) {
    crate::frame::init_stack_limit();
    // Attaches this thread to the heap (and gives it a value stack).
    let _ = morel_runtime::thread::thread();
    let taken = {
        let mut p = PENDING.lock();
        let i = p.iter().position(|e| e.0 == token).expect("pending thread start");
        p.swap_remove(i)
    };
    let (_, func, args, kwargs) = taken;
    let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_call(func, args, kwargs))) {
        Ok(r) => r,
        Err(_) => {
            // An internal error (the panic hook printed it): end the process
            // rather than leave a thread attached that collections wait for.
            morel_runtime::output::flush_stdout();
            std::process::exit(70);
        }
    };
    if let Err(e) = r {
        let v = e.value();
        if !morel_runtime::ops::is_instance_of(v, morel_runtime::classes().system_exit) {
            let what = morel_runtime::ops::repr(func).unwrap_or_else(|_| "<function>".into());
            morel_runtime::output::write_stderr(&format!(
                "Exception ignored in thread started by: {}\n{}",
                what,
                crate::syntax::format_traceback(v)
            ));
        }
    }
    std::hint::black_box((func, args, kwargs));
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    morel_runtime::thread::release_current_thread();
}

fn run_call(func: Value, args: Value, kwargs: Value) -> PyResult {
    let items = tuple_items(args).unwrap_or(&[]);
    let kw: Vec<(Value, Value)> = match dict_obj(kwargs) {
        Some(d) => d.items().iter().copied().collect(),
        None => Vec::new(),
    };
    call(func, items, &kw)
}

fn allocate_lock(_a: &[Value], _k: Kw) -> PyResult {
    Ok(new_lock(false))
}

fn get_ident(_a: &[Value], _k: Kw) -> PyResult {
    Ok(morel_runtime::types::int::int_from_i64(current_ident() as i64))
}

fn get_native_id(_a: &[Value], _k: Kw) -> PyResult {
    // SAFETY: gettid has no preconditions.
    Ok(morel_runtime::types::int::int_from_i64(unsafe { libc::gettid() } as i64))
}

fn count(_a: &[Value], _k: Kw) -> PyResult {
    Ok(morel_runtime::types::int::int_from_i64(RUNNING.load(Ordering::SeqCst) as i64))
}

/// `_thread._serial()`: a number naming the calling thread that no other
/// thread ever gets (OS idents are reused); keys `threading.local` storage.
fn serial(_a: &[Value], _k: Kw) -> PyResult {
    Ok(morel_runtime::types::int::int_from_i64(SERIAL.with(|s| *s) as i64))
}

fn stack_size(a: &[Value], _k: Kw) -> PyResult {
    let _ = a;
    Ok(morel_runtime::types::int::int_from_i64(0))
}

/// `_thread._format_exception(exc)`: the traceback text CPython would print.
fn format_exception(a: &[Value], _k: Kw) -> PyResult {
    match a.first() {
        Some(&v) => Ok(morel_runtime::types::str::new_str(&crate::syntax::format_traceback(v))),
        None => raise!(type_error, "_format_exception() takes exactly one argument (0 given)"),
    }
}

/// `_thread._write_stderr(text)`: writes to stderr after flushing stdout.
fn write_stderr(a: &[Value], _k: Kw) -> PyResult {
    match a.first().and_then(|v| morel_runtime::types::str::as_str(*v)) {
        Some(s) => {
            morel_runtime::output::write_stderr(s);
            Ok(Value::NONE)
        }
        None => raise!(type_error, "_write_stderr() argument must be str, not {}", a.first().map(|v| type_name(*v)).unwrap_or("nothing")),
    }
}

/// Creates and registers the `_thread` module.
pub fn install() {
    morel_heap::add_global_root_scanner(scan_pending);
    let m = new_module("_thread", Value::NONE);
    let (lock, rlock) = morel_runtime::types::lock::install();
    let fns: &[(&'static str, morel_runtime::types::class::NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("_serial", serial),
        ("stack_size", stack_size),
        ("_format_exception", format_exception),
        ("_write_stderr", write_stderr),
    ];
    for (n, f) in fns {
        m.set(n, new_builtin(n, *f, Value::NONE));
    }
    m.set("LockType", lock);
    m.set("lock", lock);
    m.set("RLock", rlock);
    m.set("TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
    m.set("error", Value::from_ptr(morel_runtime::classes().runtime_error));
    morel_runtime::modules::register_module("_thread", Value::from_ptr(m));
}

/// At interpreter exit: `threading._shutdown()` waits for the non-daemon
/// threads, if `threading` was imported.
pub fn shutdown() {
    if let Some(m) = morel_runtime::modules::loaded_module("threading") {
        if let Ok(f) = morel_runtime::attr::getattr(m, morel_runtime::types::str::intern("_shutdown")) {
            let _ = call(f, &[], &[]);
        }
    }
}
