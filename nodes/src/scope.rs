//! Scope analysis: classifies every name of every scope as local, cell,
//! free, global (with builtin fallback) or class-namespace, before lowering.
//!
//! Comprehensions run inline in their enclosing frame, with their loop
//! variables in hidden slots of their own (see `lower.rs`), so they bind
//! nothing in the enclosing scope, as in Python 3.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A plain local slot.
    Local,
    /// A local that nested functions capture: its slot holds a cell.
    Cell,
    /// A variable of an enclosing function: its slot holds that function's cell.
    Free,
    /// A module global (with builtins fallback).
    Global,
    /// A class-body name: namespace, then globals, then builtins.
    ClassName,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub parent: Option<ScopeId>,
    /// Parameter names in order.
    pub params: Vec<String>,
    /// Names bound in this scope, in first-binding order (params first).
    pub bound: Vec<String>,
    bound_set: HashSet<String>,
    pub declared_global: HashSet<String>,
    pub declared_nonlocal: HashSet<String>,
    pub used: Vec<String>,
    used_set: HashSet<String>,
    /// Bound names captured by nested functions.
    pub cells: HashSet<String>,
    /// Names taken from enclosing functions, in order.
    pub frees: Vec<String>,
    pub has_yield: bool,
}

impl Scope {
    fn new(kind: ScopeKind, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            declared_global: HashSet::new(),
            declared_nonlocal: HashSet::new(),
            used: Vec::new(),
            used_set: HashSet::new(),
            cells: HashSet::new(),
            frees: Vec::new(),
            has_yield: false,
        }
    }
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }
    fn use_name(&mut self, name: &str) {
        if self.used_set.insert(name.to_string()) {
            self.used.push(name.to_string());
        }
    }
    pub fn is_bound(&self, name: &str) -> bool {
        self.bound_set.contains(name)
    }

    /// How `name` is accessed in this scope.
    pub fn kind_of(&self, name: &str) -> NameKind {
        if self.kind == ScopeKind::Module || self.declared_global.contains(name) {
            return NameKind::Global;
        }
        if name == "__class__" && self.kind == ScopeKind::Class && self.cells.contains(name) {
            return NameKind::Cell;
        }
        if self.frees.iter().any(|f| f == name) {
            return NameKind::Free;
        }
        if self.kind == ScopeKind::Class {
            return NameKind::ClassName;
        }
        if self.is_bound(name) && !self.declared_nonlocal.contains(name) {
            return if self.cells.contains(name) { NameKind::Cell } else { NameKind::Local };
        }
        NameKind::Global
    }
}

pub struct Scopes {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), ScopeId>,
}

impl Scopes {
    /// The scope created by the def/lambda/class node with this range.
    pub fn scope_of(&self, range: ruff_text_size::TextRange) -> ScopeId {
        self.by_node[&(range.start().to_u32(), range.end().to_u32())]
    }
    /// The scope of a node if it has one (comprehensions only sometimes do).
    pub fn try_scope_of(&self, range: ruff_text_size::TextRange) -> Option<ScopeId> {
        self.by_node.get(&(range.start().to_u32(), range.end().to_u32())).copied()
    }
}

