//! `bytes` and `bytearray`: one object type holding a byte vector, mutable
//! for bytearray. Literals, repr, indexing (ints), slicing, iteration,
//! concatenation, comparison, hashing, the common methods, `str.encode`,
//! `bytes.decode`, `hex`/`fromhex` and `int.to_bytes`/`int.from_bytes`;
//! bytearray item/slice assignment and deletion and its mutating methods.
//!
//! The bytes live in a GC-managed `ByteBuf` that the object points to, so
//! that a bytearray shared by threads can be read without a lock while it is
//! written (see `BytesObj`).

use crate::methods::{check_args, kwarg};
use crate::object::{alloc_obj, alloc_var, downcast};
use crate::ops;
use crate::types::class::{as_class, new_class, type_name, ClassObj, Layout, NativeFn};
use crate::types::function::new_builtin;
use crate::types::int::{int_from_big, is_intlike, to_big, to_i64};
use crate::types::list::new_list_obj;
use crate::types::str::{as_str, intern, new_str};
use crate::types::tuple::tuple_items;
use crate::{raise, PyResult};
use morel_heap::Value;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

/// Concurrency: the bytes live in a GC-managed `ByteBuf`, never in Rust
/// memory, so that a reader that loaded a buffer keeps it alive and valid.
///
/// - Readers (`data`) take no lock: they load the buffer (Acquire) and the
///   length (Acquire) and clamp the length to that buffer's capacity, so a
///   reader racing with a writer gets a slice inside one buffer, never
///   memory outside it. The slice stays valid while it is used: the reader's
///   stack points into the buffer, which keeps it alive (the collector scans
///   stacks conservatively, interior pointers included), and a buffer's
///   capacity never changes.
/// - Writers (bytearray only) go through `BytesObj::write`, which holds the
///   object's `lock_if_shared` lock for the whole mutation (a local
///   bytearray, reachable from one thread only, costs one flag test). A
///   buffer is never freed or shrunk in place: growing allocates a new one,
///   copies, and publishes it; the old one becomes garbage once no reader
///   holds it.
/// - Publication order keeps every (buffer, length) pair a reader can see
///   meaningful: when the length grows, the buffer (with its contents) is
///   published before the length; when it shrinks, the length is stored
///   before a smaller buffer. Bytes inside the length are written before the
///   Release store of the length that covers them.
/// - Bytes overwritten in place (`ba[i] = x`, `reverse`, `pop`) may be read
///   by a racing reader as the old or the new byte, like the slots of a
///   list (`ValueVec`); single bytes cannot tear.
///
/// `bytes` objects use the same representation and are never written after
/// construction, so their readers see a fixed buffer and length.
#[repr(C)]
pub struct BytesObj {
    pub header: crate::object::ObjHeader,
    buf: AtomicPtr<ByteBuf>,
    len: AtomicUsize,
    pub mutable: bool,
}

crate::py_vtable!(BytesObj, "bytes", |o, t| {
    t.ptr(o.buf.load(Ordering::Relaxed) as *const morel_heap::GcHeader)
});

/// GC-managed storage of a bytes/bytearray: a fixed capacity of bytes that
/// follow the header in the same allocation. It holds no references.
#[repr(C)]
pub struct ByteBuf {
    pub header: crate::object::ObjHeader,
    cap: usize,
    // followed by `cap` bytes
}

crate::py_vtable!(ByteBuf, "bytes-buffer", |_b, _t| {});

impl ByteBuf {
    /// A zeroed buffer of `cap` bytes.
    fn new(cap: usize) -> &'static ByteBuf {
        alloc_var::<ByteBuf>(std::ptr::null(), cap, |header| ByteBuf { header, cap })
    }
    /// A buffer of capacity `cap.max(data.len())` starting with `data`.
    fn with_data(data: &[u8], cap: usize) -> &'static ByteBuf {
        // `data` may point into another buffer: it stays alive on our stack
        // while this allocates.
        let b = ByteBuf::new(cap.max(data.len()));
        // SAFETY: `b` is fresh and not yet published, so nothing else reads
        // or writes it; it holds at least `data.len()` bytes, and `data`
        // (another object's memory or Rust memory) cannot overlap it.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), b.ptr(), data.len()) };
        b
    }
    #[inline(always)]
    fn ptr(&self) -> *mut u8 {
        // SAFETY: the `cap` bytes follow the fixed part of the struct in the
        // same allocation (`alloc_var`), so the offset stays inside it.
        unsafe { (self as *const ByteBuf as *mut u8).add(std::mem::size_of::<ByteBuf>()) }
    }
    /// The first `n` bytes (`n` clamped to the capacity).
    #[inline(always)]
    fn prefix(&self, n: usize) -> &[u8] {
        // SAFETY: `cap` bytes were allocated after the header and are
        // initialised (zeroed by the allocator, then written); the slice is
        // clamped to them. Racing in-place byte writes are the documented
        // old-or-new contract of `BytesObj`.
        unsafe { std::slice::from_raw_parts(self.ptr(), n.min(self.cap)) }
    }
}

