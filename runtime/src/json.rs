//! The `_json` module: the fast paths of `lib/json`.
//!
//! `encode` turns the common value trees (exact dicts, lists, tuples, strs,
//! ints, floats, bools and None) into JSON text; `decode` turns a well-formed
//! JSON document into Python objects. Both answer `NotImplemented` for
//! anything outside what they reproduce exactly (subclasses, other objects,
//! a circular reference, a malformed document, ...): the Python code in
//! `lib/json` then runs and gives the result or the exception CPython gives.
//!
//! Both work without recursion (an explicit stack of open containers), so a
//! deeply nested value cannot overflow the native stack; past `MAX_DEPTH`
//! levels they still defer to the Python code, as CPython's accelerator
//! raises RecursionError near there.

use crate::object::{downcast, header};
use crate::types::class::NativeFn;
use crate::types::dict::{new_dict_obj, DictObj};
use crate::types::function::{new_builtin, new_module};
use crate::types::int::{big_of, int_from_big, int_from_i64};
use crate::types::list::{new_list_obj, ListObj};
use crate::types::str::{new_str, str_obj, StrObj};
use crate::types::tuple::TupleObj;
use crate::{classes, raise, PyResult};
use morel_heap::Value;
use num_bigint::BigInt;

type Kw<'a> = &'a [(Value, Value)];

/// Nesting depth past which both directions leave the work to Python.
const MAX_DEPTH: usize = 900;

/// The fast path cannot produce CPython's result; the Python code must run.
struct Fallback;

type Fast<T = ()> = Result<T, Fallback>;

fn not_implemented() -> Value {
    crate::ops::not_implemented()
}

// ---------------------------------------------------------------------------
// classification of values by exact type

