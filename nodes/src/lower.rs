//! Lowering: Python AST -> arena-allocated node tree, with every name
//! resolved to a slot, a cell, a global cell or a class-namespace name.

use crate::scope::{NameKind, ScopeId, ScopeKind, Scopes};
use crate::tree::*;
use bumpalo::Bump;
use morel_runtime::ops::{BinOp, CmpOp};
use morel_runtime::types::function::ModuleObj;
use morel_runtime::types::int::{int_from_big, int_from_i64};
use morel_runtime::types::str::{intern, new_str};
use morel_runtime::{add_root, builtins_module, Value};
use morel_specializer::SpecState;
use ruff_python_ast::{self as ast, Expr as AExpr, Stmt as AStmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;
use std::sync::atomic::AtomicU64;

/// A `SyntaxError` found while lowering: message and byte offset.
#[derive(Debug)]
pub struct LowerError {
    pub msg: String,
    pub offset: u32,
}

type LResult<T> = Result<T, LowerError>;

struct Unit {
    scope: ScopeId,
    kind: CodeKind,
    slot_names: Vec<Value>,
    slot_of: HashMap<String, u32>,
    /// Comprehension variables in scope, innermost last.
    comp: Vec<Vec<(String, u32)>>,
    qualname: String,
    loop_depth: u32,
}

pub struct Lowerer<'s> {
    arena: &'static Bump,
    module: &'static ModuleObj,
    module_v: Value,
    scopes: Scopes,
    src: &'s str,
    line_starts: Vec<u32>,
    filename: Value,
    units: Vec<Unit>,
    /// Top-level expression statements echo their values (the REPL).
    interactive: bool,
    /// `from __future__ import annotations`: annotations are kept as strings.
    future_annotations: bool,
}

/// Lowers a parsed module into its code unit.
pub fn lower_module(
    body: &[AStmt],
    src: &str,
    filename: &str,
    module: &'static ModuleObj,
) -> LResult<&'static CodeUnit> {
    lower_top(body, None, src, filename, module, CodeKind::Module)
}

/// Lowers one interactive input: top-level expression statements echo.
pub fn lower_interactive(body: &[AStmt], src: &str, module: &'static ModuleObj) -> LResult<&'static CodeUnit> {
    lower_top_with(body, None, src, "<stdin>", module, CodeKind::Module, true)
}

/// Lowers `exec`/`eval` source: statements, or one expression whose value the
/// unit returns. With `kind` Class, names resolve through a namespace first.
pub fn lower_dynamic(
    body: &[AStmt],
    expr: Option<&AExpr>,
    src: &str,
    module: &'static ModuleObj,
    kind: CodeKind,
) -> LResult<&'static CodeUnit> {
    lower_top(body, expr, src, "<string>", module, kind)
}

fn lower_top(
    body: &[AStmt],
    expr: Option<&AExpr>,
    src: &str,
    filename: &str,
    module: &'static ModuleObj,
    kind: CodeKind,
) -> LResult<&'static CodeUnit> {
    lower_top_with(body, expr, src, filename, module, kind, false)
}

fn lower_top_with(
    body: &[AStmt],
    expr: Option<&AExpr>,
    src: &str,
    filename: &str,
    module: &'static ModuleObj,
    kind: CodeKind,
    interactive: bool,
) -> LResult<&'static CodeUnit> {
    let root = if kind == CodeKind::Class { ScopeKind::Class } else { ScopeKind::Module };
    let extra: Vec<&AExpr> = expr.into_iter().collect();
    let scopes = crate::scope::analyse_as(body, root, &extra).map_err(|e| LowerError { msg: e.msg, offset: e.offset })?;
    let arena: &'static Bump = Box::leak(Box::new(Bump::new()));
    let mut line_starts = vec![0u32];
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i as u32 + 1);
        }
    }
    let filename_v = intern(filename);
    let mut l = Lowerer {
        arena,
        module,
        module_v: Value::from_ptr(module),
        scopes,
        src,
        line_starts,
        filename: filename_v,
        units: Vec::new(),
        interactive,
        future_annotations: false,
    };
    l.units.push(Unit {
        scope: 0,
        kind,
        slot_names: Vec::new(),
        slot_of: HashMap::new(),
        comp: Vec::new(),
        qualname: String::new(),
        loop_depth: 0,
    });
    let mut stmts = l.stmts(body)?;
    if let Some(e) = expr {
        let v = l.expr(e)?;
        let span = l.span(e.range());
        stmts = l.slice(vec![Stmt { kind: StmtKind::Return(Some(v)), span }]);
    }
    let unit = l.units.pop().unwrap();
    let name = intern("<module>");
    let code = l.finish_unit(unit, name, name, Params::empty(), stmts, Span { line: 1, start: 0, end: src.len() as u32 }, &[], &[], false);
    Ok(code)
}

impl Params {
    fn empty() -> Params {
        Params { names: &[], n_posonly: 0, n_pos: 0, n_kwonly: 0, vararg: false, kwarg: false }
    }
}

