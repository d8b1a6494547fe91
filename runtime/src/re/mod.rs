//! `_re`: the matching core under the bundled `re` module (`lib/re.py`).
//!
//! A pattern is translated from Python's syntax by `syntax` and compiled by
//! the `fancy-regex` engine into an opaque `Engine` object. The functions
//! here run it and hand back what `re.py` builds its objects from:
//!
//! - `compile(pattern, flags, is_bytes, error)` -> `(engine, groups, names, parents, flags)`,
//!   raising `error(msg, pattern, pos)` for a bad pattern;
//! - `search(engine, string, pos, endpos, mode)` -> spans or None
//!   (mode 0 search, 1 match, 2 fullmatch);
//! - `scan(engine, string, pos, endpos, limit)` -> a list of spans, one per
//!   successive match;
//! - `findall`, `sub`, `split`: those operations whole, in Rust;
//! - `substr(string, start, end)`: a slice by character offsets.
//!
//! "Spans" is a tuple `(start0, end0, start1, end1, ...)` of CHARACTER
//! offsets, -1 for a group that did not participate. Successive matches
//! follow Python's rule for empty matches: after an empty match at `p`, the
//! next match may not be empty at `p` (it is looked for with a second,
//! lazily built engine that rejects empty matches, anchored at `p`, before
//! searching on from the next character).

pub mod syntax;

use crate::call::call;
use crate::object::{alloc_obj, downcast};
use crate::types::class::{new_class, type_name, ClassObj, Layout, NativeFn};
use crate::types::function::{new_builtin, new_module};
use crate::types::int::to_i64;
use crate::types::list::{list_obj, new_list_obj};
use crate::types::str::{intern, new_str, str_obj, StrObj};
use crate::types::tuple::new_tuple;
use crate::{raise, Exc, PyResult};
use fancy_regex::{Captures, Regex, RegexBuilder, RegexInput};
use morel_heap::Value;
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

/// How far the backtracking engine may go before giving up on one match.
const BACKTRACK_LIMIT: usize = 100_000_000;

/// A compiled pattern with its lazily built variants.
struct Compiled {
    main: Regex,
    /// Anchored at both ends, for `fullmatch`.
    full_src: String,
    full: OnceLock<Result<Regex, String>>,
    /// Rejects empty matches (Python's "must advance" after an empty match);
    /// None when the pattern can only match the empty string.
    nonempty: OnceLock<Option<Regex>>,
    src: String,
    groups: usize,
}

#[repr(C)]
pub struct EngineObj {
    pub header: crate::object::ObjHeader,
    compiled: Compiled,
}

unsafe fn finalize_engine(o: *mut morel_heap::GcHeader) {
    // SAFETY: called once by the sweeper on a dead engine; drops the compiled
    // regexes (plain Rust data, no heap values).
    unsafe { std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(o as *mut EngineObj)).compiled)) }
}

crate::py_vtable!(EngineObj, "Engine", |_o, _t| {}, Some(finalize_engine));

static ENGINE_CLASS: OnceLock<usize> = OnceLock::new();

fn build(src: &str, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    RegexBuilder::new(src).backtrack_limit(BACKTRACK_LIMIT).find_not_empty(not_empty).build()
}

impl Compiled {
    fn full(&self) -> PyResult<&Regex> {
        match self.full.get_or_init(|| build(&self.full_src, false).map_err(|e| e.to_string())) {
            Ok(r) => Ok(r),
            Err(e) => raise!(runtime_error, "regular expression could not be compiled: {}", e),
        }
    }
    fn nonempty(&self) -> Option<&Regex> {
        self.nonempty.get_or_init(|| build(&self.src, true).ok()).as_ref()
    }
}

fn engine_of(v: Value) -> PyResult<&'static Compiled> {
    match downcast::<EngineObj>(v) {
        Some(e) => Ok(&e.compiled),
        None => raise!(type_error, "expected a compiled pattern engine, got '{}'", type_name(v)),
    }
}

