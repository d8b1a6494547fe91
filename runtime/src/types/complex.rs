//! `complex`: a pair of floats on the heap, with arithmetic, comparison for
//! equality, `abs`, `conjugate`, CPython's repr and the `complex()` constructor.

use crate::object::{alloc_obj, downcast};
use crate::ops::BinOp;
use crate::types::class::{new_class, type_name, ClassObj, Layout};
use crate::types::function::new_builtin;
use crate::types::int::is_intlike;
use crate::types::str::{as_str, intern};
use crate::{raise, PyResult};
use morel_heap::Value;
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

#[repr(C)]
pub struct ComplexObj {
    pub header: crate::object::ObjHeader,
    pub re: f64,
    pub im: f64,
}

crate::py_vtable!(ComplexObj, "complex", |_o, _t| {});

static CLASS: OnceLock<usize> = OnceLock::new();

pub fn new_complex(re: f64, im: f64) -> Value {
    let cls = *CLASS.get().expect("complex installed") as *const ClassObj;
    Value::from_ptr(alloc_obj::<ComplexObj>(cls, |header| ComplexObj { header, re, im }))
}

pub fn as_complex(v: Value) -> Option<&'static ComplexObj> {
    downcast::<ComplexObj>(v)
}

/// A number as (re, im) if it is int, float or complex.
pub fn parts(v: Value) -> Option<(f64, f64)> {
    if let Some(c) = as_complex(v) {
        return Some((c.re, c.im));
    }
    if v.is_float() {
        return Some((v.as_float(), 0.0));
    }
    if is_intlike(v) {
        return crate::types::int::int_to_f64(v).ok().map(|f| (f, 0.0));
    }
    None
}

/// A component as CPython's complex repr writes it (`1`, not `1.0`).
fn component(x: f64) -> String {
    let r = crate::format::float_repr(x);
    match r.strip_suffix(".0") {
        Some(s) => s.to_string(),
        None => r,
    }
}

pub fn repr(c: &ComplexObj) -> String {
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", component(c.im));
    }
    // a NaN imaginary part always shows as `+nanj`, whatever its sign bit
    let sign = if c.im < 0.0 || (c.im == 0.0 && c.im.is_sign_negative()) {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", component(c.re), sign, component(c.im.abs()))
}

/// `a / b` by Smith's method (scaled by the larger part of `b`, which
/// avoids needless overflow); None when `b` is zero.
pub fn quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let ((ar, ai), (br, bi)) = (a, b);
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        // a NaN part in b
        Some((f64::NAN, f64::NAN))
    }
}