/// A value the encoder knows, by exact type.
enum Kind {
    Str(&'static str),
    List(&'static ListObj),
    Tuple(&'static [Value]),
    Dict(&'static DictObj),
    /// A big int (the inline ones are recognised before classifying).
    BigInt(&'static BigInt),
    Other,
}

fn kind(v: Value) -> Kind {
    if !v.is_ptr() {
        return Kind::Other;
    }
    let cls = header(v).class.get();
    let c = classes();
    if std::ptr::eq(cls, c.str) {
        if let Some(s) = downcast::<StrObj>(v) {
            return Kind::Str(s.as_str());
        }
    } else if std::ptr::eq(cls, c.dict) {
        if let Some(d) = downcast::<DictObj>(v) {
            return Kind::Dict(d);
        }
    } else if std::ptr::eq(cls, c.list) {
        if let Some(l) = downcast::<ListObj>(v) {
            return Kind::List(l);
        }
    } else if std::ptr::eq(cls, c.tuple) {
        if let Some(t) = downcast::<TupleObj>(v) {
            return Kind::Tuple(t.as_slice());
        }
    } else if std::ptr::eq(cls, c.int) {
        if let Some(b) = big_of(v) {
            return Kind::BigInt(b);
        }
    }
    Kind::Other
}

// ---------------------------------------------------------------------------
// encoding

/// Bytes that `encode_basestring_ascii` escapes: controls, `"`, `\`, DEL and
/// every byte of a non-ASCII character.
const ESCAPE_ASCII: [bool; 256] = escape_table(true);
/// Bytes that `encode_basestring` escapes: controls, `"` and `\`.
const ESCAPE_UNICODE: [bool; 256] = escape_table(false);

const fn escape_table(ascii_only: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i < 0x20 || i == b'"' as usize || i == b'\\' as usize || (ascii_only && i >= 0x7f);
        i += 1;
    }
    t
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// An open container while encoding: what remains to be written of it.
enum Frame {
    /// A list: the index of the next item (re-read at each step).
    List(&'static ListObj, usize),
    /// A tuple's items and the index of the next.
    Tuple(&'static [Value], usize),
    /// A dict in insertion order: the next entry slot.
    Dict(&'static DictObj, usize),
    /// A dict with sort_keys: the address of the dict, its members sorted
    /// by key, the index of the next.
    Sorted(usize, Vec<(&'static str, Value)>, usize),
}

impl Frame {
    /// The address of the container (for the circular-reference check).
    fn addr(&self) -> usize {
        match self {
            Frame::List(l, _) => *l as *const ListObj as usize,
            Frame::Tuple(t, _) => t.as_ptr() as usize,
            Frame::Dict(d, _) => *d as *const DictObj as usize,
            Frame::Sorted(a, _, _) => *a,
        }
    }
}

/// The next member of an open container: an item, or a dict key and value.
enum Next {
    Item(Value),
    Member(Value, Value),
    SortedMember(&'static str, Value),
    End,
}

/// The encoder's settings and output.
struct Encoder<'a> {
    out: String,
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<&'a str>,
    item_sep: &'a str,
    key_sep: &'a str,
}

impl Encoder<'_> {
    /// Appends `s` as a JSON string literal.
    fn string(&mut self, s: &str) {
        let table = if self.ensure_ascii { &ESCAPE_ASCII } else { &ESCAPE_UNICODE };
        let b = s.as_bytes();
        let out = &mut self.out;
        out.reserve(b.len() + 2);
        out.push('"');
        let mut start = 0;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if !table[c as usize] {
                i += 1;
                continue;
            }
            out.push_str(&s[start..i]);
            if c >= 0x80 {
                // ensure_ascii: \uXXXX, a surrogate pair above U+FFFF
                let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
                let n = ch as u32;
                if n > 0xffff {
                    let m = n - 0x10000;
                    push_u_escape(out, 0xd800 | (m >> 10));
                    push_u_escape(out, 0xdc00 | (m & 0x3ff));
                } else {
                    push_u_escape(out, n);
                }
                i += ch.len_utf8();
            } else {
                match c {
                    b'"' => out.push_str("\\\""),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x08 => out.push_str("\\b"),
                    0x0c => out.push_str("\\f"),
                    _ => push_u_escape(out, c as u32),
                }
                i += 1;
            }
            start = i;
        }
        out.push_str(&s[start..]);
        out.push('"');
    }

    /// Appends a float as `float.__repr__` writes it, or NaN / Infinity /
    /// -Infinity when allowed.
    fn float(&mut self, x: f64) -> Fast {
        if x.is_finite() {
            push_float(&mut self.out, x);
            return Ok(());
        }
        if !self.allow_nan {
            return Err(Fallback); // the Python encoder raises ValueError
        }
        self.out.push_str(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    /// Appends a big int's decimal text; falls back where `repr` would
    /// raise (the int-max-str-digits limit).
    fn big_int(&mut self, b: &BigInt) -> Fast {
        let limit = crate::format::int_max_str_digits();
        if limit != 0 && (b.bits() as f64 * std::f64::consts::LOG10_2) > limit as f64 + 1.0 {
            return Err(Fallback);
        }
        let text = b.to_str_radix(10);
        if limit != 0 && text.trim_start_matches('-').len() > limit {
            return Err(Fallback);
        }
        self.out.push_str(&text);
        Ok(())
    }

    /// Appends the newline and indentation of nesting level `level`.
    fn newline(&mut self, level: usize) {
        if let Some(ind) = self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    /// Appends a dict key (str, or the text of an int, float, bool or None
    /// key, quoted).
    fn key(&mut self, k: Value) -> Fast {
        if k.is_small_int() {
            self.out.push('"');
            push_i64(&mut self.out, k.as_small_int());
            self.out.push('"');
            return Ok(());
        }
        if k.is_float() {
            self.out.push('"');
            self.float(k.as_float())?;
            self.out.push('"');
            return Ok(());
        }
        if k == Value::TRUE {
            self.out.push_str("\"true\"");
            return Ok(());
        }
        if k == Value::FALSE {
            self.out.push_str("\"false\"");
            return Ok(());
        }
        if k.is_none() {
            self.out.push_str("\"null\"");
            return Ok(());
        }
        match kind(k) {
            Kind::Str(s) => self.string(s),
            Kind::BigInt(b) => {
                self.out.push('"');
                self.big_int(b)?;
                self.out.push('"');
            }
            _ => return Err(Fallback),
        }
        Ok(())
    }

    /// Opens a non-empty container: checks that it is not already being
    /// encoded, writes the bracket and the first indentation.
    fn open(&mut self, stack: &mut Vec<Frame>, frame: Frame, bracket: char) -> Fast {
        let addr = frame.addr();
        if stack.len() >= MAX_DEPTH || stack.iter().any(|f| f.addr() == addr) {
            return Err(Fallback); // the Python encoder raises the ValueError
        }
        stack.push(frame);
        self.out.push(bracket);
        self.newline(stack.len());
        Ok(())
    }

    /// Encodes `obj` into `self.out`.
    fn run(&mut self, obj: Value) -> Fast {
        let mut stack: Vec<Frame> = Vec::new();
        let mut cur = obj;
        loop {
            // write `cur`; a non-empty container is opened and its first
            // member taken as the next value
            let mut opened = false;
            if cur.is_small_int() {
                push_i64(&mut self.out, cur.as_small_int());
            } else if cur.is_float() {
                self.float(cur.as_float())?;
            } else if cur == Value::TRUE {
                self.out.push_str("true");
            } else if cur == Value::FALSE {
                self.out.push_str("false");
            } else if cur.is_none() {
                self.out.push_str("null");
            } else {
                match kind(cur) {
                    Kind::Str(s) => self.string(s),
                    Kind::BigInt(b) => self.big_int(b)?,
                    Kind::List(l) => {
                        if l.items.is_empty() {
                            self.out.push_str("[]");
                        } else {
                            self.open(&mut stack, Frame::List(l, 0), '[')?;
                            opened = true;
                        }
                    }
                    Kind::Tuple(t) => {
                        if t.is_empty() {
                            self.out.push_str("[]");
                        } else {
                            self.open(&mut stack, Frame::Tuple(t, 0), '[')?;
                            opened = true;
                        }
                    }
                    Kind::Dict(d) => {
                        if d.linked_module().is_some() {
                            return Err(Fallback); // a globals() dict reads through to its module
                        }
                        if d.is_empty() {
                            self.out.push_str("{}");
                        } else if self.sort_keys {
                            let addr = d as *const DictObj as usize;
                            let mut pairs = Vec::with_capacity(d.len());
                            for i in 0..d.slots() {
                                if let Some((k, v)) = d.entry(i) {
                                    match kind(k) {
                                        Kind::Str(s) => pairs.push((s, v)),
                                        _ => return Err(Fallback), // sorted() of mixed keys
                                    }
                                }
                            }
                            pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
                            self.open(&mut stack, Frame::Sorted(addr, pairs, 0), '{')?;
                            opened = true;
                        } else {
                            self.open(&mut stack, Frame::Dict(d, 0), '{')?;
                            opened = true;
                        }
                    }
                    Kind::Other => return Err(Fallback),
                }
            }
            // the next value: the first member of the container just
            // opened, or the next of an enclosing one (closing the finished)
            let mut first = opened;
            loop {
                let Some(top) = stack.last_mut() else { return Ok(()) };
                let next = match top {
                    Frame::List(l, i) => match l.items.try_get(*i) {
                        Some(v) => {
                            *i += 1;
                            Next::Item(v)
                        }
                        None => Next::End,
                    },
                    Frame::Tuple(t, i) => match t.get(*i) {
                        Some(v) => {
                            *i += 1;
                            Next::Item(*v)
                        }
                        None => Next::End,
                    },
                    Frame::Dict(d, i) => {
                        let mut next = Next::End;
                        while *i < d.slots() {
                            let e = d.entry(*i);
                            *i += 1;
                            if let Some((k, v)) = e {
                                next = Next::Member(k, v);
                                break;
                            }
                        }
                        next
                    }
                    Frame::Sorted(_, pairs, i) => match pairs.get(*i) {
                        Some(&(k, v)) => {
                            *i += 1;
                            Next::SortedMember(k, v)
                        }
                        None => Next::End,
                    },
                };
                let close = match top {
                    Frame::List(..) | Frame::Tuple(..) => ']',
                    _ => '}',
                };
                if let Next::End = next {
                    stack.pop();
                    self.newline(stack.len());
                    self.out.push(close);
                    first = false;
                    continue;
                }
                if !first {
                    self.out.push_str(self.item_sep);
                    self.newline(stack.len());
                }
                cur = match next {
                    Next::Item(v) => v,
                    Next::Member(k, v) => {
                        self.key(k)?;
                        self.out.push_str(self.key_sep);
                        v
                    }
                    Next::SortedMember(k, v) => {
                        self.string(k);
                        self.out.push_str(self.key_sep);
                        v
                    }
                    Next::End => unreachable!(),
                };
                break;
            }
        }
    }
}

fn push_u_escape(out: &mut String, n: u32) {
    let b = [
        b'\\',
        b'u',
        HEX[(n >> 12) as usize & 15],
        HEX[(n >> 8) as usize & 15],
        HEX[(n >> 4) as usize & 15],
        HEX[n as usize & 15],
    ];
    // all ASCII
    out.push_str(std::str::from_utf8(&b).unwrap_or_default());
}

/// Appends the decimal text of `n`.
fn push_i64(out: &mut String, n: i64) {
    let mut buf = [0u8; 24];
    out.push_str(crate::types::int::word_decimal(n, &mut buf));
}

/// Appends `repr(x)` of a finite float.
fn push_float(out: &mut String, x: f64) {
    out.push_str(&crate::format::float_repr(x));
}

fn bool_arg(v: Value, what: &str) -> PyResult<bool> {
    if v.is_bool() {
        Ok(v == Value::TRUE)
    } else {
        raise!(type_error, "_json.encode: {} must be a bool", what)
    }
}

fn str_arg(v: Value, what: &str) -> PyResult<&'static str> {
    match kind(v) {
        Kind::Str(s) => Ok(s),
        _ => raise!(type_error, "_json.encode: {} must be a str", what),
    }
}

/// `encode(obj, ensure_ascii, allow_nan, sort_keys, indent, item_separator,
/// key_separator)`: the JSON text of `obj` as `json.JSONEncoder` with those
/// settings writes it, or NotImplemented where the Python encoder must run
/// (so before anything that `default`, `skipkeys` or `check_circular`
/// would act on, which therefore need not be passed): another type than
/// exact dict, list, tuple, str, int, float, bool or None, a disallowed
/// NaN or infinity, sort_keys with a non-str key, a circular reference, an
/// int too long for `repr`, nesting deeper than `MAX_DEPTH`. `indent` is
/// None or the str repeated per level; the flags are bools.
fn json_encode(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 7 {
        return raise!(type_error, "_json.encode() takes 7 arguments ({} given)", a.len());
    }
    let indent = if a[4].is_none() { None } else { Some(str_arg(a[4], "indent")?) };
    let mut enc = Encoder {
        out: String::new(),
        ensure_ascii: bool_arg(a[1], "ensure_ascii")?,
        allow_nan: bool_arg(a[2], "allow_nan")?,
        sort_keys: bool_arg(a[3], "sort_keys")?,
        indent,
        item_sep: str_arg(a[5], "item_separator")?,
        key_sep: str_arg(a[6], "key_separator")?,
    };
    match enc.run(a[0]) {
        Ok(()) => Ok(new_str(&enc.out)),
        Err(Fallback) => Ok(not_implemented()),
    }
}

// ---------------------------------------------------------------------------
// decoding

/// An open container while decoding.
#[derive(Clone, Copy)]
enum Open {
    /// A list whose items so far sit on the root list from this index.
    List(usize),
    /// A dict, on the root list with its pending member's key above it
    /// (the reference here is a shortcut; the root list keeps it alive).
    Dict(&'static DictObj),
}

/// Slots of the key cache (a power of two).
const KEY_CACHE: usize = 128;

/// The parser of one document. What it has built but not yet put in place
/// is kept on `roots`, a Python list held in a local (so the collector sees
/// it): each open dict with its pending key, and the items of each open
/// list (the list is made when it closes, at its final size).
struct Decoder<'a> {
    text: &'a str,
    b: &'a [u8],
    i: usize,
    /// Unescaped text of the string being scanned (reused).
    buf: String,
    /// Recent dict keys without escapes, by a hash of their text: a
    /// direct-mapped cache, so that the keys repeated in a document's
    /// objects are one str (as CPython's memo makes them). Made on the first
    /// key; a Python list so that the collector sees it.
    keys: Option<&'static ListObj>,
}

impl Decoder<'_> {
    #[inline]
    fn skip_ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            if c == b' ' || c == b'\n' || c == b'\r' || c == b'\t' {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    #[inline]
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Consumes `word` if the text continues with it.
    fn eat(&mut self, word: &[u8]) -> bool {
        if self.b[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    /// The string whose opening quote is at `i`.
    fn string(&mut self) -> Fast<Value> {
        self.i += 1;
        let start = self.i;
        let b = self.b;
        let mut i = start;
        // the common case: no escape
        loop {
            let c = *b.get(i).ok_or(Fallback)?;
            if c == b'"' {
                self.i = i + 1;
                return Ok(new_str(&self.text[start..i]));
            }
            if c == b'\\' {
                break;
            }
            if c < 0x20 {
                return Err(Fallback); // strict: control characters
            }
            i += 1;
        }
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        buf.push_str(&self.text[start..i]);
        let r = self.escaped(i, &mut buf);
        self.buf = buf;
        r
    }

    /// Continues a string at the backslash at `i`, unescaping into `buf`.
    fn escaped(&mut self, mut i: usize, buf: &mut String) -> Fast<Value> {
        let b = self.b;
        let mut run = i;
        loop {
            let c = *b.get(i).ok_or(Fallback)?;
            if c == b'"' {
                buf.push_str(&self.text[run..i]);
                self.i = i + 1;
                return Ok(new_str(buf));
            }
            if c < 0x20 {
                return Err(Fallback);
            }
            if c != b'\\' {
                i += 1;
                continue;
            }
            buf.push_str(&self.text[run..i]);
            let e = *b.get(i + 1).ok_or(Fallback)?;
            i += 2;
            let ch = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let u = hex4(b, i)?;
                    i += 4;
                    if (0xd800..0xdc00).contains(&u) {
                        // a high surrogate must be followed by a low one
                        if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
                            return Err(Fallback);
                        }
                        let lo = hex4(b, i + 2)?;
                        if !(0xdc00..0xe000).contains(&lo) {
                            return Err(Fallback);
                        }
                        i += 6;
                        char::from_u32(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00)).ok_or(Fallback)?
                    } else {
                        // None for a lone low surrogate
                        char::from_u32(u).ok_or(Fallback)?
                    }
                }
                _ => return Err(Fallback),
            };
            buf.push(ch);
            run = i;
        }
    }

    /// The number starting at `i` (a digit or '-'): an int when it has
    /// neither fraction nor exponent, else a float.
    fn number(&mut self) -> Fast<Value> {
        let b = self.b;
        let start = self.i;
        let mut i = start;
        let neg = b[i] == b'-';
        if neg {
            i += 1;
        }
        let int_start = i;
        // the digits as an integer (exact while there are at most 19)
        let mut m: u64 = 0;
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while let Some(&d @ b'0'..=b'9') = b.get(i) {
                    m = m.wrapping_mul(10).wrapping_add((d - b'0') as u64);
                    i += 1;
                }
            }
            _ => return Err(Fallback),
        }
        let int_digits = i - int_start;
        let mut frac_digits = 0;
        if b.get(i) == Some(&b'.') && matches!(b.get(i + 1), Some(b'0'..=b'9')) {
            i += 1;
            let frac_start = i;
            while let Some(&d @ b'0'..=b'9') = b.get(i) {
                m = m.wrapping_mul(10).wrapping_add((d - b'0') as u64);
                i += 1;
            }
            frac_digits = i - frac_start;
        }
        let mut exp: i64 = 0;
        let mut has_exp = false;
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            let exp_neg = b.get(j) == Some(&b'-');
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if matches!(b.get(j), Some(b'0'..=b'9')) {
                while let Some(&d @ b'0'..=b'9') = b.get(j) {
                    if exp < 1_000_000 {
                        exp = exp * 10 + (d - b'0') as i64;
                    }
                    j += 1;
                }
                if exp_neg {
                    exp = -exp;
                }
                has_exp = true;
                i = j;
            }
            // else the number ends before the 'e' (and the document is malformed)
        }
        self.i = i;
        if frac_digits == 0 && !has_exp {
            if int_digits <= 18 {
                let n = m as i64;
                return Ok(int_from_i64(if neg { -n } else { n }));
            }
            let limit = crate::format::int_max_str_digits();
            if limit != 0 && int_digits > limit {
                return Err(Fallback); // int() raises ValueError
            }
            return BigInt::parse_bytes(&b[start..i], 10).map(int_from_big).ok_or(Fallback);
        }
        // Exact digits times an exactly representable power of ten: one
        // correctly rounded operation (Clinger's fast path).
        let e10 = exp - frac_digits as i64;
        if int_digits + frac_digits <= 19 && m < (1 << 53) && (-22..=22).contains(&e10) {
            let x = m as f64;
            let x = if e10 < 0 { x / POW10[(-e10) as usize] } else { x * POW10[e10 as usize] };
            return Ok(Value::float(if neg { -x } else { x }));
        }
        self.text[start..i].parse::<f64>().map(Value::float).map_err(|_| Fallback)
    }

    /// The key string of a dict member at `i`, then ':' and whitespace.
    fn member_key(&mut self) -> Fast<Value> {
        if self.peek() != Some(b'"') {
            return Err(Fallback);
        }
        let k = self.key()?;
        self.skip_ws();
        if self.peek() != Some(b':') {
            return Err(Fallback);
        }
        self.i += 1;
        self.skip_ws();
        Ok(k)
    }

    /// The key string whose opening quote is at `i`, from the key cache
    /// when the same text was a key recently.
    fn key(&mut self) -> Fast<Value> {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let b = self.b;
        let start = self.i + 1;
        let mut i = start;
        let mut h: u64 = 0;
        while let Some(&c) = b.get(i) {
            if c == b'"' || c == b'\\' || c < 0x20 {
                break;
            }
            h = (h.rotate_left(5) ^ c as u64).wrapping_mul(K);
            i += 1;
        }
        if b.get(i) != Some(&b'"') {
            return self.string(); // escapes, or an error
        }
        let text = &self.text[start..i];
        let cache = match self.keys {
            Some(l) => l,
            None => {
                let l = new_list_obj(KEY_CACHE);
                for _ in 0..KEY_CACHE {
                    l.items.push(Value::NONE);
                }
                self.keys = Some(l);
                l
            }
        };
        let slot = (h >> 40) as usize & (KEY_CACHE - 1);
        self.i = i + 1;
        let cached = cache.items.get(slot);
        if let Some(c) = downcast::<StrObj>(cached) {
            let t = c.as_str().as_bytes();
            // keys are short: a loop beats a call to memcmp
            if t.len() == text.len() && t.iter().zip(text.as_bytes()).all(|(x, y)| x == y) {
                return Ok(cached);
            }
        }
        let k = new_str(text);
        cache.items.set(slot, k);
        Ok(k)
    }

    /// Parses the whole document.
    fn document(&mut self) -> Fast<Value> {
        let roots = new_list_obj(16);
        let mut open: Vec<Open> = Vec::new();
        self.skip_ws();
        loop {
            // one value at i (whitespace skipped)
            let c = self.peek().ok_or(Fallback)?;
            let mut val = match c {
                b'"' => self.string()?,
                b'{' => {
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b'}') {
                        self.i += 1;
                        Value::from_ptr(new_dict_obj())
                    } else {
                        if open.len() >= MAX_DEPTH {
                            return Err(Fallback);
                        }
                        let d = new_dict_obj();
                        roots.items.push(Value::from_ptr(d));
                        let k = self.member_key()?;
                        roots.items.push(k);
                        open.push(Open::Dict(d));
                        continue;
                    }
                }
                b'[' => {
                    self.i += 1;
                    self.skip_ws();
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        Value::from_ptr(new_list_obj(0))
                    } else {
                        if open.len() >= MAX_DEPTH {
                            return Err(Fallback);
                        }
                        open.push(Open::List(roots.items.len()));
                        continue;
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'-' => {
                    if self.eat(b"-Infinity") {
                        Value::float(f64::NEG_INFINITY)
                    } else {
                        self.number()?
                    }
                }
                b'n' if self.eat(b"null") => Value::NONE,
                b't' if self.eat(b"true") => Value::TRUE,
                b'f' if self.eat(b"false") => Value::FALSE,
                b'N' if self.eat(b"NaN") => Value::float(f64::NAN),
                b'I' if self.eat(b"Infinity") => Value::float(f64::INFINITY),
                _ => return Err(Fallback),
            };
            // hand the value to its container; close the containers it completes
            loop {
                let Some(&top) = open.last() else {
                    self.skip_ws();
                    return if self.i == self.b.len() { Ok(val) } else { Err(Fallback) };
                };
                self.skip_ws();
                let c = self.peek();
                match top {
                    Open::List(start) => {
                        roots.items.push(val);
                        if c == Some(b']') {
                            self.i += 1;
                            open.pop();
                            let items = roots.items.as_slice().get(start..).ok_or(Fallback)?;
                            val = crate::types::list::new_list(items);
                            roots.items.truncate(start);
                            continue;
                        }
                        if c != Some(b',') {
                            return Err(Fallback);
                        }
                        self.i += 1;
                        self.skip_ws();
                    }
                    Open::Dict(d) => {
                        let key = roots.items.pop().ok_or(Fallback)?;
                        d.set_raw(key, val).map_err(|_| Fallback)?;
                        if c == Some(b'}') {
                            self.i += 1;
                            open.pop();
                            val = roots.items.pop().ok_or(Fallback)?;
                            continue;
                        }
                        if c != Some(b',') {
                            return Err(Fallback);
                        }
                        self.i += 1;
                        self.skip_ws();
                        let k = self.member_key()?;
                        roots.items.push(k);
                    }
                }
                break;
            }
        }
    }
}

/// The powers of ten that f64 represents exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22,
];

/// The value of four hex digits at `b[i..i + 4]`.
fn hex4(b: &[u8], i: usize) -> Fast<u32> {
    let digits = b.get(i..i + 4).ok_or(Fallback)?;
    let mut v = 0;
    for &d in digits {
        let x = (d as char).to_digit(16).ok_or(Fallback)?;
        v = v * 16 + x;
    }
    Ok(v)
}

/// `decode(s)`: the Python object for the JSON document `s` (whitespace
/// around it allowed) as `json.loads` with no hooks builds it, or
/// NotImplemented where the Python decoder must run: a malformed document
/// (which it reports), a control character in a string, a lone surrogate
/// escape, an int longer than the int-max-str-digits limit, nesting deeper
/// than `MAX_DEPTH`.
fn json_decode(a: &[Value], _k: Kw) -> PyResult {
    if a.len() != 1 {
        return raise!(type_error, "_json.decode() takes 1 argument ({} given)", a.len());
    }
    let Some(s) = str_obj(a[0]) else { return Ok(not_implemented()) };
    let text = s.as_str();
    let mut dec = Decoder { text, b: text.as_bytes(), i: 0, buf: String::new(), keys: None };
    match dec.document() {
        Ok(v) => Ok(v),
        Err(Fallback) => Ok(not_implemented()),
    }
}

/// Registers the `_json` module.
pub fn install() {
    let m = new_module("_json", Value::NONE);
    let fns: &[(&'static str, NativeFn)] = &[("encode", json_encode), ("decode", json_decode)];
    for (name, f) in fns {
        m.set(name, new_builtin(name, *f, Value::NONE));
    }
    crate::modules::register_module("_json", Value::from_ptr(m));
}