/// A `SyntaxError` found during analysis: message and byte offset.
pub struct ScopeError {
    pub msg: String,
    pub offset: u32,
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32), ScopeId>,
    cur: ScopeId,
    /// Names bound by the comprehensions being visited (innermost last).
    comp_names: Vec<Vec<String>>,
    error: Option<ScopeError>,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }
    fn push(&mut self, kind: ScopeKind, range: ruff_text_size::TextRange) -> ScopeId {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.cur)));
        self.by_node.insert((range.start().to_u32(), range.end().to_u32()), id);
        id
    }
    fn in_comp(&self, name: &str) -> bool {
        self.comp_names.iter().any(|c| c.iter().any(|n| n == name))
    }
    fn bind_params(&mut self, p: &ast::Parameters) {
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(v) = &p.vararg {
            names.push(v.name.id.to_string());
        }
        for a in p.kwonlyargs.iter() {
            names.push(a.parameter.name.id.to_string());
        }
        if let Some(k) = &p.kwarg {
            names.push(k.name.id.to_string());
        }
        for n in &names {
            self.scope().bind(n);
        }
        self.scope().params = names;
    }
    fn visit_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
        // annotations are evaluated where the defaults are
        let mut params: Vec<&ast::Parameter> = Vec::new();
        params.extend(p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).map(|a| &a.parameter));
        params.extend(p.vararg.as_deref());
        params.extend(p.kwarg.as_deref());
        for prm in params {
            if let Some(a) = &prm.annotation {
                self.visit_expr(a);
            }
        }
    }
    fn comp_targets(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::Name(n) => out.push(n.id.to_string()),
            Expr::Tuple(t) => t.elts.iter().for_each(|x| Self::comp_targets(x, out)),
            Expr::List(t) => t.elts.iter().for_each(|x| Self::comp_targets(x, out)),
            Expr::Starred(s) => Self::comp_targets(&s.value, out),
            _ => {}
        }
    }
    fn visit_comprehension_expr(&mut self, generators: &[ast::Comprehension], elts: &[&Expr]) {
        // the first iterable is evaluated in the enclosing scope
        let mut pushed = 0;
        for (i, g) in generators.iter().enumerate() {
            if i == 0 {
                self.visit_expr(&g.iter);
            }
            let mut names = Vec::new();
            Self::comp_targets(&g.target, &mut names);
            self.comp_names.push(names);
            pushed += 1;
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            // non-name targets (attributes, subscripts) still need visiting
            if !matches!(g.target, Expr::Name(_) | Expr::Tuple(_) | Expr::List(_)) {
                self.visit_expr(&g.target);
            }
            for c in &g.ifs {
                self.visit_expr(c);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        for _ in 0..pushed {
            self.comp_names.pop();
        }
    }
}

/// Finds a nested function scope (lambda, generator expression) in an expression.
struct NestedScopeFinder {
    found: bool,
}

impl<'a> Visitor<'a> for NestedScopeFinder {
    fn visit_expr(&mut self, e: &'a Expr) {
        if matches!(e, Expr::Lambda(_) | Expr::Generator(_)) {
            self.found = true;
        } else if !self.found {
            walk_expr(self, e);
        }
    }
}

impl Builder {
    /// A comprehension runs inline unless a nested function could capture its
    /// variables, or it sits in a class body (whose names it must not see):
    /// then it gets a function scope of its own, as in CPython.
    fn comprehension_needs_scope(&self, generators: &[ast::Comprehension], elts: &[&Expr]) -> bool {
        if self.scopes[self.cur].kind == ScopeKind::Class {
            return true;
        }
        let mut f = NestedScopeFinder { found: false };
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                f.visit_expr(&g.iter);
            }
            for c in &g.ifs {
                f.visit_expr(c);
            }
        }
        for e in elts {
            f.visit_expr(e);
        }
        f.found
    }

    /// A comprehension with its own (generator) function scope: the first
    /// iterable runs outside, the rest inside with parameter `.0`.
    fn visit_scoped_comprehension(&mut self, range: ruff_text_size::TextRange, generators: &[ast::Comprehension], elts: &[&Expr]) {
        if let Some(g0) = generators.first() {
            self.visit_expr(&g0.iter);
        }
        let parent = self.cur;
        let comp = std::mem::take(&mut self.comp_names);
        self.cur = self.push(ScopeKind::Function, range);
        self.scope().bind(".0");
        self.scope().params = vec![".0".to_string()];
        self.scope().has_yield = true;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elts {
            self.visit_expr(e);
        }
        self.cur = parent;
        self.comp_names = comp;
    }
}

