//! Generators: a generator function's body runs on its own stackful
//! coroutine (corosensei), so `yield` can suspend the tree interpreter
//! anywhere. The generator object owns the coroutine, its frame slots (a GC
//! array) and, while suspended, makes the collector scan the coroutine's
//! stack conservatively; while running, the heap's `enter_stack` keeps both
//! stacks scanned.

use crate::exec::{exec_block, Flow};
use crate::frame::{code_of, enter_call, leave_call, module_of, Frame};
use crate::tree::CodeUnit;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};
use morel_runtime::object::{alloc_obj, downcast, ObjHeader, ValueArray};
use morel_runtime::thread::{thread, ThreadState};
use morel_runtime::types::class::{new_class, ClassObj, Layout, NativeFn};
use morel_runtime::types::exception::new_exception_with_args;
use morel_runtime::types::function::{new_builtin, new_cell, FunctionObj};
use morel_runtime::types::str::intern;
use morel_runtime::types::tuple::{new_tuple, tuple_items};
use morel_runtime::{classes, exc, raise, Exc, PyResult, Value};
use std::cell::{Cell, UnsafeCell};
use std::sync::OnceLock;

/// What a resumed generator receives.
pub enum Resume {
    Send(Value),
    Throw(Value),
}

type Co = Coroutine<Resume, Value, PyResult, DefaultStack>;

/// Reserved size of a generator body's native stack. Functions called from
/// the body run on it too, so it must hold a recursion as deep as the
/// recursion limit allows (about 1 KiB per Python call); pages are only
/// committed when touched, and stacks are pooled.
const GEN_STACK: usize = 2 * 1024 * 1024;
/// What a newly mapped generator stack counts toward the next collection
/// (its committed part in a typical run, not its reservation).
const GEN_STACK_CHARGE: usize = 64 * 1024;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

/// A generator's state, shared by every thread that may resume it. Resuming
/// claims `Running` with a compare-and-swap, so two threads can never run
/// one coroutine at once: the loser gets "generator already executing".
pub struct AtomicGenState(std::sync::atomic::AtomicU8);

impl AtomicGenState {
    fn new(s: GenState) -> AtomicGenState {
        AtomicGenState(std::sync::atomic::AtomicU8::new(s as u8))
    }
    pub fn get(&self) -> GenState {
        match self.0.load(std::sync::atomic::Ordering::Acquire) {
            0 => GenState::Created,
            1 => GenState::Suspended,
            2 => GenState::Running,
            _ => GenState::Done,
        }
    }
    pub fn set(&self, s: GenState) {
        self.0.store(s as u8, std::sync::atomic::Ordering::Release);
    }
    /// Moves from `from` to `to`; false if another thread changed it first.
    fn claim(&self, from: GenState, to: GenState) -> bool {
        use std::sync::atomic::Ordering;
        self.0.compare_exchange(from as u8, to as u8, Ordering::AcqRel, Ordering::Acquire).is_ok()
    }
}

#[repr(C)]
pub struct GeneratorObj {
    pub header: ObjHeader,
    co: UnsafeCell<Option<Box<Co>>>,
    pub state: AtomicGenState,
    /// The frame's slots (a `ValueArray`).
    slots: Value,
    pub func: Value,
    /// The body's own value stack (temporaries that live across `yield`).
    /// Taken back (for the next generator) when the body finishes.
    private: UnsafeCell<Option<Box<ThreadState>>>,
    /// Lowest live address of the coroutine stack while suspended.
    susp_sp: Cell<usize>,
    stack_hi: usize,
    stack_lo: usize,
}

/// Finished generators' stacks, kept for reuse: mapping and unmapping a
/// stack per generator costs more than running a small one.
static STACK_POOL: parking_lot::Mutex<Vec<DefaultStack>> = parking_lot::Mutex::new(Vec::new());
const STACK_POOL_MAX: usize = 256;

fn take_stack() -> Option<DefaultStack> {
    if let Some(s) = STACK_POOL.lock().pop() {
        return Some(s);
    }
    // A generator pins its coroutine stack until it is collected: a newly
    // mapped stack counts toward the next collection, so that garbage
    // generators give their stacks back (a pooled one was already counted).
    morel_heap::note_external_alloc(GEN_STACK_CHARGE);
    DefaultStack::new(GEN_STACK).ok()
}

