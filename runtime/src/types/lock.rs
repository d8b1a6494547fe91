//! `_thread.lock` and `_thread.RLock`: the blocking primitives every
//! `threading`, `queue` and `concurrent.futures` construct is built from.
//!
//! A lock object holds a `parking_lot` mutex over its small state and a
//! condition variable. Waiting happens inside `morel_heap::blocking`, so a
//! thread blocked on a Python lock never holds up a collection. The inner
//! mutex is only ever held for a few instructions that neither allocate nor
//! reach a safepoint, so taking it outside `blocking` cannot deadlock with a
//! collection that waits for this thread.

use crate::methods::kwarg;
use crate::object::{alloc_obj, downcast};
use crate::ops;
use crate::types::class::{new_class, ClassObj, Layout, NativeFn};
use crate::types::int::int_from_i64;
use crate::types::str::intern;
use crate::{raise, PyResult};
use morel_heap::Value;
use parking_lot::{Condvar, Mutex};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

type Kw<'a> = &'a [(Value, Value)];

/// The largest timeout `acquire` accepts, in seconds (as CPython's TIMEOUT_MAX).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

#[derive(Default)]
struct LockState {
    locked: bool,
    /// RLock only: the owning thread's ident and its recursion count.
    owner: u64,
    count: u64,
}

#[repr(C)]
pub struct LockObj {
    pub header: crate::object::ObjHeader,
    reentrant: bool,
    // No finalizer needed: parking_lot's Mutex and Condvar are plain words
    // with no destructor, and a thread waiting on them keeps the object alive
    // (its stack refers to it).
    state: Mutex<LockState>,
    cv: Condvar,
}

crate::py_vtable!(LockObj, "lock", |_o, _t| {});

struct LockClasses {
    lock: usize,
    rlock: usize,
}

static CLASSES: OnceLock<LockClasses> = OnceLock::new();

/// The calling OS thread's identity (`threading.get_ident()`).
pub fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// A new unlocked lock (`_thread.allocate_lock()`), or RLock when `reentrant`.
pub fn new_lock(reentrant: bool) -> Value {
    let c = CLASSES.get().expect("lock classes installed");
    let cls = (if reentrant { c.rlock } else { c.lock }) as *const ClassObj;
    Value::from_ptr(alloc_obj::<LockObj>(cls, |header| LockObj {
        header,
        reentrant,
        state: Mutex::new(LockState::default()),
        cv: Condvar::new(),
    }))
}

fn lock_of(args: &[Value], what: &str) -> PyResult<&'static LockObj> {
    match args.first().and_then(|v| downcast::<LockObj>(*v)) {
        Some(l) => Ok(l),
        None => raise!(type_error, "descriptor '{}' requires a lock object", what),
    }
}

impl LockObj {
    /// Takes the lock for thread `me` if it is free (or already ours, for RLock).
    fn try_take(&self, st: &mut LockState, me: u64) -> bool {
        if !st.locked {
            st.locked = true;
            st.owner = me;
            st.count = 1;
            true
        } else if self.reentrant && st.owner == me {
            st.count += 1;
            true
        } else {
            false
        }
    }

    /// Acquires, waiting at most `timeout` (forever when None). Returns
    /// whether the lock was acquired.
    pub fn acquire(&self, blocking: bool, timeout: Option<Duration>) -> bool {
        let me = current_ident();
        {
            let mut st = self.state.lock();
            if self.try_take(&mut st, me) {
                return true;
            }
            if !blocking {
                return false;
            }
        }
        self.acquire_slow(me, timeout)
    }

