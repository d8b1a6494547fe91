//! Syntax errors reported as CPython reports them, and tracebacks of
//! uncaught exceptions.

use morel_runtime::ops;
use morel_runtime::types::class::class_of;
use morel_runtime::types::exception::{exc_state, traceback_entries};
use morel_runtime::types::str::as_str;
use morel_runtime::Value;

/// A syntax error with its position (1-based line, 0-based column in chars).
#[derive(Debug)]
pub struct SyntaxErr {
    pub msg: String,
    pub filename: String,
    pub line: usize,
    pub col: usize,
    pub text: String,
    /// "SyntaxError" or "IndentationError"
    pub kind: &'static str,
}

fn locate(src: &str, offset: usize) -> (usize, usize, String) {
    let offset = offset.min(src.len());
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let col = src[line_start..offset].chars().count();
    let text = src[line_start..].lines().next().unwrap_or("").to_string();
    (line, col, text)
}

/// Maps ruff's parse errors onto CPython's wording for the common cases.
pub fn from_parse_error(src: &str, filename: &str, e: &ruff_python_parser::ParseError) -> SyntaxErr {
    let raw = e.error.to_string();
    let mut offset = e.location.start().to_usize();
    let mut kind = "SyntaxError";
    let msg = map_message(&raw, src, &mut offset, &mut kind);
    let (line, col, text) = locate(src, offset);
    SyntaxErr { msg, filename: filename.to_string(), line, col, text, kind }
}

fn map_message(raw: &str, src: &str, offset: &mut usize, kind: &mut &'static str) -> String {
    let lower = raw.to_ascii_lowercase();
    // An unclosed bracket anywhere: CPython names the bracket.
    if !lower.contains("indent") {
        // Only when the parser failed past the bracket's line (or at the end).
        if let Some((pos, ch)) = unclosed_bracket(src).filter(|(pos, _)| {
            locate(src, *offset).0 > locate(src, *pos).0 || *offset >= src.trim_end().len()
        }) {
            *offset = pos;
            return format!("'{}' was never closed", ch);
        }
    }
    if let Some(rest) = lower.strip_prefix("expected an indented block after ") {
        *kind = "IndentationError";
        let (what, kw) = if rest.starts_with("function definition") {
            ("function definition".to_string(), "def")
        } else if rest.starts_with("`class` definition") {
            ("class definition".to_string(), "class")
        } else {
            let k = rest.split('`').nth(1).unwrap_or("if").to_string();
            let kw: &'static str = match k.as_str() {
                "if" => "if",
                "elif" => "elif",
                "else" => "else",
                "while" => "while",
                "for" => "for",
                "try" => "try",
                "except" => "except",
                "finally" => "finally",
                "with" => "with",
                _ => "if",
            };
            (format!("'{}' statement", kw), kw)
        };
        let err_line = locate(src, *offset).0;
        let header = src
            .lines()
            .take(err_line.saturating_sub(1))
            .enumerate()
            .filter(|(_, l)| {
                let t = l.trim_start();
                t.starts_with(kw) || (kw == "def" && t.starts_with("async def"))
            })
            .map(|(i, _)| i + 1)
            .last()
            .unwrap_or(err_line.saturating_sub(1).max(1));
        return format!("expected an indented block after {} on line {}", what, header);
    }
    if lower.contains("simple statements must be separated") {
        let (_, _, text) = locate(src, *offset);
        let t = text.trim_start();
        if (t.starts_with("print ") || t.starts_with("exec ")) && !t.contains('(') {
            let name = if t.starts_with("print") { "print" } else { "exec" };
            return format!("Missing parentheses in call to '{}'. Did you mean {}(...)?", name, name);
        }
    }
    if lower.contains("expected `:`, found `=`") {
        return "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into();
    }
    if lower.contains("unexpected indentation") {
        *kind = "IndentationError";
        return "unexpected indent".into();
    }
    if lower.contains("expected an indented block") {
        *kind = "IndentationError";
        return "expected an indented block".into();
    }
    if lower.contains("unindent") {
        *kind = "IndentationError";
        return "unindent does not match any outer indentation level".into();
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        return "unterminated string literal (detected at line ".to_string()
            + &locate(src, *offset).0.to_string()
            + ")";
    }
    if lower.contains("triple-quoted") {
        return "unterminated triple-quoted string literal (detected at line ".to_string()
            + &src.lines().count().to_string()
            + ")";
    }
    if lower.contains("expected ':'") {
        return "expected ':'".into();
    }
    "invalid syntax".into()
}

