//! The one introspection API over node trees: kind, children (with their
//! roles), source span, specialization state, inline cache, a short detail
//! (operator or name) and, for code units, their identity and call count.
//! Stats (`stats.rs`), the tree visualizer (`tree_dump/`) and the compiler
//! read trees only through it. `SourceText` turns spans into lines and
//! columns for all of them.

use crate::tree::*;
use morel_specializer::{classify, SpecState};
use std::collections::HashMap;

/// What `NodeRef::code_info` tells about a code unit.
#[derive(Clone, Debug)]
pub struct CodeInfo {
    /// "module", "function" or "class".
    pub kind: &'static str,
    pub name: String,
    pub qualname: String,
    /// The file the unit was compiled from (`<frozen NAME>` for a bundled
    /// standard-library module, `<string>` for `exec`/`eval` source).
    pub file: String,
    /// Times the unit was entered, counted up to `CALLS_SATURATE`.
    pub calls: u64,
    /// True once `calls` reached `CALLS_SATURATE` and stopped counting.
    pub calls_saturated: bool,
}

/// State transitions logged while statistics were on, keyed by the address
/// of the state (`morel_specializer::stats::histories()`).
pub type Histories = HashMap<usize, Vec<(u8, u8)>>;

/// The rank of a display state, from least to most generic (see
/// `NodeRef::display_state`).
pub const DISPLAY_STATES: [&str; 5] = ["uninitialized", "monomorphic", "polymorphic", "megamorphic", "generic"];

/// A reference to any node.
#[derive(Clone, Copy)]
pub enum NodeRef {
    Expr(Expr),
    Stmt(&'static Stmt),
    Target(Target),
    Code(&'static CodeUnit),
}

impl NodeRef {
    /// The node kind's name (`BinOpNode`, `ForNode`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            NodeRef::Code(_) => "CodeUnit",
            NodeRef::Target(t) => match t {
                Target::Local(..) => "StoreLocal",
                Target::Cell(..) => "StoreCell",
                Target::Global(_) => "StoreGlobal",
                Target::Name(_) => "StoreName",
                Target::Attr(_) => "StoreAttr",
                Target::Subscript(_) => "StoreSubscript",
                Target::Unpack(..) => "Unpack",
                Target::Starred(_) => "StoreStarred",
            },
            NodeRef::Expr(e) => match e {
                Expr::Const(_) => "ConstNode",
                Expr::LoadLocal(_) => "LoadLocal",
                Expr::LoadCell(_) => "LoadCell",
                Expr::LoadGlobal(_) => "LoadGlobal",
                Expr::LoadName(_) => "LoadName",
                Expr::BinOp(_) => "BinOpNode",
                Expr::UnaryOp(_) => "UnaryNode",
                Expr::BoolOp(_) => "BoolOpNode",
                Expr::Compare(_) => "CompareNode",
                Expr::Call(_) => "CallNode",
                Expr::CallMethod(_) => "CallMethodNode",
                Expr::Attribute(_) => "LoadAttrNode",
                Expr::Subscript(_) => "SubscriptNode",
                Expr::Slice(_) => "SliceNode",
                Expr::List(_) => "ListNode",
                Expr::Tuple(_) => "TupleNode",
                Expr::Dict(_) => "DictNode",
                Expr::Set(_) => "SetNode",
                Expr::Comp(c) => match c.kind {
                    CompKind::List => "ListCompNode",
                    CompKind::Set => "SetCompNode",
                    CompKind::Dict => "DictCompNode",
                },
                Expr::IfExp(_) => "IfExpNode",
                Expr::FString(_) => "FStringNode",
                Expr::Lambda(_) => "LambdaNode",
                Expr::Named(_) => "NamedNode",
                Expr::Starred(_) => "StarredNode",
                Expr::Yield(_) => "YieldNode",
                Expr::YieldFrom(_) => "YieldFromNode",
                Expr::GenExp(_) => "GenExpNode",
                Expr::ScopedComp(_, _) => "ScopedCompNode",
            },
            NodeRef::Stmt(s) => match &s.kind {
                StmtKind::Expr(_) => "ExprStmt",
                StmtKind::Assign(..) => "AssignNode",
                StmtKind::AugAssign(_) => "AugAssignNode",
                StmtKind::Return(_) => "ReturnNode",
                StmtKind::If(_) => "IfNode",
                StmtKind::While(_) => "WhileNode",
                StmtKind::For(_) => "ForNode",
                StmtKind::Break => "BreakNode",
                StmtKind::Continue => "ContinueNode",
                StmtKind::Pass => "PassNode",
                StmtKind::Raise(..) => "RaiseNode",
                StmtKind::Try(_) => "TryNode",
                StmtKind::FunctionDef(..) => "FunctionDefNode",
                StmtKind::ClassDef(..) => "ClassDefNode",
                StmtKind::Delete(_) => "DeleteNode",
                StmtKind::Import(_) => "ImportNode",
                StmtKind::ImportFrom(_) => "ImportFromNode",
                StmtKind::Assert(..) => "AssertNode",
                StmtKind::With(_) => "WithNode",
                StmtKind::Declaration => "DeclarationNode",
                StmtKind::Display(_) => "DisplayNode",
                StmtKind::Match(_) => "MatchNode",
                StmtKind::Annotate(..) => "AnnotateNode",
            },
        }
    }