    #[cold]
    #[inline(never)]
    fn acquire_slow(&self, me: u64, timeout: Option<Duration>) -> bool {
        let deadline = timeout.map(|t| Instant::now() + t);
        // Waiting is `blocking`: collections go ahead without this thread.
        // The inner guard is dropped inside the closure, so leaving
        // `blocking` (which may wait for a collection) never holds it.
        morel_heap::blocking(|| {
            let mut st = self.state.lock();
            loop {
                if self.try_take(&mut st, me) {
                    return true;
                }
                match deadline {
                    None => self.cv.wait(&mut st),
                    Some(d) => {
                        if self.cv.wait_until(&mut st, d).timed_out() {
                            return self.try_take(&mut st, me);
                        }
                    }
                }
            }
        })
    }

    /// Releases; Err(message) when the lock is not held (by us, for RLock).
    pub fn release(&self) -> Result<(), &'static str> {
        let mut st = self.state.lock();
        if !st.locked {
            return Err(if self.reentrant { "cannot release un-acquired lock" } else { "release unlocked lock" });
        }
        if self.reentrant {
            if st.owner != current_ident() {
                return Err("cannot release un-acquired lock");
            }
            st.count -= 1;
            if st.count > 0 {
                return Ok(());
            }
        }
        st.locked = false;
        st.owner = 0;
        st.count = 0;
        drop(st);
        self.cv.notify_one();
        Ok(())
    }

    pub fn is_locked(&self) -> bool {
        self.state.lock().locked
    }
}

/// Converts an `acquire` timeout to seconds, with CPython's checks: an int
/// or float (no None), not NaN, and representable in nanoseconds as i64.
fn timeout_seconds(v: Value) -> PyResult<f64> {
    const NS_LIMIT: f64 = 9.223372036854775807e9; // i64::MAX nanoseconds
    if v.is_float() {
        let t = v.as_float();
        if t.is_nan() {
            return raise!(value_error, "Invalid value NaN (not a number)");
        }
        if t.abs() >= NS_LIMIT {
            return raise!(overflow_error, "timestamp out of range for platform time_t");
        }
        return Ok(t);
    }
    if crate::types::int::is_intlike(v) {
        return match crate::types::int::to_i64(v).and_then(|i| i.checked_mul(1_000_000_000)) {
            Some(ns) => Ok(ns as f64 / 1e9),
            None => raise!(overflow_error, "timestamp too large to convert to C _PyTime_t"),
        };
    }
    raise!(type_error, "'{}' object cannot be interpreted as an integer", crate::types::class::type_name(v))
}

/// Parses `acquire(blocking=True, timeout=-1)`: (blocking, None to wait
/// forever or the longest wait).
fn acquire_args(args: &[Value], kw: Kw) -> PyResult<(bool, Option<Duration>)> {
    let blocking_v = args.get(1).copied().or_else(|| kwarg(kw, "blocking"));
    let timeout_v = args.get(2).copied().or_else(|| kwarg(kw, "timeout"));
    let blocking = match blocking_v {
        Some(v) => ops::truthy(v)?,
        None => true,
    };
    let timeout = match timeout_v {
        None => -1.0,
        Some(v) => timeout_seconds(v)?,
    };
    if !blocking && timeout != -1.0 {
        return raise!(value_error, "can't specify a timeout for a non-blocking call");
    }
    if timeout < 0.0 && timeout != -1.0 {
        return raise!(value_error, "timeout value must be positive");
    }
    // CPython's limit is i64::MAX microseconds (TIMEOUT_MAX is that, rounded down).
    if timeout > 9223372036.854775 {
        return raise!(overflow_error, "timeout value is too large");
    }
    Ok((blocking, if timeout < 0.0 { None } else { Some(Duration::from_secs_f64(timeout)) }))
}

fn l_acquire(args: &[Value], kw: Kw) -> PyResult {
    let l = lock_of(args, "acquire")?;
    let (blocking, timeout) = acquire_args(args, kw)?;
    Ok(Value::bool(l.acquire(blocking, timeout)))
}

fn l_enter(args: &[Value], _kw: Kw) -> PyResult {
    let l = lock_of(args, "__enter__")?;
    Ok(Value::bool(l.acquire(true, None)))
}