fn text_of(v: Value) -> PyResult<&'static StrObj> {
    match str_obj(v) {
        Some(s) => Ok(s),
        None => raise!(type_error, "expected string, got '{}'", type_name(v)),
    }
}

fn int_of(v: Value, default: i64) -> i64 {
    if v.is_none() {
        return default;
    }
    to_i64(v).unwrap_or(if crate::types::int::to_big(v).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false) { i64::MIN } else { i64::MAX })
}

fn runtime_err(e: fancy_regex::Error) -> Exc {
    crate::exc!(runtime_error, "regular expression matching failed: {}", e)
}

// ---------------------------------------------------------------- positions

/// Converts between byte offsets and character offsets of one string,
/// walking from the last position asked for (matches come in order).
///
/// For non-ASCII text the last position of the previous call on the same
/// string is remembered (per thread), so that a loop of `match(text, pos)`
/// calls does not rescan the text from its start each time.
struct Positions<'a> {
    so: &'a StrObj,
    s: &'a str,
    ascii: bool,
    byte: usize,
    chr: usize,
}

thread_local! {
    /// (string address, its hash, its byte length, byte offset, char offset)
    static CHECKPOINT: std::cell::Cell<(usize, i64, usize, usize, usize)> = const { std::cell::Cell::new((0, 0, 0, 0, 0)) };
}

impl<'a> Positions<'a> {
    fn new(so: &'a StrObj) -> Positions<'a> {
        let mut p = Positions { so, s: so.as_str(), ascii: so.is_ascii(), byte: 0, chr: 0 };
        if !p.ascii {
            let (addr, hash, len, b, c) = CHECKPOINT.with(|k| k.get());
            if addr == so as *const StrObj as usize && len == so.byte_len() && hash == so.hash() && p.s.is_char_boundary(b) {
                p.byte = b;
                p.chr = c;
            }
        }
        p
    }
    /// Remembers the current position for the next call on this string.
    fn save(&self) {
        if !self.ascii {
            let key = (self.so as *const StrObj as usize, self.so.hash(), self.so.byte_len(), self.byte, self.chr);
            CHECKPOINT.with(|k| k.set(key));
        }
    }
    fn count(bytes: &[u8]) -> usize {
        bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
    }
    fn char_of(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let bytes = self.s.as_bytes();
        if b >= self.byte {
            self.chr += Self::count(&bytes[self.byte..b]);
        } else {
            self.chr -= Self::count(&bytes[b..self.byte]);
        }
        self.byte = b;
        self.chr
    }
    /// The byte offset of character `c` (clamped to the end).
    fn byte_of(&mut self, c: usize) -> usize {
        if self.ascii {
            return c.min(self.s.len());
        }
        if c >= self.so.char_len() {
            return self.s.len();
        }
        let bytes = self.s.as_bytes();
        let mut b = self.byte;
        let mut n = self.chr;
        if c < n / 2 {
            b = 0;
            n = 0;
        }
        while n > c {
            b -= 1;
            while (bytes[b] & 0xC0) == 0x80 {
                b -= 1;
            }
            n -= 1;
        }
        while n < c && b < bytes.len() {
            b += 1;
            while b < bytes.len() && (bytes[b] & 0xC0) == 0x80 {
                b += 1;
            }
            n += 1;
        }
        self.byte = b;
        self.chr = n;
        b
    }
}

/// Python's clamping of `pos` / `endpos` against a length in characters.
fn clamp(pos: Value, endpos: Value, len: usize) -> (usize, usize) {
    let c = |v: i64| v.clamp(0, len as i64) as usize;
    (c(int_of(pos, 0)), c(int_of(endpos, len as i64)))
}

fn spans(caps: &Captures<'_, str>, groups: usize, pos: &mut Positions) -> Value {
    let mut out: Vec<Value> = Vec::with_capacity(2 * groups + 2);
    for g in 0..=groups {
        match caps.get(g) {
            Some(m) => {
                let s = pos.char_of(m.start());
                let e = pos.char_of(m.end());
                out.push(Value::small_int(s as i64));
                out.push(Value::small_int(e as i64));
            }
            None => {
                out.push(Value::small_int(-1));
                out.push(Value::small_int(-1));
            }
        }
    }
    // Small ints only: nothing in `out` needs rooting.
    new_tuple(&out)
}

fn run<'t>(re: &Regex, hay: &'t str, at: usize, anchored: bool) -> PyResult<Option<Captures<'t, str>>> {
    re.captures_input(RegexInput::new(hay).from_pos(at).anchored(anchored)).map_err(runtime_err)
}

