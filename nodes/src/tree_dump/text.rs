//! The `text` format: one line per node, indented two spaces per depth, for
//! reading in a terminal:
//!
//! ```text
//! CodeUnit module <module>  @1:1-4:9  file=t.py  calls=1
//!   body: FunctionDefNode add  @1:1-2:17
//!     code: CodeUnit function add  @1:1-2:17  calls=3
//!       body: ReturnNode  @2:5-2:17
//!         value: BinOpNode +  @2:12-2:17  state=monomorphic {int}  history=+int
//! ```
//!
//! Fields after the kind, each present only when it applies: the detail,
//! `@line:col-line:col` (`@line` when the source text is missing), `state=` (display state) with the type-state bits
//! in braces, `history=` (the bits each rewrite added, in order), `cache=` with the
//! inline cache's counts, `file=` (tree roots), `calls=` (code units).

use super::model::{Document, Node};
use std::fmt::Write;

/// The document as text, one line per node.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    for n in &doc.nodes {
        line(doc, n, &mut out);
        out.push('\n');
    }
    out
}

/// `{a,b}` for a list of bit names.
fn bits(names: &[String]) -> String {
    format!("{{{}}}", names.join(","))
}

/// Writes one node's line (without the newline).
fn line(doc: &Document, n: &Node, out: &mut String) {
    for _ in 0..n.depth {
        out.push_str("  ");
    }
    if let Some(role) = n.role {
        let _ = write!(out, "{}: ", role);
    }
    out.push_str(n.kind);
    if let Some(c) = &n.code {
        let _ = write!(out, " {}", c.kind);
    }
    if let Some(d) = &n.detail {
        let _ = write!(out, " {}", d.replace('\n', "\\n"));
    }
    match &n.span {
        Some(s) if s.column == 0 => {
            let _ = write!(out, "  @{}", s.line);
        }
        Some(s) => {
            let _ = write!(out, "  @{}:{}-{}:{}", s.line, s.column, s.end_line, s.end_column);
        }
        None => {}
    }
    if let Some(state) = n.state {
        let _ = write!(out, "  state={}", state);
        if let Some(t) = &n.type_state {
            let _ = write!(out, " {}", bits(&t.names));
            if !t.history.is_empty() {
                let h: Vec<String> = t.history.iter().map(|tr| format!("+{}", tr.added.join("+"))).collect();
                let _ = write!(out, "  history={}", h.join(","));
            }
        }
    }
    if let Some(c) = &n.cache {
        let _ = write!(
            out,
            "  cache={} entries={} hits={} misses={} rewrites={} resets={} guard_failures={}",
            c.state, c.entries, c.hits, c.misses, c.rewrites, c.resets, c.guard_failures
        );
    }
    if n.parent.is_none() {
        let _ = write!(out, "  file={}", doc.trees[n.tree].file);
    }
    if let Some(c) = &n.code {
        let more = if c.calls_saturated { "+" } else { "" };
        let _ = write!(out, "  calls={}{}", c.calls, more);
    }
}
