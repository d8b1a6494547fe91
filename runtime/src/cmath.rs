//! The `cmath` module: math's functions for complex numbers.
//!
//! The elementary functions follow W. Kahan's "Branch Cuts for Complex
//! Elementary Functions" (the formulas CPython also uses), evaluated in the
//! same order with the same libm primitives, so that results agree to the
//! last bit. Infinite and NaN parts get the values of C99 Annex G; where
//! Annex G signals an invalid operation the function raises ValueError
//! ("math domain error"), and a finite argument whose result overflows
//! raises OverflowError ("math range error").

use crate::call::call;
use crate::methods::kwarg;
use crate::types::class::{as_instance, class_of, type_name, NativeFn};
use crate::types::complex::{as_complex, new_complex, quot};
use crate::types::function::{new_builtin, new_module};
use crate::types::int::{int_to_f64, is_intlike};
use crate::types::tuple::new_tuple;
use crate::{raise, PyResult};
use morel_heap::Value;
use std::f64::consts::{E, FRAC_PI_2, FRAC_PI_4, LN_10, LN_2, PI};

type Kw<'a> = &'a [(Value, Value)];
type C = (f64, f64);

/// Why a complex function has no result.
#[derive(Clone, Copy)]
enum Fail {
    /// ValueError: math domain error
    Domain,
    /// OverflowError: math range error
    Range,
}

type Res = Result<C, Fail>;

mod libm {
    extern "C" {
        // std's f64::asinh is not the C library's; CPython uses the latter
        pub fn asinh(x: f64) -> f64;
    }
}

fn asinh(x: f64) -> f64 {
    // SAFETY: a pure libm function of one double.
    unsafe { libm::asinh(x) }
}

fn large() -> f64 {
    f64::MAX / 4.0
}
fn sqrt_large() -> f64 {
    large().sqrt()
}
fn log_large() -> f64 {
    large().ln()
}
fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}
fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}
fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}
/// Raises Range when a finite argument gave an infinite result.
fn range_checked(r: C) -> Res {
    if r.0.is_infinite() || r.1.is_infinite() {
        Err(Fail::Range)
    } else {
        Ok(r)
    }
}

// ---------------------------------------------------------------------------
// the functions on (re, im) pairs

fn c_sqrt(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        return Ok(if y.is_infinite() {
            (f64::INFINITY, y)
        } else if x == f64::NEG_INFINITY {
            if y.is_nan() {
                (f64::NAN, f64::INFINITY)
            } else {
                (0.0, f64::INFINITY.copysign(y))
            }
        } else if x == f64::INFINITY {
            if y.is_nan() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::INFINITY, 0.0f64.copysign(y))
            }
        } else {
            (f64::NAN, f64::NAN)
        });
    }
    if x == 0.0 && y == 0.0 {
        return Ok((0.0, y));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // tiny parts: scale up first so that hypot keeps its precision
        let ax = ldexp(ax, 53);
        ldexp((ax + ax.hypot(ldexp(ay, 53))).sqrt(), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if x >= 0.0 { (s, d.copysign(y)) } else { (d, s.copysign(y)) })
}

fn c_exp(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() && y.is_finite() {
            if x > 0.0 {
                if y == 0.0 {
                    return Ok((f64::INFINITY, y));
                }
                return Ok((f64::INFINITY.copysign(y.cos()), f64::INFINITY.copysign(y.sin())));
            }
            return Ok((0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin())));
        }
        if x == f64::NEG_INFINITY {
            return Ok((0.0, 0.0));
        }
        if x == f64::INFINITY {
            return if y.is_nan() { Ok((f64::INFINITY, f64::NAN)) } else { Err(Fail::Domain) };
        }
        if x.is_nan() {
            return Ok(if y == 0.0 { (f64::NAN, y) } else { (f64::NAN, f64::NAN) });
        }
        // finite x
        return if y.is_infinite() { Err(Fail::Domain) } else { Ok((f64::NAN, f64::NAN)) };
    }
    let r = if x > log_large() {
        let l = (x - 1.0).exp();
        (l * y.cos() * E, l * y.sin() * E)
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    range_checked(r)
}

