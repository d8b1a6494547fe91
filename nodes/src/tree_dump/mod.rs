//! `morel tree`: draws the node trees of a program as they stand after it
//! ran, as indented text, JSON (schema in docs/tree-format.md), Graphviz dot
//! or one self-contained HTML page.
//!
//! Trees are read only through the introspection API (`introspect.rs`):
//! `model::collect` turns them into one `Document` (a flat, pre-ordered node
//! list) and every format draws that document, so all formats show the same
//! nodes with the same ids.

pub mod dot;
pub mod html;
pub mod json;
pub mod model;
pub mod text;

pub use model::{collect, Document, Dump};

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Dot,
    Html,
}

impl Format {
    /// The format named `s` on the command line.
    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "text" => Some(Format::Text),
            "json" => Some(Format::Json),
            "dot" => Some(Format::Dot),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// What `morel tree` draws and where.
#[derive(Clone, Debug)]
pub struct Options {
    pub format: Format,
    /// Write here instead of standard output.
    pub output: Option<String>,
    /// Only the code units whose name or qualname is this.
    pub function: Option<String>,
    /// Include the bundled standard-library modules.
    pub all: bool,
}

/// A parsed `morel tree` command line.
#[derive(Clone, Debug)]
pub struct Invocation {
    pub options: Options,
    /// The program to run.
    pub file: String,
    /// Its `sys.argv`: the file, then its arguments.
    pub argv: Vec<String>,
}

/// The usage line of `morel tree`.
pub const USAGE: &str = "usage: morel tree FILE [args...] [--function NAME] [--format text|json|dot|html] [-o OUT] [--all] [-- args...]";

/// Parses the arguments after `tree`. The tree options may come anywhere;
/// the first other word is the program and the rest are its arguments
/// (after `--`, every word is the program's).
pub fn parse_args(args: &[String]) -> Result<Invocation, String> {
    let mut options = Options { format: Format::Text, output: None, function: None, all: false };
    let mut file: Option<String> = None;
    let mut rest = Vec::new();
    let mut i = 0;
    let value = |i: usize, name: &str| args.get(i + 1).cloned().ok_or_else(|| format!("argument expected for the {} option", name));
    while i < args.len() {
        let a = args[i].as_str();
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (a, None),
        };
        let take = |i: &mut usize| -> Result<String, String> {
            match &inline {
                Some(v) => {
                    *i += 1;
                    Ok(v.clone())
                }
                None => {
                    let v = value(*i, name)?;
                    *i += 2;
                    Ok(v)
                }
            }
        };
        match name {
            "--format" => {
                let f = take(&mut i)?;
                options.format = Format::parse(&f).ok_or_else(|| format!("unknown format '{}' (choose from: text, json, dot, html)", f))?;
            }
            "-o" | "--output" => options.output = Some(take(&mut i)?),
            "--function" => options.function = Some(take(&mut i)?),
            "--all" => {
                options.all = true;
                i += 1;
            }
            "--" => {
                let mut words = args[i + 1..].iter().cloned();
                if file.is_none() {
                    file = words.next();
                }
                rest.extend(words);
                break;
            }
            _ if file.is_none() && a.starts_with('-') && a.len() > 1 => return Err(format!("unknown option: {}", a)),
            _ => {
                if file.is_none() {
                    file = Some(a.to_string());
                } else {
                    rest.push(a.to_string());
                }
                i += 1;
            }
        }
    }
    let file = file.ok_or_else(|| "a program file is required".to_string())?;
    let mut argv = vec![file.clone()];
    argv.extend(rest);
    Ok(Invocation { options, file, argv })
}

/// The colour of each display state (and "none" for nodes without a
/// state), shared by the dot and HTML formats.
pub const PALETTE: [(&str, &str); 6] = [
    ("none", "#ffffff"),
    ("uninitialized", "#d9d9d9"),
    ("monomorphic", "#a6dba0"),
    ("polymorphic", "#fee08b"),
    ("megamorphic", "#fdae61"),
    ("generic", "#f46d43"),
];

/// The colour of display state `state` (None: no state).
pub fn colour(state: Option<&str>) -> &'static str {
    let key = state.unwrap_or("none");
    PALETTE.iter().find(|(s, _)| *s == key).map(|(_, c)| *c).unwrap_or(PALETTE[0].1)
}

/// Draws `dump` in `format`.
pub fn render(dump: &Dump, format: Format) -> String {
    match format {
        Format::Text => text::render(&dump.document),
        Format::Json => json::render(&dump.document),
        Format::Dot => dot::render(&dump.document),
        Format::Html => html::render(dump),
    }
}

/// After the program ran: collects the trees `options` select, draws them
/// and writes them to the output file or standard output (after the
/// program's own output). Err says why nothing could be written.
pub fn emit(options: &Options, program: &str) -> Result<(), String> {
    let dump = collect(program, options.function.as_deref(), options.all)?;
    let out = render(&dump, options.format);
    match &options.output {
        Some(path) => std::fs::write(path, out).map_err(|e| format!("cannot write {}: {}", path, e)),
        None => {
            use std::io::Write;
            morel_runtime::output::flush_stdout();
            let mut so = std::io::stdout().lock();
            so.write_all(out.as_bytes()).and_then(|_| so.flush()).map_err(|e| format!("cannot write the tree: {}", e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn options_anywhere_and_program_args() {
        let inv = parse_args(&words("--format json prog.py 10 -v --function f -o out.json")).unwrap();
        assert_eq!(inv.file, "prog.py");
        assert_eq!(inv.argv, words("prog.py 10 -v"));
        assert_eq!(inv.options.format, Format::Json);
        assert_eq!(inv.options.function.as_deref(), Some("f"));
        assert_eq!(inv.options.output.as_deref(), Some("out.json"));
        assert!(!inv.options.all);
    }

    #[test]
    fn double_dash_passes_everything_on() {
        let inv = parse_args(&words("--all --format=dot prog.py -- --format x")).unwrap();
        assert_eq!(inv.argv, words("prog.py --format x"));
        assert_eq!(inv.options.format, Format::Dot);
        assert!(inv.options.all);
        let inv = parse_args(&words("-- -weird.py a")).unwrap();
        assert_eq!(inv.file, "-weird.py");
        assert_eq!(inv.argv, words("-weird.py a"));
    }

    #[test]
    fn errors() {
        assert!(parse_args(&words("--format svg p.py")).is_err());
        assert!(parse_args(&words("--format")).is_err());
        assert!(parse_args(&words("--bogus p.py")).is_err());
        assert!(parse_args(&[]).is_err());
    }
}
