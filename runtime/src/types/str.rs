//! `str`: immutable UTF-8 text stored inline after the header, with its
//! code-point count and a cached hash. ASCII strings index in O(1); long
//! non-ASCII strings build, on their first indexing, a sparse index of the
//! byte offset of every 32nd character, so `s[i]` and `s[i:j]` cost a short
//! scan plus the length of the result.

use crate::object::{alloc_var, downcast};
use crate::{classes, PyResult};
use morel_heap::Value;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::OnceLock;

#[repr(C)]
pub struct StrObj {
    pub header: crate::object::ObjHeader,
    /// Cached hash + 1 (0 = not yet computed).
    hash: AtomicU64,
    nbytes: usize,
    nchars: usize,
    /// The sparse character index (long non-ASCII strings, once indexed), or null.
    index: AtomicPtr<StrIndex>,
    /// Null when the bytes follow the fixed part (most strings); else the
    /// shared buffer holding them at offset `off` (strings built by
    /// repeated concatenation, see `str_concat`).
    buf: *const StrBuf,
    off: usize,
    // followed by nbytes of UTF-8 when `buf` is null
}

crate::py_vtable!(StrObj, "str", |s, t| {
    let p = s.index.load(Ordering::Acquire);
    if !p.is_null() {
        t.ptr(p as *const morel_heap::GcHeader);
    }
    if !s.buf.is_null() {
        t.ptr(s.buf as *const morel_heap::GcHeader);
    }
});

/// Growable storage shared by the strings of one concatenation chain
/// (`s += piece` in a loop): each string sees only its own `nbytes` from its
/// offset, and a concatenation may write after a string's end only if no
/// string extends past that end yet (`used`, claimed by compare-and-swap).
/// Bytes a string can see are therefore never written again.
#[repr(C)]
pub struct StrBuf {
    pub header: crate::object::ObjHeader,
    cap: usize,
    used: std::sync::atomic::AtomicUsize,
    // followed by `cap` bytes
}

crate::py_vtable!(StrBuf, "StrBuf", |_b, _t| {});

impl StrBuf {
    fn bytes(&self) -> *mut u8 {
        // SAFETY: `cap` bytes follow the fixed part in the same allocation.
        unsafe { (self as *const StrBuf as *mut u8).add(std::mem::size_of::<StrBuf>()) }
    }
}

/// A left operand at least this long starts a shared buffer (twice the
/// result's size) instead of an exact-size copy.
const BUILD_MIN: usize = 256;

/// Byte offsets of characters 0, STEP, 2*STEP, ... of one string.
#[repr(C)]
pub struct StrIndex {
    pub header: crate::object::ObjHeader,
    len: usize,
    // followed by `len` usize offsets
}

crate::py_vtable!(StrIndex, "StrIndex", |_i, _t| {});

impl StrIndex {
    fn offsets(&self) -> &[usize] {
        // SAFETY: `len` offsets were allocated (and written before the index
        // was published) after the fixed part.
        unsafe {
            let p = (self as *const StrIndex as *const u8).add(std::mem::size_of::<StrIndex>()) as *const usize;
            std::slice::from_raw_parts(p, self.len)
        }
    }
}

/// Characters between two entries of a `StrIndex`.
const INDEX_STEP: usize = 32;
/// Shorter strings are scanned from the start instead.
const INDEX_MIN_BYTES: usize = 256;

/// Bytes of the UTF-8 sequence starting with lead byte `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    if b < 0x80 {
        1
    } else if b < 0xe0 {
        2
    } else if b < 0xf0 {
        3
    } else {
        4
    }
}

