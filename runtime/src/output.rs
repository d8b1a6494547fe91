//! Buffered standard output shared by `print` and the CLI. CPython block-
//! buffers stdout when it is not a terminal; so do we, and flush at exit and
//! before anything is written to stderr.

use parking_lot::Mutex;
use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

struct Out {
    buf: Vec<u8>,
    tty: bool,
}

static OUT: OnceLock<Mutex<Out>> = OnceLock::new();

fn out() -> &'static Mutex<Out> {
    OUT.get_or_init(|| Mutex::new(Out { buf: Vec::with_capacity(1 << 16), tty: std::io::stdout().is_terminal() }))
}

/// Appends text to stdout's buffer.
pub fn write_stdout(s: &str) {
    let mut o = out().lock();
    o.buf.extend_from_slice(s.as_bytes());
    if o.buf.len() >= (1 << 16) || (o.tty && s.contains('\n')) {
        let data = std::mem::take(&mut o.buf);
        drop(o);
        let _ = std::io::stdout().lock().write_all(&data);
        if out().lock().tty {
            let _ = std::io::stdout().flush();
        }
    }
}

/// Writes everything buffered to stdout.
pub fn flush_stdout() {
    let data = std::mem::take(&mut out().lock().buf);
    let mut so = std::io::stdout().lock();
    let _ = so.write_all(&data);
    let _ = so.flush();
}

/// Writes to stderr after flushing stdout (keeps the two in order on a terminal).
pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}
