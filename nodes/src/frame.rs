//! Frames: a code unit's slots on the thread's value stack, plus what names
//! resolve against. Entering and leaving frames, argument binding and the
//! recursion guards live here.

use crate::tree::{CodeKind, CodeUnit, LocalSlot};
use morel_runtime::thread::{thread, ThreadState};
use morel_runtime::types::dict::DictObj;
use morel_runtime::types::function::{as_cell, new_cell, FunctionObj, ModuleObj};
use morel_runtime::types::str::as_str;
use morel_runtime::types::tuple::{new_tuple, tuple_items};
use morel_runtime::{raise, Exc, PyResult, Value};
use std::cell::Cell;

pub struct Frame {
    pub slots: &'static [Cell<Value>],
    pub base: usize,
    pub code: &'static CodeUnit,
    pub module: &'static ModuleObj,
    /// The class namespace while a class body runs.
    pub namespace: Option<&'static DictObj>,
    /// The namespace object when a metaclass's `__prepare__` returned a dict
    /// subclass: the class body's stores, loads and deletes of names go
    /// through its methods (`namespace` is its dict part).
    pub ns_map: Option<Value>,
    /// Identity used by tracebacks (one entry per frame).
    pub id: u64,
    pub ts: &'static ThreadState,
    /// The generator context when this frame is a generator's body.
    pub gen: Option<*const crate::generator::GenCtx>,
}

impl Frame {
    #[inline(always)]
    pub fn get(&self, s: LocalSlot) -> Value {
        self.slots[s.0 as usize].get()
    }
    #[inline(always)]
    pub fn set(&self, s: LocalSlot, v: Value) {
        self.slots[s.0 as usize].set(v)
    }
}

/// Native stack reserve below which a call raises RecursionError instead of
/// risking an overflow.
const STACK_RESERVE: usize = 256 * 1024;

thread_local! {
    static STACK_LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// Records the calling thread's native stack bounds (call at thread start).
pub fn init_stack_limit() {
    let mut lo = 0usize;
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; we read
    // the stack address/size and destroy the attribute object.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
            let mut addr: *mut libc::c_void = std::ptr::null_mut();
            let mut size: libc::size_t = 0;
            if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
                lo = addr as usize;
            }
            libc::pthread_attr_destroy(&mut attr);
        }
    }
    STACK_LIMIT.with(|l| l.set(lo + STACK_RESERVE));
}

/// Switches the recursion guard to a coroutine stack whose lowest address is
/// `lo`; returns the previous limit for `restore_stack_limit`.
pub fn set_stack_limit(lo: usize) -> usize {
    STACK_LIMIT.with(|l| l.replace(lo + COROUTINE_RESERVE))
}

pub fn restore_stack_limit(saved: usize) {
    STACK_LIMIT.with(|l| l.set(saved));
}

/// Reserve kept free at the bottom of a generator's (smaller) stack.
const COROUTINE_RESERVE: usize = 64 * 1024;

#[inline(always)]
fn stack_low() -> bool {
    let here = 0u8;
    let addr = &here as *const u8 as usize;
    STACK_LIMIT.with(|l| addr < l.get())
}

/// Guards a Python-level call: depth limit and native stack reserve.
#[inline(always)]
pub fn enter_call(ts: &ThreadState) -> PyResult<()> {
    let d = ts.depth.get() + 1;
    if d > ts.recursion_limit.get() || stack_low() {
        return recursion_error();
    }
    ts.depth.set(d);
    Ok(())
}

#[cold]
#[inline(never)]
fn recursion_error() -> PyResult<()> {
    raise!(recursion_error, "maximum recursion depth exceeded")
}

#[inline(always)]
pub fn leave_call(ts: &ThreadState) {
    ts.depth.set(ts.depth.get() - 1);
}

/// Reserves the frame's slots on the value stack.
pub fn alloc_slots(ts: &'static ThreadState, n: usize) -> PyResult<usize> {
    match ts.push_slots(n) {
        Some(b) => Ok(b),
        None => Err(morel_runtime::exc!(recursion_error, "maximum recursion depth exceeded")),
    }
}

pub fn code_of(f: &FunctionObj) -> &'static CodeUnit {
    // SAFETY: FunctionObj::code is always set by `make_function` to a leaked,
    // immortal CodeUnit.
    unsafe { &*(f.code as *const CodeUnit) }
}