/// Calls `f` on each successive match in `hay` from byte `start`, at most
/// `limit` of them (0: all), with Python's rule for empty matches.
fn for_each_match<'t>(
    c: &Compiled,
    hay: &'t str,
    start: usize,
    limit: usize,
    mut f: impl FnMut(&Captures<'t, str>) -> PyResult<()>,
) -> PyResult<usize> {
    let mut at = start;
    let mut must_advance = false;
    let mut n = 0;
    while (limit == 0 || n < limit) && at <= hay.len() {
        let caps = if must_advance {
            let mut r = match c.nonempty() {
                Some(re) => run(re, hay, at, true)?,
                None => None,
            };
            if r.is_none() {
                let Some(ch) = hay[at..].chars().next() else { break };
                r = run(&c.main, hay, at + ch.len_utf8(), false)?;
            }
            r
        } else {
            run(&c.main, hay, at, false)?
        };
        let Some(caps) = caps else { break };
        let m = caps.get(0).expect("group 0 of a match");
        f(&caps)?;
        n += 1;
        must_advance = m.start() == m.end();
        at = m.end();
    }
    Ok(n)
}

// ---------------------------------------------------------------- functions

/// `compile(pattern, flags, is_bytes, error_class)`.
fn re_compile(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 4 {
        return raise!(type_error, "compile() takes 4 arguments");
    }
    let pat = text_of(a[0])?.as_str();
    let flags = to_i64(a[1]).unwrap_or(0) as u32;
    let is_bytes = a[2] == Value::TRUE;
    let parsed = match syntax::translate(pat, flags, is_bytes) {
        Ok(p) => p,
        Err(syntax::SyntaxError::Re(msg, pos)) => {
            let m = new_str(&msg);
            let p = pos.map(|p| Value::small_int(p as i64)).unwrap_or(Value::NONE);
            let args = if pos.is_some() { vec![m, a[0], p] } else { vec![m] };
            let e = call(a[3], &args, &[])?;
            return Err(Exc(e));
        }
        Err(syntax::SyntaxError::Value(msg)) => return raise!(value_error, "{}", msg),
        Err(syntax::SyntaxError::Overflow(msg)) => return raise!(overflow_error, "{}", msg),
        Err(syntax::SyntaxError::Reparse) => unreachable!("handled by translate"),
    };
    let main = match build(&parsed.engine, false) {
        Ok(r) => r,
        Err(e) => {
            let m = new_str(&format!("{}", e));
            let err = call(a[3], &[m], &[])?;
            return Err(Exc(err));
        }
    };
    let cls = *ENGINE_CLASS.get().unwrap() as *const ClassObj;
    let compiled = Compiled {
        main,
        full_src: parsed.engine_full,
        full: OnceLock::new(),
        nonempty: OnceLock::new(),
        src: parsed.engine,
        groups: parsed.groups,
    };
    let engine = Value::from_ptr(alloc_obj::<EngineObj>(cls, |header| EngineObj { header, compiled }));
    let names = crate::types::dict::new_dict_obj();
    for (n, g) in &parsed.names {
        let k = new_str(n);
        names.set(k, Value::small_int(*g as i64))?;
    }
    let parents = new_list_obj(parsed.parents.len());
    for p in &parsed.parents {
        parents.append(Value::small_int(*p as i64));
    }
    Ok(new_tuple(&[
        engine,
        Value::small_int(parsed.groups as i64),
        Value::from_ptr(names),
        Value::from_ptr(parents),
        Value::small_int(parsed.flags as i64),
    ]))
}

