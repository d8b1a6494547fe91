//! `bytes` and `bytearray`: one object type holding a byte vector, mutable
//! for bytearray. Literals, repr, indexing (ints), slicing, iteration,
//! concatenation, comparison, hashing, the common methods, `str.encode`,
//! `bytes.decode`, `hex`/`fromhex` and `int.to_bytes`/`int.from_bytes`.

use crate::methods::{check_args, kwarg};
use crate::object::{alloc_obj, downcast};
use crate::ops;
use crate::types::class::{as_class, new_class, type_name, ClassObj, Layout, NativeFn};
use crate::types::function::new_builtin;
use crate::types::int::{int_from_big, is_intlike, to_big, to_i64};
use crate::types::list::new_list_obj;
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::tuple_items;
use crate::{raise, PyResult};
use morel_heap::Value;
use std::cell::UnsafeCell;
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

#[repr(C)]
pub struct BytesObj {
    pub header: crate::object::ObjHeader,
    data: UnsafeCell<Vec<u8>>,
    pub mutable: bool,
}

unsafe fn finalize_bytes(o: *mut morel_heap::GcHeader) {
    // SAFETY: called once by the sweeper on a dead object; frees its bytes.
    unsafe { std::ptr::drop_in_place((*(o as *mut BytesObj)).data.get()) }
}

crate::py_vtable!(BytesObj, "bytes", |_o, _t| {}, Some(finalize_bytes));

struct Classes {
    bytes: usize,
    bytearray: usize,
}
static CLASSES: OnceLock<Classes> = OnceLock::new();

impl BytesObj {
    pub fn data(&self) -> &[u8] {
        // SAFETY: reads do not overlap a mutation (bytearray methods take
        // `data_mut` only while no slice from `data` is alive).
        unsafe { &*self.data.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn data_mut(&self) -> &mut Vec<u8> {
        // SAFETY: see `data`; only bytearrays are mutated.
        unsafe { &mut *self.data.get() }
    }
}

/// A new `bytes` (or `bytearray`) value.
pub fn new_bytes(data: Vec<u8>, mutable: bool) -> Value {
    morel_heap::note_external_alloc(data.len());
    let c = CLASSES.get().expect("bytes installed");
    let cls = if mutable { c.bytearray } else { c.bytes } as *const ClassObj;
    Value::from_ptr(alloc_obj::<BytesObj>(cls, |header| BytesObj { header, data: UnsafeCell::new(data), mutable }))
}

/// `v` as bytes/bytearray (subclass instances included).
pub fn as_bytes(v: Value) -> Option<&'static BytesObj> {
    downcast::<BytesObj>(v).or_else(|| crate::types::class::native_of(v).and_then(downcast::<BytesObj>))
}

/// CPython's repr: b'...' with \\x escapes, quotes chosen like str's.
pub fn repr_bytes(b: &[u8], mutable: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    if mutable {
        format!("bytearray({})", out)
    } else {
        out
    }
}

/// Bytes from an iterable of ints, a buffer, or a size.
fn bytes_from(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.data().to_vec());
    }
    if as_str(v).is_some() {
        return raise!(type_error, "string argument without an encoding");
    }
    if is_intlike(v) {
        let n = to_i64(v).unwrap_or(-1);
        if n < 0 {
            return raise!(value_error, "negative count");
        }
        return Ok(vec![0; n as usize]);
    }
    let it = ops::iter(v).map_err(|_| crate::exc!(type_error, "cannot convert '{}' object to bytes", type_name(v)))?;
    let mut out = Vec::new();
    while let Some(x) = ops::next(it)? {
        out.push(byte_value(x)?);
    }
    Ok(out)
}

fn byte_value(x: Value) -> PyResult<u8> {
    if !is_intlike(x) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(x));
    }
    match to_i64(x) {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => raise!(value_error, "byte must be in range(0, 256)"),
    }
}

fn unicode_error(class: &str, msg: &str) -> crate::Exc {
    let cls = crate::classes().exception_named(class).unwrap_or(crate::classes().value_error);
    crate::types::exception::new_exception(cls, msg)
}

