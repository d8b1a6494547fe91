//! The Python half of the standard library: module sources compiled into
//! the binary from `lib/`. `import` looks here after the Rust modules and
//! before `sys.path`.

/// (module name, source, is a package)
pub static MODULES: &[(&str, &str, bool)] = &[
    ("bisect", include_str!("../../lib/bisect.py"), false),
];

/// The bundled source of module `name`, if there is one.
pub fn find(name: &str) -> Option<(&'static str, bool)> {
    MODULES.iter().find(|(n, _, _)| *n == name).map(|(_, src, pkg)| (*src, *pkg))
}