/// Returns a coroutine's stack to the pool (or frees it). The coroutine has
/// finished, never started, or was reset by the finalizer.
fn recycle(mut co: Box<Co>) {
    if !co.done() {
        // SAFETY: callers pass only coroutines that are not suspended inside
        // a call (never started, or already reset): nothing on the stack needs Drop.
        unsafe { co.force_reset() };
    }
    let stack = co.into_stack();
    let mut pool = STACK_POOL.lock();
    if pool.len() < STACK_POOL_MAX {
        pool.push(stack);
    }
}

/// Private value stacks of collected generators, kept for reuse: a fresh one
/// is a zeroed 2 KiB allocation, a large share of a small generator's cost.
static PRIVATE_POOL: parking_lot::Mutex<Vec<Box<ThreadState>>> = parking_lot::Mutex::new(Vec::new());

fn take_private() -> Box<ThreadState> {
    if let Some(p) = PRIVATE_POOL.lock().pop() {
        return p;
    }
    ThreadState::new_private(morel_runtime::thread::GENERATOR_STACK_SLOTS)
}

fn recycle_private(p: Box<ThreadState>) {
    p.reset_private();
    let mut pool = PRIVATE_POOL.lock();
    if pool.len() < STACK_POOL_MAX {
        pool.push(p);
    }
}

unsafe fn finalize_generator(o: *mut morel_heap::GcHeader) {
    // SAFETY: called once by the sweeper on a dead generator. A suspended
    // coroutine is reset without unwinding (its stack holds no values that
    // need Drop beyond small Rust temporaries, which are leaked), then its
    // stack is recycled. The pool's lock is never held across a safepoint,
    // so the stopped world cannot be holding it.
    unsafe {
        let g = &mut *(o as *mut GeneratorObj);
        if let Some(mut co) = (*g.co.get()).take() {
            co.force_reset();
            recycle(co);
        }
        if let Some(p) = (*g.private.get()).take() {
            recycle_private(p);
        }
    }
}

morel_runtime::py_vtable!(
    GeneratorObj,
    "generator",
    |g, t| {
        t.value(g.slots);
        t.value(g.func);
        // SAFETY: the world is stopped while tracing; only the generator's
        // own resumer replaces the field, and never during a collection.
        if let Some(p) = unsafe { &*g.private.get() } {
            p.trace(t);
        }
        if g.state.get() == GenState::Suspended {
            // The suspended body's locals and temporaries live on its stack.
            t.conservative_range(g.susp_sp.get(), g.stack_hi);
        }
    },
    Some(finalize_generator)
);

/// Per-resume context the body reaches through its frame.
pub struct GenCtx {
    yielder: *const Yielder<Resume, Value>,
    pub gen: &'static GeneratorObj,
}

static GEN_CLASS: OnceLock<usize> = OnceLock::new();

fn gen_class() -> *const ClassObj {
    *GEN_CLASS.get().expect("generators installed") as *const ClassObj
}

#[inline]
pub fn as_generator(v: Value) -> Option<&'static GeneratorObj> {
    downcast::<GeneratorObj>(v)
}

