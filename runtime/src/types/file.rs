//! Files made by `open()`: text files (`_io.TextIOWrapper`) and binary files
//! (`_io.BufferedReader`, `BufferedWriter`, `BufferedRandom`), with
//! read/readline/readlines/write/writelines/seek/tell/truncate/flush/close,
//! iteration by line and use as a context manager.
//!
//! One object type serves all four classes. Its OS file sits behind a small
//! buffer of our own (`Io`) that reads ahead and collects writes, so a file
//! opened for both reading and writing (`r+`, `w+b`, ...) can switch between
//! the two: a write first moves the OS position back over the unread
//! read-ahead, a read first writes the pending bytes. Text files decode and
//! encode (UTF-8, ASCII or Latin-1) and translate newlines as CPython does
//! (`newline=None`, `''`, `'\n'`, `'\r'`, `'\r\n'`); their `tell()` cookie is
//! the byte position.

use crate::methods::{check_args, int_arg, kwarg};
use crate::object::{alloc_obj, downcast};
use crate::types::class::{new_class, type_name, ClassObj, Layout, NativeFn};
use crate::types::function::new_builtin;
use crate::types::str::{as_str, intern, new_str, repr_str};
use crate::types::tuple::new_tuple;
use crate::{raise, Exc, PyResult};
use morel_heap::Value;
use parking_lot::{Mutex, MutexGuard};
use std::collections::HashSet;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::io::{AsRawFd, FromRawFd};
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

/// Read-ahead and write-behind size.
const BUF: usize = 8192;

/// Where lines end when reading (and what `\n` becomes when writing text).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Newline {
    /// Binary files: `\n`.
    Bytes,
    /// `newline=None`: lines end at `\r`, `\n` or `\r\n`, all read as `\n`.
    Universal,
    /// `newline=''`: lines end at `\r`, `\n` or `\r\n`, kept as they are.
    Any,
    Lf,
    Cr,
    CrLf,
}

/// A text file's codec.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// The OS file with its read-ahead (`rbuf[rpos..]`) and pending writes.
struct Io {
    file: std::fs::File,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
}

impl Io {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    fn flush_writes(&mut self) -> std::io::Result<()> {
        if !self.wbuf.is_empty() {
            let r = self.file.write_all(&self.wbuf);
            self.wbuf.clear();
            r?;
        }
        Ok(())
    }

    /// Forgets the read-ahead, moving the OS position back to the logical one.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let n = self.unread();
        self.rbuf.clear();
        self.rpos = 0;
        if n > 0 {
            self.file.seek(SeekFrom::Current(-(n as i64)))?;
        }
        Ok(())
    }

    /// Reads more bytes after the unread ones; false at end of file.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.flush_writes()?;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        } else if self.rpos >= BUF {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + BUF, 0);
        loop {
            match self.file.read(&mut self.rbuf[old..]) {
                Ok(n) => {
                    self.rbuf.truncate(old + n);
                    return Ok(n > 0);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.rbuf.truncate(old);
                    return Err(e);
                }
            }
        }
    }

    /// Everything up to the end of the file.
    fn read_all(&mut self) -> std::io::Result<Vec<u8>> {
        self.flush_writes()?;
        let mut out = self.rbuf[self.rpos..].to_vec();
        self.rbuf.clear();
        self.rpos = 0;
        self.file.read_to_end(&mut out)?;
        Ok(out)
    }

    /// At most `n` bytes (fewer only at the end of the file).
    fn read_n(&mut self, n: usize) -> std::io::Result<Vec<u8>> {
        while self.unread() < n {
            if !self.fill()? {
                break;
            }
        }
        let k = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + k].to_vec();
        self.rpos += k;
        Ok(out)
    }

    /// Makes the next line (terminator included) available as
    /// `rbuf[rpos..rpos + len]` and returns `len` (0 at the end of the file).
    /// Nothing is consumed.
    fn find_line(&mut self, nl: Newline) -> std::io::Result<usize> {
        let mut scanned = 0;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let mut need_more = false;
            let found = match nl {
                Newline::Bytes | Newline::Lf => avail[scanned..].iter().position(|&b| b == b'\n').map(|i| scanned + i + 1),
                Newline::Cr => avail[scanned..].iter().position(|&b| b == b'\r').map(|i| scanned + i + 1),
                Newline::CrLf => {
                    let from = scanned.saturating_sub(1);
                    avail[from..].windows(2).position(|w| w == b"\r\n").map(|i| from + i + 2)
                }
                Newline::Universal | Newline::Any => match avail[scanned..].iter().position(|&b| b == b'\n' || b == b'\r') {
                    Some(i) => {
                        let i = scanned + i;
                        if avail[i] == b'\n' {
                            Some(i + 1)
                        } else if i + 1 < avail.len() {
                            Some(if avail[i + 1] == b'\n' { i + 2 } else { i + 1 })
                        } else {
                            // a `\r` last in the buffer: is a `\n` next?
                            need_more = true;
                            scanned = i;
                            None
                        }
                    }
                    None => None,
                },
            };
            if let Some(len) = found {
                return Ok(len);
            }
            if !need_more {
                scanned = avail.len();
            }
            if !self.fill()? {
                return Ok(self.unread());
            }
        }
    }

    /// The logical position.
    fn tell(&mut self) -> std::io::Result<u64> {
        self.flush_writes()?;
        let pos = self.file.stream_position()?;
        Ok(pos - self.unread() as u64)
    }

    /// `lseek(fd, off, whence)` from the logical position.
    fn seek(&mut self, off: i64, whence: i32) -> std::io::Result<u64> {
        self.flush_writes()?;
        self.drop_read_ahead()?;
        // SAFETY: plain lseek on the descriptor this `File` owns.
        let r = unsafe { libc::lseek(self.file.as_raw_fd(), off as libc::off_t, whence) };
        if r < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(r as u64)
    }

    /// Writes at the logical position; `skip_read_ahead` (text files, as
    /// CPython's text layer does) writes after the read-ahead instead.
    fn write(&mut self, data: &[u8], skip_read_ahead: bool) -> std::io::Result<()> {
        if self.unread() > 0 && !skip_read_ahead {
            self.drop_read_ahead()?;
        } else {
            self.rbuf.clear();
            self.rpos = 0;
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= BUF {
            self.flush_writes()?;
        }
        Ok(())
    }
}