/// Encodes `s` with a codec name (utf-8, ascii, latin-1).
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else if errors == "ignore" {
                } else if errors == "replace" {
                    out.push(b'?');
                } else {
                    let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{:02x}", n)
                    } else if n < 0x10000 {
                        format!("\\u{:04x}", n)
                    } else {
                        format!("\\U{:08x}", n)
                    };
                    return Err(unicode_error(
                        "UnicodeEncodeError",
                        &format!("'{}' codec can't encode character '{}' in position {}: ordinal not in range({})", codec, esc, i, limit),
                    ));
                }
            }
            Ok(out)
        }
        _ => raise!(lookup_error, "unknown encoding: {}", encoding),
    }
}

/// Decodes bytes with a codec name.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                if errors == "replace" || errors == "ignore" {
                    let s = String::from_utf8_lossy(b).to_string();
                    return Ok(if errors == "ignore" { s.replace('\u{fffd}', "") } else { s });
                }
                let pos = e.valid_up_to();
                let why = if (0x80..0xc0).contains(&b[pos]) || b[pos] >= 0xf8 { "invalid start byte" } else { "invalid continuation byte" };
                let why = if e.error_len().is_none() { "unexpected end of data" } else { why };
                Err(unicode_error(
                    "UnicodeDecodeError",
                    &format!("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b[pos], pos, why),
                ))
            }
        },
        "ascii" => {
            let mut s = String::new();
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    s.push(c as char);
                } else if errors == "replace" {
                    s.push('\u{fffd}');
                } else if errors != "ignore" {
                    return Err(unicode_error(
                        "UnicodeDecodeError",
                        &format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", c, i),
                    ));
                }
            }
            Ok(s)
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(b.iter().map(|&c| c as char).collect()),
        _ => raise!(lookup_error, "unknown encoding: {}", encoding),
    }
}

fn enc_args(args: &[Value], kw: Kw, first: usize) -> PyResult<(String, String)> {
    let enc = args.get(first).copied().or_else(|| kwarg(kw, "encoding"));
    let err = args.get(first + 1).copied().or_else(|| kwarg(kw, "errors"));
    Ok((
        enc.and_then(as_str).unwrap_or("utf-8").to_string(),
        err.and_then(as_str).unwrap_or("strict").to_string(),
    ))
}

fn ctor(args: &[Value], kw: Kw, mutable: bool) -> PyResult {
    let a = &args[1..];
    if let Some(src) = a.first().copied().or_else(|| kwarg(kw, "source")) {
        if let Some(s) = as_str(src) {
            let (enc, err) = enc_args(a, kw, 1)?;
            if a.len() < 2 && kwarg(kw, "encoding").is_none() {
                return raise!(type_error, "string argument without an encoding");
            }
            return Ok(new_bytes(encode(s, &enc, &err)?, mutable));
        }
        return Ok(new_bytes(bytes_from(src)?, mutable));
    }
    Ok(new_bytes(Vec::new(), mutable))
}

fn bytes_ctor(args: &[Value], kw: Kw) -> PyResult {
    ctor(args, kw, false)
}
fn bytearray_ctor(args: &[Value], kw: Kw) -> PyResult {
    ctor(args, kw, true)
}

fn recv(args: &[Value], name: &str) -> PyResult<&'static BytesObj> {
    match args.first().and_then(|v| as_bytes(*v)) {
        Some(b) => Ok(b),
        None => raise!(type_error, "descriptor '{}' requires a 'bytes' object", name),
    }
}

fn arg_bytes(v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = as_bytes(v) {
        return Ok(b.data().to_vec());
    }
    raise!(type_error, "a bytes-like object is required, not '{}'", type_name(v))
}

fn same_kind(b: &BytesObj, data: Vec<u8>) -> Value {
    new_bytes(data, b.mutable)
}

fn m_decode(args: &[Value], kw: Kw) -> PyResult {
    let b = recv(args, "decode")?;
    let (enc, err) = enc_args(args, kw, 1)?;
    Ok(new_str(&decode(b.data(), &enc, &err)?))
}

fn m_hex(args: &[Value], _kw: Kw) -> PyResult {
    let b = recv(args, "hex")?;
    Ok(new_str(&b.data().iter().map(|c| format!("{:02x}", c)).collect::<String>()))
}