impl StrObj {
    #[inline]
    pub fn as_str(&self) -> &str {
        // SAFETY: `nbytes` bytes of valid UTF-8 were copied after the fixed
        // part at allocation, or into the buffer (kept alive by this string)
        // before this string was made; neither is written again.
        unsafe {
            let p = if self.buf.is_null() {
                (self as *const StrObj as *const u8).add(std::mem::size_of::<StrObj>())
            } else {
                // The buffer's bytes [off, off + nbytes) were written before
                // this string was made and are never written again.
                (*self.buf).bytes().add(self.off) as *const u8
            };
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(p, self.nbytes))
        }
    }
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.nbytes
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return (h - 1) as i64;
        }
        let v = hash_str(self.as_str());
        // Racing threads compute the same value; a relaxed store is enough.
        self.hash.store(v as u64 + 1, Ordering::Relaxed);
        v
    }
    /// The `i`-th code point (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.as_str().as_bytes()[i] as char
        } else {
            char_at_slow(self, i)
        }
    }
    /// The byte offset of character `i` (0 <= i <= char_len).
    #[inline]
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            byte_offset_slow(self, i)
        }
    }
    /// The sparse index, built on first use.
    fn char_index(&self) -> &StrIndex {
        let p = self.index.load(Ordering::Acquire);
        if !p.is_null() {
            // SAFETY: a published index is a live heap object: this string
            // keeps it alive (it traces the pointer).
            return unsafe { &*p };
        }
        build_index(self)
    }
}

#[cold]
#[inline(never)]
fn char_at_slow(s: &StrObj, i: usize) -> char {
    let o = byte_offset_slow(s, i);
    s.as_str()[o..].chars().next().unwrap()
}

#[inline(never)]
fn byte_offset_slow(s: &StrObj, i: usize) -> usize {
    if i >= s.nchars {
        return s.nbytes;
    }
    let b = s.as_str().as_bytes();
    let (mut off, mut left) = if s.nbytes < INDEX_MIN_BYTES {
        (0, i)
    } else {
        (s.char_index().offsets()[i / INDEX_STEP], i % INDEX_STEP)
    };
    while left > 0 {
        off += utf8_len(b[off]);
        left -= 1;
    }
    off
}

#[cold]
#[inline(never)]
fn build_index(s: &StrObj) -> &StrIndex {
    let n = s.nchars.div_ceil(INDEX_STEP);
    let idx = alloc_var::<StrIndex>(std::ptr::null(), n * std::mem::size_of::<usize>(), |header| StrIndex { header, len: n });
    // SAFETY: the allocation holds `n` offsets after the fixed part; no
    // one else sees the index before it is published below.
    let offs = unsafe {
        let p = (idx as *const StrIndex as *mut u8).add(std::mem::size_of::<StrIndex>()) as *mut usize;
        std::slice::from_raw_parts_mut(p, n)
    };
    for (k, (off, _)) in s.as_str().char_indices().step_by(INDEX_STEP).enumerate() {
        offs[k] = off;
    }
    crate::object::barrier(&s.header, Value::from_ptr(idx));
    let fresh = idx as *const StrIndex as *mut StrIndex;
    match s.index.compare_exchange(std::ptr::null_mut(), fresh, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => idx,
        // SAFETY: another thread published its index first; it is as live as ours.
        Err(other) => unsafe { &*other },
    }
}

/// `s[start::step]` taking `n` characters (the slice's normalised indices).
pub fn str_slice(s: &StrObj, start: i64, step: i64, n: usize) -> Value {
    if n == 0 {
        return empty_str();
    }
    let text = s.as_str();
    let start = start as usize;
    if step == 1 {
        let a = s.byte_offset(start);
        let b = if s.is_ascii() { start + n } else { a + text[a..].char_indices().nth(n).map(|(i, _)| i).unwrap_or(text.len() - a) };
        return new_str(&text[a..b]);
    }
    let mut out = String::new();
    if s.is_ascii() {
        let bytes = text.as_bytes();
        for k in 0..n {
            out.push(bytes[(start as i64 + k as i64 * step) as usize] as char);
        }
    } else if step > 0 {
        let a = s.byte_offset(start);
        out.extend(text[a..].chars().step_by(step as usize).take(n));
    } else {
        let end = s.byte_offset(start + 1);
        out.extend(text[..end].chars().rev().step_by(step.unsigned_abs() as usize).take(n));
    }
    new_str(&out)
}