/// Creates the generator for a call of a generator function whose arguments
/// are bound in the thread's value-stack slots at `base`.
pub fn make_generator(func: &'static FunctionObj, code: &'static CodeUnit, base: usize) -> PyResult {
    let ts = thread();
    let n = code.n_slots;
    let arr = ValueArray::new(n);
    let src = ts.values(base, n);
    arr.as_mut_slice().copy_from_slice(src);
    let slots = arr.as_mut_slice();
    for (slot, is_param) in code.cells {
        let v = if *is_param { slots[slot.0 as usize] } else { Value::UNBOUND };
        let c = new_cell(v);
        arr.as_mut_slice()[slot.0 as usize] = Value::from_ptr(c);
    }
    if let Some(cl) = tuple_items(func.closure) {
        for (slot, c) in code.frees.iter().zip(cl) {
            arr.as_mut_slice()[slot.0 as usize] = *c;
        }
    }
    let Some(stack) = take_stack() else {
        return raise!(memory_error, "cannot allocate a generator stack");
    };
    let hi = stack.base().get();
    let lo = stack.limit().get();
    let arr_v = Value::from_ptr(arr);
    let gen = alloc_obj::<GeneratorObj>(gen_class(), |header| GeneratorObj {
        header,
        co: UnsafeCell::new(None),
        state: AtomicGenState::new(GenState::Created),
        slots: arr_v,
        func: Value::from_ptr(func),
        private: UnsafeCell::new(Some(take_private())),
        susp_sp: Cell::new(hi),
        stack_hi: hi,
        stack_lo: lo,
    });
    let gen_ptr = gen as *const GeneratorObj as usize;
    let co: Co = Coroutine::with_stack(stack, move |yielder: &Yielder<Resume, Value>, first: Resume| -> PyResult {
        // SAFETY: the generator object is alive while its coroutine runs: the
        // resumer holds it.
        let gen: &'static GeneratorObj = unsafe { &*(gen_ptr as *const GeneratorObj) };
        run_body(gen, yielder, first)
    });
    // SAFETY: the cell is only touched by the owning generator's methods,
    // which never run concurrently with each other (state Running guards).
    unsafe { *gen.co.get() = Some(Box::new(co)) };
    Ok(Value::from_ptr(gen))
}

fn run_body(gen: &'static GeneratorObj, yielder: &Yielder<Resume, Value>, first: Resume) -> PyResult {
    if let Resume::Throw(e) = first {
        return Err(Exc(e));
    }
    let func = morel_runtime::types::function::as_function(gen.func).unwrap();
    let code = code_of(func);
    let arr: &ValueArray = morel_runtime::object::cast(gen.slots);
    let slots = arr.as_mut_slice();
    // SAFETY: Cell<Value> has the layout of Value; the array lives as long as
    // the generator (traced through `slots`), which outlives this body.
    let slots: &'static [Cell<Value>] = unsafe { &*(slots as *mut [Value] as *const [Cell<Value>]) };
    let ctx = GenCtx { yielder, gen };
    // SAFETY: the private stack stays in the generator until the body has
    // returned (`resume` takes it back then) or the generator is collected,
    // so it outlives every run of the body; the box does not move.
    let private: &'static ThreadState = unsafe {
        let p: &ThreadState = (*gen.private.get()).as_ref().expect("a running generator has its private stack");
        &*(p as *const ThreadState)
    };
    let frame = Frame {
        slots,
        base: private.sp(),
        code,
        module: module_of(code.module),
        namespace: None,
        ns_map: None,
        id: thread().new_frame_id(),
        ts: private,
        gen: Some(&ctx as *const GenCtx),
    };
    match exec_block(&frame, code.body) {
        Ok(Flow::Return(v)) => Ok(v),
        Ok(_) => Ok(Value::NONE),
        Err(e) if morel_runtime::ops::is_instance_of(e.0, classes().stop_iteration) => {
            let r = exc!(runtime_error, "generator raised StopIteration");
            if let Some(st) = morel_runtime::types::exception::exc_state(r.0) {
                st.cause.set(e.0);
                st.context.set(e.0);
            }
            Err(r)
        }
        Err(e) => Err(e),
    }
}

/// `yield v` inside a generator body: suspends, returns what the resumer sends.
pub fn suspend(f: &Frame, v: Value) -> PyResult {
    let Some(ctx) = f.gen else {
        return raise!(runtime_error, "yield outside a generator");
    };
    // SAFETY: the context lives in `run_body`'s frame, below us on this stack.
    let ctx = unsafe { &*ctx };
    let mut regs = [0usize; 8];
    let sp = morel_heap::spill_and_sp(&mut regs);
    ctx.gen.susp_sp.set(sp);
    ctx.gen.state.set(GenState::Suspended);
    // SAFETY: the yielder belongs to the coroutine we are running on.
    let input = unsafe { &*ctx.yielder }.suspend(v);
    std::hint::black_box(&regs);
    ctx.gen.state.set(GenState::Running);
    match input {
        Resume::Send(x) => Ok(x),
        Resume::Throw(e) => Err(Exc(e)),
    }
}

/// How a resume ended.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