fn l_release(args: &[Value], _kw: Kw) -> PyResult {
    let l = lock_of(args, "release")?;
    match l.release() {
        Ok(()) => Ok(Value::NONE),
        Err(msg) => raise!(runtime_error, "{}", msg),
    }
}

fn l_locked(args: &[Value], _kw: Kw) -> PyResult {
    Ok(Value::bool(lock_of(args, "locked")?.is_locked()))
}

/// `RLock._is_owned()`: held by the calling thread.
fn l_is_owned(args: &[Value], _kw: Kw) -> PyResult {
    let l = lock_of(args, "_is_owned")?;
    let st = l.state.lock();
    Ok(Value::bool(st.locked && st.owner == current_ident()))
}

/// `RLock._release_save()`: releases every level and returns the count (for
/// `Condition.wait` on an RLock).
fn l_release_save(args: &[Value], _kw: Kw) -> PyResult {
    let l = lock_of(args, "_release_save")?;
    let mut st = l.state.lock();
    if !st.locked || (l.reentrant && st.owner != current_ident()) {
        return raise!(runtime_error, "cannot release un-acquired lock");
    }
    let count = st.count;
    st.locked = false;
    st.owner = 0;
    st.count = 0;
    drop(st);
    l.cv.notify_one();
    Ok(int_from_i64(count as i64))
}

/// `RLock._acquire_restore(count)`: re-acquires with the saved count.
fn l_acquire_restore(args: &[Value], _kw: Kw) -> PyResult {
    let l = lock_of(args, "_acquire_restore")?;
    let count = args.get(1).and_then(|v| crate::types::int::to_i64(*v)).unwrap_or(1).max(1) as u64;
    l.acquire(true, None);
    l.state.lock().count = count;
    Ok(Value::NONE)
}

fn l_repr(args: &[Value], _kw: Kw) -> PyResult {
    let l = lock_of(args, "__repr__")?;
    let st = l.state.lock();
    let state = if st.locked { "locked" } else { "unlocked" };
    let addr = l as *const LockObj as usize;
    let s = if l.reentrant {
        format!("<{} _thread.RLock object owner={} count={} at {:#x}>", state, st.owner, st.count, addr)
    } else {
        format!("<{} _thread.lock object at {:#x}>", state, addr)
    };
    Ok(crate::types::str::new_str(&s))
}

fn lock_ctor(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(new_lock(false))
}

fn rlock_ctor(_args: &[Value], _kw: Kw) -> PyResult {
    Ok(new_lock(true))
}

/// Creates the `lock` and `RLock` classes; returns them for the `_thread` module.
pub fn install() -> (Value, Value) {
    let lock = new_class("lock", &[], Layout::Builtin);
    let rlock = new_class("RLock", &[], Layout::Builtin);
    for cls in [lock, rlock] {
        cls.module.set(intern("_thread"));
        crate::add_root(Value::from_ptr(cls));
        let common: &[(&'static str, NativeFn)] = &[
            ("acquire", l_acquire),
            ("release", l_release),
            ("__enter__", l_enter),
            ("__exit__", l_release),
            ("__repr__", l_repr),
        ];
        cls.add_methods(common);
    }
    let lock_only: &[(&'static str, NativeFn)] =
        &[("locked", l_locked), ("acquire_lock", l_acquire), ("release_lock", l_release), ("locked_lock", l_locked)];
    lock.add_methods(lock_only);
    let rlock_only: &[(&'static str, NativeFn)] = &[
        ("_is_owned", l_is_owned),
        ("_release_save", l_release_save),
        ("_acquire_restore", l_acquire_restore),
    ];
    rlock.add_methods(rlock_only);
    lock.ctor.set(Some(lock_ctor));
    rlock.ctor.set(Some(rlock_ctor));
    let _ = CLASSES.set(LockClasses { lock: lock as *const ClassObj as usize, rlock: rlock as *const ClassObj as usize });
    (Value::from_ptr(lock), Value::from_ptr(rlock))
}
