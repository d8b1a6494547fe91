//! The document every format draws: the selected trees as one flat list of
//! nodes in pre-order (a parent before its children, siblings in order),
//! built through the introspection API. Its JSON form is the `json` format;
//! docs/tree-format.md documents the fields.

use crate::introspect::{CodeInfo, NodeRef, SourceText};
use morel_specializer::{classify, stats};
use serde::Serialize;
use std::collections::BTreeMap;

/// The whole dump.
#[derive(Serialize)]
pub struct Document {
    /// Always "morel-tree".
    pub format: &'static str,
    /// The schema version (bumped on incompatible changes).
    pub version: u32,
    /// The program file as given on the command line.
    pub program: String,
    /// The specializer strategy the run used.
    pub specializer: &'static str,
    /// Whether statistics were on during the run (cache hits and misses and
    /// state histories are only recorded then).
    pub stats_enabled: bool,
    /// The value at which a code unit's `calls` stops counting.
    pub calls_saturate: u64,
    /// The drawn trees, in compilation order.
    pub trees: Vec<TreeRoot>,
    /// Every node of every tree, in pre-order; `nodes[i].id == i`.
    pub nodes: Vec<Node>,
}

/// One drawn tree: a module, or with `--function` a matching code unit.
#[derive(Serialize)]
pub struct TreeRoot {
    /// The file the tree was compiled from.
    pub file: String,
    /// True for a bundled standard-library module (`<frozen NAME>`).
    pub bundled: bool,
    /// The id of its root node (a `CodeUnit`).
    pub root: usize,
}

/// One node.
#[derive(Serialize)]
pub struct Node {
    /// Its index in `Document::nodes` (pre-order over all trees).
    pub id: usize,
    /// The index of its tree in `Document::trees`.
    pub tree: usize,
    /// The parent's id; null for a tree's root.
    pub parent: Option<usize>,
    /// Depth below its tree's root (the root is 0).
    pub depth: usize,
    /// The role the node plays in its parent (`left`, `body`, ...); null for a root.
    pub role: Option<&'static str>,
    /// The node kind (`BinOpNode`, `ForNode`, ...).
    pub kind: &'static str,
    /// Operator, name or constant (`NodeRef::detail`); null when the kind says it all.
    pub detail: Option<String>,
    /// Where the node is in its file; null when unknown.
    pub span: Option<SpanInfo>,
    /// The display state: "uninitialized", "monomorphic", "polymorphic",
    /// "megamorphic" or "generic"; null for nodes that do not specialize.
    pub state: Option<&'static str>,
    /// The type-specialization state, for nodes that have one.
    pub type_state: Option<TypeState>,
    /// The inline cache, for nodes that have one.
    pub cache: Option<crate::stats::CacheReport>,
    /// Identity and call count, for `CodeUnit` nodes.
    pub code: Option<CodeSummary>,
    /// The children's ids, in order.
    pub children: Vec<usize>,
}