impl Drop for Io {
    fn drop(&mut self) {
        let _ = self.flush_writes();
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Reader,
    Writer,
    Random,
}

#[repr(C)]
pub struct FileObj {
    pub header: crate::object::ObjHeader,
    io: Mutex<Option<Io>>,
    pub name: Value,
    pub mode: Value,
    /// Text files: the encoding as given (or "UTF-8") and the errors handler.
    encoding: Value,
    errors: Value,
    kind: Kind,
    readable: bool,
    writable: bool,
    newline: Newline,
    codec: Codec,
}

unsafe fn finalize_file(o: *mut morel_heap::GcHeader) {
    let f = o as *mut FileObj;
    // SAFETY: called once by the sweeper on a dead file: it leaves the
    // registry of open files, then dropping its `Io` flushes and closes it
    // (no heap access).
    unsafe {
        open_files().lock().remove(&(f as usize));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*f).io));
    }
}

crate::py_vtable!(
    FileObj,
    "TextIOWrapper",
    |o, t| {
        t.value(o.name);
        t.value(o.mode);
        t.value(o.encoding);
        t.value(o.errors);
    },
    Some(finalize_file)
);

/// Addresses of the files opened for writing and not yet closed or
/// collected: flushed at exit (`flush_all`).
fn open_files() -> &'static Mutex<HashSet<usize>> {
    static FILES: OnceLock<Mutex<HashSet<usize>>> = OnceLock::new();
    FILES.get_or_init(|| Mutex::new(HashSet::new()))
}

/// Writes out what every open file still buffers (at exit).
pub fn flush_all() {
    let files = open_files().lock();
    for &addr in files.iter() {
        // SAFETY: a registered file has been neither closed nor finalized
        // (both remove it under this lock), so it is a live FileObj.
        let f = unsafe { &*(addr as *const FileObj) };
        if let Some(mut g) = f.io.try_lock() {
            if let Some(io) = g.as_mut() {
                let _ = io.flush_writes();
            }
        }
    }
}

struct FileClasses {
    text: usize,
    reader: usize,
    writer: usize,
    random: usize,
    unsupported: usize,
}
static CLASSES: OnceLock<FileClasses> = OnceLock::new();

fn classes() -> &'static FileClasses {
    CLASSES.get().expect("file classes installed")
}

/// `io.UnsupportedOperation(msg)`.
fn unsupported(msg: &str) -> Exc {
    // SAFETY: the class is immortal (rooted at install).
    let cls = unsafe { &*(classes().unsupported as *const ClassObj) };
    Exc(crate::types::exception::new_exception_with_args(cls, new_tuple(&[new_str(msg)])))
}

fn file_of(args: &[Value], what: &str) -> PyResult<&'static FileObj> {
    match args.first().and_then(|v| downcast::<FileObj>(*v)) {
        Some(f) => Ok(f),
        None => raise!(type_error, "descriptor '{}' requires a file object", what),
    }
}

/// The file and, when it is shared, its lock: a file's buffers and handle
/// are plain Rust state, so every method on a shared file (reads too)
/// runs under the file's lock, one at a time.
fn locked_file(args: &[Value], what: &str) -> PyResult<(&'static FileObj, crate::object::WriteGuard)> {
    let f = file_of(args, what)?;
    Ok((f, crate::object::lock_if_shared(&f.header)))
}

/// An OSError of the class CPython picks for the error's errno.
fn os_error(e: std::io::Error, path: Option<Value>) -> Exc {
    crate::types::exception::os_error_from_io(&e, path)
}

fn io_err(e: std::io::Error) -> Exc {
    os_error(e, None)
}

/// The operations whose errors differ between the file kinds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Read,
    Read1,
    ReadInto,
    Peek,
    ReadLine,
    ReadLines,
    Write,
    WriteLines,
    Seek,
    Tell,
    Truncate,
    Flush,
    Query,
    Enter,
}

