//! The executable node tree.
//!
//! Lowering (`lower.rs`) turns the Python AST into these nodes, allocated in a
//! per-module arena that lives for the rest of the process (code is
//! immortal), with every variable resolved to a frame slot, a closure cell, a
//! module-global cell or a class-namespace name. `Expr` and `Stmt` are small
//! enums of arena references; each node family has its own struct.
//!
//! Every node exposes its kind, children and specialization state through
//! `NodeRef` (see `introspect.rs`), the one API that stats, the tree
//! visualizer and the compiler read.

use morel_runtime::ops::{BinOp, CmpOp};
use morel_runtime::types::function::CellObj;
use morel_runtime::Value;
use morel_specializer::SpecState;
use std::sync::atomic::AtomicU64;

/// A frame slot index, resolved at lowering time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalSlot(pub u32);

/// Source position of a node: line and byte range in its file.
#[derive(Clone, Copy, Debug, Default)]
pub struct Span {
    pub line: u32,
    pub start: u32,
    pub end: u32,
}

/// An expression node.
#[derive(Clone, Copy)]
pub enum Expr {
    /// `42`, `"s"`, `None`
    Const(&'static ConstNode),
    /// `x` (a local of the current function)
    LoadLocal(&'static LocalNode),
    /// `x` (a cell or free variable: the slot holds a cell)
    LoadCell(&'static LocalNode),
    /// `x` (a module global, falling back to builtins)
    LoadGlobal(&'static GlobalNode),
    /// `x` (in a class body: namespace, then globals, then builtins)
    LoadName(&'static NameNode),
    /// `a + b`
    BinOp(&'static BinOpNode),
    /// `-a`, `+a`, `~a`, `not a`
    UnaryOp(&'static UnaryNode),
    /// `a and b`, `a or b`
    BoolOp(&'static BoolOpNode),
    /// `a < b`, `a in b`, `a is b`, chained `a < b < c`
    Compare(&'static CompareNode),
    /// `f(a, k=v)`
    Call(&'static CallNode),
    /// `obj.m(a)`: looks the method up without allocating a bound method
    CallMethod(&'static CallMethodNode),
    /// `a.b`
    Attribute(&'static AttributeNode),
    /// `a[i]`
    Subscript(&'static SubscriptNode),
    /// `a:b:c` inside a subscript
    Slice(&'static SliceNode),
    /// `[a, b]`
    List(&'static SeqNode),
    /// `(a, b)`
    Tuple(&'static SeqNode),
    /// `{k: v}`
    Dict(&'static DictNode),
    /// `{a, b}`
    Set(&'static SeqNode),
    /// `[e for x in it if c]`, `{e for ...}`, `{k: v for ...}`
    Comp(&'static CompNode),
    /// `a if c else b`
    IfExp(&'static IfExpNode),
    /// `f"{x:>5}"`
    FString(&'static FStringNode),
    /// `lambda x: x + 1`
    Lambda(&'static FunctionDefNode),
    /// `(x := e)`
    Named(&'static NamedNode),
    /// `*a` inside a list/tuple display or call (only valid there)
    Starred(&'static Expr),
    /// `yield e`
    Yield(&'static YieldNode),
    /// `yield from e`
    YieldFrom(&'static YieldNode),
    /// `(e for x in it if c)`: a generator function called on `iter(it)`
    GenExp(&'static GenExpNode),
    /// A list/set/dict comprehension with a scope of its own (see scope.rs):
    /// its generator's items collected (dict items come as (key, value) pairs).
    ScopedComp(&'static GenExpNode, CompKind),
}

pub struct YieldNode {
    pub value: Option<Expr>,
    pub span: Span,
}

pub struct GenExpNode {
    pub def: &'static FunctionDefNode,
    /// The first iterable, evaluated in the enclosing scope.
    pub iter: Expr,
    pub span: Span,
}

pub struct ConstNode {
    pub value: Value,
    pub span: Span,
}

pub struct LocalNode {
    pub slot: LocalSlot,
    pub name: Value,
    pub span: Span,
}

pub struct GlobalNode {
    pub cell: &'static CellObj,
    /// The builtins cell of the same name, if builtins has one.
    pub builtin: Option<&'static CellObj>,
    pub name: Value,
    pub span: Span,
}

pub struct NameNode {
    pub name: Value,
    pub global: &'static GlobalNode,
    pub span: Span,
}

/// Type combinations a `BinOpNode` has seen (its `SpecState` bits).
pub mod binop_state {
    pub const INT_INT: u8 = 1;
    pub const FLOAT_FLOAT: u8 = 2;
    pub const MIXED_NUM: u8 = 4;
    pub const STR_STR: u8 = 8;
    pub const OTHER: u8 = 16;
    /// The left operand was an instance of a Python class whose operator
    /// method the node's cache found.
    pub const INSTANCE: u8 = 32;
    /// Each bit's name, for tools (see `NodeRef::state_bits`).
    pub const NAMES: &[(u8, &str)] =
        &[(INT_INT, "int"), (FLOAT_FLOAT, "float"), (MIXED_NUM, "mixed_num"), (STR_STR, "str"), (OTHER, "other"), (INSTANCE, "instance")];
}

pub struct BinOpNode {
    pub op: BinOp,
    pub left: Expr,
    pub right: Expr,
    pub state: SpecState,
    pub span: Span,
    /// The left operand's class's operator method (`__add__` for `+`), for
    /// instances of Python classes (see `attr_cache`). Held out of line:
    /// most operators never see an instance, and the node stays small.
    pub cache: &'static morel_runtime::attr_cache::AttrCache,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOpKind {
    Neg,
    Pos,
    Invert,
    Not,
}

pub struct UnaryNode {
    pub op: UnaryOpKind,
    pub operand: Expr,
    pub span: Span,
}

pub struct BoolOpNode {
    pub is_and: bool,
    pub values: &'static [Expr],
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Rich(CmpOp),
    In,
    NotIn,
    Is,
    IsNot,
}

/// Type combinations a `CompareNode` has seen.
pub mod compare_state {
    pub const INT_INT: u8 = 1;
    pub const FLOAT_FLOAT: u8 = 2;
    pub const IDENTITY: u8 = 4;
    pub const CONTAINS: u8 = 8;
    pub const OTHER: u8 = 16;
    pub const STR_STR: u8 = 32;
    /// Each bit's name, for tools (see `NodeRef::state_bits`).
    pub const NAMES: &[(u8, &str)] = &[
        (INT_INT, "int"),
        (FLOAT_FLOAT, "float"),
        (IDENTITY, "identity"),
        (CONTAINS, "contains"),
        (STR_STR, "str"),
        (OTHER, "other"),
    ];
}

pub struct CompareNode {
    pub left: Expr,
    pub ops: &'static [(CompareOp, Expr)],
    pub state: SpecState,
    pub span: Span,
}

/// One argument of a call.
#[derive(Clone, Copy)]
pub enum Arg {
    Pos(Expr),
    /// `*a`
    Star(Expr),
    /// `name=e`
    Kw(Value, Expr),
    /// `**m`
    StarStar(Expr),
}

/// How a call site's callees have looked (its `SpecState` bits).
pub mod call_state {
    pub const PY_FUNCTION: u8 = 1;
    pub const BUILTIN: u8 = 2;
    pub const CLASS: u8 = 4;
    pub const OTHER: u8 = 8;
    /// Each bit's name, for tools (see `NodeRef::state_bits`).
    pub const NAMES: &[(u8, &str)] = &[(PY_FUNCTION, "py_function"), (BUILTIN, "builtin"), (CLASS, "class"), (OTHER, "other")];
}

pub struct CallNode {
    pub func: Expr,
    /// Set when the callee is named like a frame-aware builtin (`eval`,
    /// `locals`, ...); used only if the callee really is that builtin.
    pub intrinsic: Option<crate::dynamic::Intrinsic>,
    pub args: &'static [Arg],
    /// True when every argument is positional (the fast path).
    pub simple: bool,
    pub state: SpecState,
    pub span: Span,
}

pub struct CallMethodNode {
    pub obj: Expr,
    pub name: Value,
    pub args: &'static [Arg],
    pub simple: bool,
    pub state: SpecState,
    pub span: Span,
    /// Which method `name` is for the receiver's class (see `attr_cache`).
    pub cache: morel_runtime::attr_cache::AttrCache,
}

/// `obj.name` (a load, or the target of a store).
pub struct AttributeNode {
    pub obj: Expr,
    pub name: Value,
    pub span: Span,
    /// Where `name` lives for the receiver's shape (see `attr_cache`).
    pub cache: morel_runtime::attr_cache::AttrCache,
}

/// What a `SubscriptNode` has seen.
pub mod subscript_state {
    pub const LIST_INT: u8 = 1;
    pub const DICT: u8 = 2;
    pub const TUPLE_INT: u8 = 4;
    pub const OTHER: u8 = 16;
    /// Each bit's name, for tools (see `NodeRef::state_bits`).
    pub const NAMES: &[(u8, &str)] =
        &[(LIST_INT, "list_int"), (DICT, "dict"), (TUPLE_INT, "tuple_int"), (OTHER, "other")];
}

pub struct SubscriptNode {
    pub obj: Expr,
    pub index: Expr,
    pub state: SpecState,
    pub span: Span,
}

pub struct SliceNode {
    pub lower: Option<Expr>,
    pub upper: Option<Expr>,
    pub step: Option<Expr>,
    pub span: Span,
}

pub struct SeqNode {
    pub items: &'static [Expr],
    pub has_star: bool,
    pub span: Span,
}

pub struct DictNode {
    /// `None` key means `**mapping`.
    pub items: &'static [(Option<Expr>, Expr)],
    pub span: Span,
}

/// One `for target in iter if cond...` clause of a comprehension.
pub struct CompClause {
    pub target: Target,
    pub iter: Expr,
    pub ifs: &'static [Expr],
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompKind {
    List,
    Set,
    /// the element is the value; `key` holds the key
    Dict,
}

pub struct CompNode {
    pub kind: CompKind,
    pub key: Option<Expr>,
    pub elt: Expr,
    pub clauses: &'static [CompClause],
    pub span: Span,
}

pub struct IfExpNode {
    pub test: Expr,
    pub body: Expr,
    pub orelse: Expr,
    pub span: Span,
}

#[derive(Clone, Copy)]
pub enum FPart {
    Lit(Value),
    /// expression, conversion ('r', 's', 'a' or 0), format spec parts
    Field(Expr, u8, Option<&'static FStringNode>),
}

pub struct FStringNode {
    pub parts: &'static [FPart],
    pub span: Span,
}

pub struct NamedNode {
    pub target: Target,
    pub value: Expr,
    pub span: Span,
}

/// An assignment target.
#[derive(Clone, Copy)]
pub enum Target {
    Local(LocalSlot, Value),
    Cell(LocalSlot, Value),
    Global(&'static GlobalNode),
    Name(&'static NameNode),
    Attr(&'static AttributeNode),
    Subscript(&'static SubscriptNode),
    /// `a, b = ...` / `[a, b] = ...`, with the index of a starred target
    Unpack(&'static [Target], Option<usize>),
    Starred(&'static Target),
}

// ---------------------------------------------------------------------------
// statements

pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

pub enum StmtKind {
    /// `e`
    Expr(Expr),
    /// `a = b = e`
    Assign(&'static [Target], Expr),
    /// `a += e`
    AugAssign(&'static AugAssignNode),
    /// `return e`
    Return(Option<Expr>),
    /// `if c: ... elif: ... else: ...`
    If(&'static IfNode),
    /// `while c: ... else: ...`
    While(&'static WhileNode),
    /// `for x in it: ... else: ...`
    For(&'static ForNode),
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// `pass`
    Pass,
    /// `raise e from c`
    Raise(Option<Expr>, Option<Expr>),
    /// `try: ... except E as e: ... else: ... finally: ...`
    Try(&'static TryNode),
    /// `def f(...): ...`
    FunctionDef(&'static FunctionDefNode, Target),
    /// `class C(B): ...`
    ClassDef(&'static ClassDefNode, Target),
    /// `del a, b[i], c.d`
    Delete(&'static [Target]),
    /// `import a.b as c`: (dotted path, `as` given: bind the leaf module, target)
    Import(&'static [(Value, bool, Target)]),
    /// `from m import a as b`
    ImportFrom(&'static ImportFromNode),
    /// `assert c, msg`
    Assert(Expr, Option<Expr>),
    /// `with a as b, c: ...`
    With(&'static WithNode),
    /// `global x` / `nonlocal x`: no run-time effect
    Declaration,
    /// `x: T = v` in a module or class body: the assignment, if any, then
    /// `__annotations__['x'] = T`
    Annotate(&'static AnnotateNode),
    /// `match subject: case pattern if guard: ...`
    Match(&'static MatchNode),
    /// An expression statement typed at the interactive prompt: its value
    /// is echoed with `repr` unless it is None, and kept in `builtins._`.
    Display(Expr),
}

/// A `case` pattern.
pub enum Pattern {
    /// `case 42:` / `case Color.RED:` (compared with ==)
    Value(Expr),
    /// `case None:` / `case True:` (compared with `is`)
    Singleton(Value),
    /// `case [a, *rest, b]:` with the index of the star pattern
    Sequence(&'static [Pattern], Option<usize>),
    /// `case {"k": p, **rest}:`
    Mapping(&'static [Expr], &'static [Pattern], Option<Target>),
    /// `case Point(x, y=0):`
    Class(Expr, &'static [Pattern], &'static [(Value, Pattern)]),
    /// `*rest` inside a sequence pattern (None for `*_`)
    Star(Option<Target>),
    /// `case p as name:`, a capture (`case x:`) or the wildcard (`case _:`)
    As(Option<&'static Pattern>, Option<Target>),
    /// `case a | b:`
    Or(&'static [Pattern]),
}

pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: &'static [Stmt],
}

pub struct MatchNode {
    pub subject: Expr,
    pub cases: &'static [MatchCase],
}

pub struct AnnotateNode {
    pub name: Value,
    pub annotation: Expr,
    pub assign: Option<(Target, Expr)>,
}

pub struct AugAssignNode {
    pub target: Target,
    pub op: BinOp,
    pub value: Expr,
    pub state: SpecState,
    /// For an attribute target (`o.n += v`): where the store goes for the
    /// receiver's layout. The load uses the target node's own cache; one
    /// cache for both would have them replace each other's entry.
    pub store_cache: morel_runtime::attr_cache::AttrCache,
}

pub struct IfNode {
    pub test: Expr,
    pub body: &'static [Stmt],
    pub orelse: &'static [Stmt],
}

pub struct WhileNode {
    pub test: Expr,
    pub body: &'static [Stmt],
    pub orelse: &'static [Stmt],
}

/// What a `ForNode` has iterated over.
pub mod for_state {
    pub const RANGE: u8 = 1;
    pub const LIST: u8 = 2;
    pub const TUPLE: u8 = 4;
    pub const STR: u8 = 8;
    pub const OTHER: u8 = 16;
    /// Each bit's name, for tools (see `NodeRef::state_bits`).
    pub const NAMES: &[(u8, &str)] =
        &[(RANGE, "range"), (LIST, "list"), (TUPLE, "tuple"), (STR, "str"), (OTHER, "other")];
}

pub struct ForNode {
    pub target: Target,
    pub iter: Expr,
    pub body: &'static [Stmt],
    pub orelse: &'static [Stmt],
    pub state: SpecState,
}

pub struct Handler {
    pub typ: Option<Expr>,
    pub name: Option<Target>,
    pub body: &'static [Stmt],
    pub span: Span,
}

pub struct TryNode {
    pub body: &'static [Stmt],
    pub handlers: &'static [Handler],
    pub orelse: &'static [Stmt],
    pub finalbody: &'static [Stmt],
}

pub struct WithNode {
    pub items: &'static [(Expr, Option<Target>)],
    pub body: &'static [Stmt],
}

pub struct ImportFromNode {
    pub module: Value,
    pub level: u32,
    /// (name, target); a `*` import has an empty list and `star` set.
    pub names: &'static [(Value, Target)],
    pub star: bool,
}

/// The parameters of a function, in slot order: positional (posonly first),
/// `*args`, keyword-only, `**kwargs`.
pub struct Params {
    pub names: &'static [Value],
    pub n_posonly: usize,
    pub n_pos: usize,
    pub n_kwonly: usize,
    pub vararg: bool,
    pub kwarg: bool,
}

impl Params {
    /// Number of slots the parameters occupy.
    pub fn n_slots(&self) -> usize {
        self.n_pos + self.vararg as usize + self.n_kwonly + self.kwarg as usize
    }
}

pub struct FunctionDefNode {
    pub code: &'static CodeUnit,
    /// Defaults of the trailing positional parameters.
    pub defaults: &'static [Expr],
    /// Defaults of keyword-only parameters (None = required).
    pub kw_defaults: &'static [Option<Expr>],
    /// (parameter name or "return", annotation), evaluated at `def`.
    pub annotations: &'static [(Value, Expr)],
    pub decorators: &'static [Expr],
    /// Slots of the enclosing frame holding the cells this function closes over.
    pub closure: &'static [LocalSlot],
    pub span: Span,
}

pub struct ClassDefNode {
    pub name: Value,
    pub bases: &'static [Arg],
    pub body: &'static CodeUnit,
    pub decorators: &'static [Expr],
    pub closure: &'static [LocalSlot],
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Class,
}

/// One unit of code: a module body, a function body or a class body.
pub struct CodeUnit {
    pub kind: CodeKind,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub params: Params,
    pub n_slots: usize,
    pub slot_names: &'static [Value],
    /// Slots that hold cells created at entry (cell variables), with whether
    /// the slot is a parameter whose value moves into the cell.
    pub cells: &'static [(LocalSlot, bool)],
    /// Slots that receive the function's closure cells, in closure order.
    pub frees: &'static [LocalSlot],
    pub body: &'static [Stmt],
    pub span: Span,
    /// The module whose globals this code reads.
    pub module: Value,
    /// Number of times this code was entered (a function called, a module,
    /// class body or `exec`/`eval` source run), counted up to `CALLS_SATURATE`.
    pub calls: AtomicU64,
    /// True when the body contains `yield` (generators arrive with the language issue).
    pub is_generator: bool,
}

// SAFETY: code units are immutable after lowering except for atomics; the
// Values they hold are immortal (rooted by the module registry).
unsafe impl Sync for CodeUnit {}
unsafe impl Send for CodeUnit {}

/// Where `CodeUnit::calls` stops counting. A counter that every call
/// increments would be a cache line written by every thread running the
/// function, which stops threads from scaling; past this point the count is
/// only read.
pub const CALLS_SATURATE: u64 = 1 << 16;

impl CodeUnit {
    /// Counts one entry (until the count saturates).
    #[inline(always)]
    pub fn note_call(&self) {
        use std::sync::atomic::Ordering;
        if self.calls.load(Ordering::Relaxed) < CALLS_SATURATE {
            self.calls.fetch_add(1, Ordering::Relaxed);
        }
    }
}