/// A source range. Lines and columns are 1-based; columns count bytes, as
/// in the `--stats-json` report; `start`/`end` are byte offsets into the
/// file. When the file's text is not available (`exec` source) the columns
/// are 0 and `end_line` is `line`.
#[derive(Serialize, Clone, Copy)]
pub struct SpanInfo {
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

/// A node's `SpecState`.
#[derive(Serialize)]
pub struct TypeState {
    /// "uninitialized", "monomorphic", "polymorphic" or "generic".
    pub class: &'static str,
    pub bits: u8,
    /// The names of the set bits (`int`, `float`, `py_function`, ...).
    pub names: Vec<String>,
    /// Every rewrite, in order (recorded while statistics are on).
    pub history: Vec<Transition>,
}

/// One rewrite of a `SpecState`.
#[derive(Serialize)]
pub struct Transition {
    pub before: u8,
    pub after: u8,
    /// The names of the bits this rewrite added.
    pub added: Vec<String>,
}


/// A `CodeUnit`'s identity and call count.
#[derive(Serialize)]
pub struct CodeSummary {
    /// "module", "function" or "class".
    pub kind: &'static str,
    pub name: String,
    pub qualname: String,
    pub file: String,
    pub calls: u64,
    pub calls_saturated: bool,
}

/// A document with the source text of its files (for the HTML page).
pub struct Dump {
    pub document: Document,
    /// File name to source text (None when the source could not be found).
    pub sources: BTreeMap<String, Option<String>>,
}

impl From<CodeInfo> for CodeSummary {
    fn from(c: CodeInfo) -> CodeSummary {
        CodeSummary { kind: c.kind, name: c.name, qualname: c.qualname, file: c.file, calls: c.calls, calls_saturated: c.calls_saturated }
    }
}

/// Collects the trees of every compiled module (bundled library modules
/// only with `all`), or with `function` only the code units named so (by
/// name or qualname) in those modules. Err when `function` matches nothing.
pub fn collect(program: &str, function: Option<&str>, all: bool) -> Result<Dump, String> {
    let histories = stats::histories();
    let mut document = Document {
        format: "morel-tree",
        version: 1,
        program: program.to_string(),
        specializer: morel_specializer::strategy::current().name(),
        stats_enabled: stats::enabled(),
        calls_saturate: crate::tree::CALLS_SATURATE,
        trees: Vec::new(),
        nodes: Vec::new(),
    };
    let mut sources: BTreeMap<String, SourceText> = BTreeMap::new();
    for unit in crate::code::modules() {
        let module = NodeRef::Code(unit);
        let file = module.code_info().map(|c| c.file).unwrap_or_default();
        let bundled = SourceText::is_bundled(&file);
        if bundled && !all {
            continue;
        }
        let roots: Vec<NodeRef> = match function {
            None => vec![module],
            Some(name) => {
                let mut found = Vec::new();
                find_units(module, name, &mut found);
                found
            }
        };
        if roots.is_empty() {
            continue;
        }
        let source = sources.entry(file.clone()).or_insert_with(|| SourceText::load(&file));
        for root in roots {
            let tree = document.trees.len();
            document.trees.push(TreeRoot { file: file.clone(), bundled, root: document.nodes.len() });
            add_tree(&mut document.nodes, root, tree, source, &histories);
        }
    }
    if let Some(name) = function {
        if document.trees.is_empty() {
            let hint = if all { "" } else { " (--all includes the bundled library)" };
            return Err(format!("no function, class or module named '{}' was compiled{}", name, hint));
        }
    }
    let sources = sources.into_iter().map(|(f, s)| (f, s.found.then_some(s.text))).collect();
    Ok(Dump { document, sources })
}

/// The code units under `n` named `name` (name or qualname), outermost
/// first; a match's own subtree is not searched (it is drawn with it).
fn find_units(n: NodeRef, name: &str, found: &mut Vec<NodeRef>) {
    if n.code_info().is_some_and(|c| c.name == name || c.qualname == name) {
        found.push(n);
        return;
    }
    for (_, c) in n.children() {
        find_units(c, name, found);
    }
}

/// Appends the nodes under `root` in pre-order.
fn add_tree(nodes: &mut Vec<Node>, root: NodeRef, tree: usize, source: &SourceText, histories: &crate::introspect::Histories) {
    // (node, parent id, role, depth); children are pushed in reverse so they
    // come off the stack in order.
    let mut stack: Vec<(NodeRef, Option<usize>, Option<&'static str>, usize)> = vec![(root, None, None, 0)];
    while let Some((n, parent, role, depth)) = stack.pop() {
        let id = nodes.len();
        if let Some(p) = parent {
            nodes[p].children.push(id);
        }
        nodes.push(describe(n, id, tree, parent, role, depth, source, histories));
        for (r, c) in n.children().into_iter().rev() {
            stack.push((c, Some(id), Some(r), depth + 1));
        }
    }
}

/// One node's entry (without its children).
#[allow(clippy::too_many_arguments)]
fn describe(
    n: NodeRef,
    id: usize,
    tree: usize,
    parent: Option<usize>,
    role: Option<&'static str>,
    depth: usize,
    source: &SourceText,
    histories: &crate::introspect::Histories,
) -> Node {
    let span = n.span();
    let span = (span.line > 0).then(|| {
        if source.found {
            let (end_line, end_column) = source.line_col(span.end);
            SpanInfo {
                start: span.start,
                end: span.end,
                line: span.line,
                column: source.column(span.line, span.start),
                end_line: end_line.max(span.line),
                end_column,
            }
        } else {
            // Without the text only the start line is known.
            SpanInfo { start: span.start, end: span.end, line: span.line, column: 0, end_line: span.line, end_column: 0 }
        }
    });
    let type_state = n.state().map(|s| {
        let bits = s.get();
        TypeState {
            class: classify(bits).name(),
            bits,
            names: n.bit_names(bits),
            history: n
                .history(histories)
                .into_iter()
                .map(|(before, after)| Transition { before, after, added: n.bit_names(after & !before) })
                .collect(),
        }
    });
    let cache = n.cache().map(crate::stats::CacheReport::of);
    Node {
        id,
        tree,
        parent,
        depth,
        role,
        kind: n.kind(),
        detail: n.detail(),
        span,
        state: n.display_state(),
        type_state,
        cache,
        code: n.code_info().map(CodeSummary::from),
        children: Vec::new(),
    }
}