struct Classes {
    bytes: usize,
    bytearray: usize,
}
static CLASSES: OnceLock<Classes> = OnceLock::new();

impl BytesObj {
    #[inline(always)]
    fn buffer(&self) -> &'static ByteBuf {
        // SAFETY: `buf` always points to a live ByteBuf: it is set before the
        // object is reachable, traced by this object, and once loaded it is
        // kept alive by this thread's stack. Acquire pairs with the Release
        // store that published it: its contents are visible.
        unsafe { &*self.buf.load(Ordering::Acquire) }
    }
    /// The bytes. Lock-free; on a bytearray that other threads write, a
    /// consistent snapshot of some recent state (see the type's comment).
    #[inline]
    pub fn data(&self) -> &[u8] {
        let b = self.buffer();
        // Acquire pairs with the Release store of the length: the bytes it
        // covers are visible. Clamped: the length may belong to a newer buffer.
        b.prefix(self.len.load(Ordering::Acquire))
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.data().len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Write access to a bytearray's bytes for one mutation; holds the
    /// object's write lock while it lives if the object is shared.
    pub fn write(&self) -> BytesWriter<'_> {
        debug_assert!(self.mutable, "bytes objects are immutable");
        BytesWriter { b: self, _guard: crate::object::lock_if_shared(&self.header) }
    }
}

/// An exclusive writer of a bytearray (see `BytesObj`): writers are
/// serialised by the lock (shared objects) or by being the only thread that
/// can reach the object (local ones), so the writer's view of the buffer and
/// length is exact and `len <= cap` always holds for it.
pub struct BytesWriter<'a> {
    b: &'a BytesObj,
    _guard: crate::object::WriteGuard,
}