pub fn module_of(v: Value) -> &'static ModuleObj {
    morel_runtime::types::function::as_module(v).expect("code module")
}

/// Makes the frame of a function call whose slots start at `base`, with
/// arguments already bound; creates cells and installs closure cells.
pub fn function_frame(func: &'static FunctionObj, code: &'static CodeUnit, base: usize, ts: &'static ThreadState) -> Frame {
    let slots = ts.slots(base, code.n_slots);
    // SAFETY-free lifetime extension: ThreadState is leaked ('static) and the
    // slots stay reserved until `pop_slots(base)` after the frame ends.
    let slots: &'static [Cell<Value>] = unsafe_static(slots);
    let f = Frame { slots, base, code, module: module_of(code.module), namespace: None, ns_map: None, id: ts.new_frame_id(), ts, gen: None };
    for (slot, is_param) in code.cells {
        let v = if *is_param { f.get(*slot) } else { Value::UNBOUND };
        f.set(*slot, Value::from_ptr(new_cell(v)));
    }
    if !code.frees.is_empty() {
        if let Some(cl) = tuple_items(func.closure) {
            for (slot, c) in code.frees.iter().zip(cl) {
                f.set(*slot, *c);
            }
        }
    }
    f
}

/// The slots of a thread's value stack live as long as the (leaked) thread state.
fn unsafe_static(s: &[Cell<Value>]) -> &'static [Cell<Value>] {
    // SAFETY: the slice points into ThreadState::stack, which is leaked and
    // never reallocated; the frame using it ends before its slots are popped.
    unsafe { std::slice::from_raw_parts(s.as_ptr(), s.len()) }
}

/// Frame for module or class-body code.
pub fn plain_frame(code: &'static CodeUnit, namespace: Option<&'static DictObj>) -> PyResult<Frame> {
    let ts = thread();
    let base = alloc_slots(ts, code.n_slots)?;
    let slots = unsafe_static(ts.slots(base, code.n_slots));
    Ok(Frame { slots, base, code, module: module_of(code.module), namespace, ns_map: None, id: ts.new_frame_id(), ts, gen: None })
}

/// Binds call arguments into the frame slots `slots` (already UNBOUND).
#[inline]
pub fn bind_args(
    func: &'static FunctionObj,
    code: &'static CodeUnit,
    slots: &[Cell<Value>],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let p = &code.params;
    // Specialization: exactly the positional parameters, passed by position
    // (a key function called by `sorted`, a callback): copy and done.
    if kw.is_empty() && args.len() == p.n_pos && !p.vararg && !p.kwarg && p.n_kwonly == 0 {
        for (slot, a) in slots.iter().zip(args) {
            slot.set(*a);
        }
        return Ok(());
    }
    bind_args_general(func, code, slots, args, kw)
}