impl FileObj {
    fn lock(&self) -> MutexGuard<'_, Option<Io>> {
        if let Some(g) = self.io.try_lock() {
            return g;
        }
        // Contended: wait as a blocked thread so collections can go ahead.
        morel_heap::blocking(|| self.io.lock())
    }

    fn is_text(&self) -> bool {
        self.kind == Kind::Text
    }

    /// The error for `op` on this file once closed.
    #[cold]
    fn closed_error(&self, op: Op) -> Exc {
        let period = || crate::exc!(value_error, "I/O operation on closed file.");
        let plain = || crate::exc!(value_error, "I/O operation on closed file");
        if self.is_text() {
            return if op == Op::Query { plain() } else { period() };
        }
        match op {
            Op::Read | Op::Read1 | Op::ReadInto | Op::ReadLine if !self.readable => {
                unsupported(if op == Op::Read1 { "read1" } else { "read" })
            }
            Op::Read | Op::Read1 => crate::exc!(value_error, "read of closed file"),
            Op::ReadInto => crate::exc!(value_error, "readinto of closed file"),
            Op::ReadLine => crate::exc!(value_error, "readline of closed file"),
            Op::Peek => crate::exc!(value_error, "peek of closed file"),
            Op::Write if !self.writable => unsupported("write"),
            Op::Write => crate::exc!(value_error, "write to closed file"),
            Op::Seek => crate::exc!(value_error, "seek of closed file"),
            Op::Truncate => crate::exc!(value_error, "truncate of closed file"),
            Op::Flush if self.writable => crate::exc!(value_error, "flush of closed file"),
            Op::Tell | Op::Query => plain(),
            _ => period(),
        }
    }

    /// The open `Io` for `op`, checking that the file is open and that it
    /// reads (or writes) when `op` does.
    fn io_for(&self, op: Op) -> PyResult<MutexGuard<'_, Option<Io>>> {
        if !self.is_text() && op != Op::Truncate {
            // binary files check the capability first (truncate: after)
            self.check_capable(op)?;
        }
        let g = self.lock();
        if g.is_none() {
            return Err(self.closed_error(op));
        }
        if self.is_text() || op == Op::Truncate {
            self.check_capable(op)?;
        }
        Ok(g)
    }

    /// Binary files refuse an operation they cannot do before looking at
    /// its arguments (or at whether they are closed).
    fn binary_precheck(&self, op: Op) -> PyResult<()> {
        if self.is_text() {
            return Ok(());
        }
        self.check_capable(op)
    }

    fn check_capable(&self, op: Op) -> PyResult<()> {
        match op {
            Op::Read | Op::Read1 | Op::ReadInto | Op::ReadLine | Op::ReadLines | Op::Peek if !self.readable => {
                Err(unsupported(if self.is_text() {
                    "not readable"
                } else if op == Op::Read1 {
                    "read1"
                } else {
                    "read"
                }))
            }
            Op::Write | Op::WriteLines if !self.writable => Err(unsupported(if self.is_text() { "not writable" } else { "write" })),
            Op::Truncate if !self.writable => Err(unsupported("truncate")),
            _ => Ok(()),
        }
    }

    fn decode(&self, b: &[u8]) -> PyResult<String> {
        let errors = as_str(self.errors).unwrap_or("strict");
        if self.codec == Codec::Utf8 {
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
        }
        crate::types::bytes::decode(b, self.codec.name(), errors)
    }
}

