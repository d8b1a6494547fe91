//! Morel's node-tree interpreter: parsing (ruff), scope analysis, lowering
//! to self-specializing node trees, and their execution.

pub mod dynamic;
pub mod eval;
pub mod exec;
pub mod frame;
pub mod generator;
pub mod import;
pub mod introspect;
pub mod lower;
pub mod scope;
pub mod stats;
pub mod stdlib;
pub mod syntax;
pub mod threads;
pub mod tree;
pub mod tree_dump;

use morel_runtime::types::function::{install_call_hook, new_module, ModuleObj};
use morel_runtime::types::str::{intern, new_str};
use morel_runtime::{Exc, Value};

pub use syntax::SyntaxErr;

/// Why running source failed.
pub enum RunError {
    Syntax(SyntaxErr),
    Exception(Exc),
}

/// Initialises the runtime and installs the interpreter's call hook.
pub fn init() {
    morel_runtime::init();
    install_call_hook(exec::call_python);
    generator::install();
    dynamic::install();
    threads::install();
    frame::init_stack_limit();
}

/// Parses and lowers `src` for module `m` without running it.
pub fn compile(src: &str, filename: &str, m: &'static ModuleObj) -> Result<&'static tree::CodeUnit, SyntaxErr> {
    let parsed = match ruff_python_parser::parse_module(src) {
        Ok(p) => p,
        Err(e) => return Err(syntax::from_parse_error(src, filename, &e)),
    };
    let body = &parsed.syntax().body;
    let code = lower::lower_module(body, src, filename, m).map_err(|e| syntax::from_lower_error(src, filename, e))?;
    code::register(code);
    Ok(code)
}

/// Runs `src` as the body of module `m`.
pub fn run_source_in(src: &str, filename: &str, m: &'static ModuleObj) -> Result<(), RunError> {
    let code = compile(src, filename, m).map_err(RunError::Syntax)?;
    exec::run_module_code(code).map_err(RunError::Exception)
}

/// Runs one input typed at the interactive prompt in module `m`.
pub fn run_interactive(src: &str, m: &'static ModuleObj) -> Result<(), RunError> {
    let parsed = match ruff_python_parser::parse_module(src) {
        Ok(p) => p,
        Err(e) => return Err(RunError::Syntax(syntax::from_parse_error(src, "<stdin>", &e))),
    };
    let code = lower::lower_interactive(&parsed.syntax().body, src, m)
        .map_err(|e| RunError::Syntax(syntax::from_lower_error(src, "<stdin>", e)))?;
    code::register(code);
    exec::run_module_code(code).map_err(RunError::Exception)
}

/// True when `src` is an incomplete statement the prompt should continue
/// (an open bracket or block, or a trailing backslash).
pub fn needs_more_input(src: &str) -> bool {
    let trimmed = src.trim_end();
    if trimmed.ends_with('\\') {
        return true;
    }
    let first = src.lines().next().unwrap_or("");
    let block = first.trim_end().ends_with(':') || src.lines().count() > 1 && !src.ends_with("\n\n");
    if block && !src.ends_with("\n\n") {
        return true;
    }
    match ruff_python_parser::parse_module(src) {
        Ok(_) => false,
        Err(e) => {
            let msg = e.error.to_string().to_ascii_lowercase();
            msg.contains("eof") || msg.contains("end of file") || msg.contains("expected an indented block")
                || syntax::has_unclosed_bracket(src)
        }
    }
}

/// Creates and registers the `__main__` module.
pub fn main_module(filename: &str) -> &'static ModuleObj {
    let m = new_module("__main__", new_str(filename));
    m.set("__name__", intern("__main__"));
    m.set("__file__", new_str(filename));
    m.set("__package__", Value::NONE);
    m.set("__doc__", Value::NONE);
    m.set("__spec__", Value::NONE);
    m.set("__loader__", Value::NONE);
    m.set("__annotations__", morel_runtime::types::dict::new_dict());
    m.set("__builtins__", Value::from_ptr(morel_runtime::builtins_module()));
    morel_runtime::modules::register_module("__main__", Value::from_ptr(m));
    m
}

/// Every code unit compiled so far (for the tree visualizer and stats).
pub mod code {
    use crate::tree::CodeUnit;
    use parking_lot::Mutex;

    struct Units(Vec<&'static CodeUnit>);
    // SAFETY: code units are immutable apart from atomics (see tree.rs).
    unsafe impl Send for Units {}
    static UNITS: Mutex<Units> = Mutex::new(Units(Vec::new()));

    pub fn register(c: &'static CodeUnit) {
        UNITS.lock().0.push(c);
    }
    /// The module code units, in compilation order.
    pub fn modules() -> Vec<&'static CodeUnit> {
        UNITS.lock().0.clone()
    }
}

/// What `report_uncaught` returns for an uncaught KeyboardInterrupt.
pub const KILLED_BY_SIGINT: i32 = -2;

/// Ends the process the way an unhandled SIGINT does (what CPython does
/// after an uncaught KeyboardInterrupt); status 130 if the signal is ignored.
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default action and signalling this process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

/// The exit status and stderr text for an exception that reached the top.
pub fn report_uncaught(e: Exc) -> i32 {
    let v = e.0;
    if morel_runtime::ops::is_instance_of(v, morel_runtime::classes().system_exit) {
        let args = morel_runtime::types::exception::exc_args(v);
        let code = if args.len() == 1 { args[0] } else if args.is_empty() { Value::NONE } else { morel_runtime::types::tuple::new_tuple(args) };
        if code.is_none() {
            return 0;
        }
        if let Some(i) = morel_runtime::types::int::to_i64(code).filter(|_| !code.is_float()) {
            return (i & 0xff) as i32;
        }
        let s = morel_runtime::ops::str(code).unwrap_or_default();
        morel_runtime::output::write_stderr(&format!("{}\n", s));
        return 1;
    }
    // a user's sys.excepthook replaces the report
    let hook = morel_runtime::modules::loaded_module("sys")
        .and_then(morel_runtime::types::function::as_module)
        .and_then(|m| m.get(morel_runtime::types::str::intern("excepthook")));
    if let Some(h) = hook {
        let default = morel_runtime::types::function::as_builtin(h)
            .map(|b| b.f as usize == morel_runtime::modules::sys_excepthook as morel_runtime::types::class::NativeFn as usize)
            .unwrap_or(false);
        if !default {
            let tb = morel_runtime::types::exception::exc_state(v).map(|s| s.traceback.get()).unwrap_or(Value::NONE);
            let cls = Value::from_ptr(morel_runtime::types::class::class_of(v));
            if let Err(e) = morel_runtime::call::call(h, &[cls, v, tb], &[]) {
                morel_runtime::output::write_stderr("Error in sys.excepthook:\n");
                morel_runtime::output::write_stderr(&syntax::format_traceback(e.0));
                morel_runtime::output::write_stderr("\nOriginal exception was:\n");
                morel_runtime::output::write_stderr(&syntax::format_traceback(v));
            }
            return 1;
        }
    }
    morel_runtime::output::write_stderr(&syntax::format_traceback(v));
    // CPython ends as if killed by SIGINT after an uncaught KeyboardInterrupt:
    // -2 (never a real status, which is 0..=255) asks the caller to do that
    if morel_runtime::ops::is_instance_of(v, morel_runtime::classes().keyboard_interrupt) {
        return KILLED_BY_SIGINT;
    }
    1
}