fn m_fromhex(args: &[Value], _kw: Kw) -> PyResult {
    let cls = args.first().and_then(|c| as_class(*c));
    let Some(s) = args.get(1).and_then(|v| as_str(*v)) else {
        return raise!(type_error, "fromhex() argument must be str");
    };
    let clean: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.len() % 2 != 0 || !clean.iter().all(|c| c.is_ascii_hexdigit()) {
        let pos = clean.iter().position(|c| !c.is_ascii_hexdigit()).unwrap_or(clean.len());
        return raise!(value_error, "non-hexadecimal number found in fromhex() arg at position {}", pos);
    }
    let data: Vec<u8> = clean.chunks(2).map(|p| u8::from_str_radix(&p.iter().collect::<String>(), 16).unwrap()).collect();
    let mutable = cls.map(|c| c.name() == "bytearray").unwrap_or(false);
    Ok(new_bytes(data, mutable))
}

fn m_split(args: &[Value], kw: Kw) -> PyResult {
    let b = recv(args, "split")?;
    let sep = args.get(1).copied().or_else(|| kwarg(kw, "sep")).filter(|v| !v.is_none());
    let data = b.data();
    let out = new_list_obj(0);
    let parts: Vec<Vec<u8>> = match sep {
        None => data.split(|c| c.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
        Some(s) => {
            let sep = arg_bytes(s)?;
            if sep.is_empty() {
                return raise!(value_error, "empty separator");
            }
            let mut parts = Vec::new();
            let mut rest = data;
            while let Some(i) = rest.windows(sep.len()).position(|w| w == sep.as_slice()) {
                parts.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
            }
            parts.push(rest.to_vec());
            parts
        }
    };
    for p in parts {
        let v = same_kind(b, p);
        out.items.push(v);
    }
    Ok(Value::from_ptr(out))
}

fn m_join(args: &[Value], kw: Kw) -> PyResult {
    check_args("join", args, kw, 1, 1)?;
    let b = recv(args, "join")?;
    let items = ops::to_list(args[1])?;
    let mut out = Vec::new();
    for (i, v) in crate::types::list::list_obj(items).unwrap().items.as_slice().iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b.data());
        }
        match as_bytes(*v) {
            Some(x) => out.extend_from_slice(x.data()),
            None => {
                return raise!(type_error, "sequence item {}: expected a bytes-like object, {} found", i, type_name(*v))
            }
        }
    }
    Ok(same_kind(b, out))
}