/// Bytes a UTF-8 sequence starting with `b` takes (1 for stray bytes).
fn utf8_width(b: u8) -> usize {
    match b {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// What `open()` opens: a path, or a file descriptor (`open(0)`).
enum Target {
    Path(String),
    Fd(i32),
}

fn path_value(v: Option<Value>) -> PyResult<(Value, Target)> {
    let Some(v) = v else {
        return raise!(type_error, "open() missing required argument 'file' (pos 1)");
    };
    if crate::types::int::is_intlike(v) && !v.is_bool() {
        return match crate::types::int::to_i64(v).and_then(|n| i32::try_from(n).ok()) {
            Some(fd) if fd >= 0 => Ok((v, Target::Fd(fd))),
            Some(_) => raise!(value_error, "negative file descriptor"),
            None => raise!(overflow_error, "signed integer is greater than maximum"),
        };
    }
    path_str(v).map(|(v, p)| (v, Target::Path(p)))
}

fn path_str(v: Value) -> PyResult<(Value, String)> {
    if let Some(s) = as_str(v) {
        return Ok((v, s.to_string()));
    }
    if let Some(b) = crate::types::bytes::as_bytes(v).filter(|b| !b.mutable) {
        return Ok((v, String::from_utf8_lossy(b.data()).into_owned()));
    }
    if crate::types::class::as_instance(v).is_some() {
        if let Some(m) = crate::types::class::class_of(v).lookup_str("__fspath__") {
            let p = crate::call::call(m, &[v], &[])?;
            if let Some(s) = as_str(p) {
                return Ok((v, s.to_string()));
            }
        }
    }
    raise!(type_error, "expected str, bytes or os.PathLike object, not {}", type_name(v))
}

/// An optional str argument (None allowed).
fn opt_str_arg(v: Option<Value>, what: &str) -> PyResult<Option<&'static str>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s)),
            None => raise!(type_error, "open() argument '{}' must be str or None, not {}", what, type_name(v)),
        },
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(args: &[Value], kw: Kw) -> PyResult {
    const NAMES: [&str; 8] = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    if args.len() > NAMES.len() {
        return raise!(type_error, "open() takes at most 8 arguments ({} given)", args.len());
    }
    for (k, _) in kw {
        let k = as_str(*k).unwrap_or("");
        match NAMES.iter().position(|n| *n == k) {
            None => return raise!(type_error, "'{}' is an invalid keyword argument for open()", k),
            Some(i) if i < args.len() => {
                return raise!(type_error, "argument for open() given by name ('{}') and position ({})", k, i + 1)
            }
            _ => {}
        }
    }
    let arg = |i: usize| args.get(i).copied().or_else(|| kwarg(kw, NAMES[i]));
    let (name, target) = path_value(arg(0))?;
    let mode_v = arg(1).unwrap_or_else(|| intern("r"));
    let Some(mode) = as_str(mode_v) else {
        return raise!(type_error, "open() argument 'mode' must be str, not {}", type_name(mode_v));
    };
    let buffering = match arg(2) {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    let encoding = opt_str_arg(arg(3), "encoding")?;
    let errors = opt_str_arg(arg(4), "errors")?;
    let newline = opt_str_arg(arg(5), "newline")?;

    // the mode: each letter at most once, one of r/w/a/x, '+' optional
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return raise!(value_error, "invalid mode: '{}'", mode);
        }
        seen.push(c);
    }
    let has = |c| seen.contains(c);
    let (text, binary) = (has('t'), has('b'));
    if text && binary {
        return raise!(value_error, "can't have text and binary mode at once");
    }
    let kinds = ['r', 'w', 'a', 'x'].iter().filter(|c| has(**c)).count();
    if kinds > 1 {
        return raise!(value_error, "must have exactly one of create/read/write/append mode");
    }
    if kinds == 0 {
        return raise!(value_error, "Must have exactly one of create/read/write/append mode and at most one plus");
    }
    if binary && encoding.is_some() {
        return raise!(value_error, "binary mode doesn't take an encoding argument");
    }
    if binary && errors.is_some() {
        return raise!(value_error, "binary mode doesn't take an errors argument");
    }
    if binary && newline.is_some() {
        return raise!(value_error, "binary mode doesn't take a newline argument");
    }
    if !binary && buffering == 0 {
        return raise!(value_error, "can't have unbuffered text I/O");
    }
    let nl = if binary {
        Newline::Bytes
    } else {
        match newline {
            None => Newline::Universal,
            Some("") => Newline::Any,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(other) => return raise!(value_error, "illegal newline value: {}", other),
        }
    };
    let codec = match encoding.map(|e| e.to_ascii_lowercase().replace('_', "-")) {
        None => Codec::Utf8,
        Some(e) => match e.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" => Codec::Ascii,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" | "latin" => Codec::Latin1,
            _ => return raise!(lookup_error, "unknown encoding: {}", encoding.unwrap()),
        },
    };

    let plus = has('+');
    let (readable, writable) = (has('r') || plus, !has('r') || plus);
    let mut file = match target {
        Target::Path(path) => {
            let mut oo = std::fs::OpenOptions::new();
            oo.read(readable);
            if has('w') {
                oo.write(true).create(true).truncate(true);
            } else if has('a') {
                oo.append(true).create(true);
            } else if has('x') {
                oo.write(true).create_new(true);
            } else if plus {
                oo.write(true);
            }
            oo.open(&path).map_err(|e| os_error(e, Some(name)))?
        }
        Target::Fd(fd) => {
            let closefd = match arg(6) {
                Some(v) => crate::ops::truthy(v)?,
                None => true,
            };
            // the file owns a descriptor: this one, or a duplicate when the
            // caller keeps it (closefd=False)
            // SAFETY: plain fcntl/dup calls on an integer descriptor.
            let owned = unsafe {
                if libc::fcntl(fd, libc::F_GETFD) < 0 {
                    -1
                } else if closefd {
                    fd
                } else {
                    libc::dup(fd)
                }
            };
            if owned < 0 {
                return Err(io_err(std::io::Error::last_os_error()));
            }
            // SAFETY: `owned` is an open descriptor that nothing else will close.
            unsafe { std::fs::File::from_raw_fd(owned) }
        }
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(crate::types::exception::new_os_error(libc::EISDIR, "Is a directory", Some(name)));
    }
    if has('a') {
        // (a pipe cannot seek: appending to one is writing)
        let _ = file.seek(SeekFrom::End(0));
    }
    let kind = match (binary, readable, writable) {
        (false, _, _) => Kind::Text,
        (true, true, true) => Kind::Random,
        (true, true, false) => Kind::Reader,
        _ => Kind::Writer,
    };
    let fc = classes();
    let cls = match kind {
        Kind::Text => fc.text,
        Kind::Reader => fc.reader,
        Kind::Writer => fc.writer,
        Kind::Random => fc.random,
    } as *const ClassObj;
    // binary files report the normalised mode (rb, wb, ab, xb, rb+, ...)
    let mode_out = if binary {
        let base = if has('x') {
            "xb"
        } else if has('a') {
            "ab"
        } else if has('r') || plus {
            "rb"
        } else {
            "wb"
        };
        let base = if has('w') && plus { "rb" } else { base };
        new_str(&format!("{}{}", base, if plus { "+" } else { "" }))
    } else {
        mode_v
    };
    let enc_v = if binary {
        Value::NONE
    } else {
        match encoding {
            Some(_) => arg(3).unwrap(),
            None => intern("UTF-8"),
        }
    };
    let errors_v = if binary {
        Value::NONE
    } else {
        match errors {
            Some(_) => arg(4).unwrap(),
            None => intern("strict"),
        }
    };
    let io = Io { file, rbuf: Vec::new(), rpos: 0, wbuf: Vec::new() };
    let f = alloc_obj::<FileObj>(cls, |header| FileObj {
        header,
        io: Mutex::new(Some(io)),
        name,
        mode: mode_out,
        encoding: enc_v,
        errors: errors_v,
        kind,
        readable,
        writable,
        newline: nl,
        codec,
    });
    if writable {
        open_files().lock().insert(f as *const FileObj as usize);
    }
    Ok(Value::from_ptr(f))
}