/// `search(engine, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch.
fn re_search(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 5 {
        return raise!(type_error, "search() takes 5 arguments");
    }
    let c = engine_of(a[0])?;
    let so = text_of(a[1])?;
    let (pos, endpos) = clamp(a[2], a[3], so.char_len());
    if pos > endpos {
        return Ok(Value::NONE);
    }
    let mut p = Positions::new(so);
    let eb = p.byte_of(endpos);
    let pb = p.byte_of(pos);
    let hay = &so.as_str()[..eb];
    let caps = match to_i64(a[4]).unwrap_or(0) {
        0 => run(&c.main, hay, pb, false)?,
        1 => run(&c.main, hay, pb, true)?,
        _ => run(c.full()?, hay, pb, true)?,
    };
    let result = match caps {
        Some(caps) => spans(&caps, c.groups, &mut p),
        None => Value::NONE,
    };
    p.save();
    Ok(result)
}

/// `scan(engine, string, pos, endpos, limit)`: the spans of successive matches.
fn re_scan(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 5 {
        return raise!(type_error, "scan() takes 5 arguments");
    }
    let c = engine_of(a[0])?;
    let so = text_of(a[1])?;
    let (pos, endpos) = clamp(a[2], a[3], so.char_len());
    let out = new_list_obj(0);
    if pos > endpos {
        return Ok(Value::from_ptr(out));
    }
    let limit = int_of(a[4], 0).max(0) as usize;
    let mut p = Positions::new(so);
    let eb = p.byte_of(endpos);
    let pb = p.byte_of(pos);
    let hay = &so.as_str()[..eb];
    for_each_match(c, hay, pb, limit, |caps| {
        let t = spans(caps, c.groups, &mut p);
        out.append(t);
        Ok(())
    })?;
    p.save();
    Ok(Value::from_ptr(out))
}

/// The text of group `g` of a match, if it participated.
fn group_text<'t>(caps: &Captures<'t, str>, g: usize) -> Option<&'t str> {
    caps.get(g).map(|m| m.as_str())
}

/// `findall(engine, string, pos, endpos)`.
fn re_findall(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 4 {
        return raise!(type_error, "findall() takes 4 arguments");
    }
    let c = engine_of(a[0])?;
    let so = text_of(a[1])?;
    let (pos, endpos) = clamp(a[2], a[3], so.char_len());
    let out = new_list_obj(0);
    if pos > endpos {
        return Ok(Value::from_ptr(out));
    }
    let mut p = Positions::new(so);
    let eb = p.byte_of(endpos);
    let pb = p.byte_of(pos);
    let hay = &so.as_str()[..eb];
    for_each_match(c, hay, pb, 0, |caps| {
        let item = match c.groups {
            0 => new_str(group_text(caps, 0).unwrap_or("")),
            1 => new_str(group_text(caps, 1).unwrap_or("")),
            n => {
                let t = new_list_obj(n);
                for g in 1..=n {
                    let s = new_str(group_text(caps, g).unwrap_or(""));
                    t.append(s);
                }
                new_tuple(t.items.as_slice())
            }
        };
        out.append(item);
        Ok(())
    })?;
    Ok(Value::from_ptr(out))
}

