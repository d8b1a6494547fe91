//! The `morel` command: run a Python program, `-c CODE`, `-m MODULE`, a
//! program read from standard input, or the interactive prompt; `morel tree
//! FILE` runs a program and then draws its node trees (`morel_nodes::tree_dump`).

mod repl;

use std::io::IsTerminal;
use std::process::exit;

const USAGE: &str = "usage: morel [--specializer NAME] [--stats] [--stats-json FILE] [-c cmd | -m mod | file | -] [arg] ...
       morel --list-specializers
       morel tree FILE [args...] [--function NAME] [--format text|json|dot|html] [-o OUT] [--all]";

/// Options that come before the program.
#[derive(Default)]
struct Options {
    stats: bool,
    stats_json: Option<String>,
    /// `morel tree`: what to draw after the run.
    tree: Option<morel_nodes::tree_dump::Options>,
}

/// Native stack for the interpreter thread: deep Python recursion is bounded
/// by the recursion limit and a stack reserve check, never by a crash.
const INTERPRETER_STACK: usize = 1 << 30;

enum Source {
    File(String),
    Code(String),
    Module(String),
    Stdin,
    Repl,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // MOREL_SPECIALIZER selects a strategy like --specializer (which wins).
    if let Ok(name) = std::env::var("MOREL_SPECIALIZER") {
        if !name.is_empty() && !args.iter().any(|a| a == "--specializer") {
            if let Err(names) = morel_specializer::strategy::select(&name) {
                eprintln!("morel: unknown specializer '{}' in MOREL_SPECIALIZER (choose from: {})", name, names);
                exit(2);
            }
        }
    }
    let mut i = 1;
    let mut source = None;
    let mut opts = Options::default();
    let mut tree_argv = None;
    while i < args.len() {
        match args[i].as_str() {
            "tree" => {
                let inv = morel_nodes::tree_dump::parse_args(&args[i + 1..]).unwrap_or_else(|e| {
                    eprintln!("morel tree: {}\n{}", e, morel_nodes::tree_dump::USAGE);
                    exit(2);
                });
                // Counts (cache hits and misses, state histories) are only
                // recorded with statistics on.
                morel_specializer::stats::enable();
                opts.tree = Some(inv.options);
                tree_argv = Some(inv.argv);
                source = Some((Source::File(inv.file), args.len()));
                break;
            }
            "--list-specializers" => {
                for s in morel_specializer::strategy::all() {
                    let default = if s.name() == "truffle" { " (default)" } else { "" };
                    println!("{:<8} {}{}", s.name(), s.description(), default);
                }
                return;
            }
            "--specializer" => {
                let Some(name) = args.get(i + 1) else {
                    eprintln!("Argument expected for the --specializer option\n{}", USAGE);
                    exit(2);
                };
                if let Err(names) = morel_specializer::strategy::select(name) {
                    eprintln!("morel: unknown specializer '{}' (choose from: {})", name, names);
                    exit(2);
                }
                i += 2;
                continue;
            }
            "--stats" => {
                opts.stats = true;
                morel_specializer::stats::enable();
                i += 1;
                continue;
            }
            "--stats-json" => {
                let Some(path) = args.get(i + 1) else {
                    eprintln!("Argument expected for the --stats-json option\n{}", USAGE);
                    exit(2);
                };
                opts.stats_json = Some(path.clone());
                morel_specializer::stats::enable();
                i += 2;
                continue;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{}", USAGE);
                    exit(2);
                };
                source = Some((Source::Code(code.clone()), i + 1));
                break;
            }
            "-m" => {
                let Some(module) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option\n{}", USAGE);
                    exit(2);
                };
                source = Some((Source::Module(module.clone()), i + 1));
                break;
            }
            "-h" | "--help" => {
                println!("{}", USAGE);
                return;
            }
            "-" => {
                source = Some((Source::Stdin, i));
                break;
            }
            a if a.starts_with('-') && a.len() > 1 => {
                eprintln!("Unknown option: {}\n{}", a, USAGE);
                exit(2);
            }
            a => {
                source = Some((Source::File(a.to_string()), i));
                break;
            }
        }
    }
    let (source, argv_start) = source.unwrap_or_else(|| {
        if std::io::stdin().is_terminal() {
            (Source::Repl, args.len())
        } else {
            (Source::Stdin, args.len())
        }
    });
    let mut argv: Vec<String> = tree_argv.unwrap_or_else(|| args[argv_start.min(args.len())..].to_vec());
    match &source {
        Source::Code(_) => argv[0] = "-c".into(),
        Source::Stdin | Source::Repl if argv.is_empty() => argv.push(String::new()),
        _ => {}
    }
    let handle = std::thread::Builder::new()
        .name("main".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(source, argv, opts))
        .expect("spawn interpreter thread");
    let code = handle.join().unwrap_or(70);
    morel_runtime::types::file::flush_all();
    morel_runtime::output::flush_stdout();
    if code == morel_nodes::KILLED_BY_SIGINT {
        morel_nodes::die_by_sigint();
    }
    exit(code);
}