/// True when a bracket is still open at the end of `src`.
pub fn has_unclosed_bracket(src: &str) -> bool {
    unclosed_bracket(src).is_some()
}

/// The first bracket left open at the end of the source (strings and comments skipped).
fn unclosed_bracket(src: &str) -> Option<(usize, char)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i] as char;
        match c {
            '#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            '\'' | '"' => {
                let triple = i + 2 < b.len() && b[i + 1] == b[i] && b[i + 2] == b[i];
                let q = b[i];
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if triple {
                        if i + 2 < b.len() && b[i] == q && b[i + 1] == q && b[i + 2] == q {
                            i += 2;
                            break;
                        }
                    } else if b[i] == q || b[i] == b'\n' {
                        break;
                    }
                    i += 1;
                }
            }
            '(' | '[' | '{' => stack.push((i, c)),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    stack.first().copied()
}

pub fn from_lower_error(src: &str, filename: &str, e: crate::lower::LowerError) -> SyntaxErr {
    let (line, col, text) = locate(src, e.offset as usize);
    SyntaxErr { msg: e.msg, filename: filename.to_string(), line, col, text, kind: "SyntaxError" }
}

impl SyntaxErr {
    /// CPython's report: the location, the line, a caret, the message.
    pub fn report(&self) -> String {
        let trimmed = self.text.trim_start();
        let indent = self.text.chars().count() - trimmed.chars().count();
        let caret = self.col.saturating_sub(indent);
        format!(
            "  File \"{}\", line {}\n    {}\n    {}^\n{}: {}\n",
            self.filename,
            self.line,
            trimmed.trim_end(),
            " ".repeat(caret),
            self.kind,
            self.msg
        )
    }
}

/// The source line `line` of `file` (for tracebacks), trimmed.
fn source_line(file: &str, line: u32) -> Option<String> {
    let src = std::fs::read_to_string(file).ok()?;
    src.lines().nth(line as usize - 1).map(|l| l.trim().to_string())
}

/// `Type: message` as the last line of a traceback.
pub fn exception_line(v: Value) -> String {
    let cls = class_of(v);
    // a class body's own `__module__ = "..."` wins over the defining module
    let own = cls.dict().get_str(morel_runtime::types::str::intern("__module__"));
    let module = own.and_then(as_str).or_else(|| as_str(cls.module.get())).unwrap_or("builtins");
    let name = if module == "builtins" || module == "__main__" {
        cls.qualname().to_string()
    } else {
        format!("{}.{}", module, cls.qualname())
    };
    let msg = ops::str(v).unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        name
    } else {
        format!("{}: {}", name, msg)
    }
}

/// A CPython-style traceback, with chained causes and contexts first.
pub fn format_traceback(v: Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(v, &mut out, &mut seen);
    out
}

fn format_chain(v: Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(v);
    if let Some(st) = exc_state(v) {
        let cause = st.cause.get();
        let ctx = st.context.get();
        if !cause.is_none() && !seen.contains(&cause) {
            format_chain(cause, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !ctx.is_none() && !st.suppress_context.get() && !seen.contains(&ctx) {
            format_chain(ctx, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    let entries = traceback_entries(v);
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for (file, line, func) in entries {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, line, func));
            if let Some(src) = source_line(&file, line) {
                out.push_str(&format!("    {}\n", src));
            }
        }
    }
    out.push_str(&exception_line(v));
    out.push('\n');
}