/// FNV-1a over the bytes, folded into CPython's hash range (never -1).
fn hash_str(s: &str) -> i64 {
    // as in CPython, the empty string hashes to 0 (other values vary by run)
    if s.is_empty() {
        return 0;
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let v = (h >> 1) as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// A new `str` value.
pub fn new_str(s: &str) -> Value {
    if s.len() == 1 {
        return single_char(s.as_bytes()[0] as usize);
    }
    alloc_str(s)
}

fn alloc_str(s: &str) -> Value {
    let nchars = if s.is_ascii() { s.len() } else { s.chars().count() };
    let o = alloc_var::<StrObj>(classes().str, s.len(), |header| StrObj {
        header,
        hash: AtomicU64::new(0),
        nbytes: s.len(),
        nchars,
        index: AtomicPtr::new(std::ptr::null_mut()),
        buf: std::ptr::null(),
        off: 0,
    });
    // SAFETY: the allocation has s.len() bytes after the fixed part.
    unsafe {
        let p = (o as *const StrObj as *mut u8).add(std::mem::size_of::<StrObj>());
        std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
    }
    Value::from_ptr(o)
}

struct Interned {
    map: Mutex<HashMap<Box<str>, Value>>,
    ascii: Vec<Value>,
    empty: Value,
}
// SAFETY: the Values are immortal (rooted by `trace_interned`) and immutable.
unsafe impl Sync for Interned {}
unsafe impl Send for Interned {}

static INTERNED: OnceLock<Interned> = OnceLock::new();

pub(crate) fn init_interned() {
    // Each string is rooted as soon as it exists: the table is not yet
    // visible to the collector while it is being built.
    let rooted = |v: Value| {
        crate::add_root(v);
        v
    };
    let ascii = (0..128u8).map(|b| rooted(alloc_str(std::str::from_utf8(&[b]).unwrap()))).collect();
    let empty = rooted(alloc_str(""));
    let _ = INTERNED.set(Interned { map: Mutex::new(HashMap::new()), ascii, empty });
}

pub(crate) fn trace_interned(t: &mut morel_heap::Tracer) {
    if let Some(i) = INTERNED.get() {
        t.values(&i.ascii);
        t.value(i.empty);
        for v in i.map.lock().values() {
            t.value(*v);
        }
    }
}

#[inline]
fn single_char(b: usize) -> Value {
    let i = INTERNED.get().unwrap();
    if b < 128 {
        i.ascii[b]
    } else {
        unreachable!()
    }
}

pub fn empty_str() -> Value {
    INTERNED.get().unwrap().empty
}

/// The interned, immortal `str` for `s` (identifiers, attribute names).
/// A fast, non-cryptographic hasher for the per-thread intern cache, whose
/// keys are names from the program's own source (no untrusted input to
/// defend against): a multiply-rotate over 8-byte words.
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            h = (h.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
        self.0 = h;
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type NameHashBuilder = std::hash::BuildHasherDefault<NameHasher>;

pub fn intern(s: &str) -> Value {
    if s.len() == 1 && s.is_ascii() {
        return single_char(s.as_bytes()[0] as usize);
    }
    if s.is_empty() {
        return empty_str();
    }
    // Interned strings are immortal, so a per-thread cache of the global
    // table is always valid and spares the lock on the common lookups.
    thread_local! {
        static CACHE: std::cell::RefCell<HashMap<Box<str>, Value, NameHashBuilder>> =
            std::cell::RefCell::new(HashMap::with_hasher(NameHashBuilder::default()));
    }
    if let Some(v) = CACHE.with(|c| c.borrow().get(s).copied()) {
        return v;
    }
    let v = intern_global(s);
    CACHE.with(|c| c.borrow_mut().insert(s.into(), v));
    v
}

fn intern_global(s: &str) -> Value {
    let i = INTERNED.get().unwrap();
    if let Some(v) = i.map.lock().get(s) {
        return *v;
    }
    // Allocate with the table unlocked: an allocation may collect, and the
    // collector's root scan locks the table.
    let v = alloc_str(s);
    let mut m = i.map.lock();
    if let Some(existing) = m.get(s) {
        return *existing; // another thread interned it meanwhile
    }
    m.insert(s.into(), v);
    v
}

pub fn char_str(c: char) -> Value {
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

#[inline]
pub fn as_str(v: Value) -> Option<&'static str> {
    str_obj(v).map(|s| s.as_str())
}

/// `v` as an exact `str`: not an instance of a subclass (which may override
/// its comparisons and iteration).
#[inline]
pub fn exact_str(v: Value) -> Option<&'static StrObj> {
    downcast::<StrObj>(v)
}

/// The one-character string of ASCII byte `b` (shared, never allocated).
#[inline]
pub fn ascii_char(b: u8) -> Value {
    single_char(b as usize)
}

pub fn str_obj(v: Value) -> Option<&'static StrObj> {
    match downcast::<StrObj>(v) {
        Some(o) => Some(o),
        None => crate::types::class::native_of(v).and_then(downcast::<StrObj>),
    }
}

pub fn is_str(v: Value) -> bool {
    downcast::<StrObj>(v).is_some()
}

/// Equality of two str objects (identity first).
#[inline]
pub fn str_eq(a: &StrObj, b: &StrObj) -> bool {
    std::ptr::eq(a, b) || (a.nbytes == b.nbytes && a.as_str() == b.as_str())
}

/// CPython's repr of a str: single quotes unless the text has ' and no ".
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n))
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n))
                } else {
                    out.push_str(&format!("\\U{:08x}", n))
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f {
        return false;
    }
    if (0x80..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if (0xd800..0xe000).contains(&n) || n == 0xfffe || n == 0xffff {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    // format characters (category Cf) and separators
    if matches!(
        n,
        0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f
            | 0xfeff | 0xfff9..=0xfffb | 0x110bd | 0x1d173..=0x1d17a | 0xe0000..=0xe0fff
    ) {
        return false;
    }
    if (0xe000..0xf900).contains(&n) || n >= 0xf0000 {
        return false; // private use
    }
    true
}

/// Normalises a possibly negative index against `len` (None when out of range).
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

/// `s[i]` for str.
pub fn str_getitem_int(s: &StrObj, i: i64) -> PyResult {
    match norm_index(i, s.char_len()) {
        Some(j) => Ok(char_str(s.char_at(j))),
        None => crate::raise!(index_error, "string index out of range"),
    }
}

/// `a + b`. Specialization for strings built piece by piece: when `a` ends
/// where its shared buffer's used part ends and `b` fits after it, `b` is
/// written there and the result shares the buffer (amortized O(len(b))
/// instead of a copy of `a`); a long `a` starts such a buffer.
pub fn str_concat(a: &StrObj, b: &StrObj) -> Value {
    let total = a.nbytes + b.nbytes;
    let nchars = a.nchars + b.nchars;
    if !a.buf.is_null() {
        // SAFETY: `a` keeps its buffer alive (traced), and `a` is rooted by the caller.
        let buf = unsafe { &*a.buf };
        let end = a.off + a.nbytes;
        if end + b.nbytes <= buf.cap
            && buf.used.compare_exchange(end, end + b.nbytes, Ordering::AcqRel, Ordering::Relaxed).is_ok()
        {
            // SAFETY: the CAS gave this call the bytes [end, end + len(b)),
            // which no string sees yet; they are in bounds (checked above).
            unsafe { std::ptr::copy_nonoverlapping(b.as_str().as_ptr(), buf.bytes().add(end), b.nbytes) };
            return shared_str(buf, a.off, total, nchars);
        }
    }
    if !a.buf.is_null() || a.nbytes >= BUILD_MIN {
        let cap = (total * 2).max(2 * BUILD_MIN);
        let buf = alloc_var::<StrBuf>(std::ptr::null(), cap, |header| StrBuf {
            header,
            cap,
            used: std::sync::atomic::AtomicUsize::new(total),
        });
        // SAFETY: the new buffer has `cap >= total` bytes and no string uses it yet.
        unsafe {
            std::ptr::copy_nonoverlapping(a.as_str().as_ptr(), buf.bytes(), a.nbytes);
            std::ptr::copy_nonoverlapping(b.as_str().as_ptr(), buf.bytes().add(a.nbytes), b.nbytes);
        }
        return shared_str(buf, 0, total, nchars);
    }
    let mut s = String::with_capacity(total);
    s.push_str(a.as_str());
    s.push_str(b.as_str());
    new_str(&s)
}

/// A string over bytes [off, off + nbytes) of `buf`, already written.
fn shared_str(buf: &StrBuf, off: usize, nbytes: usize, nchars: usize) -> Value {
    let o = alloc_var::<StrObj>(classes().str, 0, |header| StrObj {
        header,
        hash: AtomicU64::new(0),
        nbytes,
        nchars,
        index: AtomicPtr::new(std::ptr::null_mut()),
        buf: buf as *const StrBuf,
        off,
    });
    Value::from_ptr(o)
}

impl StrObj {
    pub fn byte_len(&self) -> usize {
        self.nbytes
    }
}

const _: () = assert!(std::mem::size_of::<StrObj>() % 8 == 0);