fn m_strip(args: &[Value], _kw: Kw) -> PyResult {
    let b = recv(args, "strip")?;
    let chars: Vec<u8> = match args.get(1).filter(|v| !v.is_none()) {
        Some(v) => arg_bytes(*v)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let d = b.data();
    let start = d.iter().position(|c| !chars.contains(c)).unwrap_or(d.len());
    let end = d.iter().rposition(|c| !chars.contains(c)).map(|i| i + 1).unwrap_or(start);
    Ok(same_kind(b, d[start..end.max(start)].to_vec()))
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn needle(v: Value) -> PyResult<Vec<u8>> {
    if is_intlike(v) {
        return Ok(vec![byte_value(v)?]);
    }
    arg_bytes(v)
}

fn m_find(args: &[Value], kw: Kw) -> PyResult {
    check_args("find", args, kw, 1, 1)?;
    let b = recv(args, "find")?;
    Ok(Value::small_int(find_sub(b.data(), &needle(args[1])?).map(|i| i as i64).unwrap_or(-1)))
}

fn m_index(args: &[Value], kw: Kw) -> PyResult {
    check_args("index", args, kw, 1, 1)?;
    let b = recv(args, "index")?;
    match find_sub(b.data(), &needle(args[1])?) {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => raise!(value_error, "subsection not found"),
    }
}

fn m_count(args: &[Value], kw: Kw) -> PyResult {
    check_args("count", args, kw, 1, 1)?;
    let b = recv(args, "count")?;
    let n = needle(args[1])?;
    if n.is_empty() {
        return Ok(Value::small_int(b.data().len() as i64 + 1));
    }
    let mut count = 0;
    let mut rest = b.data();
    while let Some(i) = find_sub(rest, &n) {
        count += 1;
        rest = &rest[i + n.len()..];
    }
    Ok(Value::small_int(count))
}

fn m_replace(args: &[Value], kw: Kw) -> PyResult {
    check_args("replace", args, kw, 2, 2)?;
    let b = recv(args, "replace")?;
    let (old, new) = (arg_bytes(args[1])?, arg_bytes(args[2])?);
    if old.is_empty() {
        return Ok(same_kind(b, b.data().to_vec()));
    }
    let mut out = Vec::new();
    let mut rest = b.data();
    while let Some(i) = find_sub(rest, &old) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
    }
    out.extend_from_slice(rest);
    Ok(same_kind(b, out))
}

fn m_startswith(args: &[Value], kw: Kw) -> PyResult {
    check_args("startswith", args, kw, 1, 1)?;
    let b = recv(args, "startswith")?;
    let cands: Vec<Value> = tuple_items(args[1]).map(|t| t.to_vec()).unwrap_or_else(|| vec![args[1]]);
    for c in cands {
        if b.data().starts_with(&arg_bytes(c)?) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn m_endswith(args: &[Value], kw: Kw) -> PyResult {
    check_args("endswith", args, kw, 1, 1)?;
    let b = recv(args, "endswith")?;
    let cands: Vec<Value> = tuple_items(args[1]).map(|t| t.to_vec()).unwrap_or_else(|| vec![args[1]]);
    for c in cands {
        if b.data().ends_with(&arg_bytes(c)?) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn map_bytes(args: &[Value], name: &str, f: fn(u8) -> u8) -> PyResult {
    let b = recv(args, name)?;
    Ok(same_kind(b, b.data().iter().map(|c| f(*c)).collect()))
}
fn m_upper(a: &[Value], _k: Kw) -> PyResult {
    map_bytes(a, "upper", |c| c.to_ascii_uppercase())
}
fn m_lower(a: &[Value], _k: Kw) -> PyResult {
    map_bytes(a, "lower", |c| c.to_ascii_lowercase())
}
fn pred(a: &[Value], name: &str, f: fn(&u8) -> bool) -> PyResult {
    let b = recv(a, name)?;
    Ok(Value::bool(!b.data().is_empty() && b.data().iter().all(f)))
}
fn m_isdigit(a: &[Value], _k: Kw) -> PyResult {
    pred(a, "isdigit", u8::is_ascii_digit)
}
fn m_isalpha(a: &[Value], _k: Kw) -> PyResult {
    pred(a, "isalpha", u8::is_ascii_alphabetic)
}
fn m_isspace(a: &[Value], _k: Kw) -> PyResult {
    pred(a, "isspace", u8::is_ascii_whitespace)
}

// bytearray mutators
fn recv_mut(args: &[Value], name: &str) -> PyResult<&'static BytesObj> {
    let b = recv(args, name)?;
    if !b.mutable {
        return raise!(attribute_error, "'bytes' object has no attribute '{}'", name);
    }
    Ok(b)
}
fn m_append(args: &[Value], kw: Kw) -> PyResult {
    check_args("append", args, kw, 1, 1)?;
    let v = byte_value(args[1])?;
    recv_mut(args, "append")?.data_mut().push(v);
    Ok(Value::NONE)
}
fn m_extend(args: &[Value], kw: Kw) -> PyResult {
    check_args("extend", args, kw, 1, 1)?;
    let data = bytes_from(args[1])?;
    recv_mut(args, "extend")?.data_mut().extend_from_slice(&data);
    Ok(Value::NONE)
}
fn m_pop(args: &[Value], kw: Kw) -> PyResult {
    check_args("pop", args, kw, 0, 1)?;
    let b = recv_mut(args, "pop")?;
    let d = b.data_mut();
    if d.is_empty() {
        return raise!(index_error, "pop from empty bytearray");
    }
    let i = args.get(1).and_then(|v| to_i64(*v)).unwrap_or(-1);
    match crate::types::str::norm_index(i, d.len()) {
        Some(j) => Ok(Value::small_int(d.remove(j) as i64)),
        None => raise!(index_error, "pop index out of range"),
    }
}
fn m_clear(args: &[Value], _kw: Kw) -> PyResult {
    recv_mut(args, "clear")?.data_mut().clear();
    Ok(Value::NONE)
}
fn m_reverse(args: &[Value], _kw: Kw) -> PyResult {
    recv_mut(args, "reverse")?.data_mut().reverse();
    Ok(Value::NONE)
}

/// `b[i]` (an int) or `b[slice]` (same kind).
pub fn getitem(b: &BytesObj, key: Value) -> PyResult {
    let d = b.data();
    if let Some(sl) = crate::methods::as_slice(key) {
        let (s, _e, st, n) = sl.indices(d.len())?;
        return Ok(same_kind(b, (0..n).map(|k| d[(s + k as i64 * st) as usize]).collect()));
    }
    if !is_intlike(key) {
        let what = if b.mutable { "bytearray" } else { "byte" };
        return raise!(type_error, "{} indices must be integers or slices, not {}", what, type_name(key));
    }
    match crate::types::str::norm_index(to_i64(key).unwrap_or(i64::MAX), d.len()) {
        Some(i) => Ok(Value::small_int(d[i] as i64)),
        None => raise!(index_error, "{} index out of range", if b.mutable { "bytearray" } else { "index" }),
    }
}

/// `ba[i] = v` for bytearray.
pub fn setitem(b: &BytesObj, key: Value, v: Value) -> PyResult<()> {
    if !b.mutable {
        return raise!(type_error, "'bytes' object does not support item assignment");
    }
    let x = byte_value(v)?;
    let d = b.data_mut();
    match crate::types::str::norm_index(to_i64(key).unwrap_or(i64::MAX), d.len()) {
        Some(i) => {
            d[i] = x;
            Ok(())
        }
        None => raise!(index_error, "bytearray index out of range"),
    }
}

/// `a + b`, `a * n`, comparisons and membership are handled in ops via these.
pub fn concat(a: &BytesObj, b: &BytesObj) -> Value {
    let mut v = a.data().to_vec();
    v.extend_from_slice(b.data());
    new_bytes(v, a.mutable)
}

/// `ba += other` for bytearray.
pub fn extend(a: &BytesObj, data: &[u8]) {
    a.data_mut().extend_from_slice(data);
}

/// Overwrites a bytearray's bytes from `at` (within its length) with `data`.
pub fn write_at(a: &BytesObj, at: usize, data: &[u8]) {
    let d = a.data_mut();
    let end = (at + data.len()).min(d.len());
    if at < end {
        d[at..end].copy_from_slice(&data[..end - at]);
    }
}

pub fn repeat(a: &BytesObj, n: usize) -> Value {
    new_bytes(a.data().repeat(n), a.mutable)
}

pub fn contains(a: &BytesObj, item: Value) -> PyResult<bool> {
    Ok(find_sub(a.data(), &needle(item)?).is_some())
}

/// The bytes as a list of ints (iteration).
pub fn to_int_list(a: &BytesObj) -> Value {
    let l = new_list_obj(a.data().len());
    for &c in a.data() {
        l.items.push(Value::small_int(c as i64));
    }
    Value::from_ptr(l)
}

/// CPython's bytes hash (FNV-style over the bytes, like str's here).
pub fn hash(a: &BytesObj) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in a.data() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h >> 1) as i64
}

fn str_encode(args: &[Value], kw: Kw) -> PyResult {
    let Some(s) = args.first().and_then(|v| as_str(*v)) else {
        return raise!(type_error, "descriptor 'encode' requires a 'str' object");
    };
    let (enc, err) = enc_args(args, kw, 1)?;
    Ok(new_bytes(encode(s, &enc, &err)?, false))
}

fn int_to_bytes(args: &[Value], kw: Kw) -> PyResult {
    let n = to_big(args[0]).unwrap();
    let length = args.get(1).copied().or_else(|| kwarg(kw, "length")).and_then(to_i64).unwrap_or(1);
    let order = args.get(2).copied().or_else(|| kwarg(kw, "byteorder")).and_then(as_str).unwrap_or("big");
    let signed = kwarg(kw, "signed").map(|v| v == Value::TRUE).unwrap_or(false);
    if n.sign() == num_bigint::Sign::Minus && !signed {
        return raise!(overflow_error, "can't convert negative int to unsigned");
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    let fill = if signed && n.sign() == num_bigint::Sign::Minus { 0xff } else { 0 };
    if bytes.len() > length as usize {
        // a positive signed value may carry one redundant sign byte
        let trimmed = bytes.len() == length as usize + 1 && bytes.last() == Some(&fill);
        if !trimmed {
            return raise!(overflow_error, "int too big to convert");
        }
        bytes.pop();
    }
    bytes.resize(length as usize, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(new_bytes(bytes, false))
}

fn int_from_bytes(args: &[Value], kw: Kw) -> PyResult {
    let src = args.get(1).copied().or_else(|| kwarg(kw, "bytes"));
    let Some(src) = src else { return raise!(type_error, "from_bytes() missing required argument 'bytes' (pos 1)") };
    let mut data = bytes_from(src)?;
    let order = args.get(2).copied().or_else(|| kwarg(kw, "byteorder")).and_then(as_str).unwrap_or("big");
    let signed = kwarg(kw, "signed").map(|v| v == Value::TRUE).unwrap_or(false);
    if order == "big" {
        data.reverse();
    }
    let n = if signed { num_bigint::BigInt::from_signed_bytes_le(&data) } else { num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &data) };
    Ok(int_from_big(n))
}

pub fn install(b: &crate::types::function::ModuleObj) {
    let bytes_cls = new_class("bytes", &[], Layout::Builtin);
    let ba_cls = new_class("bytearray", &[], Layout::Builtin);
    for c in [bytes_cls, ba_cls] {
        c.module.set(intern("builtins"));
        crate::add_root(Value::from_ptr(c));
    }
    bytes_cls.ctor.set(Some(bytes_ctor));
    ba_cls.ctor.set(Some(bytearray_ctor));
    let _ = CLASSES.set(Classes { bytes: bytes_cls as *const _ as usize, bytearray: ba_cls as *const _ as usize });
    let common: &[(&'static str, NativeFn)] = &[
        ("decode", m_decode),
        ("hex", m_hex),
        ("split", m_split),
        ("join", m_join),
        ("strip", m_strip),
        ("find", m_find),
        ("index", m_index),
        ("count", m_count),
        ("replace", m_replace),
        ("startswith", m_startswith),
        ("endswith", m_endswith),
        ("upper", m_upper),
        ("lower", m_lower),
        ("isdigit", m_isdigit),
        ("isalpha", m_isalpha),
        ("isspace", m_isspace),
    ];
    for cls in [bytes_cls, ba_cls] {
        for (n, f) in common {
            cls.set_attr(intern(n), new_builtin(n, *f, Value::from_ptr(cls))).unwrap();
        }
        let fh = crate::builtins::make_classmethod(new_builtin("fromhex", m_fromhex, Value::from_ptr(cls)));
        cls.set_attr(intern("fromhex"), fh).unwrap();
    }
    let mutators: &[(&'static str, NativeFn)] =
        &[("append", m_append), ("extend", m_extend), ("pop", m_pop), ("clear", m_clear), ("reverse", m_reverse)];
    for (n, f) in mutators {
        ba_cls.set_attr(intern(n), new_builtin(n, *f, Value::from_ptr(ba_cls))).unwrap();
    }
    b.set("bytes", Value::from_ptr(bytes_cls));
    b.set("bytearray", Value::from_ptr(ba_cls));
    let c = crate::classes();
    // SAFETY: builtin classes are immortal.
    let str_cls = unsafe { &*c.str };
    str_cls.set_attr(intern("encode"), new_builtin("encode", str_encode, Value::from_ptr(c.str))).unwrap();
    // SAFETY: builtin classes are immortal.
    let int_cls = unsafe { &*c.int };
    int_cls.set_attr(intern("to_bytes"), new_builtin("to_bytes", int_to_bytes, Value::from_ptr(c.int))).unwrap();
    let fb = crate::builtins::make_classmethod(new_builtin("from_bytes", int_from_bytes, Value::from_ptr(c.int)));
    int_cls.set_attr(intern("from_bytes"), fb).unwrap();
}