/// `a * b` as CPython computes it.
fn prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a ** b`: repeated squaring for small integral exponents (the reciprocal
/// of the power for negative ones), else polar form; an infinite result
/// raises OverflowError.
pub fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult {
    let ((ar, ai), (br, bi)) = (a, b);
    let zero_power = || raise!(zero_division_error, "0.0 to a negative or complex power");
    let r = if br == 0.0 && bi == 0.0 {
        (1.0, 0.0)
    } else if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return zero_power();
        }
        (0.0, 0.0)
    } else if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
        let n = br.abs() as u32;
        let mut r = (1.0, 0.0);
        let mut p = a;
        let mut k = n;
        while k > 0 {
            if k & 1 == 1 {
                r = prod(r, p);
            }
            p = prod(p, p);
            k >>= 1;
        }
        if br < 0.0 {
            match quot((1.0, 0.0), r) {
                Some(q) => q,
                None => return zero_power(),
            }
        } else {
            r
        }
    } else {
        let modulus = ar.hypot(ai);
        let arg = ai.atan2(ar);
        let mut len = modulus.powf(br);
        let mut phase = arg * br;
        if bi != 0.0 {
            len /= (arg * bi).exp();
            phase += bi * modulus.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return raise!(overflow_error, "complex exponentiation");
    }
    Ok(new_complex(r.0, r.1))
}

/// `a op b` when either operand is complex.
pub fn binop(op: BinOp, a: Value, b: Value) -> Option<PyResult> {
    if as_complex(a).is_none() && as_complex(b).is_none() {
        return None;
    }
    let ((ar, ai), (br, bi)) = (parts(a)?, parts(b)?);
    Some(Ok(match op {
        BinOp::Add => new_complex(ar + br, ai + bi),
        BinOp::Sub => new_complex(ar - br, ai - bi),
        BinOp::Mul => new_complex(ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => match quot((ar, ai), (br, bi)) {
            Some((r, i)) => new_complex(r, i),
            None => return Some(raise!(zero_division_error, "complex division by zero")),
        },
        BinOp::Pow => return Some(pow((ar, ai), (br, bi))),
        BinOp::FloorDiv | BinOp::Mod => {
            return Some(raise!(type_error, "unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), type_name(a), type_name(b)))
        }
        _ => return None,
    }))
}

fn complex_ctor(args: &[Value], kw: Kw) -> PyResult {
    let a = &args[1..];
    let real = a.first().copied().or_else(|| crate::methods::kwarg(kw, "real"));
    let imag = a.get(1).copied().or_else(|| crate::methods::kwarg(kw, "imag"));
    if let Some(s) = real.and_then(as_str) {
        if imag.is_some() {
            return raise!(type_error, "complex() can't take second arg if first is a string");
        }
        return parse(s).ok_or_else(|| crate::exc!(value_error, "complex() arg is a malformed string"));
    }
    let (rr, ri) = match real {
        None => (0.0, 0.0),
        Some(v) => match parts(v) {
            Some(p) => p,
            None => {
                return raise!(
                    type_error,
                    "complex() first argument must be a string or a number, not '{}'",
                    type_name(v)
                )
            }
        },
    };
    let (ir, ii) = match imag {
        None => (0.0, 0.0),
        Some(v) => match parts(v) {
            Some(p) => p,
            None => return raise!(type_error, "complex() second argument must be a number, not '{}'", type_name(v)),
        },
    };
    // Parts that are not complex contribute no (signed) zero.
    let real_is_complex = real.and_then(as_complex).is_some();
    let imag_is_complex = imag.and_then(as_complex).is_some();
    let re = if imag_is_complex { rr - ii } else { rr };
    let im = match (real_is_complex, imag.is_some()) {
        (true, true) => ri + ir,
        (true, false) => ri,
        (false, _) => ir,
    };
    Ok(new_complex(re, im))
}

/// Parses "1+2j", "3j", "-1.5e2-4j", "(1+2j)".
fn parse(s: &str) -> Option<Value> {
    let t = s.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim();
    let lower = t.to_ascii_lowercase();
    if let Some(body) = lower.strip_suffix('j') {
        // find the split between real and imaginary parts: the last +/- not after 'e'
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && bytes[i - 1] != b'e' {
                split = Some(i);
                break;
            }
        }
        let num = |x: &str| -> Option<f64> {
            match x {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => crate::builtins::parse_float(x),
            }
        };
        return match split {
            Some(i) => Some(new_complex(crate::builtins::parse_float(&body[..i])?, num(&body[i..])?)),
            None => Some(new_complex(0.0, num(body)?)),
        };
    }
    crate::builtins::parse_float(t).map(|f| new_complex(f, 0.0))
}

fn m_conjugate(args: &[Value], _kw: Kw) -> PyResult {
    match args.first().and_then(|v| as_complex(*v)) {
        Some(c) => Ok(new_complex(c.re, -c.im)),
        None => raise!(type_error, "descriptor 'conjugate' requires a 'complex' object"),
    }
}

/// CPython's complex hash: hash(re) + 1000003 * hash(im).
pub fn hash(c: &ComplexObj) -> i64 {
    let h = crate::ops::float_hash(c.re).wrapping_add(1000003i64.wrapping_mul(crate::ops::float_hash(c.im)));
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn install(b: &crate::types::function::ModuleObj) {
    let cls = new_class("complex", &[], Layout::Builtin);
    cls.module.set(intern("builtins"));
    crate::add_root(Value::from_ptr(cls));
    cls.ctor.set(Some(complex_ctor));
    cls.set_attr(intern("conjugate"), new_builtin("conjugate", m_conjugate, Value::from_ptr(cls))).unwrap();
    let _ = CLASS.set(cls as *const ClassObj as usize);
    b.set("complex", Value::from_ptr(cls));
}