fn c_log(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        if x.is_nan() || y.is_nan() {
            return Ok(if x.is_infinite() || y.is_infinite() { (f64::INFINITY, f64::NAN) } else { (f64::NAN, f64::NAN) });
        }
        return Ok((f64::INFINITY, y.atan2(x)));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let re = if ax > large() || ay > large() {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // near the unit circle: log1p keeps the small real part accurate
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, y.atan2(x)))
}

/// The value of an odd, conjugate-symmetric function at `z` from its value
/// at (|re|, |im|).
/// (The sign of a NaN part counts for nothing.)
fn odd_conj(z: C, f: impl Fn(f64, f64) -> Res) -> Res {
    let (x, y) = z;
    let (r, i) = f(x.abs(), y.abs())?;
    let r = if negative(x) { -r } else { r };
    let i = if negative(y) { -i } else { i };
    Ok((r, i))
}

fn negative(x: f64) -> bool {
    x.is_sign_negative() && !x.is_nan()
}

fn c_sinh(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        if y.is_nan() {
            // Annex G leaves the sign of the real part open: it is positive
            return Ok((if x.is_infinite() { f64::INFINITY } else if x == 0.0 { 0.0 } else { f64::NAN }, f64::NAN));
        }
        return odd_conj(z, |x, y| {
            if x.is_nan() {
                return Ok(if y == 0.0 { (f64::NAN, 0.0) } else { (f64::NAN, f64::NAN) });
            }
            if x.is_infinite() {
                if y.is_infinite() {
                    return Err(Fail::Domain);
                }
                if y.is_nan() {
                    return Ok((f64::INFINITY, f64::NAN));
                }
                if y == 0.0 {
                    return Ok((f64::INFINITY, 0.0));
                }
                return Ok((f64::INFINITY.copysign(y.cos()), f64::INFINITY.copysign(y.sin())));
            }
            // finite x
            if y.is_infinite() {
                return Err(Fail::Domain);
            }
            Ok(if x == 0.0 { (0.0, f64::NAN) } else { (f64::NAN, f64::NAN) })
        });
    }
    let r = if x.abs() > log_large() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.sinh() * E, y.sin() * xm1.cosh() * E)
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    range_checked(r)
}

