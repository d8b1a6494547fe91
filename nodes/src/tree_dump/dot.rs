//! The `dot` format: a Graphviz digraph with one box per node (`n<id>`),
//! filled with the colour of its display state (`PALETTE`), one edge per
//! parent-child pair labelled with the child's role, one cluster per tree
//! and a colour legend as the graph's label. Render with
//! `dot -Tsvg tree.dot -o tree.svg`.

use super::model::{Document, Node};
use super::{colour, PALETTE};
use std::fmt::Write;

/// The document as a dot graph.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    out.push_str("digraph morel_tree {\n");
    out.push_str("  graph [rankdir=TB, fontname=\"Helvetica\", fontsize=11, nodesep=0.15, ranksep=0.3];\n");
    out.push_str("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, margin=\"0.08,0.03\"];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#666666\", fontcolor=\"#444444\", arrowsize=0.6];\n");
    for (t, tree) in doc.trees.iter().enumerate() {
        let root = &doc.nodes[tree.root];
        let title = match &root.code {
            Some(c) => format!("{} {} ({})", c.kind, c.qualname, tree.file),
            None => tree.file.clone(),
        };
        let _ = writeln!(out, "  subgraph cluster_{} {{", t);
        let _ = writeln!(out, "    label=\"{}\"; labeljust=l; style=\"rounded\"; color=\"#999999\";", escape(&title));
        // A tree's nodes are contiguous: from its root to the next root.
        let end = doc.trees.get(t + 1).map(|x| x.root).unwrap_or(doc.nodes.len());
        for n in &doc.nodes[tree.root..end] {
            let _ = writeln!(
                out,
                "    n{} [label=\"{}\", fillcolor=\"{}\", tooltip=\"{}\"];",
                n.id,
                escape(&label(n)),
                colour(n.state),
                escape(&tooltip(n, &tree.file))
            );
        }
        out.push_str("  }\n");
    }
    for n in &doc.nodes {
        for &c in &n.children {
            let role = doc.nodes[c].role.unwrap_or("");
            let _ = writeln!(out, "  n{} -> n{} [label=\"{}\"];", n.id, c, escape(role));
        }
    }
    // The legend is set last so that the clusters do not inherit it.
    out.push_str("  label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"2\"><TR><TD BORDER=\"0\">state:</TD>");
    for (state, col) in PALETTE {
        let _ = write!(out, "<TD BGCOLOR=\"{}\">{}</TD>", col, state);
    }
    out.push_str("</TR></TABLE>>;\n  labelloc=b;\n}\n");
    out
}

/// The lines of a node's box: kind and detail, state and bits, counts.
fn label(n: &Node) -> String {
    let mut lines = Vec::new();
    lines.push(match &n.detail {
        Some(d) => format!("{} {}", n.kind, d),
        None => n.kind.to_string(),
    });
    if let Some(state) = n.state {
        match &n.type_state {
            Some(t) if !t.names.is_empty() => lines.push(format!("{} {{{}}}", state, t.names.join(","))),
            _ => lines.push(state.to_string()),
        }
    }
    if let Some(c) = &n.cache {
        lines.push(format!("cache {}: {} hits, {} misses", c.entries, c.hits, c.misses));
    }
    if let Some(c) = &n.code {
        lines.push(format!("calls={}{}", c.calls, if c.calls_saturated { "+" } else { "" }));
    }
    lines.join("\n")
}

/// The hover text: file and source range.
fn tooltip(n: &Node, file: &str) -> String {
    match &n.span {
        Some(s) if s.column == 0 => format!("{}:{}", file, s.line),
        Some(s) => format!("{}:{}:{}-{}:{}", file, s.line, s.column, s.end_line, s.end_column),
        None => file.to_string(),
    }
}

/// `s` as the inside of a dot string: quotes and backslashes escaped,
/// newlines as `\n` (a centred line break).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes() {
        assert_eq!(escape("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