#[inline(never)]
fn bind_args_general(
    func: &'static FunctionObj,
    code: &'static CodeUnit,
    slots: &[Cell<Value>],
    args: &[Value],
    kw: &[(Value, Value)],
) -> PyResult<()> {
    let p = &code.params;
    let fname = as_str(func.qualname.get()).unwrap_or("?");
    let n_pos = p.n_pos;
    // positional
    let given = args.len();
    for (i, a) in args.iter().take(n_pos).enumerate() {
        slots[i].set(*a);
    }
    let mut next = n_pos;
    if p.vararg {
        let extra = if given > n_pos { &args[n_pos..] } else { &[] };
        slots[next].set(new_tuple(extra));
        next += 1;
    } else if given > n_pos {
        return too_many_positional(code, func, given, kw);
    }
    let kwonly_start = next;
    next += p.n_kwonly;
    let kwargs_dict = if p.kwarg {
        let d = morel_runtime::types::dict::new_dict();
        slots[next].set(d);
        Some(morel_runtime::types::dict::dict_obj(d).unwrap())
    } else {
        None
    };
    // keywords
    for (k, v) in kw {
        let ks = as_str(*k).unwrap_or("");
        let mut found = None;
        for (i, n) in p.names.iter().enumerate() {
            if i < p.n_posonly {
                continue;
            }
            if (i < n_pos || (i >= kwonly_start && i < kwonly_start + p.n_kwonly)) && as_str(*n) == Some(ks) {
                found = Some(i);
                break;
            }
        }
        match found {
            Some(i) => {
                if !slots[i].get().is_unbound() {
                    return raise!(type_error, "{}() got multiple values for argument '{}'", fname, ks);
                }
                slots[i].set(*v);
            }
            None => match kwargs_dict {
                Some(d) => d.set(*k, *v)?,
                None => {
                    if p.names[..p.n_posonly].iter().any(|n| as_str(*n) == Some(ks)) {
                        return raise!(
                            type_error,
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            fname,
                            ks
                        );
                    }
                    return raise!(type_error, "{}() got an unexpected keyword argument '{}'", fname, ks);
                }
            },
        }
    }
    // defaults for positionals
    let defaults = tuple_items(func.defaults.get()).unwrap_or(&[]);
    let first_default = n_pos - defaults.len().min(n_pos);
    let mut missing = Vec::new();
    for i in 0..n_pos {
        if slots[i].get().is_unbound() {
            if i >= first_default {
                slots[i].set(defaults[i - first_default]);
            } else {
                missing.push(p.names[i]);
            }
        }
    }
    if !missing.is_empty() {
        return missing_args(fname, &missing, "positional");
    }
    // keyword-only defaults live in the function's attrs dict under "__kwdefaults__"
    if p.n_kwonly > 0 {
        let kwd = kwdefaults(func);
        let mut missing = Vec::new();
        for i in kwonly_start..kwonly_start + p.n_kwonly {
            if slots[i].get().is_unbound() {
                match kwd.and_then(|d| d.get_str(p.names[i])) {
                    Some(v) => slots[i].set(v),
                    None => missing.push(p.names[i]),
                }
            }
        }
        if !missing.is_empty() {
            return missing_args(fname, &missing, "keyword-only");
        }
    }
    Ok(())
}

pub fn kwdefaults(func: &FunctionObj) -> Option<&'static DictObj> {
    morel_runtime::types::dict::dict_obj(func.kwdefaults.get())
}

#[cold]
fn missing_args(fname: &str, missing: &[Value], what: &str) -> PyResult<()> {
    let names: Vec<String> = missing.iter().map(|n| format!("'{}'", as_str(*n).unwrap_or("?"))).collect();
    let list = match names.len() {
        1 => names[0].clone(),
        2 => format!("{} and {}", names[0], names[1]),
        _ => format!("{}, and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]),
    };
    raise!(
        type_error,
        "{}() missing {} required {} argument{}: {}",
        fname,
        missing.len(),
        what,
        if missing.len() == 1 { "" } else { "s" },
        list
    )
}

#[cold]
fn too_many_positional(code: &CodeUnit, func: &FunctionObj, given: usize, kw: &[(Value, Value)]) -> PyResult<()> {
    let p = &code.params;
    let fname = as_str(func.qualname.get()).unwrap_or("?");
    let ndef = tuple_items(func.defaults.get()).map(|d| d.len()).unwrap_or(0);
    let min = p.n_pos - ndef.min(p.n_pos);
    let kw_given = kw
        .iter()
        .filter(|(k, _)| p.names[p.n_pos..p.n_pos + p.n_kwonly + p.vararg as usize].iter().any(|n| n == k))
        .count();
    let takes = if ndef > 0 {
        format!("from {} to {} positional arguments", min, p.n_pos)
    } else {
        format!("{} positional argument{}", p.n_pos, if p.n_pos == 1 { "" } else { "s" })
    };
    let was = if given == 1 { "was" } else { "were" };
    if kw_given > 0 {
        return raise!(
            type_error,
            "{}() takes {} but {} positional argument{} (and {} keyword-only argument{}) were given",
            fname,
            takes,
            given,
            if given == 1 { "" } else { "s" },
            kw_given,
            if kw_given == 1 { "" } else { "s" }
        );
    }
    raise!(type_error, "{}() takes {} but {} {} given", fname, takes, given, was)
}

/// Reads a cell-holding slot.
#[inline]
pub fn cell_in(f: &Frame, s: LocalSlot) -> &'static morel_runtime::types::function::CellObj {
    as_cell(f.get(s)).expect("cell slot holds a cell")
}

pub fn is_class_body(f: &Frame) -> bool {
    f.code.kind == CodeKind::Class
}

#[allow(dead_code)]
fn _exc(_e: Exc) {}
