//! The Python half of the standard library: module sources compiled into
//! the binary from `lib/`. `import` looks here after the Rust modules and
//! before `sys.path`.

/// (module name, source, is a package)
pub static MODULES: &[(&str, &str, bool)] = &[
    ("__future__", include_str!("../../lib/__future__.py"), false),
    ("abc", include_str!("../../lib/abc.py"), false),
    ("bisect", include_str!("../../lib/bisect.py"), false),
    ("collections", include_str!("../../lib/collections/__init__.py"), true),
    ("collections.abc", include_str!("../../lib/collections/abc.py"), false),
    ("concurrent", include_str!("../../lib/concurrent/__init__.py"), true),
    ("concurrent.futures", include_str!("../../lib/concurrent/futures/__init__.py"), true),
    ("contextlib", include_str!("../../lib/contextlib.py"), false),
    ("copy", include_str!("../../lib/copy.py"), false),
    ("dataclasses", include_str!("../../lib/dataclasses.py"), false),
    ("enum", include_str!("../../lib/enum.py"), false),
    ("functools", include_str!("../../lib/functools.py"), false),
    ("heapq", include_str!("../../lib/heapq.py"), false),
    ("io", include_str!("../../lib/io.py"), false),
    ("json", include_str!("../../lib/json/__init__.py"), true),
    ("json.decoder", include_str!("../../lib/json/decoder.py"), false),
    ("json.encoder", include_str!("../../lib/json/encoder.py"), false),
    ("itertools", include_str!("../../lib/itertools.py"), false),
    ("operator", include_str!("../../lib/operator.py"), false),
    ("queue", include_str!("../../lib/queue.py"), false),
    ("random", include_str!("../../lib/random.py"), false),
    ("re", include_str!("../../lib/re.py"), false),
    ("string", include_str!("../../lib/string.py"), false),
    ("textwrap", include_str!("../../lib/textwrap.py"), false),
    ("threading", include_str!("../../lib/threading.py"), false),
    ("types", include_str!("../../lib/types.py"), false),
    ("typing", include_str!("../../lib/typing.py"), false),
];

/// The bundled source of module `name`, if there is one.
pub fn find(name: &str) -> Option<(&'static str, bool)> {
    MODULES.iter().find(|(n, _, _)| *n == name).map(|(_, src, pkg)| (*src, *pkg))
}