/// A size argument: an int, or None for "all" (-1).
fn size_arg(v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) if crate::types::int::is_intlike(*v) => Ok(crate::types::int::to_i64(*v).unwrap_or(i64::MAX)),
        Some(v) => raise!(type_error, "argument should be integer or None, not '{}'", type_name(*v)),
    }
}

/// Reads text: everything (`n < 0`) or `n` characters.
fn read_text(f: &FileObj, io: &mut Io, n: i64) -> PyResult<String> {
    if n < 0 {
        let b = io.read_all().map_err(io_err)?;
        let s = f.decode(&b)?;
        return Ok(if f.newline == Newline::Universal && s.contains('\r') { s.replace("\r\n", "\n").replace('\r', "\n") } else { s });
    }
    let mut out = Vec::new();
    let mut count = 0;
    while count < n {
        if io.unread() == 0 && !io.fill().map_err(io_err)? {
            break;
        }
        let b = io.rbuf[io.rpos];
        if b == b'\r' && f.newline == Newline::Universal {
            if io.unread() < 2 {
                io.fill().map_err(io_err)?;
            }
            io.rpos += 1;
            if io.unread() > 0 && io.rbuf[io.rpos] == b'\n' {
                io.rpos += 1;
            }
            out.push(b'\n');
        } else {
            let w = if f.codec == Codec::Utf8 { utf8_width(b) } else { 1 };
            while io.unread() < w {
                if !io.fill().map_err(io_err)? {
                    break;
                }
            }
            let w = w.min(io.unread());
            out.extend_from_slice(&io.rbuf[io.rpos..io.rpos + w]);
            io.rpos += w;
        }
        count += 1;
    }
    f.decode(&out)
}

/// The next text line (at most `limit` characters when `limit >= 0`).
fn readline_text(f: &FileObj, io: &mut Io, limit: i64) -> PyResult<String> {
    let len = io.find_line(f.newline).map_err(io_err)?;
    let raw = &io.rbuf[io.rpos..io.rpos + len];
    let mut s = f.decode(raw)?;
    let mut used = len;
    if limit >= 0 && (limit as usize) < s.chars().count() {
        let cut = s.char_indices().nth(limit as usize).map(|(i, _)| i).unwrap_or(s.len());
        s.truncate(cut);
        // the bytes of the characters kept
        used = match f.codec {
            Codec::Utf8 => cut,
            _ => limit as usize,
        };
        // a `\r\n` split after its `\r` is taken whole
        if f.newline == Newline::Universal && s.ends_with('\r') && raw.get(used) == Some(&b'\n') {
            used += 1;
        }
    }
    io.rpos += used;
    if f.newline == Newline::Universal && s.ends_with('\r') {
        s.pop();
        s.push('\n');
    } else if f.newline == Newline::Universal && s.ends_with("\r\n") {
        s.truncate(s.len() - 2);
        s.push('\n');
    }
    Ok(s)
}

/// The next binary line (at most `limit` bytes when `limit >= 0`).
fn readline_bytes(io: &mut Io, limit: i64) -> PyResult<Vec<u8>> {
    let len = io.find_line(Newline::Bytes).map_err(io_err)?;
    let take = if limit >= 0 { len.min(limit as usize) } else { len };
    let out = io.rbuf[io.rpos..io.rpos + take].to_vec();
    io.rpos += take;
    Ok(out)
}

/// One line as a value ('' or b'' at the end).
fn read_line_value(f: &FileObj, limit: i64) -> PyResult {
    let mut g = f.io_for(Op::ReadLine)?;
    let io = g.as_mut().unwrap();
    if f.is_text() {
        let s = readline_text(f, io, limit)?;
        drop(g);
        Ok(new_str(&s))
    } else {
        let b = readline_bytes(io, limit)?;
        drop(g);
        Ok(crate::types::bytes::new_bytes(b, false))
    }
}

fn f_read(args: &[Value], kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "read")?;
    f.binary_precheck(Op::Read)?;
    check_args("read", args, kw, 0, 1)?;
    let n = size_arg(args.get(1))?;
    let mut g = f.io_for(Op::Read)?;
    let io = g.as_mut().unwrap();
    if f.is_text() {
        let s = read_text(f, io, n)?;
        drop(g);
        return Ok(new_str(&s));
    }
    let b = if n < 0 { io.read_all() } else { io.read_n(n as usize) }.map_err(io_err)?;
    drop(g);
    Ok(crate::types::bytes::new_bytes(b, false))
}

fn f_read1(args: &[Value], kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "read1")?;
    f.binary_precheck(Op::Read1)?;
    check_args("read1", args, kw, 0, 1)?;
    let n = size_arg(args.get(1))?;
    let mut g = f.io_for(Op::Read1)?;
    let io = g.as_mut().unwrap();
    if io.unread() == 0 {
        io.fill().map_err(io_err)?;
    }
    let k = if n < 0 { io.unread() } else { (n as usize).min(io.unread()) };
    let b = io.rbuf[io.rpos..io.rpos + k].to_vec();
    io.rpos += k;
    drop(g);
    Ok(crate::types::bytes::new_bytes(b, false))
}