fn c_cosh(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        // even and conjugate-symmetric: work on |x|, then fix the sign of im
        let (ax, ay) = (x.abs(), y.abs());
        // with a NaN part, a zero imaginary part is +0
        let flip = negative(x) != negative(y) && !x.is_nan() && !y.is_nan();
        let (r, i) = if ax.is_nan() {
            if ay == 0.0 {
                (f64::NAN, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if ax.is_infinite() {
            if ay.is_infinite() {
                return Err(Fail::Domain);
            } else if ay.is_nan() {
                (f64::INFINITY, f64::NAN)
            } else if ay == 0.0 {
                (f64::INFINITY, 0.0)
            } else {
                (f64::INFINITY.copysign(ay.cos()), f64::INFINITY.copysign(ay.sin()))
            }
        } else if ay.is_infinite() {
            return Err(Fail::Domain);
        } else if ax == 0.0 {
            (f64::NAN, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        };
        return Ok((r, if flip { -i } else { i }));
    }
    let r = if x.abs() > log_large() {
        let xm1 = x - 1.0f64.copysign(x);
        (y.cos() * xm1.cosh() * E, y.sin() * xm1.sinh() * E)
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    range_checked(r)
}

fn c_tanh(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() && !y.is_finite() {
            return Ok((1.0f64.copysign(x), 0.0));
        }
        return odd_conj(z, |x, y| {
            if x.is_infinite() {
                if y.is_finite() {
                    return Ok((1.0, 0.0f64.copysign((2.0 * y).sin())));
                }
                return Ok((1.0, 0.0));
            }
            if x.is_nan() {
                return Ok(if y == 0.0 { (f64::NAN, 0.0) } else { (f64::NAN, f64::NAN) });
            }
            if y.is_infinite() {
                return Err(Fail::Domain);
            }
            Ok((f64::NAN, f64::NAN))
        });
    }
    if x.abs() > log_large() {
        return Ok((1.0f64.copysign(x), 4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp()));
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_asinh(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        return odd_conj(z, |x, y| {
            Ok(if x.is_nan() {
                if y.is_infinite() {
                    (f64::INFINITY, f64::NAN)
                } else if y == 0.0 {
                    (f64::NAN, 0.0)
                } else {
                    (f64::NAN, f64::NAN)
                }
            } else if x.is_infinite() {
                if y.is_infinite() {
                    (f64::INFINITY, FRAC_PI_4)
                } else if y.is_nan() {
                    (f64::INFINITY, f64::NAN)
                } else {
                    (f64::INFINITY, 0.0)
                }
            } else if y.is_infinite() {
                (f64::INFINITY, FRAC_PI_2)
            } else {
                (f64::NAN, f64::NAN)
            })
        });
    }
    if x.abs() > large() || y.abs() > large() {
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let re = if y >= 0.0 { l.copysign(x) } else { -l.copysign(-x) };
        return Ok((re, y.atan2(x.abs())));
    }
    let s1 = c_sqrt((1.0 + y, -x))?;
    let s2 = c_sqrt((1.0 - y, x))?;
    Ok((asinh(s1.0 * s2.1 - s2.0 * s1.1), y.atan2(s1.0 * s2.0 - s1.1 * s2.1)))
}

fn c_acosh(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        // conjugate-symmetric: compute for |y|, then give im the sign of y
        let ay = y.abs();
        let (r, i) = if x.is_nan() {
            if ay.is_infinite() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x.is_infinite() {
            if ay.is_infinite() {
                (f64::INFINITY, if x > 0.0 { FRAC_PI_4 } else { 3.0 * FRAC_PI_4 })
            } else if ay.is_nan() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::INFINITY, if x > 0.0 { 0.0 } else { PI })
            }
        } else if ay.is_infinite() {
            (f64::INFINITY, FRAC_PI_2)
        } else {
            (f64::NAN, f64::NAN)
        };
        return Ok((r, if negative(y) { -i } else { i }));
    }
    if x.abs() > large() || y.abs() > large() {
        return Ok(((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0, y.atan2(x)));
    }
    let s1 = c_sqrt((x - 1.0, y))?;
    let s2 = c_sqrt((x + 1.0, y))?;
    Ok((asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0)))
}

fn c_atanh(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        return odd_conj(z, |x, y| {
            Ok(if x.is_nan() {
                if y.is_infinite() {
                    (0.0, FRAC_PI_2)
                } else {
                    (f64::NAN, f64::NAN)
                }
            } else if x.is_infinite() {
                if y.is_nan() {
                    (0.0, f64::NAN)
                } else {
                    (0.0, FRAC_PI_2)
                }
            } else if y.is_infinite() {
                (0.0, FRAC_PI_2)
            } else if x == 0.0 {
                (0.0, f64::NAN)
            } else {
                (f64::NAN, f64::NAN)
            })
        });
    }
    if x < 0.0 {
        let (r, i) = c_atanh((-x, -y))?;
        return Ok((-r, -i));
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -FRAC_PI_2.copysign(-y)));
    }
    if x == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok((-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2.0f64.atan2(-ay) / 2.0).copysign(y)));
    }
    Ok((
        (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
        -((-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay)) / 2.0,
    ))
}

