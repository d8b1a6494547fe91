//! The one introspection API over node trees: kind, children (with their
//! roles), source span and specialization state. Stats, the tree dump and the
//! compiler read trees only through it.

use crate::tree::*;
use morel_specializer::SpecState;

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

    /// The node's inline cache, if it has one.
    pub fn cache(&self) -> Option<&'static morel_runtime::attr_cache::AttrCache> {
        match self {
            NodeRef::Expr(Expr::Attribute(n)) => Some(&n.cache),
            NodeRef::Expr(Expr::CallMethod(n)) => Some(&n.cache),
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
                Expr::Lambda(d) => out.push(("code", NodeRef::Code(d.code))),
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
                        block("handler", h.body, &mut out);
                    }
                    block("orelse", t.orelse, &mut out);
                    block("finally", t.finalbody, &mut out);
                }
                StmtKind::FunctionDef(d, _) => {
                    d.defaults.iter().for_each(|v| e("default", v, &mut out));
                    out.push(("code", NodeRef::Code(d.code)));
                }
                StmtKind::ClassDef(d, _) => {
                    args(d.bases, &mut out);
                    out.push(("code", NodeRef::Code(d.body)));
                }
                StmtKind::Delete(ts) => ts.iter().for_each(|t| out.push(("target", NodeRef::Target(*t)))),
                StmtKind::Assert(t, m) => {
                    e("test", t, &mut out);
                    if let Some(m) = m {
                        e("message", m, &mut out);
                    }
                }
                StmtKind::With(w) => {
                    for (x, _) in w.items {
                        e("context", x, &mut out);
                    }
                    block("body", w.body, &mut out);
                }
                _ => {}
            },
        }
        out
    }

    /// The node's source span.
    pub fn span(&self) -> Span {
        match self {
            NodeRef::Stmt(s) => s.span,
            NodeRef::Code(c) => c.span,
            NodeRef::Expr(e) => expr_span(e),
            NodeRef::Target(_) => Span::default(),
        }
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
