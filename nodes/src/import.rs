//! `import` and `from ... import`: builtin modules, then the user's own
//! modules and packages on `sys.path` (the script's folder and MORELPATH).

use crate::frame::Frame;
use crate::tree::ImportFromNode;
use morel_runtime::attr::{getattr_opt, setattr};
use morel_runtime::modules::{loaded_module, register_module};
use morel_runtime::types::function::{as_module, new_module};
use morel_runtime::types::list::list_obj;
use morel_runtime::types::str::{as_str, intern, new_str};
use morel_runtime::{exc, raise, PyResult, Value};
use std::path::{Path, PathBuf};

fn search_path() -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Some(sys) = loaded_module("sys").and_then(as_module) {
        if let Some(l) = sys.get(intern("path")).and_then(list_obj) {
            for v in l.items.as_slice() {
                if let Some(s) = as_str(*v) {
                    out.push(PathBuf::from(s));
                }
            }
        }
    }
    out
}

/// Finds `name` (one component) inside `dirs`: a package folder or a .py file.
fn find(dirs: &[PathBuf], name: &str) -> Option<(PathBuf, bool)> {
    for d in dirs {
        let pkg = d.join(name).join("__init__.py");
        if pkg.is_file() {
            return Some((pkg, true));
        }
        let file = d.join(format!("{}.py", name));
        if file.is_file() {
            return Some((file, false));
        }
    }
    None
}

/// Imports dotted module `full` and returns the top-level package (as `import a.b` binds `a`).
pub fn import_module(full: &str) -> PyResult {
    let mut top = None;
    let mut prefix = String::new();
    for part in full.split('.') {
        let parent = if prefix.is_empty() { None } else { Some(prefix.clone()) };
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = import_one(&prefix, parent.as_deref(), part)?;
        if top.is_none() {
            top = Some(m);
        }
    }
    Ok(top.unwrap())
}

/// Imports one module level: `name` is the full dotted name, `parent` its package.
fn import_one(name: &str, parent: Option<&str>, leaf: &str) -> PyResult {
    if let Some(m) = loaded_module(name) {
        return Ok(m);
    }
    if let Some((src, is_pkg)) = crate::stdlib::find(name) {
        let m = load_source(name, src, &format!("<frozen {}>", name), is_pkg, None)?;
        if let Some(p) = parent.and_then(loaded_module) {
            setattr(p, intern(leaf), m)?;
        }
        return Ok(m);
    }
    let dirs = match parent {
        None => search_path(),
        Some(p) => {
            let pm = loaded_module(p).and_then(as_module);
            match pm.and_then(|m| m.get(intern("__path__"))).and_then(as_str) {
                Some(dir) => vec![PathBuf::from(dir)],
                None => {
                    return raise!(
                        module_not_found_error,
                        "No module named '{}'; '{}' is not a package",
                        name,
                        p
                    )
                }
            }
        }
    };
    let Some((path, is_pkg)) = find(&dirs, leaf) else {
        let e = exc!(module_not_found_error, "No module named '{}'", name);
        let _ = setattr(e.0, intern("name"), new_str(name));
        return Err(e);
    };
    let m = load_file(name, &path, is_pkg)?;
    if let Some(p) = parent.and_then(loaded_module) {
        setattr(p, intern(leaf), m)?;
    }
    Ok(m)
}

/// Loads and runs a module file, registering it first (circular imports see it).
fn load_file(name: &str, path: &Path, is_pkg: bool) -> PyResult {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return raise!(import_error, "cannot read {}: {}", path.display(), e),
    };
    let file = path.to_string_lossy().to_string();
    let dir = path.parent().map(|p| p.to_string_lossy().to_string());
    load_source(name, &src, &file, is_pkg, dir)
}

/// Creates module `name` from `src`, registers it (circular imports see it), runs it.
fn load_source(name: &str, src: &str, file: &str, is_pkg: bool, dir: Option<String>) -> PyResult {
    let m = new_module(name, new_str(file));
    let mv = Value::from_ptr(m);
    m.set("__name__", intern(name));
    m.set("__file__", new_str(file));
    if is_pkg {
        m.set("__path__", new_str(dir.as_deref().unwrap_or("")));
        m.set("__package__", intern(name));
    } else {
        let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        m.set("__package__", intern(pkg));
    }
    register_module(name, mv);
    match crate::run_source_in(src, file, m) {
        Ok(()) => Ok(mv),
        Err(crate::RunError::Exception(e)) => {
            morel_runtime::modules::unregister_module(name);
            Err(e)
        }
        Err(crate::RunError::Syntax(se)) => {
            morel_runtime::modules::unregister_module(name);
            let e = exc!(syntax_error, "{}", se.msg);
            Err(e)
        }
    }
}

/// Resolves a relative module name against the importing module's package.
fn resolve_relative(f: &Frame, module: &str, level: u32) -> PyResult<String> {
    if level == 0 {
        return Ok(module.to_string());
    }
    let pkg = f.module.get(intern("__package__")).and_then(as_str).unwrap_or("").to_string();
    if pkg.is_empty() {
        return raise!(import_error, "attempted relative import with no known parent package");
    }
    let mut parts: Vec<&str> = pkg.split('.').collect();
    for _ in 1..level {
        if parts.pop().is_none() {
            return raise!(import_error, "attempted relative import beyond top-level package");
        }
    }
    let mut base = parts.join(".");
    if !module.is_empty() {
        if !base.is_empty() {
            base.push('.');
        }
        base.push_str(module);
    }
    Ok(base)
}

/// `from module import a as b, ...`.
pub fn import_from(f: &Frame, n: &ImportFromNode) -> PyResult<()> {
    let modname = resolve_relative(f, as_str(n.module).unwrap_or(""), n.level)?;
    import_module(&modname)?;
    let m = loaded_module(&modname).unwrap();
    if n.star {
        let src = as_module(m).unwrap();
        for (k, c) in src.cells.items() {
            let name = as_str(k).unwrap_or("");
            if name.starts_with('_') {
                continue;
            }
            let v = morel_runtime::types::function::as_cell(c).unwrap().value.get();
            if !v.is_unbound() {
                morel_runtime::object::share(v);
                f.module.cell(k).value.set(v);
            }
        }
        return Ok(());
    }
    for (name, target) in n.names.iter() {
        let v = match getattr_opt(m, *name)? {
            Some(v) => v,
            None => {
                // maybe a submodule
                let sub = format!("{}.{}", modname, as_str(*name).unwrap());
                match import_one(&sub, Some(&modname), as_str(*name).unwrap()) {
                    Ok(v) => v,
                    Err(_) => {
                        let file = as_module(m).and_then(|mm| as_str(mm.file)).map(|s| s.to_string());
                        return match file {
                            Some(p) => raise!(
                                import_error,
                                "cannot import name '{}' from '{}' ({})",
                                as_str(*name).unwrap(),
                                modname,
                                p
                            ),
                            None => raise!(
                                import_error,
                                "cannot import name '{}' from '{}' (unknown location)",
                                as_str(*name).unwrap(),
                                modname
                            ),
                        };
                    }
                }
            }
        };
        crate::exec::assign(f, target, v)?;
    }
    Ok(())
}