impl BytesWriter<'_> {
    #[inline]
    pub fn len(&self) -> usize {
        self.b.len.load(Ordering::Relaxed)
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    fn buffer(&self) -> &'static ByteBuf {
        self.b.buffer()
    }
    /// The bytes, for writing in place.
    pub fn as_mut_slice(&mut self) -> &mut [u8] {
        let buf = self.buffer();
        let n = self.len().min(buf.cap);
        // SAFETY: `n` bytes of the buffer are allocated and initialised. We
        // are the only writer (lock or local object, see `BytesWriter`), and
        // `&mut self` keeps this slice unique among our own views; lock-free
        // readers may read these bytes meanwhile and see old or new values
        // (the contract documented on `BytesObj`, as for `ValueVec`).
        unsafe { std::slice::from_raw_parts_mut(buf.ptr(), n) }
    }
    /// Publishes `buf` holding `len` bytes as the new contents, in the order
    /// that keeps lock-free readers inside a meaningful state.
    fn publish(&mut self, buf: &'static ByteBuf, len: usize) {
        debug_assert!(len <= buf.cap);
        let p = buf as *const ByteBuf as *mut ByteBuf;
        if len >= self.len() {
            // Growing: a reader that finds the new length finds the new buffer.
            self.b.buf.store(p, Ordering::Release);
            self.b.len.store(len, Ordering::Release);
        } else {
            // Shrinking: a reader that finds the new buffer finds the new length.
            self.b.len.store(len, Ordering::Release);
            self.b.buf.store(p, Ordering::Release);
        }
    }
    /// Makes room for `extra` more bytes (a new, larger buffer if needed).
    pub fn reserve(&mut self, extra: usize) {
        let n = self.len();
        let need = n.checked_add(extra).expect("bytearray too large");
        let buf = self.buffer();
        if need > buf.cap {
            let cap = need.max(buf.cap.saturating_mul(2)).max(16);
            // May collect: `buf` and the object are on this thread's stack.
            let new = ByteBuf::with_data(buf.prefix(n), cap);
            self.publish(new, n);
        }
    }
    pub fn push(&mut self, x: u8) {
        self.extend_from_slice(&[x]);
    }
    /// True if `s` lies (partly) in the current buffer, the only one that
    /// writers change; earlier buffers are never written again.
    fn overlaps(&self, s: &[u8]) -> bool {
        let buf = self.buffer();
        let (lo, hi) = (buf.ptr() as usize, buf.ptr() as usize + buf.cap);
        let (a, b) = (s.as_ptr() as usize, s.as_ptr() as usize + s.len());
        !s.is_empty() && a < hi && lo < b
    }
    /// Appends `data`.
    pub fn extend_from_slice(&mut self, data: &[u8]) {
        if self.overlaps(data) {
            let copy = data.to_vec();
            return self.extend_from_slice(&copy);
        }
        self.reserve(data.len());
        let n = self.len();
        let buf = self.buffer();
        // SAFETY: after `reserve`, bytes n..n+data.len() lie inside `buf`'s
        // capacity; they are beyond the length, so no reader reads them
        // until the Release store below. `data` does not overlap the buffer
        // that was current on entry (checked above); if `reserve` replaced
        // it, `buf` is a fresh one that nothing else points into.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), buf.ptr().add(n), data.len()) };
        self.b.len.store(n + data.len(), Ordering::Release);
    }
    /// Shortens to `n` bytes (no-op if already shorter). The buffer is kept.
    pub fn truncate(&mut self, n: usize) {
        if n < self.len() {
            self.b.len.store(n, Ordering::Release);
        }
    }
    /// Empties the bytearray; a large buffer is replaced by a small one so
    /// that its memory can be reclaimed (readers that hold it keep it).
    pub fn clear(&mut self) {
        self.b.len.store(0, Ordering::Release);
        if self.buffer().cap > 64 {
            let new = ByteBuf::new(0);
            self.publish(new, 0);
        }
    }
    /// Replaces bytes `start..stop` by `src` (the range is clamped to the
    /// length).
    pub fn replace_range(&mut self, start: usize, stop: usize, src: &[u8]) {
        if self.overlaps(src) {
            let copy = src.to_vec();
            return self.replace_range(start, stop, &copy);
        }
        let n = self.len();
        let stop = stop.min(n);
        let start = start.min(stop);
        let new_len = n - (stop - start) + src.len();
        let buf = self.buffer();
        if new_len <= buf.cap && !(buf.cap > 64 && new_len < buf.cap / 4) {
            // In place: shift the tail, then copy `src` in.
            // SAFETY: every range below lies within the first
            // max(n, new_len) <= cap bytes of `buf`; `copy` allows the tail's
            // source and destination to overlap; `src` is not in `buf`
            // (checked above). Readers may see the bytes move: old-or-new
            // values inside the buffer, as documented on `BytesObj`.
            unsafe {
                let p = buf.ptr();
                std::ptr::copy(p.add(stop), p.add(start + src.len()), n - stop);
                std::ptr::copy_nonoverlapping(src.as_ptr(), p.add(start), src.len());
            }
            self.b.len.store(new_len, Ordering::Release);
        } else {
            // A new buffer: growth doubles; a large shrink gives memory back.
            let cap = if new_len > buf.cap { new_len.max(buf.cap.saturating_mul(2)) } else { new_len };
            let old = buf.prefix(n);
            let new = ByteBuf::with_data(&old[..start], cap);
            // SAFETY: `new` is not yet published; it holds `new_len` bytes:
            // start + src.len() + (n - stop) == new_len; `old` and `src` are
            // other memory.
            unsafe {
                let p = new.ptr();
                std::ptr::copy_nonoverlapping(src.as_ptr(), p.add(start), src.len());
                std::ptr::copy_nonoverlapping(old.as_ptr().add(stop), p.add(start + src.len()), n - stop);
            }
            self.publish(new, new_len);
        }
    }
    /// Replaces the whole contents by `data`.
    pub fn replace_all(&mut self, data: &[u8]) {
        let n = self.len();
        self.replace_range(0, n, data);
    }
}

/// A new `bytes` (or `bytearray`) value holding `data`.
pub fn new_bytes(data: Vec<u8>, mutable: bool) -> Value {
    new_bytes_from(&data, mutable)
}

/// A new `bytes` (or `bytearray`) value holding a copy of `data`.
pub fn new_bytes_from(data: &[u8], mutable: bool) -> Value {
    new_bytes_filled(data.len(), mutable, |d| d.copy_from_slice(data))
}