fn f_peek(args: &[Value], kw: Kw) -> PyResult {
    check_args("peek", args, kw, 0, 1)?;
    let (f, _g) = locked_file(args, "peek")?;
    let mut g = f.io_for(Op::Peek)?;
    let io = g.as_mut().unwrap();
    if io.unread() == 0 {
        io.fill().map_err(io_err)?;
    }
    let b = io.rbuf[io.rpos..].to_vec();
    drop(g);
    Ok(crate::types::bytes::new_bytes(b, false))
}

fn f_readinto(args: &[Value], kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "readinto")?;
    f.binary_precheck(Op::ReadInto)?;
    check_args("readinto", args, kw, 1, 1)?;
    let target = match crate::types::bytes::as_bytes(args[1]) {
        Some(b) if b.mutable => b,
        _ => return raise!(type_error, "readinto() argument must be read-write bytes-like object, not {}", type_name(args[1])),
    };
    let n = target.data().len();
    let mut g = f.io_for(Op::ReadInto)?;
    let data = g.as_mut().unwrap().read_n(n).map_err(io_err)?;
    drop(g);
    crate::types::bytes::write_at(target, 0, &data);
    Ok(Value::small_int(data.len() as i64))
}

fn f_readline(args: &[Value], kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "readline")?;
    check_args("readline", args, kw, 0, 1)?;
    let limit = match args.get(1) {
        Some(v) if f.is_text() && !v.is_none() => int_arg(*v)?,
        v => size_arg(v)?,
    };
    read_line_value(f, limit)
}

fn f_readlines(args: &[Value], kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "readlines")?;
    check_args("readlines", args, kw, 0, 1)?;
    let hint = size_arg(args.get(1))?;
    if f.lock().is_none() {
        return Err(f.closed_error(Op::ReadLines));
    }
    f.io_for(Op::ReadLines).map(drop)?;
    let out = crate::types::list::new_list_obj(0);
    let mut total = 0usize;
    loop {
        let line = read_line_value(f, -1)?;
        let n = crate::ops::len(line)?;
        if n == 0 {
            break;
        }
        out.append(line);
        total += n;
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(Value::from_ptr(out))
}

/// The next line of a file (iteration).
pub fn file_next(it: Value) -> PyResult<Option<Value>> {
    let f = downcast::<FileObj>(it).unwrap();
    let line = read_line_value(f, -1)?;
    Ok(if crate::ops::len(line)? == 0 { None } else { Some(line) })
}

fn f_next(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "__next__")?;
    match file_next(Value::from_ptr(f))? {
        Some(v) => Ok(v),
        None => {
            // SAFETY: builtin classes are immortal.
            let cls = unsafe { &*crate::classes().stop_iteration };
            Err(Exc(crate::types::exception::new_exception_with_args(cls, new_tuple(&[]))))
        }
    }
}

/// Writes `v` (str for text files, a bytes-like object for binary ones);
/// returns the count CPython reports.
fn write_value(f: &FileObj, v: Value) -> PyResult<usize> {
    if f.is_text() {
        let Some(s) = as_str(v) else {
            // closed first, then the type, then whether the file writes
            if f.lock().is_none() {
                return Err(f.closed_error(Op::Write));
            }
            return raise!(type_error, "write() argument must be str, not {}", type_name(v));
        };
        let n = crate::types::str::str_obj(v).map(|o| o.char_len()).unwrap_or(0);
        let translated;
        let text = match f.newline {
            Newline::Cr if s.contains('\n') => {
                translated = s.replace('\n', "\r");
                translated.as_str()
            }
            Newline::CrLf if s.contains('\n') => {
                translated = s.replace('\n', "\r\n");
                translated.as_str()
            }
            _ => s,
        };
        let bytes = match f.codec {
            Codec::Utf8 => None,
            c => Some(crate::types::bytes::encode(text, c.name(), as_str(f.errors).unwrap_or("strict"))?),
        };
        let mut g = f.io_for(Op::Write)?;
        g.as_mut().unwrap().write(bytes.as_deref().unwrap_or(text.as_bytes()), true).map_err(io_err)?;
        return Ok(n);
    }
    f.binary_precheck(Op::Write)?;
    let Some(b) = crate::types::bytes::as_bytes(v) else {
        return raise!(type_error, "a bytes-like object is required, not '{}'", type_name(v));
    };
    let data = b.data().to_vec();
    let mut g = f.io_for(Op::Write)?;
    g.as_mut().unwrap().write(&data, false).map_err(io_err)?;
    Ok(data.len())
}

fn f_write(args: &[Value], kw: Kw) -> PyResult {
    check_args("write", args, kw, 1, 1)?;
    let (f, _g) = locked_file(args, "write")?;
    Ok(Value::small_int(write_value(f, args[1])? as i64))
}

fn f_writelines(args: &[Value], kw: Kw) -> PyResult {
    check_args("writelines", args, kw, 1, 1)?;
    let (f, _g) = locked_file(args, "writelines")?;
    if f.lock().is_none() {
        return Err(f.closed_error(Op::WriteLines));
    }
    f.io_for(Op::WriteLines).map(drop)?;
    let it = crate::ops::iter(args[1])?;
    while let Some(line) = crate::ops::next(it)? {
        write_value(f, line)?;
    }
    Ok(Value::NONE)
}