/// `sub(engine, string, repl, count)` -> `(result, n)`. `repl` is either a
/// template as a list of literal strs and group numbers, or a callable
/// taking the spans of a match and returning its replacement str.
fn re_sub(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 4 {
        return raise!(type_error, "sub() takes 4 arguments");
    }
    let c = engine_of(a[0])?;
    let so = text_of(a[1])?;
    let repl = a[2];
    let limit = int_of(a[3], 0).max(0) as usize;
    let template = list_obj(repl);
    let hay = so.as_str();
    let mut p = Positions::new(so);
    let mut out = String::with_capacity(hay.len());
    let mut last = 0;
    // pieces joined so far, numbered as in CPython's error message
    let mut pieces = 0usize;
    let n = for_each_match(c, hay, 0, limit, |caps| {
        let m = caps.get(0).unwrap();
        if m.start() > last {
            pieces += 1;
        }
        out.push_str(&hay[last..m.start()]);
        match template {
            Some(parts) => {
                for part in parts.items.as_slice() {
                    if let Some(s) = str_obj(*part) {
                        out.push_str(s.as_str());
                    } else if let Some(text) = to_i64(*part).and_then(|g| group_text(caps, g as usize)) {
                        out.push_str(text);
                    }
                }
            }
            None => {
                let sp = spans(caps, c.groups, &mut p);
                let r = call(repl, &[sp], &[])?;
                if !r.is_none() {
                    match str_obj(r) {
                        Some(s) => out.push_str(s.as_str()),
                        None => return raise!(type_error, "sequence item {}: expected str instance, {} found", pieces, type_name(r)),
                    }
                    pieces += 1;
                }
            }
        }
        last = m.end();
        Ok(())
    })?;
    out.push_str(&hay[last..]);
    let s = new_str(&out);
    Ok(new_tuple(&[s, Value::small_int(n as i64)]))
}

/// `split(engine, string, maxsplit)`.
fn re_split(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 3 {
        return raise!(type_error, "split() takes 3 arguments");
    }
    let c = engine_of(a[0])?;
    let so = text_of(a[1])?;
    let limit = int_of(a[2], 0);
    let out = new_list_obj(0);
    let hay = so.as_str();
    if limit < 0 {
        out.append(a[1]);
        return Ok(Value::from_ptr(out));
    }
    let mut last = 0;
    for_each_match(c, hay, 0, limit as usize, |caps| {
        let m = caps.get(0).unwrap();
        let s = new_str(&hay[last..m.start()]);
        out.append(s);
        for g in 1..=c.groups {
            let v = match group_text(caps, g) {
                Some(t) => new_str(t),
                None => Value::NONE,
            };
            out.append(v);
        }
        last = m.end();
        Ok(())
    })?;
    let s = new_str(&hay[last..]);
    out.append(s);
    Ok(Value::from_ptr(out))
}

/// `substr(string, start, end)`: `string[start:end]` for character offsets
/// 0 <= start <= end <= len (group texts, without building a slice object).
fn re_substr(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 3 {
        return raise!(type_error, "substr() takes 3 arguments");
    }
    let so = text_of(a[0])?;
    let n = so.char_len() as i64;
    let start = int_of(a[1], 0).clamp(0, n) as usize;
    let end = (int_of(a[2], n).clamp(0, n) as usize).max(start);
    if start == 0 && end == n as usize && crate::types::str::is_str(a[0]) {
        return Ok(a[0]);
    }
    let mut p = Positions::new(so);
    let sb = p.byte_of(start);
    let eb = p.byte_of(end);
    p.save();
    Ok(new_str(&so.as_str()[sb..eb]))
}

pub fn install() {
    let cls = new_class("Engine", &[], Layout::Builtin);
    cls.module.set(intern("_re"));
    crate::add_root(Value::from_ptr(cls));
    let _ = ENGINE_CLASS.set(cls as *const ClassObj as usize);
    let m = new_module("_re", Value::NONE);
    let fns: &[(&'static str, NativeFn)] = &[
        ("compile", re_compile),
        ("search", re_search),
        ("scan", re_scan),
        ("findall", re_findall),
        ("sub", re_sub),
        ("split", re_split),
        ("substr", re_substr),
    ];
    for (name, f) in fns {
        m.set(name, new_builtin(name, *f, Value::NONE));
    }
    crate::modules::register_module("_re", Value::from_ptr(m));
}