/// f(z) = -i g(iz): sin from sinh, tan from tanh, asin from asinh, atan from atanh.
fn rotated(z: C, g: fn(C) -> Res) -> Res {
    let s = g((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

fn c_sin(z: C) -> Res {
    rotated(z, c_sinh)
}
fn c_tan(z: C) -> Res {
    rotated(z, c_tanh)
}
fn c_asin(z: C) -> Res {
    rotated(z, c_asinh)
}
fn c_atan(z: C) -> Res {
    rotated(z, c_atanh)
}
fn c_cos(z: C) -> Res {
    c_cosh((-z.1, z.0))
}

fn c_acos(z: C) -> Res {
    let (x, y) = z;
    if !finite(z) {
        // acos(z) = pi/2 - asin(z) in the special cases of Annex G
        let (r, i) = if x.is_nan() {
            if y.is_infinite() {
                (f64::NAN, -y)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if x.is_infinite() {
            if y.is_nan() {
                (f64::NAN, f64::INFINITY)
            } else if y.is_infinite() {
                (if x > 0.0 { FRAC_PI_4 } else { 3.0 * FRAC_PI_4 }, -y)
            } else {
                (if x > 0.0 { 0.0 } else { PI }, f64::INFINITY.copysign(-y))
            }
        } else if y.is_infinite() {
            (FRAC_PI_2, -y)
        } else if x == 0.0 {
            (FRAC_PI_2, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
        return Ok((r, i));
    }
    if x.abs() > large() || y.abs() > large() {
        let re = y.abs().atan2(x);
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let im = if x < 0.0 { -l.copysign(y) } else { l.copysign(-y) };
        return Ok((re, im));
    }
    let s1 = c_sqrt((1.0 - x, -y))?;
    let s2 = c_sqrt((1.0 + x, y))?;
    Ok((2.0 * s1.0.atan2(s2.0), asinh(s2.0 * s1.1 - s2.1 * s1.0)))
}

fn c_log10(z: C) -> Res {
    let (r, i) = c_log(z)?;
    Ok((r / LN_10, i / LN_10))
}

/// `abs(z)` with Annex G's infinities (an infinite part wins over NaN).
fn c_abs(z: C) -> f64 {
    if z.0.is_infinite() || z.1.is_infinite() {
        f64::INFINITY
    } else if z.0.is_nan() || z.1.is_nan() {
        f64::NAN
    } else {
        z.0.hypot(z.1)
    }
}

// ---------------------------------------------------------------------------
// argument handling and the module

/// A number argument as (re, im): complex, float, int, or an object with
/// `__complex__` or `__float__`.
fn complex_arg(v: Value) -> PyResult<C> {
    if let Some(c) = as_complex(v) {
        return Ok((c.re, c.im));
    }
    if v.is_float() {
        return Ok((v.as_float(), 0.0));
    }
    if is_intlike(v) {
        return Ok((int_to_f64(v)?, 0.0));
    }
    if as_instance(v).is_some() {
        if let Some(native) = crate::types::class::native_of(v) {
            if native.is_float() || is_intlike(native) || as_complex(native).is_some() {
                return complex_arg(native);
            }
        }
        let cls = class_of(v);
        if let Some(f) = cls.lookup_str("__complex__") {
            let r = call(f, &[v], &[])?;
            return match as_complex(r) {
                Some(c) => Ok((c.re, c.im)),
                None => raise!(type_error, "__complex__ returned non-complex (type {})", type_name(r)),
            };
        }
        if let Some(f) = cls.lookup_str("__float__").or_else(|| cls.lookup_str("__index__")) {
            return complex_arg(call(f, &[v], &[])?);
        }
    }
    raise!(type_error, "must be real number, not {}", type_name(v))
}

fn real_arg(v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if is_intlike(v) {
        return int_to_f64(v);
    }
    if as_instance(v).is_some() {
        if let Some(f) = class_of(v).lookup_str("__float__") {
            return real_arg(call(f, &[v], &[])?);
        }
    }
    raise!(type_error, "must be real number, not {}", type_name(v))
}

fn one_arg(name: &str, a: &[Value], k: Kw) -> PyResult<C> {
    if !k.is_empty() {
        return raise!(type_error, "cmath.{}() takes no keyword arguments", name);
    }
    if a.len() != 1 {
        return raise!(type_error, "cmath.{}() takes exactly one argument ({} given)", name, a.len());
    }
    complex_arg(a[0])
}

fn result(r: Res) -> PyResult {
    match r {
        Ok((re, im)) => Ok(new_complex(re, im)),
        Err(Fail::Domain) => raise!(value_error, "math domain error"),
        Err(Fail::Range) => raise!(overflow_error, "math range error"),
    }
}

macro_rules! unary {
    ($($fname:ident => $name:literal, $f:ident;)*) => {
        $(
            fn $fname(a: &[Value], k: Kw) -> PyResult {
                let z = one_arg($name, a, k)?;
                result($f(z))
            }
        )*
    };
}

unary! {
    cm_sqrt => "sqrt", c_sqrt;
    cm_exp => "exp", c_exp;
    cm_log10 => "log10", c_log10;
    cm_sin => "sin", c_sin;
    cm_cos => "cos", c_cos;
    cm_tan => "tan", c_tan;
    cm_asin => "asin", c_asin;
    cm_acos => "acos", c_acos;
    cm_atan => "atan", c_atan;
    cm_sinh => "sinh", c_sinh;
    cm_cosh => "cosh", c_cosh;
    cm_tanh => "tanh", c_tanh;
    cm_asinh => "asinh", c_asinh;
    cm_acosh => "acosh", c_acosh;
    cm_atanh => "atanh", c_atanh;
}

/// `log(x[, base])`.
fn cm_log(a: &[Value], k: Kw) -> PyResult {
    if !k.is_empty() {
        return raise!(type_error, "log() takes no keyword arguments");
    }
    if a.is_empty() {
        return raise!(type_error, "log expected at least 1 argument, got 0");
    }
    if a.len() > 2 {
        return raise!(type_error, "log expected at most 2 arguments, got {}", a.len());
    }
    let x = complex_arg(a[0])?;
    let base = a.get(1).map(|b| complex_arg(*b)).transpose()?;
    let lx = c_log(x);
    let r = match base {
        None => lx,
        Some(b) => match (lx, c_log(b)) {
            (Ok(lx), Ok(lb)) => quot(lx, lb).ok_or(Fail::Domain),
            (Err(e), _) | (_, Err(e)) => Err(e),
        },
    };
    result(r)
}

/// `phase(z)`: the argument, in [-pi, pi].
fn cm_phase(a: &[Value], k: Kw) -> PyResult {
    let (x, y) = one_arg("phase", a, k)?;
    Ok(Value::float(y.atan2(x)))
}

/// `polar(z)`: (abs(z), phase(z)).
fn cm_polar(a: &[Value], k: Kw) -> PyResult {
    let z = one_arg("polar", a, k)?;
    let r = c_abs(z);
    if r.is_infinite() && finite(z) {
        return raise!(overflow_error, "math range error");
    }
    Ok(new_tuple(&[Value::float(r), Value::float(z.1.atan2(z.0))]))
}

/// `rect(r, phi)`: the complex number with modulus r and argument phi.
fn cm_rect(a: &[Value], k: Kw) -> PyResult {
    if !k.is_empty() {
        return raise!(type_error, "rect() takes no keyword arguments");
    }
    if a.len() != 2 {
        return raise!(type_error, "rect expected 2 arguments, got {}", a.len());
    }
    let r = real_arg(a[0])?;
    let phi = real_arg(a[1])?;
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (r * phi.cos(), r * phi.sin());
            (if re.is_nan() { 0.0 } else { re }, if im.is_nan() { 0.0 } else { im })
        } else if r.is_infinite() && phi == 0.0 {
            (r, if r > 0.0 { phi } else { -phi })
        } else if r.is_infinite() && phi.is_infinite() {
            return raise!(value_error, "math domain error");
        } else if r.is_nan() {
            if phi == 0.0 {
                (f64::NAN, 0.0)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if phi.is_infinite() {
            if r == 0.0 {
                (0.0, 0.0)
            } else {
                return raise!(value_error, "math domain error");
            }
        } else if r.is_infinite() {
            // phi is NaN
            (f64::INFINITY, f64::NAN)
        } else if r == 0.0 {
            (0.0, 0.0)
        } else {
            (f64::NAN, f64::NAN)
        };
        return Ok(new_complex(z.0, z.1));
    }
    if phi == 0.0 {
        // exact, and keeps the sign of zero
        return Ok(new_complex(r, r * phi));
    }
    Ok(new_complex(r * phi.cos(), r * phi.sin()))
}

fn cm_isfinite(a: &[Value], k: Kw) -> PyResult {
    let z = one_arg("isfinite", a, k)?;
    Ok(Value::bool(finite(z)))
}
fn cm_isinf(a: &[Value], k: Kw) -> PyResult {
    let z = one_arg("isinf", a, k)?;
    Ok(Value::bool(z.0.is_infinite() || z.1.is_infinite()))
}
fn cm_isnan(a: &[Value], k: Kw) -> PyResult {
    let z = one_arg("isnan", a, k)?;
    Ok(Value::bool(z.0.is_nan() || z.1.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cm_isclose(a: &[Value], k: Kw) -> PyResult {
    for (key, _) in k {
        let name = crate::types::str::as_str(*key).unwrap_or("");
        if name != "rel_tol" && name != "abs_tol" && name != "a" && name != "b" {
            return raise!(type_error, "'{}' is an invalid keyword argument for isclose()", name);
        }
    }
    if a.len() > 2 {
        return raise!(type_error, "isclose() takes exactly 2 positional arguments ({} given)", a.len());
    }
    let x = match a.first().copied().or_else(|| kwarg(k, "a")) {
        Some(v) => complex_arg(v)?,
        None => return raise!(type_error, "isclose() missing required argument 'a' (pos 1)"),
    };
    let y = match a.get(1).copied().or_else(|| kwarg(k, "b")) {
        Some(v) => complex_arg(v)?,
        None => return raise!(type_error, "isclose() missing required argument 'b' (pos 2)"),
    };
    let rel = kwarg(k, "rel_tol").map(real_arg).transpose()?.unwrap_or(1e-9);
    let abs = kwarg(k, "abs_tol").map(real_arg).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return raise!(value_error, "tolerances must be non-negative");
    }
    if x == y {
        return Ok(Value::TRUE);
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::FALSE);
    }
    let diff = c_abs((x.0 - y.0, x.1 - y.1));
    Ok(Value::bool(diff <= rel * c_abs(y) || diff <= rel * c_abs(x) || diff <= abs))
}

pub fn install() {
    let m = new_module("cmath", Value::NONE);
    let fns: &[(&'static str, NativeFn)] = &[
        ("sqrt", cm_sqrt),
        ("exp", cm_exp),
        ("log", cm_log),
        ("log10", cm_log10),
        ("sin", cm_sin),
        ("cos", cm_cos),
        ("tan", cm_tan),
        ("asin", cm_asin),
        ("acos", cm_acos),
        ("atan", cm_atan),
        ("sinh", cm_sinh),
        ("cosh", cm_cosh),
        ("tanh", cm_tanh),
        ("asinh", cm_asinh),
        ("acosh", cm_acosh),
        ("atanh", cm_atanh),
        ("phase", cm_phase),
        ("polar", cm_polar),
        ("rect", cm_rect),
        ("isfinite", cm_isfinite),
        ("isinf", cm_isinf),
        ("isnan", cm_isnan),
        ("isclose", cm_isclose),
    ];
    for (name, f) in fns {
        m.set(name, new_builtin(name, *f, Value::NONE));
    }
    m.set("pi", Value::float(PI));
    m.set("e", Value::float(E));
    m.set("tau", Value::float(std::f64::consts::TAU));
    m.set("inf", Value::float(f64::INFINITY));
    m.set("nan", Value::float(f64::NAN));
    m.set("infj", new_complex(0.0, f64::INFINITY));
    m.set("nanj", new_complex(0.0, f64::NAN));
    crate::modules::register_module("cmath", Value::from_ptr(m));
}