fn run(source: Source, argv: Vec<String>, opts: Options) -> i32 {
    let program = argv.first().cloned().unwrap_or_default();
    let mut status = run_program(source, argv);
    // `morel tree`: draw the trees after the program's own output (unless
    // nothing compiled: the error is already reported).
    if let Some(tree) = &opts.tree {
        if !morel_nodes::code::modules().is_empty() {
            if let Err(e) = morel_nodes::tree_dump::emit(tree, &program) {
                morel_runtime::output::write_stderr(&format!("morel tree: {}\n", e));
                status = if status == 0 { 1 } else { status };
            }
        }
    }
    if opts.stats || opts.stats_json.is_some() {
        let report = morel_nodes::stats::collect();
        if opts.stats {
            morel_runtime::output::write_stderr(&morel_nodes::stats::summary(&report));
        }
        if let Some(path) = &opts.stats_json {
            if let Err(e) = morel_nodes::stats::write_json(&report, path) {
                morel_runtime::output::write_stderr(&format!("morel: cannot write {}: {}\n", path, e));
            }
        }
    }
    status
}

/// The main script's path joined to the current folder, as CPython 3.11
/// makes it (not normalized: `a/../b.py` stays so; symlinks kept).
fn absolute_path(path: &str) -> String {
    match std::env::current_dir() {
        Ok(d) => d.join(path).to_string_lossy().to_string(),
        Err(_) => path.to_string(),
    }
}

fn run_program(source: Source, mut argv: Vec<String>) -> i32 {
    if std::env::var("MOREL_GC_STRESS").map(|v| v == "1").unwrap_or(false) {
        morel_heap::set_stress(true);
    }
    if std::env::var("MOREL_SHARE_ALL").map(|v| v == "1").unwrap_or(false) {
        morel_runtime::object::SHARE_ALL.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    morel_nodes::init();
    let (src, filename, dir) = match source {
        Source::File(path) => match std::fs::read_to_string(&path) {
            Ok(s) => {
                let dir = std::path::Path::new(&path)
                    .parent()
                    .map(|p| if p.as_os_str().is_empty() { ".".into() } else { p.to_string_lossy().to_string() })
                    .unwrap_or_else(|| ".".into());
                let abs = std::fs::canonicalize(&dir).map(|p| p.to_string_lossy().to_string()).unwrap_or(dir);
                // As in CPython 3.9+: the main script's `__file__` (and so its
                // traceback lines) is an absolute path; `sys.argv[0]` stays as given.
                (s, absolute_path(&path), abs)
            }
            Err(e) => {
                let abs = std::env::current_dir().map(|d| d.join(&path)).unwrap_or_else(|_| path.clone().into());
                eprintln!(
                    "{}: can't open file '{}': [Errno {}] {}",
                    std::env::args().next().unwrap_or_else(|| "morel".into()),
                    abs.display(),
                    e.raw_os_error().unwrap_or(2),
                    describe_io_error(&e)
                );
                return 2;
            }
        },
        Source::Code(c) => (c, "<string>".to_string(), ".".to_string()),
        Source::Repl => {
            morel_runtime::modules::set_argv(&argv);
            morel_runtime::modules::push_sys_path("");
            return repl::run();
        }
        Source::Module(name) => match find_module(&name) {
            Some((path, src)) => {
                let dir = std::env::current_dir().map(|d| d.to_string_lossy().to_string()).unwrap_or_else(|_| ".".into());
                argv[0] = path.clone();
                (src, path, dir)
            }
            None => {
                eprintln!("{}: No module named {}", std::env::args().next().unwrap_or_else(|| "morel".into()), name);
                return 1;
            }
        },
        Source::Stdin => {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            (s, "<stdin>".to_string(), ".".to_string())
        }
    };
    morel_runtime::modules::set_argv(&argv);
    morel_runtime::modules::push_sys_path(&dir);
    if let Ok(p) = std::env::var("MORELPATH") {
        for d in p.split(':').filter(|d| !d.is_empty()) {
            morel_runtime::modules::push_sys_path(d);
        }
    }
    let m = morel_nodes::main_module(&filename);
    let status = match morel_nodes::run_source_in(&src, &filename, m) {
        Ok(()) => 0,
        Err(morel_nodes::RunError::Syntax(e)) => {
            morel_runtime::output::write_stderr(&e.report());
            1
        }
        Err(morel_nodes::RunError::Exception(e)) => morel_nodes::report_uncaught(e),
    };
    morel_nodes::threads::shutdown();
    morel_runtime::output::flush_stdout();
    status
}

/// `-m NAME`: `NAME.py` or `NAME/__main__.py` in the current folder or on
/// MORELPATH, else a bundled module.
fn find_module(name: &str) -> Option<(String, String)> {
    let rel = name.replace('.', "/");
    let mut dirs = vec![std::env::current_dir().ok()?];
    if let Ok(p) = std::env::var("MORELPATH") {
        dirs.extend(p.split(':').filter(|d| !d.is_empty()).map(std::path::PathBuf::from));
    }
    for d in dirs {
        for cand in [d.join(format!("{}.py", rel)), d.join(&rel).join("__main__.py")] {
            if let Ok(src) = std::fs::read_to_string(&cand) {
                return Some((cand.to_string_lossy().to_string(), src));
            }
        }
    }
    morel_nodes::stdlib::find(name).map(|(src, _)| (format!("<frozen {}>", name), src.to_string()))
}

fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}
