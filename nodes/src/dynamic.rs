//! Builtins that need the calling frame: `eval`, `exec`, `globals`,
//! `locals`, `vars()` and `dir()`. A call site whose callee is one of these
//! builtins passes its frame (`CallNode::intrinsic`); called any other way
//! (`f = eval; f(...)`) they act on `__main__`.

use crate::frame::{plain_frame, Frame};
use crate::tree::CodeKind;
use morel_runtime::types::dict::{dict_obj, new_dict_obj, DictObj};
use morel_runtime::types::function::{as_cell, as_module, new_builtin, ModuleObj};
use morel_runtime::types::list::new_list_obj;
use morel_runtime::types::str::{as_str, intern, new_str};
use morel_runtime::{exc, raise, PyResult, Value};
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

/// Which frame-aware builtin a call site names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intrinsic {
    Eval,
    Exec,
    Globals,
    Locals,
    Vars,
    Dir,
    /// `len(x)`: not frame-aware, but inlined by `CallNode` (see `len_inline`).
    Len,
}

struct Builtins {
    values: Vec<(Intrinsic, Value)>,
}
// SAFETY: the builtin function objects are immortal (rooted by the builtins module).
unsafe impl Sync for Builtins {}
unsafe impl Send for Builtins {}
static BUILTINS: OnceLock<Builtins> = OnceLock::new();

impl Intrinsic {
    pub fn from_name(name: &str) -> Option<Intrinsic> {
        Some(match name {
            "eval" => Intrinsic::Eval,
            "exec" => Intrinsic::Exec,
            "globals" => Intrinsic::Globals,
            "locals" => Intrinsic::Locals,
            "vars" => Intrinsic::Vars,
            "dir" => Intrinsic::Dir,
            "len" => Intrinsic::Len,
            _ => return None,
        })
    }
    /// The builtin function object this intrinsic stands for.
    #[inline]
    pub fn builtin(self) -> Value {
        let values = &BUILTINS.get().unwrap().values;
        // `install` adds the entries in the enum's order: the discriminant
        // is the index (checked, so a missing entry cannot pick another).
        match values.get(self as usize) {
            Some((k, v)) if *k == self => *v,
            _ => values.iter().find(|(k, _)| *k == self).unwrap().1,
        }
    }
}

fn main_module() -> &'static ModuleObj {
    morel_runtime::modules::loaded_module("__main__").and_then(as_module).expect("__main__ exists")
}

/// The module's globals as a dict (a snapshot: writes to it do not rebind names).
pub fn module_dict(m: &'static ModuleObj) -> PyResult {
    Ok(Value::from_ptr(m.globals_dict()?))
}

/// The frame's local names (a snapshot), or its namespace in a class body.
pub fn frame_locals(f: &Frame) -> PyResult {
    if let Some(ns) = f.namespace {
        return Ok(f.ns_map.unwrap_or(Value::from_ptr(ns)));
    }
    if f.code.kind == CodeKind::Module {
        return module_dict(f.module);
    }
    let d = new_dict_obj();
    for (i, name) in f.code.slot_names.iter().enumerate() {
        let n = as_str(*name).unwrap_or("");
        if n.starts_with('.') || f.code.frees.iter().any(|s| s.0 as usize == i) && n == "__class__" {
            continue;
        }
        let mut v = f.slots[i].get();
        if f.code.cells.iter().any(|(s, _)| s.0 as usize == i) || f.code.frees.iter().any(|s| s.0 as usize == i) {
            v = as_cell(v).map(|c| c.value.get()).unwrap_or(Value::UNBOUND);
        }
        if !v.is_unbound() {
            d.set(*name, v)?;
        }
    }
    Ok(Value::from_ptr(d))
}