/// Resumes `gen` with `input`.
pub fn resume(gen: &'static GeneratorObj, input: Resume) -> PyResult<Step> {
    let prev = gen.state.get();
    match prev {
        GenState::Running => return raise!(value_error, "generator already executing"),
        GenState::Done => {
            return match input {
                Resume::Throw(e) => Err(Exc(e)),
                Resume::Send(_) => Ok(Step::Returned(Value::NONE)),
            }
        }
        GenState::Created => {
            if let Resume::Send(v) = &input {
                if !v.is_none() {
                    return raise!(type_error, "can't send non-None value to a just-started generator");
                }
            }
        }
        GenState::Suspended => {}
    }
    let ts = thread();
    enter_call(ts)?;
    if !gen.state.claim(prev, GenState::Running) {
        leave_call(ts);
        return raise!(value_error, "generator already executing");
    }
    // SAFETY: only this function touches the coroutine, and the state
    // Running, claimed atomically above, excludes every other resumer.
    let co = unsafe { &mut *gen.co.get() }.as_mut().expect("live generator has a coroutine");
    // SAFETY: we switch to the coroutine stack right after and leave it
    // before `leave_stack`; nothing between allocates.
    let tok = unsafe { morel_heap::enter_stack(gen.stack_lo, gen.stack_hi) };
    let saved = crate::frame::set_stack_limit(gen.stack_lo);
    let r = co.resume(input);
    crate::frame::restore_stack_limit(saved);
    // SAFETY: back on the stack that called enter_stack.
    unsafe { morel_heap::leave_stack(tok) };
    leave_call(ts);
    match r {
        CoroutineResult::Yield(v) => Ok(Step::Yielded(v)),
        CoroutineResult::Return(res) => {
            gen.state.set(GenState::Done);
            // SAFETY: the coroutine has completed; nothing runs on its stack,
            // and no frame uses its private value stack any more.
            if let Some(done) = unsafe { (*gen.co.get()).take() } {
                recycle(done);
            }
            if let Some(p) = unsafe { (*gen.private.get()).take() } {
                recycle_private(p);
            }
            res.map(Step::Returned)
        }
    }
}

fn stop_iteration(v: Value) -> Exc {
    // SAFETY: builtin classes are immortal.
    let cls = unsafe { &*classes().stop_iteration };
    let args = if v.is_none() { new_tuple(&[]) } else { new_tuple(&[v]) };
    Exc(new_exception_with_args(cls, args))
}

/// The next value of a generator, None when it finishes (for `for` loops).
pub fn gen_next(it: Value) -> PyResult<Option<Value>> {
    let g = as_generator(it).unwrap();
    if g.state.get() == GenState::Done {
        return Ok(None);
    }
    match resume(g, Resume::Send(Value::NONE))? {
        Step::Yielded(v) => Ok(Some(v)),
        Step::Returned(_) => Ok(None),
    }
}

fn receiver(args: &[Value], name: &str) -> PyResult<&'static GeneratorObj> {
    match args.first().and_then(|v| as_generator(*v)) {
        Some(g) => Ok(g),
        None => raise!(type_error, "descriptor '{}' requires a 'generator' object", name),
    }
}

fn step_result(s: Step) -> PyResult {
    match s {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(stop_iteration(v)),
    }
}

fn m_next(args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let g = receiver(args, "__next__")?;
    step_result(resume(g, Resume::Send(Value::NONE))?)
}

fn m_iter(args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    Ok(args[0])
}

fn m_send(args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let g = receiver(args, "send")?;
    if args.len() != 2 {
        return raise!(type_error, "generator.send() takes exactly one argument ({} given)", args.len() - 1);
    }
    step_result(resume(g, Resume::Send(args[1]))?)
}

fn m_throw(args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let g = receiver(args, "throw")?;
    if args.len() < 2 {
        return raise!(type_error, "throw expected at least 1 argument, got 0");
    }
    let mut e = args[1];
    if let Some(c) = morel_runtime::types::class::as_class(e) {
        let a: Vec<Value> = args.get(2).copied().filter(|v| !v.is_none()).into_iter().collect();
        e = morel_runtime::call::call(Value::from_ptr(c), &a, &[])?;
    }
    let e = crate::exec::make_exception(e)?;
    if g.state.get() == GenState::Created {
        g.state.set(GenState::Done);
        // SAFETY: never started: nothing runs on its stack.
        if let Some(co) = unsafe { (*g.co.get()).take() } {
            recycle(co);
        }
        return Err(Exc(e));
    }
    step_result(resume(g, Resume::Throw(e))?)
}