/// A new `bytes` (or `bytearray`) value of `len` bytes that `fill` writes
/// (they start zeroed).
pub fn new_bytes_filled(len: usize, mutable: bool, fill: impl FnOnce(&mut [u8])) -> Value {
    let c = CLASSES.get().expect("bytes installed");
    let cls = if mutable { c.bytearray } else { c.bytes } as *const ClassObj;
    // Allocate the storage first: it stays alive on this stack while the
    // object itself is allocated.
    let buf = ByteBuf::new(len);
    // SAFETY: `buf` is fresh and not yet published, so this is the only
    // view of its `len` allocated, zeroed bytes; a `data` slice captured by
    // `fill` is other memory (an object or Rust memory), never this buffer.
    fill(unsafe { std::slice::from_raw_parts_mut(buf.ptr(), len) });
    Value::from_ptr(alloc_obj::<BytesObj>(cls, |header| BytesObj {
        header,
        buf: AtomicPtr::new(buf as *const ByteBuf as *mut ByteBuf),
        len: AtomicUsize::new(len),
        mutable,
    }))
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
    bytes_from_named(v, false)
}

/// `bytes_from`; `for_bytes` picks the constructor's "bytes must be in range" wording.
fn bytes_from_named(v: Value, for_bytes: bool) -> PyResult<Vec<u8>> {
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
        match byte_value(x) {
            Err(_) if for_bytes && is_intlike(x) => return raise!(value_error, "bytes must be in range(0, 256)"),
            r => out.push(r?),
        }
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
        if let Some(b) = as_bytes(src) {
            return Ok(new_bytes_from(b.data(), mutable));
        }
        return Ok(new_bytes(bytes_from_named(src, !mutable)?, mutable));
    }
    Ok(new_bytes_from(&[], mutable))
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
    split_impl(args, kw, "split", false)
}
fn m_rsplit(args: &[Value], kw: Kw) -> PyResult {
    split_impl(args, kw, "rsplit", true)
}