fn close_file(f: &FileObj) -> PyResult<()> {
    let io = f.lock().take();
    if let Some(mut io) = io {
        open_files().lock().remove(&(f as *const FileObj as usize));
        let r = io.flush_writes();
        drop(io);
        r.map_err(io_err)?;
    }
    Ok(())
}

fn f_close(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "close")?;
    close_file(f)?;
    Ok(Value::NONE)
}

fn f_flush(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "flush")?;
    let mut g = f.io_for(Op::Flush)?;
    g.as_mut().unwrap().flush_writes().map_err(io_err)?;
    Ok(Value::NONE)
}

fn f_tell(args: &[Value], kw: Kw) -> PyResult {
    check_args("tell", args, kw, 0, 0)?;
    let (f, _g) = locked_file(args, "tell")?;
    let mut g = f.io_for(Op::Tell)?;
    let p = g.as_mut().unwrap().tell().map_err(io_err)?;
    Ok(crate::types::int::int_from_i64(p as i64))
}

fn f_seek(args: &[Value], kw: Kw) -> PyResult {
    check_args("seek", args, kw, 1, 2)?;
    let (f, _g) = locked_file(args, "seek")?;
    if f.is_text() {
        return text_seek(f, args);
    }
    let off = int_arg(args[1])?;
    let whence = match args.get(2) {
        Some(w) => int_arg(*w)?,
        None => 0,
    };
    let mut g = f.io_for(Op::Seek)?;
    if !(0..=4).contains(&whence) {
        return raise!(value_error, "whence value {} unsupported", whence);
    }
    let p = g.as_mut().unwrap().seek(off, whence as i32).map_err(io_err)?;
    Ok(crate::types::int::int_from_i64(p as i64))
}

/// A text file's `seek(cookie, whence)`: the cookie is a byte position
/// (returned as given for whence 0). The cookie is examined (which may run
/// Python code) before the file is locked.
#[cold]
fn text_seek(f: &FileObj, args: &[Value]) -> PyResult {
    let cookie = args[1];
    let whence = match args.get(2) {
        Some(w) => int_arg(*w)?,
        None => 0,
    };
    if f.lock().is_none() {
        return Err(f.closed_error(Op::Seek));
    }
    let zero = Value::small_int(0);
    let pos = match whence {
        0 => {
            if crate::ops::truthy(crate::ops::compare(crate::ops::CmpOp::Lt, cookie, zero)?)? {
                return raise!(value_error, "negative seek position {}", crate::ops::repr(cookie)?);
            }
            Some(if cookie.is_float() { cookie.as_float() as i64 } else { int_arg(cookie)? })
        }
        1 | 2 => {
            if !crate::ops::eq(cookie, zero)? {
                return Err(unsupported(if whence == 1 { "can't do nonzero cur-relative seeks" } else { "can't do nonzero end-relative seeks" }));
            }
            None
        }
        _ => return raise!(value_error, "invalid whence ({}, should be 0, 1 or 2)", whence),
    };
    let mut g = f.io_for(Op::Seek)?;
    let io = g.as_mut().unwrap();
    match pos {
        Some(p) => {
            io.seek(p, 0).map_err(io_err)?;
            Ok(cookie)
        }
        None => {
            let p = if whence == 1 { io.tell() } else { io.seek(0, 2) }.map_err(io_err)?;
            Ok(crate::types::int::int_from_i64(p as i64))
        }
    }
}

fn f_truncate(args: &[Value], kw: Kw) -> PyResult {
    check_args("truncate", args, kw, 0, 1)?;
    let (f, _g) = locked_file(args, "truncate")?;
    let mut g = f.io_for(Op::Truncate)?;
    let size = match args.get(1) {
        Some(v) if !v.is_none() => Some(int_arg(*v)?),
        _ => None,
    };
    let io = g.as_mut().unwrap();
    io.flush_writes().map_err(io_err)?;
    io.drop_read_ahead().map_err(io_err)?;
    let size = match size {
        Some(n) if n < 0 => return Err(crate::types::exception::new_os_error(libc::EINVAL, "Invalid argument", None)),
        Some(n) => n as u64,
        None => io.tell().map_err(io_err)?,
    };
    io.file.set_len(size).map_err(io_err)?;
    Ok(crate::types::int::int_from_i64(size as i64))
}

fn f_fileno(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "fileno")?;
    let g = f.io_for(Op::Query)?;
    Ok(Value::small_int(g.as_ref().unwrap().file.as_raw_fd() as i64))
}

fn f_isatty(args: &[Value], _kw: Kw) -> PyResult {
    use std::io::IsTerminal;
    let (f, _g) = locked_file(args, "isatty")?;
    let g = f.io_for(Op::Query)?;
    Ok(Value::bool(g.as_ref().unwrap().file.is_terminal()))
}

/// readable() / writable() / seekable(): on a closed file, False when the
/// file never could, else ValueError.
fn capability(args: &[Value], what: &str, able: fn(&FileObj) -> bool) -> PyResult {
    let (f, _g) = locked_file(args, what)?;
    if f.lock().is_none() {
        return if !able(f) { Ok(Value::FALSE) } else { Err(f.closed_error(Op::Query)) };
    }
    Ok(Value::bool(able(f)))
}

fn f_readable(args: &[Value], _kw: Kw) -> PyResult {
    capability(args, "readable", |f| f.readable)
}