/// Compiles and runs `src` for eval (an expression) or exec (statements),
/// with `ns` as the namespace (None: the module's globals directly).
fn run_source(src: Value, module: &'static ModuleObj, ns: Option<&'static DictObj>, eval: bool) -> PyResult {
    let Some(text) = as_str(src) else {
        let what = if eval { "eval" } else { "exec" };
        return raise!(type_error, "{}() arg 1 must be a string, bytes or code object", what);
    };
    let text = if eval { text.trim_start_matches([' ', '\t']) } else { text };
    let kind = if ns.is_some() { CodeKind::Class } else { CodeKind::Module };
    let code = if eval {
        let parsed = ruff_python_parser::parse_expression(text)
            .map_err(|e| syntax_exc(&crate::syntax::from_parse_error(text, "<string>", &e)))?;
        let expr = &parsed.syntax().body;
        crate::lower::lower_dynamic(&[], Some(expr), text, module, kind)
    } else {
        let parsed = ruff_python_parser::parse_module(text)
            .map_err(|e| syntax_exc(&crate::syntax::from_parse_error(text, "<string>", &e)))?;
        crate::lower::lower_dynamic(&parsed.syntax().body, None, text, module, kind)
    }
    .map_err(|e| syntax_exc(&crate::syntax::from_lower_error(text, "<string>", e)))?;
    crate::code::register(code);
    code.note_call();
    let f = plain_frame(code, ns)?;
    let r = crate::exec::exec_block(&f, code.body);
    f.ts.pop_slots(f.base);
    match r? {
        crate::exec::Flow::Return(v) if eval => Ok(v),
        _ => Ok(Value::NONE),
    }
}

fn syntax_exc(e: &crate::syntax::SyntaxErr) -> morel_runtime::Exc {
    exc!(syntax_error, "{} (<string>, line {})", e.msg, e.line)
}

/// eval/exec(source, globals=None, locals=None) relative to frame `f`.
fn eval_exec(f: Option<&Frame>, args: &[Value], eval: bool) -> PyResult {
    let name = if eval { "eval" } else { "exec" };
    if args.is_empty() || args.len() > 3 {
        return raise!(type_error, "{} expected at most 3 arguments, got {}", name, args.len());
    }
    let globals = args.get(1).copied().filter(|v| !v.is_none());
    let locals = args.get(2).copied().filter(|v| !v.is_none());
    let module = f.map(|f| f.module).unwrap_or_else(main_module);
    let ns = match (globals, locals) {
        (_, Some(l)) => Some(l),
        (Some(g), None) => Some(g),
        (None, None) => match f {
            Some(f) if f.code.kind == CodeKind::Module && f.namespace.is_none() => None,
            Some(f) => Some(frame_locals(f)?),
            None => None,
        },
    };
    let ns = match ns {
        Some(v) => match dict_obj(v) {
            Some(d) => Some(d),
            None => return raise!(type_error, "{}() globals must be a dict, not {}", name, morel_runtime::types::class::type_name(v)),
        },
        None => None,
    };
    // `exec(src, globals())` with no separate locals runs in that module.
    if let (Some(d), None) = (ns, locals) {
        if let Some(m) = d.linked_module() {
            return run_source(args[0], m, None, eval);
        }
    }
    if let Some(d) = ns {
        if d.get_str(intern("__builtins__")).is_none() && globals.is_some() {
            d.set(intern("__builtins__"), Value::from_ptr(morel_runtime::builtins_module()))?;
        }
    }
    run_source(args[0], module, ns, eval)
}

/// Runs intrinsic `k` for a call site in frame `f`.
pub fn call_intrinsic(f: &Frame, k: Intrinsic, args: &[Value], kw: Kw) -> PyResult {
    if k == Intrinsic::Len {
        // Not frame-aware: the builtin itself checks its arguments.
        return morel_runtime::call::call(k.builtin(), args, kw);
    }
    if !kw.is_empty() {
        return raise!(type_error, "{:?}() takes no keyword arguments", k);
    }
    match k {
        Intrinsic::Eval => eval_exec(Some(f), args, true),
        Intrinsic::Exec => eval_exec(Some(f), args, false),
        Intrinsic::Globals => module_dict(f.module),
        Intrinsic::Locals => frame_locals(f),
        Intrinsic::Vars if args.is_empty() => frame_locals(f),
        Intrinsic::Vars => vars_of(args),
        Intrinsic::Dir if args.is_empty() => {
            let d = frame_locals(f)?;
            sorted_keys(dict_obj(d).unwrap())
        }
        Intrinsic::Dir => morel_runtime::builtins::dir_of(args[0]),
        Intrinsic::Len => unreachable!("handled above"),
    }
}