    /// The node's specialization state, if it has one.
    pub fn state(&self) -> Option<&'static SpecState> {
        match self {
            NodeRef::Expr(e) => match e {
                Expr::BinOp(n) => Some(&n.state),
                Expr::Compare(n) => Some(&n.state),
                Expr::Call(n) => Some(&n.state),
                Expr::CallMethod(n) => Some(&n.state),
                Expr::Subscript(n) => Some(&n.state),
                _ => None,
            },
            NodeRef::Stmt(s) => match &s.kind {
                StmtKind::For(n) => Some(&n.state),
                StmtKind::AugAssign(n) => Some(&n.state),
                _ => None,
            },
            NodeRef::Target(Target::Subscript(n)) => Some(&n.state),
            _ => None,
        }
    }

    /// The meaning of each bit of the node's `SpecState` (empty for nodes
    /// without one), as (bit, name) pairs; `GENERIC` is not listed here.
    pub fn state_bits(&self) -> &'static [(u8, &'static str)] {
        match self {
            NodeRef::Expr(Expr::BinOp(_)) | NodeRef::Stmt(Stmt { kind: StmtKind::AugAssign(_), .. }) => binop_state::NAMES,
            NodeRef::Expr(Expr::Compare(_)) => compare_state::NAMES,
            NodeRef::Expr(Expr::Call(_)) | NodeRef::Expr(Expr::CallMethod(_)) => call_state::NAMES,
            NodeRef::Expr(Expr::Subscript(_)) | NodeRef::Target(Target::Subscript(_)) => subscript_state::NAMES,
            NodeRef::Stmt(Stmt { kind: StmtKind::For(_), .. }) => for_state::NAMES,
            _ => &[],
        }
    }

    /// The names of the bits set in `bits`, read with this node's table
    /// (`state_bits`); the generic bit reads "generic" and a bit the table
    /// lacks reads as its hex value.
    pub fn bit_names(&self, bits: u8) -> Vec<String> {
        let table = self.state_bits();
        (0..8)
            .map(|i| 1u8 << i)
            .filter(|b| bits & b != 0)
            .map(|b| {
                if b == morel_specializer::GENERIC {
                    "generic".to_string()
                } else {
                    table.iter().find(|(v, _)| *v == b).map(|(_, n)| n.to_string()).unwrap_or_else(|| format!("{:#04x}", b))
                }
            })
            .collect()
    }

    /// The logged transitions of the node's `SpecState` as (bits before,
    /// bits after) pairs, in order; empty for nodes without a state or when
    /// nothing was logged (statistics off).
    pub fn history(&self, all: &Histories) -> Vec<(u8, u8)> {
        self.state().and_then(|s| all.get(&(s as *const SpecState as usize))).cloned().unwrap_or_default()
    }

    /// One state for people and colours, combining the type state and the
    /// inline cache: the more generic of `classify(state)` and the cache's
    /// state, ranked as in `DISPLAY_STATES`. None for nodes with neither.
    pub fn display_state(&self) -> Option<&'static str> {
        let rank = |n: &str| DISPLAY_STATES.iter().position(|s| *s == n).unwrap_or(0);
        let a = self.state().map(|s| classify(s.get()).name());
        let b = self.cache().map(|c| c.state());
        match (a, b) {
            (Some(a), Some(b)) => Some(if rank(b) > rank(a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// Identity and call count of a code unit; None for other nodes.
    pub fn code_info(&self) -> Option<CodeInfo> {
        let NodeRef::Code(c) = self else { return None };
        let text = |v| morel_runtime::types::str::as_str(v).unwrap_or("?").to_string();
        let calls = c.calls.load(std::sync::atomic::Ordering::Relaxed);
        Some(CodeInfo {
            kind: match c.kind {
                CodeKind::Module => "module",
                CodeKind::Function => "function",
                CodeKind::Class => "class",
            },
            name: text(c.name),
            qualname: text(c.qualname),
            file: display_path(&text(c.filename)),
            calls,
            calls_saturated: calls >= CALLS_SATURATE,
        })
    }

    /// A short description of what this node does beyond its kind: the
    /// operator of an operation, the name a load, store or attribute uses,
    /// the repr of a constant (cut to 40 characters), the name a `def` or
    /// `class` binds, the module an import reads. None when the kind says it all.
    pub fn detail(&self) -> Option<String> {
        let text = |v| morel_runtime::types::str::as_str(v).unwrap_or("?").to_string();
        let cut = |s: String| {
            if s.chars().count() > 40 {
                s.chars().take(39).collect::<String>() + "…"
            } else {
                s
            }
        };
        match *self {
            NodeRef::Code(c) => Some(text(c.qualname)),
            NodeRef::Target(t) => match t {
                Target::Local(_, n) | Target::Cell(_, n) => Some(text(n)),
                Target::Global(g) => Some(text(g.name)),
                Target::Name(n) => Some(text(n.name)),
                Target::Attr(a) => Some(format!(".{}", text(a.name))),
                _ => None,
            },
            NodeRef::Expr(e) => match e {
                Expr::Const(c) => Some(cut(morel_runtime::ops::repr(c.value).unwrap_or_else(|_| "?".into()))),
                Expr::LoadLocal(n) | Expr::LoadCell(n) => Some(text(n.name)),
                Expr::LoadGlobal(g) => Some(text(g.name)),
                Expr::LoadName(n) => Some(text(n.name)),
                Expr::BinOp(n) => Some(n.op.symbol().to_string()),
                Expr::UnaryOp(n) => Some(
                    match n.op {
                        UnaryOpKind::Neg => "-",
                        UnaryOpKind::Pos => "+",
                        UnaryOpKind::Invert => "~",
                        UnaryOpKind::Not => "not",
                    }
                    .to_string(),
                ),
                Expr::BoolOp(n) => Some(if n.is_and { "and" } else { "or" }.to_string()),
                Expr::Compare(n) => Some(
                    n.ops
                        .iter()
                        .map(|(op, _)| match op {
                            CompareOp::Rich(c) => c.symbol(),
                            CompareOp::In => "in",
                            CompareOp::NotIn => "not in",
                            CompareOp::Is => "is",
                            CompareOp::IsNot => "is not",
                        })
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
                Expr::CallMethod(n) => Some(format!(".{}()", text(n.name))),
                Expr::Attribute(n) => Some(format!(".{}", text(n.name))),
                _ => None,
            },
            NodeRef::Stmt(s) => match &s.kind {
                StmtKind::AugAssign(a) => Some(format!("{}=", a.op.symbol())),
                StmtKind::FunctionDef(d, _) => Some(text(d.code.name)),
                StmtKind::ClassDef(d, _) => Some(text(d.name)),
                StmtKind::ImportFrom(n) => Some(format!("{}{}", ".".repeat(n.level as usize), text(n.module))),
                StmtKind::Import(names) => Some(names.iter().map(|(m, _, _)| text(*m)).collect::<Vec<_>>().join(", ")),
                StmtKind::Annotate(n) => Some(text(n.name)),
                _ => None,
            },
        }
    }

    /// The node's inline cache, if it has one.
    pub fn cache(&self) -> Option<&'static morel_runtime::attr_cache::AttrCache> {
        match self {
            NodeRef::Expr(Expr::Attribute(n)) => Some(&n.cache),
            NodeRef::Expr(Expr::CallMethod(n)) => Some(&n.cache),
            NodeRef::Expr(Expr::BinOp(n)) => Some(n.cache),
            NodeRef::Stmt(Stmt { kind: StmtKind::AugAssign(n), .. }) => Some(&n.store_cache),
            _ => None,
        }
    }

    /// The children with the role each plays in its parent.
    pub fn children(&self) -> Vec<(&'static str, NodeRef)> {
        let mut out: Vec<(&'static str, NodeRef)> = Vec::new();
        let e = |role, x: &Expr, out: &mut Vec<(&'static str, NodeRef)>| out.push((role, NodeRef::Expr(*x)));
        let block = |role, b: &'static [Stmt], out: &mut Vec<(&'static str, NodeRef)>| {
            for s in b {
                out.push((role, NodeRef::Stmt(s)));
            }
        };
        let args = |a: &'static [Arg], out: &mut Vec<(&'static str, NodeRef)>| {
            for x in a {
                match x {
                    Arg::Pos(x) => out.push(("arg", NodeRef::Expr(*x))),
                    Arg::Star(x) => out.push(("*arg", NodeRef::Expr(*x))),
                    Arg::Kw(_, x) => out.push(("kwarg", NodeRef::Expr(*x))),
                    Arg::StarStar(x) => out.push(("**kwarg", NodeRef::Expr(*x))),
                }
            }
        };
        match *self {
            NodeRef::Code(c) => block("body", c.body, &mut out),
            NodeRef::Target(t) => match t {
                Target::Attr(a) => e("object", &a.obj, &mut out),
                Target::Subscript(s) => {
                    e("object", &s.obj, &mut out);
                    e("index", &s.index, &mut out);
                }
                Target::Unpack(ts, _) => ts.iter().for_each(|t| out.push(("item", NodeRef::Target(*t)))),
                Target::Starred(t) => out.push(("item", NodeRef::Target(*t))),
                _ => {}
            },
            NodeRef::Expr(x) => match x {
                Expr::BinOp(n) => {
                    e("left", &n.left, &mut out);
                    e("right", &n.right, &mut out);
                }
                Expr::UnaryOp(n) => e("operand", &n.operand, &mut out),
                Expr::BoolOp(n) => n.values.iter().for_each(|v| e("value", v, &mut out)),
                Expr::Compare(n) => {
                    e("left", &n.left, &mut out);
                    n.ops.iter().for_each(|(_, v)| e("right", v, &mut out));
                }
                Expr::Call(n) => {
                    e("callee", &n.func, &mut out);
                    args(n.args, &mut out);
                }
                Expr::CallMethod(n) => {
                    e("receiver", &n.obj, &mut out);
                    args(n.args, &mut out);
                }
                Expr::Attribute(n) => e("object", &n.obj, &mut out),
                Expr::Subscript(n) => {
                    e("object", &n.obj, &mut out);
                    e("index", &n.index, &mut out);
                }
                Expr::Slice(n) => {
                    for (r, v) in [("lower", n.lower), ("upper", n.upper), ("step", n.step)] {
                        if let Some(v) = v {
                            e(r, &v, &mut out);
                        }
                    }
                }
                Expr::List(n) | Expr::Tuple(n) | Expr::Set(n) => n.items.iter().for_each(|v| e("item", v, &mut out)),
                Expr::Dict(n) => {
                    for (k, v) in n.items {
                        if let Some(k) = k {
                            e("key", k, &mut out);
                        }
                        e("value", v, &mut out);
                    }
                }
                Expr::Comp(n) => {
                    if let Some(k) = &n.key {
                        e("key", k, &mut out);
                    }
                    for c in n.clauses {
                        e("iter", &c.iter, &mut out);
                        out.push(("target", NodeRef::Target(c.target)));
                        c.ifs.iter().for_each(|v| e("if", v, &mut out));
                    }
                    e("element", &n.elt, &mut out);
                }
                Expr::IfExp(n) => {
                    e("test", &n.test, &mut out);
                    e("body", &n.body, &mut out);
                    e("orelse", &n.orelse, &mut out);
                }
                Expr::FString(n) => {
                    for p in n.parts {
                        if let FPart::Field(v, _, _) = p {
                            e("field", v, &mut out);
                        }
                    }
                }
                Expr::Lambda(d) => {
                    d.defaults.iter().for_each(|v| e("default", v, &mut out));
                    d.kw_defaults.iter().flatten().for_each(|v| e("kw_default", v, &mut out));
                    out.push(("code", NodeRef::Code(d.code)));
                }
                Expr::Named(n) => {
                    out.push(("target", NodeRef::Target(n.target)));
                    e("value", &n.value, &mut out);
                }
                Expr::Starred(v) => e("value", v, &mut out),
                Expr::Yield(y) | Expr::YieldFrom(y) => {
                    if let Some(v) = &y.value {
                        e("value", v, &mut out);
                    }
                }
                Expr::GenExp(g) | Expr::ScopedComp(g, _) => {
                    e("iter", &g.iter, &mut out);
                    out.push(("code", NodeRef::Code(g.def.code)));
                }
                _ => {}
            },
            NodeRef::Stmt(s) => match &s.kind {
                StmtKind::Expr(x) | StmtKind::Display(x) => e("value", x, &mut out),
                StmtKind::Annotate(n) => {
                    if let Some((t, v)) = &n.assign {
                        e("value", v, &mut out);
                        out.push(("target", NodeRef::Target(*t)));
                    }
                    e("annotation", &n.annotation, &mut out);
                }
                StmtKind::Match(m) => {
                    e("subject", &m.subject, &mut out);
                    for c in m.cases {
                        if let Some(g) = &c.guard {
                            e("guard", g, &mut out);
                        }
                        block("case", c.body, &mut out);
                    }
                }
                StmtKind::Assign(ts, v) => {
                    e("value", v, &mut out);
                    ts.iter().for_each(|t| out.push(("target", NodeRef::Target(*t))));
                }
                StmtKind::AugAssign(a) => {
                    out.push(("target", NodeRef::Target(a.target)));
                    e("value", &a.value, &mut out);
                }
                StmtKind::Return(Some(v)) => e("value", v, &mut out),
                StmtKind::If(n) => {
                    e("test", &n.test, &mut out);
                    block("body", n.body, &mut out);
                    block("orelse", n.orelse, &mut out);
                }
                StmtKind::While(n) => {
                    e("test", &n.test, &mut out);
                    block("body", n.body, &mut out);
                    block("orelse", n.orelse, &mut out);
                }
                StmtKind::For(n) => {
                    e("iter", &n.iter, &mut out);
                    out.push(("target", NodeRef::Target(n.target)));
                    block("body", n.body, &mut out);
                    block("orelse", n.orelse, &mut out);
                }
                StmtKind::Raise(a, b) => {
                    if let Some(a) = a {
                        e("exception", a, &mut out);
                    }
                    if let Some(b) = b {
                        e("cause", b, &mut out);
                    }
                }
                StmtKind::Try(t) => {
                    block("body", t.body, &mut out);
                    for h in t.handlers {
                        if let Some(ty) = &h.typ {
                            e("except", ty, &mut out);
                        }
                        if let Some(n) = h.name {
                            out.push(("name", NodeRef::Target(n)));
                        }
                        block("handler", h.body, &mut out);
                    }
                    block("orelse", t.orelse, &mut out);
                    block("finally", t.finalbody, &mut out);
                }
                StmtKind::FunctionDef(d, t) => {
                    d.decorators.iter().for_each(|v| e("decorator", v, &mut out));
                    d.defaults.iter().for_each(|v| e("default", v, &mut out));
                    d.kw_defaults.iter().flatten().for_each(|v| e("kw_default", v, &mut out));
                    out.push(("code", NodeRef::Code(d.code)));
                    out.push(("target", NodeRef::Target(*t)));
                }
                StmtKind::ClassDef(d, t) => {
                    d.decorators.iter().for_each(|v| e("decorator", v, &mut out));
                    args(d.bases, &mut out);
                    out.push(("code", NodeRef::Code(d.body)));
                    out.push(("target", NodeRef::Target(*t)));
                }
                StmtKind::Import(names) => names.iter().for_each(|(_, _, t)| out.push(("target", NodeRef::Target(*t)))),
                StmtKind::ImportFrom(n) => n.names.iter().for_each(|(_, t)| out.push(("target", NodeRef::Target(*t)))),
                StmtKind::Delete(ts) => ts.iter().for_each(|t| out.push(("target", NodeRef::Target(*t)))),
                StmtKind::Assert(t, m) => {
                    e("test", t, &mut out);
                    if let Some(m) = m {
                        e("message", m, &mut out);
                    }
                }
                StmtKind::With(w) => {
                    for (x, t) in w.items {
                        e("context", x, &mut out);
                        if let Some(t) = t {
                            out.push(("as", NodeRef::Target(*t)));
                        }
                    }
                    block("body", w.body, &mut out);
                }
                _ => {}
            },
        }
        out
    }

    /// The node's source span: line and byte range in its file. A span
    /// whose `line` is 0 is unknown (a local variable target carries none;
    /// an unpacking target spans its parts).
    pub fn span(&self) -> Span {
        match self {
            NodeRef::Stmt(s) => s.span,
            NodeRef::Code(c) => c.span,
            NodeRef::Expr(e) => expr_span(e),
            NodeRef::Target(t) => match t {
                Target::Global(g) => g.span,
                Target::Name(n) => n.span,
                Target::Attr(a) => a.span,
                Target::Subscript(s) => s.span,
                Target::Unpack(..) | Target::Starred(_) => {
                    let parts: Vec<Span> = self.children().iter().map(|(_, c)| c.span()).filter(|s| s.line > 0).collect();
                    match (parts.iter().min_by_key(|s| s.start), parts.iter().map(|s| s.end).max()) {
                        (Some(first), Some(end)) => Span { line: first.line, start: first.start, end },
                        _ => Span::default(),
                    }
                }
                Target::Local(..) | Target::Cell(..) => Span::default(),
            },
        }
    }
}

/// The source text of a compiled file and where its lines start, to turn
/// span offsets into lines and columns.
pub struct SourceText {
    /// The text; empty when the file could not be found.
    pub text: String,
    /// True when `text` was found (read from the file or the bundled library).
    pub found: bool,
    line_starts: Vec<u32>,
}

impl SourceText {
    /// The source of `file` as a code unit names it: the file on disk, or
    /// for `<frozen NAME>` the bundled module (`stdlib::find`).
    pub fn load(file: &str) -> SourceText {
        let text = std::fs::read_to_string(file).ok().or_else(|| {
            let name = file.strip_prefix("<frozen ")?.strip_suffix('>')?;
            crate::stdlib::find(name).map(|(s, _)| s.to_string())
        });
        let found = text.is_some();
        SourceText::new(text.unwrap_or_default(), found)
    }

    /// Wraps text already at hand.
    pub fn new(text: String, found: bool) -> SourceText {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i as u32 + 1)).collect();
        SourceText { text, found, line_starts }
    }

    /// True for the name a bundled standard-library module is compiled under.
    pub fn is_bundled(file: &str) -> bool {
        file.starts_with("<frozen ")
    }

    /// The 1-based byte column of `offset` on 1-based line `line` (the line
    /// the span records; when the text is missing, lines start at 0).
    pub fn column(&self, line: u32, offset: u32) -> u32 {
        let start = self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0);
        offset.saturating_sub(start) + 1
    }

    /// The 1-based line and byte column of `offset`.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        } as u32;
        (line, self.column(line, offset))
    }
}