fn m_close(args: &[Value], _kw: &[(Value, Value)]) -> PyResult {
    let g = receiver(args, "close")?;
    match g.state.get() {
        GenState::Created => {
            g.state.set(GenState::Done);
            // SAFETY: never started: nothing runs on its stack.
            if let Some(co) = unsafe { (*g.co.get()).take() } {
                recycle(co);
            }
            Ok(Value::NONE)
        }
        GenState::Done => Ok(Value::NONE),
        _ => {
            // SAFETY: builtin classes are immortal.
            let ge_cls = classes().exception_named("GeneratorExit").unwrap();
            let ge = new_exception_with_args(unsafe { &*ge_cls }, new_tuple(&[]));
            match resume(g, Resume::Throw(ge)) {
                Ok(Step::Yielded(_)) => raise!(runtime_error, "generator ignored GeneratorExit"),
                Ok(Step::Returned(_)) => Ok(Value::NONE),
                Err(e) if morel_runtime::ops::is_instance_of(e.0, ge_cls) || morel_runtime::ops::is_instance_of(e.0, classes().stop_iteration) => {
                    Ok(Value::NONE)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// Creates the `generator` class and registers the generator fast path.
pub fn install() {
    if GEN_CLASS.get().is_some() {
        return;
    }
    let cls = new_class("generator", &[], Layout::Builtin);
    cls.module.set(intern("builtins"));
    morel_runtime::add_root(Value::from_ptr(cls));
    let _ = GEN_CLASS.set(cls as *const ClassObj as usize);
    let methods: &[(&'static str, NativeFn)] =
        &[("__next__", m_next), ("__iter__", m_iter), ("send", m_send), ("throw", m_throw), ("close", m_close)];
    for (name, f) in methods {
        let b = new_builtin(name, *f, Value::from_ptr(cls));
        cls.set_attr(intern(name), b).unwrap();
    }
    morel_runtime::ops::register_iterator(<GeneratorObj as morel_runtime::object::PyType>::VTABLE, gen_next);
}

/// `yield from it` inside a generator body: delegates until `it` finishes
/// and evaluates to its return value.
pub fn yield_from(f: &Frame, src: Value) -> PyResult {
    let it = morel_runtime::ops::iter(src)?;
    let keep = f.ts.push(it);
    let r = (|| {
        let sub = as_generator(it);
        let mut input = Resume::Send(Value::NONE);
        loop {
            let step = match (&input, sub) {
                (Resume::Send(v), Some(g)) => resume(g, Resume::Send(*v)),
                (Resume::Throw(e), Some(g)) => resume(g, Resume::Throw(*e)),
                (Resume::Send(v), None) => {
                    if v.is_none() {
                        match morel_runtime::ops::next(it)? {
                            Some(x) => Ok(Step::Yielded(x)),
                            None => Ok(Step::Returned(Value::NONE)),
                        }
                    } else {
                        let x = morel_runtime::ops::call_method(it, "send", &[*v]);
                        match x {
                            Ok(x) => Ok(Step::Yielded(x)),
                            Err(e) if morel_runtime::ops::is_instance_of(e.0, classes().stop_iteration) => {
                                let a = morel_runtime::types::exception::exc_args(e.0);
                                Ok(Step::Returned(a.first().copied().unwrap_or(Value::NONE)))
                            }
                            Err(e) => Err(e),
                        }
                    }
                }
                (Resume::Throw(e), None) => Err(Exc(*e)),
            };
            match step? {
                Step::Yielded(v) => {
                    input = match suspend(f, v) {
                        Ok(x) => Resume::Send(x),
                        Err(e) => Resume::Throw(e.0),
                    };
                }
                Step::Returned(v) => return Ok(v),
            }
        }
    })();
    if let Some(k) = keep {
        f.ts.pop_slots(k);
    }
    r
}