/// `len(x)` while `len` is the builtin: the length of an exact list,
/// tuple, dict or set read directly (no call, no argument checks); other
/// values go through `ops::len` (`__len__`, str, range, ...).
#[inline]
pub fn len_inline(x: Value) -> PyResult {
    use morel_runtime::object::downcast;
    let n = if let Some(l) = downcast::<morel_runtime::types::list::ListObj>(x) {
        l.items.len()
    } else if let Some(t) = downcast::<morel_runtime::types::tuple::TupleObj>(x) {
        t.len()
    } else if let Some(d) = downcast::<DictObj>(x) {
        d.len()
    } else {
        morel_runtime::ops::len(x)?
    };
    Ok(morel_runtime::types::int::int_from_i64(n as i64))
}

fn sorted_keys(d: &DictObj) -> PyResult {
    let mut names: Vec<String> = d.items().iter().filter_map(|(k, _)| as_str(*k).map(|s| s.to_string())).collect();
    names.sort();
    let l = new_list_obj(names.len());
    for n in names {
        let s = new_str(&n);
        l.items.push(s);
    }
    Ok(Value::from_ptr(l))
}

fn vars_of(args: &[Value]) -> PyResult {
    if args.len() != 1 {
        return raise!(type_error, "vars expected at most 1 argument, got {}", args.len());
    }
    match morel_runtime::attr::getattr_opt(args[0], intern("__dict__"))? {
        Some(d) => Ok(d),
        None => raise!(type_error, "vars() argument must have __dict__ attribute"),
    }
}

fn b_eval(a: &[Value], _k: Kw) -> PyResult {
    eval_exec(None, a, true)
}
fn b_exec(a: &[Value], _k: Kw) -> PyResult {
    eval_exec(None, a, false)
}
fn b_globals(_a: &[Value], _k: Kw) -> PyResult {
    module_dict(main_module())
}
fn b_locals(_a: &[Value], _k: Kw) -> PyResult {
    module_dict(main_module())
}
fn b_vars(a: &[Value], _k: Kw) -> PyResult {
    if a.is_empty() {
        return module_dict(main_module());
    }
    vars_of(a)
}
fn b_dir(a: &[Value], _k: Kw) -> PyResult {
    if a.is_empty() {
        let d = module_dict(main_module())?;
        return sorted_keys(dict_obj(d).unwrap());
    }
    morel_runtime::builtins::dir_of(a[0])
}

/// Installs the frame-aware builtins.
pub fn install() {
    if BUILTINS.get().is_some() {
        return;
    }
    let b = morel_runtime::builtins_module();
    let mut values = Vec::new();
    for (k, name, f) in [
        (Intrinsic::Eval, "eval", b_eval as morel_runtime::types::class::NativeFn),
        (Intrinsic::Exec, "exec", b_exec),
        (Intrinsic::Globals, "globals", b_globals),
        (Intrinsic::Locals, "locals", b_locals),
        (Intrinsic::Vars, "vars", b_vars),
        (Intrinsic::Dir, "dir", b_dir),
    ] {
        let v = new_builtin(name, f, Value::NONE);
        b.set(name, v);
        values.push((k, v));
    }
    if let Some(len) = b.get(morel_runtime::types::str::intern("len")) {
        values.push((Intrinsic::Len, len));
    }
    let _ = BUILTINS.set(Builtins { values });
}