fn expr_span(e: &Expr) -> Span {
    match e {
        Expr::Const(n) => n.span,
        Expr::LoadLocal(n) | Expr::LoadCell(n) => n.span,
        Expr::LoadGlobal(n) => n.span,
        Expr::LoadName(n) => n.span,
        Expr::BinOp(n) => n.span,
        Expr::UnaryOp(n) => n.span,
        Expr::BoolOp(n) => n.span,
        Expr::Compare(n) => n.span,
        Expr::Call(n) => n.span,
        Expr::CallMethod(n) => n.span,
        Expr::Attribute(n) => n.span,
        Expr::Subscript(n) => n.span,
        Expr::Slice(n) => n.span,
        Expr::List(n) | Expr::Tuple(n) | Expr::Set(n) => n.span,
        Expr::Dict(n) => n.span,
        Expr::Comp(n) => n.span,
        Expr::IfExp(n) => n.span,
        Expr::FString(n) => n.span,
        Expr::Lambda(n) => n.span,
        Expr::Named(n) => n.span,
        Expr::Starred(v) => expr_span(v),
        Expr::Yield(y) | Expr::YieldFrom(y) => y.span,
        Expr::GenExp(g) | Expr::ScopedComp(g, _) => g.span,
    }
}

/// Visits every node under `root` (depth first), with its depth.
pub fn walk(root: NodeRef, f: &mut dyn FnMut(NodeRef, usize)) {
    fn go(n: NodeRef, d: usize, f: &mut dyn FnMut(NodeRef, usize)) {
        f(n, d);
        for (_, c) in n.children() {
            go(c, d + 1, f);
        }
    }
    go(root, 0, f)
}