fn f_writable(args: &[Value], _kw: Kw) -> PyResult {
    capability(args, "writable", |f| f.writable)
}

fn f_seekable(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "seekable")?;
    let g = f.io_for(Op::Query)?;
    // SAFETY: a no-op lseek on the descriptor the open file owns.
    let r = unsafe { libc::lseek(g.as_ref().unwrap().file.as_raw_fd(), 0, libc::SEEK_CUR) };
    Ok(Value::bool(r >= 0))
}

fn f_enter(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "__enter__")?;
    if f.lock().is_none() {
        return Err(f.closed_error(Op::Enter));
    }
    Ok(args[0])
}

fn f_exit(args: &[Value], _kw: Kw) -> PyResult {
    let (f, _g) = locked_file(args, "__exit__")?;
    close_file(f)?;
    Ok(Value::NONE)
}

fn f_iter(args: &[Value], _kw: Kw) -> PyResult {
    check_iterable(args[0])?;
    Ok(args[0])
}

/// `iter(f)`: a closed file cannot be iterated.
pub fn check_iterable(v: Value) -> PyResult<()> {
    if let Some(f) = downcast::<FileObj>(v) {
        if f.lock().is_none() {
            return Err(f.closed_error(Op::Enter));
        }
    }
    Ok(())
}

/// Whether the file is closed (`f.closed`).
pub fn is_closed(v: Value) -> Option<bool> {
    downcast::<FileObj>(v).map(|f| f.lock().is_none())
}

/// The data attributes of files: name, mode, closed, encoding, errors.
pub fn file_attr(v: Value, name: &str) -> Option<Value> {
    let f = downcast::<FileObj>(v)?;
    match name {
        "name" => Some(f.name),
        "mode" => Some(f.mode),
        "closed" => Some(Value::bool(f.lock().is_none())),
        "encoding" | "errors" | "line_buffering" if f.is_text() => Some(match name {
            "encoding" => f.encoding,
            "errors" => f.errors,
            _ => Value::FALSE,
        }),
        _ => None,
    }
}

/// CPython's repr of a file, or None for other values.
pub fn file_repr(v: Value) -> Option<PyResult<String>> {
    let f = downcast::<FileObj>(v)?;
    let cls = crate::types::class::class_of(v).name();
    let name = match crate::ops::repr(f.name) {
        Ok(n) => n,
        Err(e) => return Some(Err(e)),
    };
    Some(Ok(if f.is_text() {
        format!(
            "<_io.{} name={} mode={} encoding={}>",
            cls,
            name,
            repr_str(as_str(f.mode).unwrap_or("")),
            repr_str(as_str(f.encoding).unwrap_or(""))
        )
    } else {
        format!("<_io.{} name={}>", cls, name)
    }))
}

pub fn install(builtins: &crate::types::function::ModuleObj) {
    let c = crate::classes();
    let unsup = new_class("UnsupportedOperation", &[Value::from_ptr(c.os_error), Value::from_ptr(c.value_error)], Layout::Exception);
    unsup.module.set(intern("io"));
    crate::add_root(Value::from_ptr(unsup));
    let common: &[(&'static str, NativeFn)] = &[
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("write", f_write),
        ("writelines", f_writelines),
        ("close", f_close),
        ("flush", f_flush),
        ("seek", f_seek),
        ("tell", f_tell),
        ("truncate", f_truncate),
        ("fileno", f_fileno),
        ("isatty", f_isatty),
        ("readable", f_readable),
        ("writable", f_writable),
        ("seekable", f_seekable),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("__iter__", f_iter),
        ("__next__", f_next),
    ];
    let mk = |name: &str, extra: &[(&'static str, NativeFn)]| {
        let cls = new_class(name, &[], Layout::Builtin);
        cls.module.set(intern("_io"));
        crate::add_root(Value::from_ptr(cls));
        cls.add_methods(common);
        cls.add_methods(extra);
        cls
    };
    let text = mk("TextIOWrapper", &[]);
    let reader = mk("BufferedReader", &[("read1", f_read1), ("readinto", f_readinto), ("peek", f_peek)]);
    let writer = mk("BufferedWriter", &[("read1", f_read1), ("readinto", f_readinto)]);
    let random = mk("BufferedRandom", &[("read1", f_read1), ("readinto", f_readinto), ("peek", f_peek)]);
    let addr = |c: &'static ClassObj| c as *const ClassObj as usize;
    let _ = CLASSES.set(FileClasses {
        text: addr(text),
        reader: addr(reader),
        writer: addr(writer),
        random: addr(random),
        unsupported: addr(unsup),
    });
    crate::ops::register_iterator(<FileObj as crate::object::PyType>::VTABLE, file_next);
    let open_fn = new_builtin("open", open, Value::NONE);
    builtins.set("open", open_fn);
    // `_io`: what lib/io.py re-exports
    let m = crate::types::function::new_module("_io", Value::NONE);
    m.set("open", open_fn);
    m.set("UnsupportedOperation", Value::from_ptr(unsup));
    m.set("TextIOWrapper", Value::from_ptr(text));
    m.set("BufferedReader", Value::from_ptr(reader));
    m.set("BufferedWriter", Value::from_ptr(writer));
    m.set("BufferedRandom", Value::from_ptr(random));
    m.set("DEFAULT_BUFFER_SIZE", Value::small_int(BUF as i64));
    crate::modules::register_module("_io", Value::from_ptr(m));
}