impl<'a> Visitor<'a> for Builder {
    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        match p {
            ast::Pattern::MatchAs(a) => {
                if let Some(n) = &a.name {
                    self.scope().bind(&n.id);
                }
            }
            ast::Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.scope().bind(&n.id);
                }
            }
            ast::Pattern::MatchMapping(m) => {
                if let Some(n) = &m.rest {
                    self.scope().bind(&n.id);
                }
            }
            _ => {}
        }
        ruff_python_ast::visitor::walk_pattern(self, p);
    }

    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.scope().bind(&f.name.id);
                let parent = self.cur;
                self.cur = self.push(ScopeKind::Function, f.range());
                self.bind_params(&f.parameters);
                for s in &f.body {
                    self.visit_stmt(s);
                }
                self.cur = parent;
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(a) = &c.arguments {
                    for e in a.args.iter() {
                        self.visit_expr(e);
                    }
                    for k in a.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
                self.scope().bind(&c.name.id);
                let parent = self.cur;
                self.cur = self.push(ScopeKind::Class, c.range());
                for s in &c.body {
                    self.visit_stmt(s);
                }
                self.cur = parent;
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    if self.scope().is_bound(&n.id) && self.scope().kind != ScopeKind::Module {
                        self.error.get_or_insert(ScopeError {
                            msg: format!("name '{}' is assigned to before global declaration", n.id),
                            offset: n.range().start().to_u32(),
                        });
                    }
                    self.scope().declared_global.insert(n.id.to_string());
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    if self.scope().kind == ScopeKind::Module {
                        self.error.get_or_insert(ScopeError {
                            msg: "nonlocal declaration not allowed at module level".into(),
                            offset: g.range().start().to_u32(),
                        });
                    }
                    self.scope().declared_nonlocal.insert(n.id.to_string());
                    self.scope().bind(&n.id);
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.split('.').next().unwrap().to_string(),
                    };
                    self.scope().bind(&n);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        continue;
                    }
                    let n = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    self.scope().bind(&n);
                }
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.scope().bind(&n.id);
                    }
                }
                walk_stmt(self, stmt);
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if self.in_comp(name) {
                    return;
                }
                match n.ctx {
                    ExprContext::Load => self.scope().use_name(name),
                    _ => self.scope().bind(name),
                }
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p);
                }
                let parent = self.cur;
                let comp = std::mem::take(&mut self.comp_names);
                self.cur = self.push(ScopeKind::Function, l.range());
                if let Some(p) = &l.parameters {
                    self.bind_params(p);
                }
                self.visit_expr(&l.body);
                self.cur = parent;
                self.comp_names = comp;
            }
            Expr::ListComp(c) if self.comprehension_needs_scope(&c.generators, &[&c.elt]) => {
                self.visit_scoped_comprehension(c.range(), &c.generators, &[&c.elt])
            }
            Expr::SetComp(c) if self.comprehension_needs_scope(&c.generators, &[&c.elt]) => {
                self.visit_scoped_comprehension(c.range(), &c.generators, &[&c.elt])
            }
            Expr::DictComp(c) if c.key.is_some() && self.comprehension_needs_scope(&c.generators, &[c.key.as_deref().unwrap(), &c.value]) => {
                self.visit_scoped_comprehension(c.range(), &c.generators, &[c.key.as_deref().unwrap(), &c.value])
            }
            Expr::ListComp(c) => self.visit_comprehension_expr(&c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.visit_comprehension_expr(&c.generators, &[&c.elt]),
            Expr::Generator(c) => self.visit_scoped_comprehension(c.range(), &c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                self.visit_comprehension_expr(&c.generators, &elts)
            }
            Expr::Named(n) => {
                self.visit_expr(&n.value);
                if let Expr::Name(t) = &*n.target {
                    // the walrus binds in the enclosing (non-comprehension) scope
                    self.scope().bind(&t.id);
                }
            }
            Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Await(_) => {
                self.scope().has_yield = true;
                walk_expr(self, expr);
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// Analyses a module body.
pub fn analyse(body: &[Stmt]) -> Result<Scopes, ScopeError> {
    analyse_as(body, ScopeKind::Module, &[])
}

/// Analyses code whose top level is a module or, for `exec`/`eval` in a
/// namespace, class-like (names resolve through the namespace first).
/// `extra` are expressions (an `eval` body) visited at the top level.
pub fn analyse_as(body: &[Stmt], root: ScopeKind, extra: &[&Expr]) -> Result<Scopes, ScopeError> {
    let mut b = Builder {
        scopes: vec![Scope::new(root, None)],
        by_node: HashMap::new(),
        cur: 0,
        comp_names: Vec::new(),
        error: None,
    };
    for s in body {
        b.visit_stmt(s);
    }
    for e in extra {
        b.visit_expr(e);
    }
    if let Some(e) = b.error {
        return Err(e);
    }
    let mut scopes = b.scopes;
    resolve(&mut scopes)?;
    Ok(Scopes { scopes, by_node: b.by_node })
}

/// Marks cells and frees: a name used (or declared nonlocal) in a function
/// that an enclosing function binds becomes a cell there and a free variable
/// in every function scope between.
fn resolve(scopes: &mut [Scope]) -> Result<(), ScopeError> {
    // A function in a class body that uses `super` (or `__class__`) closes
    // over an implicit `__class__` cell of that class body.
    for id in 0..scopes.len() {
        if scopes[id].kind != ScopeKind::Function {
            continue;
        }
        let uses = scopes[id].used.iter().any(|n| n == "super" || n == "__class__");
        if !uses {
            continue;
        }
        let mut path = vec![id];
        let mut p = scopes[id].parent;
        while let Some(pid) = p {
            if scopes[pid].kind == ScopeKind::Class {
                scopes[pid].cells.insert("__class__".into());
                scopes[pid].bind("__class__");
                for s in path {
                    if !scopes[s].frees.iter().any(|f| f == "__class__") {
                        scopes[s].frees.push("__class__".into());
                    }
                }
                break;
            }
            if scopes[pid].kind == ScopeKind::Module {
                break;
            }
            path.push(pid);
            p = scopes[pid].parent;
        }
    }
    for id in 0..scopes.len() {
        if scopes[id].kind == ScopeKind::Module {
            continue;
        }
        let mut wanted: Vec<String> = Vec::new();
        for n in &scopes[id].used {
            let s = &scopes[id];
            let local = s.is_bound(n) && !s.declared_nonlocal.contains(n);
            if !local && !s.declared_global.contains(n) {
                wanted.push(n.clone());
            }
        }
        for n in &scopes[id].declared_nonlocal {
            if !wanted.contains(n) {
                wanted.push(n.clone());
            }
        }
        for name in wanted {
            // walk outwards, skipping class scopes
            let mut path = vec![id];
            let mut p = scopes[id].parent;
            let mut owner = None;
            while let Some(pid) = p {
                let ps = &scopes[pid];
                if ps.kind == ScopeKind::Module {
                    break;
                }
                if ps.kind == ScopeKind::Function {
                    if ps.declared_global.contains(&name) {
                        break;
                    }
                    if ps.is_bound(&name) && !ps.declared_nonlocal.contains(&name) {
                        owner = Some(pid);
                        break;
                    }
                    path.push(pid);
                } else {
                    path.push(pid);
                }
                p = ps.parent;
            }
            match owner {
                Some(o) => {
                    scopes[o].cells.insert(name.clone());
                    for s in path {
                        if !scopes[s].frees.contains(&name) {
                            scopes[s].frees.push(name.clone());
                        }
                    }
                }
                None => {
                    if scopes[id].declared_nonlocal.contains(&name) {
                        return Err(ScopeError { msg: format!("no binding for nonlocal '{}' found", name), offset: 0 });
                    }
                }
            }
        }
    }
    Ok(())
}