impl<'s> Lowerer<'s> {
    fn a<T>(&self, v: T) -> &'static T {
        self.arena.alloc(v)
    }
    fn slice<T>(&self, v: Vec<T>) -> &'static [T] {
        self.arena.alloc_slice_fill_iter(v)
    }
    fn span(&self, r: TextRange) -> Span {
        let start = r.start().to_u32();
        let line = match self.line_starts.binary_search(&start) {
            Ok(i) => i + 1,
            Err(i) => i,
        } as u32;
        Span { line, start, end: r.end().to_u32() }
    }
    fn err<T>(&self, msg: &str, r: TextRange) -> LResult<T> {
        Err(LowerError { msg: msg.to_string(), offset: r.start().to_u32() })
    }
    fn unit(&mut self) -> &mut Unit {
        self.units.last_mut().unwrap()
    }
    fn scope_kind(&self, name: &str) -> NameKind {
        let u = self.units.last().unwrap();
        self.scopes.scopes[u.scope].kind_of(name)
    }
    fn rooted(&self, v: Value) -> Value {
        if v.is_ptr() {
            add_root(v);
        }
        v
    }

    /// A fresh hidden slot (comprehension variables).
    fn hidden_slot(&mut self, name: &str) -> u32 {
        let u = self.unit();
        let s = u.slot_names.len() as u32;
        u.slot_names.push(intern(name));
        s
    }

    fn slot(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(s) = u.slot_of.get(name) {
            return *s;
        }
        let s = u.slot_names.len() as u32;
        u.slot_names.push(intern(name));
        u.slot_of.insert(name.to_string(), s);
        s
    }

    fn comp_slot(&self, name: &str) -> Option<u32> {
        let u = self.units.last().unwrap();
        for frame in u.comp.iter().rev() {
            for (n, s) in frame.iter().rev() {
                if n == name {
                    return Some(*s);
                }
            }
        }
        None
    }

    fn global_node(&self, name: &str, span: Span) -> &'static GlobalNode {
        let n = intern(name);
        let cell = self.module.cell(n);
        self.rooted(Value::from_ptr(cell));
        let b = builtins_module();
        let builtin = b.cells.get_str(n).and_then(morel_runtime::types::function::as_cell);
        self.a(GlobalNode { cell, builtin, name: n, span })
    }

    fn load_name(&mut self, name: &str, r: TextRange) -> Expr {
        let span = self.span(r);
        if let Some(s) = self.comp_slot(name) {
            return Expr::LoadLocal(self.a(LocalNode { slot: LocalSlot(s), name: intern(name), span }));
        }
        match self.scope_kind(name) {
            NameKind::Local => {
                let s = self.slot(name);
                Expr::LoadLocal(self.a(LocalNode { slot: LocalSlot(s), name: intern(name), span }))
            }
            NameKind::Cell | NameKind::Free => {
                let s = self.slot(name);
                Expr::LoadCell(self.a(LocalNode { slot: LocalSlot(s), name: intern(name), span }))
            }
            NameKind::Global => Expr::LoadGlobal(self.global_node(name, span)),
            NameKind::ClassName => {
                let g = self.global_node(name, span);
                Expr::LoadName(self.a(NameNode { name: intern(name), global: g, span }))
            }
        }
    }

    fn name_target(&mut self, name: &str, r: TextRange) -> Target {
        let span = self.span(r);
        if let Some(s) = self.comp_slot(name) {
            return Target::Local(LocalSlot(s), intern(name));
        }
        match self.scope_kind(name) {
            NameKind::Local => Target::Local(LocalSlot(self.slot(name)), intern(name)),
            NameKind::Cell | NameKind::Free => Target::Cell(LocalSlot(self.slot(name)), intern(name)),
            NameKind::Global => Target::Global(self.global_node(name, span)),
            NameKind::ClassName => {
                let g = self.global_node(name, span);
                Target::Name(self.a(NameNode { name: intern(name), global: g, span }))
            }
        }
    }

    // -----------------------------------------------------------------------
    // statements

    fn stmts(&mut self, body: &[AStmt]) -> LResult<&'static [Stmt]> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            out.push(self.stmt(s)?);
        }
        Ok(self.slice(out))
    }

    fn stmt(&mut self, s: &AStmt) -> LResult<Stmt> {
        let span = self.span(s.range());
        let kind = match s {
            AStmt::Expr(e) if self.interactive && self.units.len() == 1 => StmtKind::Display(self.expr(&e.value)?),
            AStmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            AStmt::Pass(_) => StmtKind::Pass,
            AStmt::Assign(a) => {
                let value = self.expr(&a.value)?;
                let mut ts = Vec::new();
                for t in &a.targets {
                    ts.push(self.target(t)?);
                }
                StmtKind::Assign(self.slice(ts), value)
            }
            AStmt::AnnAssign(a) => {
                // Module and class bodies record simple names' annotations;
                // function bodies do not evaluate them (as in CPython).
                let record = self.units.last().unwrap().kind != CodeKind::Function && a.simple;
                let note = match (&*a.target, record) {
                    (AExpr::Name(n), true) => Some((intern(n.id.as_str()), self.annotation(&a.annotation)?)),
                    _ => None,
                };
                let assign = match &a.value {
                    Some(v) => {
                        let value = self.expr(v)?;
                        Some((self.target(&a.target)?, value))
                    }
                    None => None,
                };
                match (assign, note) {
                    (assign, Some((name, annotation))) => StmtKind::Annotate(self.a(AnnotateNode { name, annotation, assign })),
                    (Some((t, value)), None) => StmtKind::Assign(self.slice(vec![t]), value),
                    (None, None) => StmtKind::Pass,
                }
            }
            AStmt::AugAssign(a) => {
                let target = self.target(&a.target)?;
                let value = self.expr(&a.value)?;
                StmtKind::AugAssign(self.a(AugAssignNode { target, op: binop(a.op), value, state: SpecState::new(), store_cache: Default::default() }))
            }
            AStmt::Return(r) => {
                if self.units.last().unwrap().kind != CodeKind::Function {
                    return self.err("'return' outside function", s.range());
                }
                StmtKind::Return(match &r.value {
                    Some(v) => Some(self.expr(v)?),
                    None => None,
                })
            }
            AStmt::If(i) => {
                let test = self.expr(&i.test)?;
                let body = self.stmts(&i.body)?;
                // elif/else chain, lowered right to left into nested ifs
                let mut orelse: &'static [Stmt] = &[];
                for clause in i.elif_else_clauses.iter().rev() {
                    let cbody = self.stmts(&clause.body)?;
                    match &clause.test {
                        Some(t) => {
                            let t = self.expr(t)?;
                            let n = self.a(IfNode { test: t, body: cbody, orelse });
                            orelse = self.slice(vec![Stmt { kind: StmtKind::If(n), span: self.span(clause.range()) }]);
                        }
                        None => orelse = cbody,
                    }
                }
                StmtKind::If(self.a(IfNode { test, body, orelse }))
            }
            AStmt::While(w) => {
                let test = self.expr(&w.test)?;
                self.unit().loop_depth += 1;
                let body = self.stmts(&w.body)?;
                self.unit().loop_depth -= 1;
                let orelse = self.stmts(&w.orelse)?;
                StmtKind::While(self.a(WhileNode { test, body, orelse }))
            }
            AStmt::For(f) => {
                if f.is_async {
                    return self.err("asynchronous 'for' outside async function", s.range());
                }
                let iter = self.expr(&f.iter)?;
                let target = self.target(&f.target)?;
                self.unit().loop_depth += 1;
                let body = self.stmts(&f.body)?;
                self.unit().loop_depth -= 1;
                let orelse = self.stmts(&f.orelse)?;
                StmtKind::For(self.a(ForNode { target, iter, body, orelse, state: SpecState::new() }))
            }
            AStmt::Break(_) => {
                if self.units.last().unwrap().loop_depth == 0 {
                    return self.err("'break' outside loop", s.range());
                }
                StmtKind::Break
            }
            AStmt::Continue(_) => {
                if self.units.last().unwrap().loop_depth == 0 {
                    return self.err("'continue' not properly in loop", s.range());
                }
                StmtKind::Continue
            }
            AStmt::Raise(r) => {
                let exc = match &r.exc {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                let cause = match &r.cause {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                StmtKind::Raise(exc, cause)
            }
            AStmt::Try(t) => {
                let body = self.stmts(&t.body)?;
                let mut handlers = Vec::new();
                for (i, h) in t.handlers.iter().enumerate() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if h.type_.is_none() && i + 1 != t.handlers.len() {
                        return self.err("default 'except:' must be last", h.range());
                    }
                    let typ = match &h.type_ {
                        Some(e) => Some(self.expr(e)?),
                        None => None,
                    };
                    let name = match &h.name {
                        Some(n) => Some(self.name_target(&n.id, n.range())),
                        None => None,
                    };
                    let hb = self.stmts(&h.body)?;
                    handlers.push(Handler { typ, name, body: hb, span: self.span(h.range()) });
                }
                let orelse = self.stmts(&t.orelse)?;
                let finalbody = self.stmts(&t.finalbody)?;
                StmtKind::Try(self.a(TryNode { body, handlers: self.slice(handlers), orelse, finalbody }))
            }
            AStmt::FunctionDef(f) => {
                if f.is_async {
                    return self.err("async functions are not supported", s.range());
                }
                let def = self.function(&f.name.id, &f.parameters, f.returns.as_deref(), FuncBody::Stmts(&f.body), &f.decorator_list, f.range())?;
                let target = self.name_target(&f.name.id, f.name.range());
                StmtKind::FunctionDef(def, target)
            }
            AStmt::ClassDef(c) => {
                let def = self.class(c)?;
                let target = self.name_target(&c.name.id, c.name.range());
                StmtKind::ClassDef(def, target)
            }
            AStmt::Delete(d) => {
                let mut ts = Vec::new();
                for t in &d.targets {
                    ts.push(self.target(t)?);
                }
                StmtKind::Delete(self.slice(ts))
            }
            AStmt::Global(_) | AStmt::Nonlocal(_) => StmtKind::Declaration,
            AStmt::Import(i) => {
                let mut names = Vec::new();
                for a in &i.names {
                    let full = a.name.id.as_str();
                    let bind = match &a.asname {
                        Some(x) => self.name_target(&x.id, x.range()),
                        None => self.name_target(full.split('.').next().unwrap(), a.name.range()),
                    };
                    // (module path, whether `as` names the leaf module, binding target)
                    names.push((self.rooted(intern(full)), a.asname.is_some(), bind));
                }
                StmtKind::Import(self.slice(names))
            }
            AStmt::ImportFrom(i) => {
                if i.level == 0
                    && i.module.as_ref().map(|m| m.id.as_str()) == Some("__future__")
                    && i.names.iter().any(|a| a.name.id.as_str() == "annotations")
                {
                    self.future_annotations = true;
                }
                let module = intern(i.module.as_ref().map(|m| m.id.as_str()).unwrap_or(""));
                let mut names = Vec::new();
                let mut star = false;
                for a in &i.names {
                    if a.name.id.as_str() == "*" {
                        if self.units.last().unwrap().kind != CodeKind::Module {
                            return self.err("import * only allowed at module level", a.range());
                        }
                        star = true;
                        continue;
                    }
                    let bind = a.asname.as_ref().unwrap_or(&a.name);
                    let t = self.name_target(&bind.id, bind.range());
                    names.push((intern(a.name.id.as_str()), t));
                }
                StmtKind::ImportFrom(self.a(ImportFromNode { module, level: i.level, names: self.slice(names), star }))
            }
            AStmt::Assert(a) => {
                let t = self.expr(&a.test)?;
                let m = match &a.msg {
                    Some(m) => Some(self.expr(m)?),
                    None => None,
                };
                StmtKind::Assert(t, m)
            }
            AStmt::With(w) => {
                if w.is_async {
                    return self.err("asynchronous 'with' outside async function", s.range());
                }
                let mut items = Vec::new();
                for it in &w.items {
                    let e = self.expr(&it.context_expr)?;
                    let t = match &it.optional_vars {
                        Some(v) => Some(self.target(v)?),
                        None => None,
                    };
                    items.push((e, t));
                }
                let body = self.stmts(&w.body)?;
                StmtKind::With(self.a(WithNode { items: self.slice(items), body }))
            }
            AStmt::Match(m) => {
                let subject = self.expr(&m.subject)?;
                let mut cases = Vec::new();
                for c in &m.cases {
                    let pattern = self.pattern(&c.pattern)?;
                    let guard = c.guard.as_ref().map(|g| self.expr(g)).transpose()?;
                    let body = self.stmts(&c.body)?;
                    cases.push(MatchCase { pattern, guard, body });
                }
                StmtKind::Match(self.a(MatchNode { subject, cases: self.slice(cases) }))
            }
            AStmt::TypeAlias(_) => return self.err("type aliases are not supported", s.range()),
            AStmt::IpyEscapeCommand(_) => return self.err("invalid syntax", s.range()),
        };
        Ok(Stmt { kind, span })
    }

    fn pattern(&mut self, p: &ast::Pattern) -> LResult<Pattern> {
        Ok(match p {
            ast::Pattern::MatchValue(v) => Pattern::Value(self.expr(&v.value)?),
            ast::Pattern::MatchSingleton(s) => Pattern::Singleton(match s.value {
                ast::Singleton::None => Value::NONE,
                ast::Singleton::True => Value::TRUE,
                ast::Singleton::False => Value::FALSE,
            }),
            ast::Pattern::MatchSequence(s) => {
                let mut pats = Vec::new();
                let mut star = None;
                for (i, sp) in s.patterns.iter().enumerate() {
                    if matches!(sp, ast::Pattern::MatchStar(_)) {
                        if star.is_some() {
                            return self.err("multiple starred names in sequence pattern", sp.range());
                        }
                        star = Some(i);
                    }
                    pats.push(self.pattern(sp)?);
                }
                Pattern::Sequence(self.slice(pats), star)
            }
            ast::Pattern::MatchMapping(m) => {
                let mut keys = Vec::new();
                for k in &m.keys {
                    keys.push(self.expr(k)?);
                }
                let mut pats = Vec::new();
                for sp in &m.patterns {
                    pats.push(self.pattern(sp)?);
                }
                let rest = m.rest.as_ref().map(|n| self.name_target(&n.id, n.range()));
                Pattern::Mapping(self.slice(keys), self.slice(pats), rest)
            }
            ast::Pattern::MatchClass(c) => {
                let cls = self.expr(&c.cls)?;
                let mut pos = Vec::new();
                for sp in &c.arguments.patterns {
                    pos.push(self.pattern(sp)?);
                }
                let mut kws = Vec::new();
                for k in &c.arguments.keywords {
                    let pat = self.pattern(&k.pattern)?;
                    kws.push((intern(k.attr.id.as_str()), pat));
                }
                Pattern::Class(cls, self.slice(pos), self.slice(kws))
            }
            ast::Pattern::MatchStar(s) => Pattern::Star(match &s.name {
                Some(n) => Some(self.name_target(&n.id, n.range())),
                None => None,
            }),
            ast::Pattern::MatchAs(a) => {
                let inner = match &a.pattern {
                    Some(ip) => {
                        let lp = self.pattern(ip)?;
                        Some(self.a(lp))
                    }
                    None => None,
                };
                let name = a.name.as_ref().map(|n| self.name_target(&n.id, n.range()));
                Pattern::As(inner, name)
            }
            ast::Pattern::MatchOr(o) => {
                let mut alts = Vec::new();
                for sp in &o.patterns {
                    alts.push(self.pattern(sp)?);
                }
                Pattern::Or(self.slice(alts))
            }
        })
    }

    fn target(&mut self, e: &AExpr) -> LResult<Target> {
        Ok(match e {
            AExpr::Name(n) => self.name_target(&n.id, n.range()),
            AExpr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                let name = intern(a.attr.id.as_str());
                Target::Attr(self.a(AttributeNode { obj, name, span: self.span(a.range()), cache: Default::default() }))
            }
            AExpr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let index = self.expr(&s.slice)?;
                Target::Subscript(self.a(SubscriptNode { obj, index, state: SpecState::new(), span: self.span(s.range()) }))
            }
            AExpr::Tuple(t) => self.unpack_target(&t.elts, e.range())?,
            AExpr::List(t) => self.unpack_target(&t.elts, e.range())?,
            AExpr::Starred(s) => {
                let inner = self.target(&s.value)?;
                Target::Starred(self.a(inner))
            }
            _ => {
                let what = match e {
                    AExpr::Call(_) => "function call",
                    AExpr::NumberLiteral(_) | AExpr::StringLiteral(_) | AExpr::BooleanLiteral(_) | AExpr::NoneLiteral(_) => {
                        "literal"
                    }
                    AExpr::BinOp(_) | AExpr::UnaryOp(_) | AExpr::BoolOp(_) => "expression",
                    AExpr::Compare(_) => "comparison",
                    _ => "expression",
                };
                return self.err(&format!("cannot assign to {}", what), e.range());
            }
        })
    }

    fn unpack_target(&mut self, elts: &[AExpr], r: TextRange) -> LResult<Target> {
        let mut ts = Vec::new();
        let mut star = None;
        for (i, x) in elts.iter().enumerate() {
            if let AExpr::Starred(_) = x {
                if star.is_some() {
                    return self.err("multiple starred expressions in assignment", r);
                }
                star = Some(i);
            }
            ts.push(self.target(x)?);
        }
        Ok(Target::Unpack(self.slice(ts), star))
    }

    // -----------------------------------------------------------------------
    // functions and classes

    #[allow(clippy::too_many_arguments)]
    fn finish_unit(
        &mut self,
        unit: Unit,
        name: Value,
        qualname: Value,
        params: Params,
        body: &'static [Stmt],
        span: Span,
        cells: &[(LocalSlot, bool)],
        frees: &[LocalSlot],
        is_generator: bool,
    ) -> &'static CodeUnit {
        let code = CodeUnit {
            kind: unit.kind,
            name,
            qualname,
            filename: self.filename,
            params,
            n_slots: unit.slot_names.len(),
            slot_names: self.slice(unit.slot_names),
            cells: self.slice(cells.to_vec()),
            frees: self.slice(frees.to_vec()),
            body,
            span,
            module: self.module_v,
            calls: AtomicU64::new(0),
            is_generator,
        };
        self.a(code)
    }

    /// Sets up a new unit for `scope`: parameter slots first, then cells and frees.
    fn open_unit(&mut self, scope: ScopeId, kind: CodeKind, qualname: String) -> (Vec<(LocalSlot, bool)>, Vec<LocalSlot>) {
        self.units.push(Unit {
            scope,
            kind,
            slot_names: Vec::new(),
            slot_of: HashMap::new(),
            comp: Vec::new(),
            qualname,
            loop_depth: 0,
        });
        let sc = &self.scopes.scopes[scope];
        let params = sc.params.clone();
        let mut cell_names: Vec<String> = sc.bound.iter().filter(|n| sc.cells.contains(*n)).cloned().collect();
        cell_names.sort_by_key(|n| sc.bound.iter().position(|b| b == n));
        let frees = sc.frees.clone();
        for p in &params {
            self.slot(p);
        }
        let mut cells = Vec::new();
        for c in &cell_names {
            if self.scopes.scopes[scope].kind_of(c) == NameKind::Cell {
                let is_param = params.contains(c);
                cells.push((LocalSlot(self.slot(c)), is_param));
            }
        }
        let mut free_slots = Vec::new();
        for f in &frees {
            free_slots.push(LocalSlot(self.slot(f)));
        }
        (cells, free_slots)
    }

    /// The enclosing-frame slots holding the cells that `scope` closes over.
    fn closure_for(&mut self, scope: ScopeId) -> LResult<&'static [LocalSlot]> {
        let frees = self.scopes.scopes[scope].frees.clone();
        let mut out = Vec::new();
        for f in frees {
            out.push(LocalSlot(self.slot(&f)));
        }
        Ok(self.slice(out))
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().unwrap();
        match u.kind {
            CodeKind::Module => name.to_string(),
            // code run by exec() with a namespace is class-like but has no name
            CodeKind::Class if u.qualname.is_empty() => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            CodeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn function(
        &mut self,
        name: &str,
        p: &ast::Parameters,
        returns: Option<&AExpr>,
        body: FuncBody,
        decorators: &[ast::Decorator],
        r: TextRange,
    ) -> LResult<&'static FunctionDefNode> {
        let mut decs = Vec::new();
        for d in decorators {
            decs.push(self.expr(&d.expression)?);
        }
        let mut defaults = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                defaults.push(self.expr(d)?);
            } else if !defaults.is_empty() {
                return self.err("non-default argument follows default argument", a.range());
            }
        }
        let mut kw_defaults = Vec::new();
        for a in p.kwonlyargs.iter() {
            kw_defaults.push(match &a.default {
                Some(d) => Some(self.expr(d)?),
                None => None,
            });
        }
        // annotations, evaluated in the enclosing scope after the defaults,
        // in CPython's order (positional-only parameters after the others)
        let mut annotations = Vec::new();
        {
            let mut params: Vec<&ast::Parameter> = Vec::new();
            params.extend(p.args.iter().map(|a| &a.parameter));
            params.extend(p.vararg.as_deref());
            params.extend(p.kwonlyargs.iter().map(|a| &a.parameter));
            params.extend(p.kwarg.as_deref());
            params.extend(p.posonlyargs.iter().map(|a| &a.parameter));
            for prm in params {
                if let Some(a) = &prm.annotation {
                    let v = self.annotation(a)?;
                    annotations.push((intern(prm.name.id.as_str()), v));
                }
            }
            if let Some(r) = returns {
                let v = self.annotation(r)?;
                annotations.push((intern("return"), v));
            }
        }
        let scope = self.scopes.scope_of(r);
        let closure = self.closure_for(scope)?;
        let qual = self.child_qualname(name);
        let (cells, frees) = self.open_unit(scope, CodeKind::Function, qual.clone());
        let stmts = match body {
            FuncBody::Stmts(b) => self.stmts(b)?,
            FuncBody::Lambda(e) => {
                let v = self.expr(e)?;
                let span = self.span(e.range());
                self.slice(vec![Stmt { kind: StmtKind::Return(Some(v)), span }])
            }
        };
        let unit = self.units.pop().unwrap();
        let mut names = Vec::new();
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            names.push(intern(a.parameter.name.id.as_str()));
        }
        if let Some(v) = &p.vararg {
            names.push(intern(v.name.id.as_str()));
        }
        for a in p.kwonlyargs.iter() {
            names.push(intern(a.parameter.name.id.as_str()));
        }
        if let Some(k) = &p.kwarg {
            names.push(intern(k.name.id.as_str()));
        }
        let params = Params {
            names: self.slice(names),
            n_posonly: p.posonlyargs.len(),
            n_pos: p.posonlyargs.len() + p.args.len(),
            n_kwonly: p.kwonlyargs.len(),
            vararg: p.vararg.is_some(),
            kwarg: p.kwarg.is_some(),
        };
        let is_gen = self.scopes.scopes[scope].has_yield;
        let span = self.span(r);
        let code = self.finish_unit(unit, intern(name), self.rooted(new_str(&qual)), params, stmts, span, &cells, &frees, is_gen);
        Ok(self.a(FunctionDefNode {
            code,
            defaults: self.slice(defaults),
            kw_defaults: self.slice(kw_defaults),
            annotations: self.slice(annotations),
            decorators: self.slice(decs),
            closure,
            span,
        }))
    }

    fn class(&mut self, c: &ast::StmtClassDef) -> LResult<&'static ClassDefNode> {
        let mut decs = Vec::new();
        for d in &c.decorator_list {
            decs.push(self.expr(&d.expression)?);
        }
        let bases = match &c.arguments {
            Some(a) => self.args(a)?.0,
            None => &[],
        };
        let scope = self.scopes.scope_of(c.range());
        let closure = self.closure_for(scope)?;
        let qual = self.child_qualname(&c.name.id);
        let (cells, frees) = self.open_unit(scope, CodeKind::Class, qual.clone());
        let body = self.stmts(&c.body)?;
        let unit = self.units.pop().unwrap();
        let span = self.span(c.range());
        let name = intern(&c.name.id);
        let code = self.finish_unit(unit, name, self.rooted(new_str(&qual)), Params::empty(), body, span, &cells, &frees, false);
        Ok(self.a(ClassDefNode { name, bases, body: code, decorators: self.slice(decs), closure, span }))
    }

    // -----------------------------------------------------------------------
    // expressions

    fn exprs(&mut self, es: &[AExpr]) -> LResult<(&'static [Expr], bool)> {
        let mut out = Vec::with_capacity(es.len());
        let mut star = false;
        for e in es {
            if matches!(e, AExpr::Starred(_)) {
                star = true;
            }
            out.push(self.expr(e)?);
        }
        Ok((self.slice(out), star))
    }

    fn args(&mut self, a: &ast::Arguments) -> LResult<(&'static [Arg], bool)> {
        let mut out = Vec::new();
        let mut simple = true;
        // keep source order between positional and keyword groups as CPython evaluates it
        let mut items: Vec<(u32, Arg)> = Vec::new();
        for e in a.args.iter() {
            let arg = match e {
                AExpr::Starred(s) => {
                    simple = false;
                    Arg::Star(self.expr(&s.value)?)
                }
                _ => Arg::Pos(self.expr(e)?),
            };
            items.push((e.range().start().to_u32(), arg));
        }
        let mut seen = std::collections::HashSet::new();
        for k in a.keywords.iter() {
            simple = false;
            let arg = match &k.arg {
                Some(n) => {
                    if !seen.insert(n.id.to_string()) {
                        return self.err(&format!("keyword argument repeated: {}", n.id), k.range());
                    }
                    Arg::Kw(intern(n.id.as_str()), self.expr(&k.value)?)
                }
                None => Arg::StarStar(self.expr(&k.value)?),
            };
            items.push((k.range().start().to_u32(), arg));
        }
        items.sort_by_key(|(p, _)| *p);
        out.extend(items.into_iter().map(|(_, a)| a));
        Ok((self.slice(out), simple))
    }

    /// An annotation: its value, or under `from __future__ import
    /// annotations` its source text as a string constant.
    fn annotation(&mut self, e: &AExpr) -> LResult<Expr> {
        if self.future_annotations {
            let text = self.unparse(e);
            return Ok(self.constant(new_str(&text), e.range()));
        }
        self.expr(e)
    }

    /// The text CPython's `ast.unparse` gives for the common annotation
    /// forms (names, attributes, subscripts, `|`, constants); the source
    /// text for the rest.
    fn unparse(&self, e: &AExpr) -> String {
        let src = || self.src[e.range().start().to_usize()..e.range().end().to_usize()].to_string();
        let elts = |xs: &[AExpr]| xs.iter().map(|x| self.unparse(x)).collect::<Vec<_>>().join(", ");
        match e {
            AExpr::Name(n) => n.id.to_string(),
            AExpr::Attribute(a) => format!("{}.{}", self.unparse(&a.value), a.attr.id),
            AExpr::Subscript(s) => {
                let inner = match &*s.slice {
                    AExpr::Tuple(t) if !t.elts.is_empty() => elts(&t.elts),
                    other => self.unparse(other),
                };
                format!("{}[{}]", self.unparse(&s.value), inner)
            }
            AExpr::Tuple(t) if t.elts.len() == 1 => format!("({},)", self.unparse(&t.elts[0])),
            AExpr::Tuple(t) => format!("({})", elts(&t.elts)),
            AExpr::List(l) => format!("[{}]", elts(&l.elts)),
            AExpr::BinOp(b) if b.op == ast::Operator::BitOr => format!("{} | {}", self.unparse(&b.left), self.unparse(&b.right)),
            AExpr::NoneLiteral(_) => "None".into(),
            AExpr::BooleanLiteral(b) => if b.value { "True".into() } else { "False".into() },
            AExpr::EllipsisLiteral(_) => "...".into(),
            AExpr::StringLiteral(s) => morel_runtime::types::str::repr_str(s.value.to_str()),
            _ => src(),
        }
    }

    fn constant(&self, v: Value, r: TextRange) -> Expr {
        Expr::Const(self.a(ConstNode { value: self.rooted(v), span: self.span(r) }))
    }

    fn expr(&mut self, e: &AExpr) -> LResult<Expr> {
        let r = e.range();
        let span = self.span(r);
        Ok(match e {
            AExpr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => match i.as_i64() {
                    Some(x) => self.constant(int_from_i64(x), r),
                    None => {
                        let text = i.to_string();
                        let b = morel_runtime::types::int::parse_int(&text, 0)
                            .or_else(|| num_bigint::BigInt::parse_bytes(text.replace('_', "").as_bytes(), 10))
                            .unwrap_or_default();
                        self.constant(int_from_big(b), r)
                    }
                },
                ast::Number::Float(f) => self.constant(Value::float(*f), r),
                ast::Number::Complex { real, imag } => self.constant(morel_runtime::types::complex::new_complex(*real, *imag), r),
            },
            AExpr::StringLiteral(s) => self.constant(new_str(s.value.to_str()), r),
            AExpr::BytesLiteral(b) => self.constant(morel_runtime::types::bytes::new_bytes(b.value.bytes().collect(), false), r),
            AExpr::BooleanLiteral(b) => self.constant(Value::bool(b.value), r),
            AExpr::NoneLiteral(_) => self.constant(Value::NONE, r),
            AExpr::EllipsisLiteral(_) => self.constant(morel_runtime::builtins::ellipsis(), r),
            AExpr::Name(n) => self.load_name(&n.id, r),
            AExpr::BinOp(b) => {
                let left = self.expr(&b.left)?;
                let right = self.expr(&b.right)?;
                Expr::BinOp(self.a(BinOpNode { op: binop(b.op), left, right, state: SpecState::new(), span, cache: self.a(Default::default()) }))
            }
            AExpr::UnaryOp(u) => {
                let operand = self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOpKind::Neg,
                    ast::UnaryOp::UAdd => UnaryOpKind::Pos,
                    ast::UnaryOp::Invert => UnaryOpKind::Invert,
                    ast::UnaryOp::Not => UnaryOpKind::Not,
                };
                // fold negative number literals so `-5` is a constant
                if let (UnaryOpKind::Neg, Expr::Const(c)) = (op, operand) {
                    if c.value.is_small_int() && c.value.as_small_int() != 0 {
                        return Ok(self.constant(int_from_i64(-c.value.as_small_int()), r));
                    }
                    if c.value.is_float() {
                        return Ok(self.constant(Value::float(-c.value.as_float()), r));
                    }
                }
                Expr::UnaryOp(self.a(UnaryNode { op, operand, span }))
            }
            AExpr::BoolOp(b) => {
                let (values, _) = self.exprs(&b.values)?;
                Expr::BoolOp(self.a(BoolOpNode { is_and: b.op == ast::BoolOp::And, values, span }))
            }
            AExpr::Compare(c) => {
                let left = self.expr(&c.left)?;
                let mut ops = Vec::new();
                for (op, rhs) in c.ops.iter().zip(c.comparators.iter()) {
                    let o = match op {
                        ast::CmpOp::Eq => CompareOp::Rich(CmpOp::Eq),
                        ast::CmpOp::NotEq => CompareOp::Rich(CmpOp::Ne),
                        ast::CmpOp::Lt => CompareOp::Rich(CmpOp::Lt),
                        ast::CmpOp::LtE => CompareOp::Rich(CmpOp::Le),
                        ast::CmpOp::Gt => CompareOp::Rich(CmpOp::Gt),
                        ast::CmpOp::GtE => CompareOp::Rich(CmpOp::Ge),
                        ast::CmpOp::Is => CompareOp::Is,
                        ast::CmpOp::IsNot => CompareOp::IsNot,
                        ast::CmpOp::In => CompareOp::In,
                        ast::CmpOp::NotIn => CompareOp::NotIn,
                    };
                    ops.push((o, self.expr(rhs)?));
                }
                Expr::Compare(self.a(CompareNode { left, ops: self.slice(ops), state: SpecState::new(), span }))
            }
            AExpr::Call(c) => {
                let (args, simple) = self.args(&c.arguments)?;
                if let AExpr::Attribute(a) = &*c.func {
                    let obj = self.expr(&a.value)?;
                    Expr::CallMethod(self.a(CallMethodNode {
                        obj,
                        name: intern(a.attr.id.as_str()),
                        args,
                        simple,
                        state: SpecState::new(),
                        span,
                        cache: Default::default(),
                    }))
                } else {
                    let func = self.expr(&c.func)?;
                    let args = match self.implicit_super_args(&c.func, args) {
                        Some(a) => a,
                        None => args,
                    };
                    let intrinsic = match &*c.func {
                        AExpr::Name(n) => crate::dynamic::Intrinsic::from_name(n.id.as_str()),
                        _ => None,
                    };
                    Expr::Call(self.a(CallNode { func, intrinsic, args, simple, state: SpecState::new(), span }))
                }
            }
            AExpr::Attribute(a) => {
                let obj = self.expr(&a.value)?;
                Expr::Attribute(self.a(AttributeNode { obj, name: intern(a.attr.id.as_str()), span, cache: Default::default() }))
            }
            AExpr::Subscript(s) => {
                let obj = self.expr(&s.value)?;
                let index = self.expr(&s.slice)?;
                Expr::Subscript(self.a(SubscriptNode { obj, index, state: SpecState::new(), span }))
            }
            AExpr::Slice(s) => {
                let lower = s.lower.as_ref().map(|x| self.expr(x)).transpose()?;
                let upper = s.upper.as_ref().map(|x| self.expr(x)).transpose()?;
                let step = s.step.as_ref().map(|x| self.expr(x)).transpose()?;
                Expr::Slice(self.a(SliceNode { lower, upper, step, span }))
            }
            AExpr::List(l) => {
                let (items, has_star) = self.exprs(&l.elts)?;
                Expr::List(self.a(SeqNode { items, has_star, span }))
            }
            AExpr::Tuple(t) => {
                let (items, has_star) = self.exprs(&t.elts)?;
                Expr::Tuple(self.a(SeqNode { items, has_star, span }))
            }
            AExpr::Dict(d) => {
                let mut items = Vec::new();
                for it in &d.items {
                    let k = it.key.as_ref().map(|k| self.expr(k)).transpose()?;
                    let v = self.expr(&it.value)?;
                    items.push((k, v));
                }
                Expr::Dict(self.a(DictNode { items: self.slice(items), span }))
            }
            AExpr::ListComp(c) if self.scopes.try_scope_of(r).is_some() => {
                Expr::ScopedComp(self.gen_function(r, &c.generators, EltSpec::One(&c.elt))?, CompKind::List)
            }
            AExpr::SetComp(c) if self.scopes.try_scope_of(r).is_some() => {
                Expr::ScopedComp(self.gen_function(r, &c.generators, EltSpec::One(&c.elt))?, CompKind::Set)
            }
            AExpr::DictComp(c) if self.scopes.try_scope_of(r).is_some() => {
                let k = c.key.as_deref().unwrap();
                Expr::ScopedComp(self.gen_function(r, &c.generators, EltSpec::Pair(k, &c.value))?, CompKind::Dict)
            }
            AExpr::ListComp(c) => {
                let (clauses, pushed) = self.comp_clauses(&c.generators)?;
                let elt = self.expr(&c.elt)?;
                for _ in 0..pushed {
                    self.unit().comp.pop();
                }
                Expr::Comp(self.a(CompNode { kind: CompKind::List, key: None, elt, clauses, span }))
            }
            AExpr::SetComp(c) => {
                let (clauses, pushed) = self.comp_clauses(&c.generators)?;
                let elt = self.expr(&c.elt)?;
                for _ in 0..pushed {
                    self.unit().comp.pop();
                }
                Expr::Comp(self.a(CompNode { kind: CompKind::Set, key: None, elt, clauses, span }))
            }
            AExpr::DictComp(c) => {
                let (clauses, pushed) = self.comp_clauses(&c.generators)?;
                let Some(k) = &c.key else { return self.err("dict unpacking cannot be used in dict comprehension", r) };
                let key = self.expr(k)?;
                let elt = self.expr(&c.value)?;
                for _ in 0..pushed {
                    self.unit().comp.pop();
                }
                Expr::Comp(self.a(CompNode { kind: CompKind::Dict, key: Some(key), elt, clauses, span }))
            }
            AExpr::Set(s) => {
                let (items, has_star) = self.exprs(&s.elts)?;
                Expr::Set(self.a(SeqNode { items, has_star, span }))
            }
            AExpr::If(i) => {
                let test = self.expr(&i.test)?;
                let body = self.expr(&i.body)?;
                let orelse = self.expr(&i.orelse)?;
                Expr::IfExp(self.a(IfExpNode { test, body, orelse, span }))
            }
            AExpr::FString(f) => {
                let mut parts = Vec::new();
                for p in f.value.iter() {
                    match p {
                        ast::FStringPart::Literal(l) => parts.push(FPart::Lit(self.rooted(new_str(&l.value)))),
                        ast::FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts)?,
                    }
                }
                Expr::FString(self.a(FStringNode { parts: self.slice(parts), span }))
            }
            AExpr::Lambda(l) => {
                let empty = ast::Parameters {
                    range: TextRange::default(),
                    node_index: Default::default(),
                    posonlyargs: Default::default(),
                    args: Default::default(),
                    vararg: None,
                    kwonlyargs: Default::default(),
                    kwarg: None,
                };
                let p = l.parameters.as_deref().unwrap_or(&empty);
                let def = self.function("<lambda>", p, None, FuncBody::Lambda(&l.body), &[], r)?;
                Expr::Lambda(def)
            }
            AExpr::Named(n) => {
                let value = self.expr(&n.value)?;
                let AExpr::Name(t) = &*n.target else { return self.err("cannot use assignment expressions with this target", r) };
                // the walrus binds outside any comprehension
                let saved = std::mem::take(&mut self.unit().comp);
                let target = self.name_target(&t.id, t.range());
                self.unit().comp = saved;
                Expr::Named(self.a(NamedNode { target, value, span }))
            }
            AExpr::Starred(s) => {
                let inner = self.expr(&s.value)?;
                Expr::Starred(self.a(inner))
            }
            AExpr::Generator(g) => Expr::GenExp(self.gen_function(r, &g.generators, EltSpec::One(&g.elt))?),
            AExpr::Yield(y) => {
                self.check_yield_context(r)?;
                let value = y.value.as_ref().map(|v| self.expr(v)).transpose()?;
                Expr::Yield(self.a(YieldNode { value, span }))
            }
            AExpr::YieldFrom(y) => {
                self.check_yield_context(r)?;
                let value = Some(self.expr(&y.value)?);
                Expr::YieldFrom(self.a(YieldNode { value, span }))
            }
            AExpr::Await(_) => return self.err("'await' outside function", r),
            AExpr::TString(_) => return self.err("template strings are not supported", r),
            AExpr::IpyEscapeCommand(_) => return self.err("invalid syntax", r),
        })
    }

    /// `super()` in a method: the arguments `(__class__, first parameter)`.
    fn implicit_super_args(&mut self, func: &AExpr, args: &'static [Arg]) -> Option<&'static [Arg]> {
        let AExpr::Name(n) = func else { return None };
        if n.id.as_str() != "super" || !args.is_empty() {
            return None;
        }
        let u = self.units.last().unwrap();
        if u.kind != CodeKind::Function || self.scope_kind("__class__") != NameKind::Free {
            return None;
        }
        let first = self.scopes.scopes[u.scope].params.first()?.clone();
        let cls = self.load_name("__class__", func.range());
        let obj = self.load_name(&first, func.range());
        Some(self.slice(vec![Arg::Pos(cls), Arg::Pos(obj)]))
    }

    fn check_yield_context(&self, r: TextRange) -> LResult<()> {
        match self.units.last().unwrap().kind {
            CodeKind::Function => Ok(()),
            _ => self.err("'yield' outside function", r),
        }
    }

    /// `(elt for t in it if c ...)`: lowered to a generator function over
    /// `iter(it)` (its parameter `.0`) whose body is the nested loops with a
    /// `yield elt` innermost.
    fn gen_function(&mut self, r: TextRange, generators: &[ast::Comprehension], elt_spec: EltSpec) -> LResult<&'static GenExpNode> {
        let first = self.expr(&generators[0].iter)?;
        let scope = self.scopes.scope_of(r);
        let closure = self.closure_for(scope)?;
        let qual = self.child_qualname("<genexpr>");
        let (cells, frees) = self.open_unit(scope, CodeKind::Function, qual.clone());
        let mut clauses = Vec::new();
        for (i, c) in generators.iter().enumerate() {
            if c.is_async {
                return self.err("asynchronous comprehension outside of an asynchronous function", c.range());
            }
            let iter = if i == 0 {
                let slot = self.slot(".0");
                Expr::LoadLocal(self.a(LocalNode { slot: LocalSlot(slot), name: intern(".0"), span: self.span(c.iter.range()) }))
            } else {
                self.expr(&c.iter)?
            };
            let target = self.target(&c.target)?;
            let mut ifs = Vec::new();
            for cond in &c.ifs {
                ifs.push(self.expr(cond)?);
            }
            clauses.push((target, iter, ifs, self.span(c.range())));
        }
        let (elt, elt_span) = match elt_spec {
            EltSpec::One(e) => (self.expr(e)?, self.span(e.range())),
            EltSpec::Pair(k, v) => {
                let kx = self.expr(k)?;
                let vx = self.expr(v)?;
                let span = self.span(k.range());
                (Expr::Tuple(self.a(SeqNode { items: self.slice(vec![kx, vx]), has_star: false, span })), span)
            }
        };
        let mut body: &'static [Stmt] =
            self.slice(vec![Stmt { kind: StmtKind::Expr(Expr::Yield(self.a(YieldNode { value: Some(elt), span: elt_span }))), span: elt_span }]);
        for (target, iter, ifs, span) in clauses.into_iter().rev() {
            for cond in ifs.into_iter().rev() {
                let n = self.a(IfNode { test: cond, body, orelse: &[] });
                body = self.slice(vec![Stmt { kind: StmtKind::If(n), span }]);
            }
            let n = self.a(ForNode { target, iter, body, orelse: &[], state: SpecState::new() });
            body = self.slice(vec![Stmt { kind: StmtKind::For(n), span }]);
        }
        let unit = self.units.pop().unwrap();
        let params = Params { names: self.slice(vec![intern(".0")]), n_posonly: 1, n_pos: 1, n_kwonly: 0, vararg: false, kwarg: false };
        let span = self.span(r);
        let name = intern("<genexpr>");
        let code = self.finish_unit(unit, name, self.rooted(new_str(&qual)), params, body, span, &cells, &frees, true);
        let def = self.a(FunctionDefNode { code, defaults: &[], kw_defaults: &[], annotations: &[], decorators: &[], closure, span });
        Ok(self.a(GenExpNode { def, iter: first, span }))
    }

    fn fstring_elements(&mut self, elems: &ast::InterpolatedStringElements, parts: &mut Vec<FPart>) -> LResult<()> {
        for el in elems.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => parts.push(FPart::Lit(self.rooted(new_str(&l.value)))),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0u8,
                        ast::ConversionFlag::Str => b's',
                        ast::ConversionFlag::Repr => b'r',
                        ast::ConversionFlag::Ascii => b'a',
                    };
                    if let Some(d) = &i.debug_text {
                        let text = format!("{}{}{}", d.leading(), &self.src[i.expression.range()], d.trailing());
                        parts.push(FPart::Lit(self.rooted(new_str(&text))));
                        if conv == 0 && i.format_spec.is_none() {
                            conv = b'r';
                        }
                    }
                    let e = self.expr(&i.expression)?;
                    let spec = match &i.format_spec {
                        Some(fs) => {
                            let mut sp = Vec::new();
                            self.fstring_elements(&fs.elements, &mut sp)?;
                            Some(self.a(FStringNode { parts: self.slice(sp), span: self.span(fs.range()) }))
                        }
                        None => None,
                    };
                    parts.push(FPart::Field(e, conv, spec));
                }
            }
        }
        Ok(())
    }

    /// Lowers comprehension clauses; their targets get hidden slots that stay
    /// in scope (pushed on `unit.comp`) until the caller pops `pushed` frames.
    fn comp_clauses(&mut self, gens: &[ast::Comprehension]) -> LResult<(&'static [CompClause], usize)> {
        let mut out = Vec::new();
        let mut pushed = 0;
        for g in gens {
            if g.is_async {
                return self.err("asynchronous comprehension outside of an asynchronous function", g.range());
            }
            let iter = self.expr(&g.iter)?;
            let mut names = Vec::new();
            collect_names(&g.target, &mut names);
            let mut frame = Vec::new();
            for n in names {
                let s = self.hidden_slot(&n);
                frame.push((n, s));
            }
            self.unit().comp.push(frame);
            pushed += 1;
            let target = self.target(&g.target)?;
            let mut ifs = Vec::new();
            for c in &g.ifs {
                ifs.push(self.expr(c)?);
            }
            out.push(CompClause { target, iter, ifs: self.slice(ifs) });
        }
        Ok((self.slice(out), pushed))
    }
}

/// What a comprehension lowered to a generator function yields.
enum EltSpec<'a> {
    One(&'a AExpr),
    /// dict comprehensions yield (key, value)
    Pair(&'a AExpr, &'a AExpr),
}

enum FuncBody<'a> {
    Stmts(&'a [AStmt]),
    Lambda(&'a AExpr),
}

fn collect_names(e: &AExpr, out: &mut Vec<String>) {
    match e {
        AExpr::Name(n) => out.push(n.id.to_string()),
        AExpr::Tuple(t) => t.elts.iter().for_each(|x| collect_names(x, out)),
        AExpr::List(t) => t.elts.iter().for_each(|x| collect_names(x, out)),
        AExpr::Starred(s) => collect_names(&s.value, out),
        _ => {}
    }
}

fn binop(op: ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