fn is_bytes_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Left-to-right split of `d` on `sep` (runs of whitespace when `None`),
/// at most `maxsplit` times (all when negative).
fn split_forward(d: &[u8], sep: Option<&[u8]>, maxsplit: i64) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    let mut left = maxsplit;
    match sep {
        None => {
            let n = d.len();
            let mut i = 0;
            loop {
                while i < n && is_bytes_space(d[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if left == 0 {
                    parts.push(d[i..].to_vec());
                    break;
                }
                let j = i;
                while i < n && !is_bytes_space(d[i]) {
                    i += 1;
                }
                parts.push(d[j..i].to_vec());
                left -= 1;
            }
        }
        Some(sep) => {
            let mut rest = d;
            while left != 0 {
                let Some(i) = find_sub(rest, sep) else { break };
                parts.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
                left -= 1;
            }
            parts.push(rest.to_vec());
        }
    }
    parts
}

fn split_impl(args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult {
    let b = recv(args, name)?;
    let sep = args.get(1).copied().or_else(|| kwarg(kw, "sep")).filter(|v| !v.is_none());
    let maxsplit = match args.get(2).copied().or_else(|| kwarg(kw, "maxsplit")) {
        None => -1,
        Some(v) if is_intlike(v) => to_i64(v).unwrap_or(i64::MAX),
        Some(v) => return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(v)),
    };
    let sep = match sep {
        None => None,
        Some(s) => {
            let sep = arg_bytes(s)?;
            if sep.is_empty() {
                return raise!(value_error, "empty separator");
            }
            Some(sep)
        }
    };
    let data = b.data().to_vec();
    let parts = if rev {
        // splitting from the right is splitting the reversed bytes from the left
        let rd: Vec<u8> = data.iter().rev().copied().collect();
        let rsep: Option<Vec<u8>> = sep.as_ref().map(|s| s.iter().rev().copied().collect());
        let mut ps = split_forward(&rd, rsep.as_deref(), maxsplit);
        for p in ps.iter_mut() {
            p.reverse();
        }
        ps.reverse();
        ps
    } else {
        split_forward(&data, sep.as_deref(), maxsplit)
    };
    let out = new_list_obj(0);
    for p in parts {
        let v = same_kind(b, p);
        out.items.push(v);
    }
    Ok(Value::from_ptr(out))
}

fn m_splitlines(args: &[Value], kw: Kw) -> PyResult {
    let b = recv(args, "splitlines")?;
    let keep = match args.get(1).copied().or_else(|| kwarg(kw, "keepends")) {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    let d = b.data().to_vec();
    let out = new_list_obj(0);
    let mut i = 0;
    let n = d.len();
    while i < n {
        let start = i;
        while i < n && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            eol = if d[i] == b'\r' && i + 1 < n && d[i + 1] == b'\n' { i + 2 } else { i + 1 };
        }
        let v = same_kind(b, d[start..if keep { eol } else { i }].to_vec());
        out.items.push(v);
        i = eol;
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

fn m_strip(args: &[Value], kw: Kw) -> PyResult {
    strip_impl(args, kw, "strip", true, true)
}
fn m_lstrip(args: &[Value], kw: Kw) -> PyResult {
    strip_impl(args, kw, "lstrip", true, false)
}
fn m_rstrip(args: &[Value], kw: Kw) -> PyResult {
    strip_impl(args, kw, "rstrip", false, true)
}
fn strip_impl(args: &[Value], kw: Kw, name: &str, left: bool, right: bool) -> PyResult {
    check_args(name, args, kw, 0, 1)?;
    let b = recv(args, name)?;
    let chars: Vec<u8> = match args.get(1).filter(|v| !v.is_none()) {
        Some(v) => arg_bytes(*v)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let d = b.data();
    let start = if left { d.iter().position(|c| !chars.contains(c)).unwrap_or(d.len()) } else { 0 };
    let end = if right { d.iter().rposition(|c| !chars.contains(c)).map(|i| i + 1).unwrap_or(0) } else { d.len() };
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
    check_args("replace", args, kw, 2, 3)?;
    let b = recv(args, "replace")?;
    let (old, new) = (arg_bytes(args[1])?, arg_bytes(args[2])?);
    let mut count = match args.get(3) {
        None => -1,
        Some(v) if is_intlike(*v) => to_i64(*v).unwrap_or(i64::MAX),
        Some(v) => return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(*v)),
    };
    let d = b.data().to_vec();
    let mut out = Vec::new();
    if old.is_empty() {
        // the new bytes go before every byte and at the end
        for &c in d.iter() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(b, out));
    }
    let mut rest = &d[..];
    while count != 0 {
        let Some(i) = find_sub(rest, &old) else { break };
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
        count -= 1;
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

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}
fn m_rfind(args: &[Value], kw: Kw) -> PyResult {
    check_args("rfind", args, kw, 1, 1)?;
    let b = recv(args, "rfind")?;
    Ok(Value::small_int(rfind_sub(b.data(), &needle(args[1])?).map(|i| i as i64).unwrap_or(-1)))
}
fn m_rindex(args: &[Value], kw: Kw) -> PyResult {
    check_args("rindex", args, kw, 1, 1)?;
    let b = recv(args, "rindex")?;
    match rfind_sub(b.data(), &needle(args[1])?) {
        Some(i) => Ok(Value::small_int(i as i64)),
        None => raise!(value_error, "subsection not found"),
    }
}
fn m_removeprefix(args: &[Value], kw: Kw) -> PyResult {
    check_args("removeprefix", args, kw, 1, 1)?;
    let b = recv(args, "removeprefix")?;
    let p = arg_bytes(args[1])?;
    let d = b.data();
    Ok(same_kind(b, d.strip_prefix(p.as_slice()).unwrap_or(&d).to_vec()))
}
fn m_removesuffix(args: &[Value], kw: Kw) -> PyResult {
    check_args("removesuffix", args, kw, 1, 1)?;
    let b = recv(args, "removesuffix")?;
    let p = arg_bytes(args[1])?;
    let d = b.data();
    Ok(same_kind(b, d.strip_suffix(p.as_slice()).unwrap_or(&d).to_vec()))
}
/// ljust / rjust / center: `how` is 'l', 'r' or 'c'.
fn justify(args: &[Value], kw: Kw, name: &str, how: char) -> PyResult {
    check_args(name, args, kw, 1, 2)?;
    let b = recv(args, name)?;
    if !is_intlike(args[1]) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(args[1]));
    }
    let width = to_i64(args[1]).unwrap_or(0).max(0) as usize;
    let fill = match args.get(2) {
        Some(v) => match as_bytes(*v) {
            Some(f) if f.data().len() == 1 => f.data()[0],
            Some(f) => {
                return raise!(
                    type_error,
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    if f.mutable { "bytearray" } else { "bytes" }
                )
            }
            None => {
                return raise!(
                    type_error,
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    type_name(*v)
                )
            }
        },
        None => b' ',
    };
    let d = b.data();
    if d.len() >= width {
        return Ok(same_kind(b, d.to_vec()));
    }
    let pad = width - d.len();
    let left = match how {
        'l' => 0,
        'r' => pad,
        _ => pad / 2 + (pad & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.resize(width, fill);
    Ok(same_kind(b, out))
}
fn m_ljust(a: &[Value], k: Kw) -> PyResult {
    justify(a, k, "ljust", 'l')
}
fn m_rjust(a: &[Value], k: Kw) -> PyResult {
    justify(a, k, "rjust", 'r')
}
fn m_center(a: &[Value], k: Kw) -> PyResult {
    justify(a, k, "center", 'c')
}
fn m_zfill(args: &[Value], kw: Kw) -> PyResult {
    check_args("zfill", args, kw, 1, 1)?;
    let b = recv(args, "zfill")?;
    if !is_intlike(args[1]) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(args[1]));
    }
    let width = to_i64(args[1]).unwrap_or(0).max(0) as usize;
    let d = b.data();
    if d.len() >= width {
        return Ok(same_kind(b, d.to_vec()));
    }
    let (sign, body) = match d.first() {
        Some(c @ (b'+' | b'-')) => (vec![*c], &d[1..]),
        _ => (vec![], &d[..]),
    };
    let mut out = sign;
    out.resize(width - body.len(), b'0');
    out.extend_from_slice(body);
    Ok(same_kind(b, out))
}
fn m_isalnum(a: &[Value], _k: Kw) -> PyResult {
    pred(a, "isalnum", u8::is_ascii_alphanumeric)
}
fn m_isascii(a: &[Value], _k: Kw) -> PyResult {
    let b = recv(a, "isascii")?;
    Ok(Value::bool(b.data().is_ascii()))
}
fn m_isupper(a: &[Value], _k: Kw) -> PyResult {
    let b = recv(a, "isupper")?;
    let d = b.data();
    Ok(Value::bool(d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase)))
}
fn m_islower(a: &[Value], _k: Kw) -> PyResult {
    let b = recv(a, "islower")?;
    let d = b.data();
    Ok(Value::bool(d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase)))
}
fn m_swapcase(a: &[Value], _k: Kw) -> PyResult {
    map_bytes(a, "swapcase", |c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
}
fn m_capitalize(a: &[Value], _k: Kw) -> PyResult {
    let b = recv(a, "capitalize")?;
    let out = b
        .data()
        .iter()
        .enumerate()
        .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
        .collect();
    Ok(same_kind(b, out))
}
fn m_title(a: &[Value], _k: Kw) -> PyResult {
    let b = recv(a, "title")?;
    let mut prev_cased = false;
    let mut out = Vec::new();
    for &c in b.data().iter() {
        out.push(if prev_cased { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() });
        prev_cased = c.is_ascii_alphabetic();
    }
    Ok(same_kind(b, out))
}
fn partition_impl(args: &[Value], kw: Kw, name: &str, rev: bool) -> PyResult {
    check_args(name, args, kw, 1, 1)?;
    let b = recv(args, name)?;
    let sep = arg_bytes(args[1])?;
    if sep.is_empty() {
        return raise!(value_error, "empty separator");
    }
    let d = b.data();
    let found = if rev { rfind_sub(&d, &sep) } else { find_sub(&d, &sep) };
    let parts = match found {
        Some(i) => [d[..i].to_vec(), sep.clone(), d[i + sep.len()..].to_vec()],
        None if rev => [vec![], vec![], d.to_vec()],
        None => [d.to_vec(), vec![], vec![]],
    };
    // Each part in a local of its own (scanned on the stack) while the next
    // is allocated: a Vec's heap buffer would not keep them alive.
    let [p0, p1, p2] = parts;
    let v0 = same_kind(b, p0);
    let v1 = same_kind(b, p1);
    let v2 = same_kind(b, p2);
    let t = crate::types::tuple::new_tuple(&[v0, v1, v2]);
    std::hint::black_box((v0, v1, v2));
    Ok(t)
}
fn m_partition(a: &[Value], k: Kw) -> PyResult {
    partition_impl(a, k, "partition", false)
}
fn m_rpartition(a: &[Value], k: Kw) -> PyResult {
    partition_impl(a, k, "rpartition", true)
}
fn m_copy(args: &[Value], kw: Kw) -> PyResult {
    check_args("copy", args, kw, 0, 0)?;
    let b = recv_mut(args, "copy")?;
    Ok(same_kind(b, b.data().to_vec()))
}
fn m_insert(args: &[Value], kw: Kw) -> PyResult {
    check_args("insert", args, kw, 2, 2)?;
    let b = recv_mut(args, "insert")?;
    if !is_intlike(args[1]) {
        return raise!(type_error, "'{}' object cannot be interpreted as an integer", type_name(args[1]));
    }
    let i = to_i64(args[1]).unwrap_or(0);
    let v = byte_value(args[2])?;
    let mut w = b.write();
    let n = w.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    w.push(v);
    let d = w.as_mut_slice();
    d.copy_within(at..d.len() - 1, at + 1);
    d[at] = v;
    Ok(Value::NONE)
}
fn m_remove(args: &[Value], kw: Kw) -> PyResult {
    check_args("remove", args, kw, 1, 1)?;
    let b = recv_mut(args, "remove")?;
    let v = byte_value(args[1])?;
    let mut w = b.write();
    let n = w.len();
    match w.as_mut_slice().iter().position(|c| *c == v) {
        Some(j) => {
            w.as_mut_slice().copy_within(j + 1.., j);
            w.truncate(n - 1);
            Ok(Value::NONE)
        }
        None => raise!(value_error, "value not found in bytearray"),
    }
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
    let b = recv_mut(args, "append")?;
    let v = byte_value(args[1])?;
    b.write().push(v);
    Ok(Value::NONE)
}
fn m_extend(args: &[Value], kw: Kw) -> PyResult {
    check_args("extend", args, kw, 1, 1)?;
    let b = recv_mut(args, "extend")?;
    // Converted before taking the write lock: iterating may run Python code.
    let data = bytes_from(args[1])?;
    b.write().extend_from_slice(&data);
    Ok(Value::NONE)
}
fn m_pop(args: &[Value], kw: Kw) -> PyResult {
    check_args("pop", args, kw, 0, 1)?;
    let b = recv_mut(args, "pop")?;
    let i = args.get(1).and_then(|v| to_i64(*v)).unwrap_or(-1);
    // Checked and removed under one lock: another thread may shrink it.
    let mut w = b.write();
    let n = w.len();
    if n == 0 {
        return raise!(index_error, "pop from empty bytearray");
    }
    match crate::types::str::norm_index(i, n) {
        Some(j) => {
            let d = w.as_mut_slice();
            let x = d[j];
            d.copy_within(j + 1.., j);
            w.truncate(n - 1);
            Ok(Value::small_int(x as i64))
        }
        None => raise!(index_error, "pop index out of range"),
    }
}
fn m_clear(args: &[Value], _kw: Kw) -> PyResult {
    recv_mut(args, "clear")?.write().clear();
    Ok(Value::NONE)
}
fn m_reverse(args: &[Value], _kw: Kw) -> PyResult {
    recv_mut(args, "reverse")?.write().as_mut_slice().reverse();
    Ok(Value::NONE)
}

/// `b[i]` (an int) or `b[slice]` (same kind).
pub fn getitem(b: &BytesObj, key: Value) -> PyResult {
    // One snapshot: indices are checked against the slice they index.
    let d = b.data();
    if let Some(sl) = crate::methods::as_slice(key) {
        let (s, _e, st, n) = sl.indices(d.len())?;
        if st == 1 {
            let s = s as usize;
            return Ok(new_bytes_from(&d[s..s + n], b.mutable));
        }
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

/// The index of `ba[key]` for assignment or deletion, or a TypeError.
fn index_key(key: Value) -> PyResult<i64> {
    if !is_intlike(key) {
        return raise!(type_error, "bytearray indices must be integers or slices, not {}", type_name(key));
    }
    match to_i64(key) {
        Some(i) => Ok(i),
        None => raise!(index_error, "cannot fit '{}' into an index-sized integer", type_name(key)),
    }
}

/// `ba[key] = v` (an index or a slice) for bytearray.
pub fn setitem(b: &BytesObj, key: Value, v: Value) -> PyResult<()> {
    if !b.mutable {
        return raise!(type_error, "'{}' object does not support item assignment", type_name(Value::from_ptr(b)));
    }
    if let Some(sl) = crate::methods::as_slice(key) {
        if v.is_float() || is_intlike(v) || as_str(v).is_some() {
            return raise!(type_error, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        // Converted before taking the write lock (may run Python code); a
        // copy also when `v` is `b` itself.
        let src = bytes_from(v)?;
        return set_slice(b, sl, Some(&src));
    }
    let i = index_key(key)?;
    let x = byte_value(v)?;
    let mut w = b.write();
    let n = w.len();
    match crate::types::str::norm_index(i, n) {
        Some(j) => {
            w.as_mut_slice()[j] = x;
            Ok(())
        }
        None => raise!(index_error, "bytearray index out of range"),
    }
}

/// `del ba[key]` for bytearray.
pub fn delitem(b: &BytesObj, key: Value) -> PyResult<()> {
    if !b.mutable {
        return raise!(type_error, "'{}' object doesn't support item deletion", type_name(Value::from_ptr(b)));
    }
    if let Some(sl) = crate::methods::as_slice(key) {
        return set_slice(b, sl, None);
    }
    let i = index_key(key)?;
    let mut w = b.write();
    let n = w.len();
    match crate::types::str::norm_index(i, n) {
        Some(j) => {
            w.replace_range(j, j + 1, &[]);
            Ok(())
        }
        None => raise!(index_error, "bytearray index out of range"),
    }
}

/// `ba[sl] = src`, or `del ba[sl]` when `src` is None (CPython's
/// `bytearray_ass_subscript`: an empty source deletes an extended slice).
fn set_slice(b: &BytesObj, sl: &crate::methods::SliceObj, src: Option<&[u8]>) -> PyResult<()> {
    let src = src.unwrap_or(&[]);
    let mut w = b.write();
    // Under the lock: the indices must match the length being changed.
    let n = w.len();
    let (start, stop, step, count) = sl.indices(n)?;
    if w.len() != n {
        // An `__index__` method of a bound changed it (the lock is reentrant).
        return raise!(runtime_error, "bytearray changed size during slice assignment");
    }
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        w.replace_range(start, stop, src);
        return Ok(());
    }
    let at = |k: usize| (start + k as i64 * step) as usize;
    if src.is_empty() {
        let mut gone = vec![false; w.len()];
        for k in 0..count {
            gone[at(k)] = true;
        }
        let kept: Vec<u8> = w.as_mut_slice().iter().zip(&gone).filter(|(_, d)| !**d).map(|(x, _)| *x).collect();
        w.replace_all(&kept);
        return Ok(());
    }
    if src.len() != count {
        return raise!(
            value_error,
            "attempt to assign bytes of size {} to extended slice of size {}",
            src.len(),
            count
        );
    }
    let d = w.as_mut_slice();
    for (k, x) in src.iter().enumerate() {
        d[at(k)] = *x;
    }
    Ok(())
}

/// `a + b`, `a * n`, comparisons and membership are handled in ops via these.
pub fn concat(a: &BytesObj, b: &BytesObj) -> Value {
    let (x, y) = (a.data(), b.data());
    new_bytes_filled(x.len() + y.len(), a.mutable, |d| {
        d[..x.len()].copy_from_slice(x);
        d[x.len()..].copy_from_slice(y);
    })
}

/// `ba += other` for bytearray (`data` may be `a`'s own bytes).
pub fn extend(a: &BytesObj, data: &[u8]) {
    a.write().extend_from_slice(data);
}

/// Overwrites a bytearray's bytes from `at` (within its length) with `data`.
pub fn write_at(a: &BytesObj, at: usize, data: &[u8]) {
    let mut w = a.write();
    if w.overlaps(data) {
        let copy = data.to_vec();
        drop(w);
        return write_at(a, at, &copy);
    }
    let d = w.as_mut_slice();
    let end = at.saturating_add(data.len()).min(d.len());
    if at < end {
        d[at..end].copy_from_slice(&data[..end - at]);
    }
}

pub fn repeat(a: &BytesObj, n: usize) -> PyResult {
    let x = a.data();
    let Some(total) = x.len().checked_mul(n).filter(|t| *t <= isize::MAX as usize / 2) else {
        return raise!(overflow_error, "repeated bytes are too long");
    };
    Ok(new_bytes_filled(total, a.mutable, |d| match x {
        [] => {}
        [c] => d.fill(*c),
        _ => {
            for chunk in d.chunks_exact_mut(x.len()) {
                chunk.copy_from_slice(x);
            }
        }
    }))
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
    if a.data().is_empty() {
        return 0;
    }
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
        // 0 (and -1 when signed) fit in zero bytes
        let trimmed = length == 0 && bytes.len() == 1 && bytes[0] == fill;
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
        ("lstrip", m_lstrip),
        ("rsplit", m_rsplit),
        ("splitlines", m_splitlines),
        ("rstrip", m_rstrip),
        ("rfind", m_rfind),
        ("rindex", m_rindex),
        ("removeprefix", m_removeprefix),
        ("removesuffix", m_removesuffix),
        ("ljust", m_ljust),
        ("rjust", m_rjust),
        ("center", m_center),
        ("zfill", m_zfill),
        ("isalnum", m_isalnum),
        ("isascii", m_isascii),
        ("isupper", m_isupper),
        ("islower", m_islower),
        ("swapcase", m_swapcase),
        ("capitalize", m_capitalize),
        ("title", m_title),
        ("partition", m_partition),
        ("rpartition", m_rpartition),
    ];
    for cls in [bytes_cls, ba_cls] {
        cls.add_methods(common);
        let fh = crate::builtins::make_classmethod(new_builtin("fromhex", m_fromhex, Value::from_ptr(cls)));
        cls.set_attr(intern("fromhex"), fh).unwrap();
    }
    let mutators: &[(&'static str, NativeFn)] =
        &[("append", m_append), ("extend", m_extend), ("pop", m_pop), ("clear", m_clear), ("reverse", m_reverse),
          ("copy", m_copy), ("insert", m_insert), ("remove", m_remove)];
    ba_cls.add_methods(mutators);
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