#[cfg(test)]
mod tests {
    use super::SourceText;

    #[test]
    fn lines_and_columns() {
        let s = SourceText::new("ab\ncdé\n\nx".to_string(), true);
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(2), (1, 3));
        assert_eq!(s.line_col(3), (2, 1));
        // columns count bytes: 'é' is two
        assert_eq!(s.line_col(7), (2, 5));
        assert_eq!(s.line_col(8), (3, 1));
        assert_eq!(s.line_col(9), (4, 1));
        assert_eq!(s.column(2, 4), 2);
    }

    #[test]
    fn bundled_sources() {
        assert!(SourceText::is_bundled("<frozen heapq>"));
        assert!(!SourceText::is_bundled("heapq.py"));
        let s = SourceText::load("<frozen heapq>");
        assert!(s.found && s.text.contains("def nsmallest"));
        let s = SourceText::load("<string>");
        assert!(!s.found && s.text.is_empty());
    }
}

/// A code unit's file as tools show it: relative to the current folder when
/// it lies under it (the main script's path is absolute, as in CPython).
fn display_path(f: &str) -> String {
    if let Ok(cwd) = std::env::current_dir() {
        if let Ok(rel) = std::path::Path::new(f).strip_prefix(&cwd) {
            return rel.to_string_lossy().to_string();
        }
    }
    f.to_string()
}
