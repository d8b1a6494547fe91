//! `int`: one Python type, two representations. Values that fit in 48 bits
//! are inline (`Value::small_int`); larger ones are `BigIntObj` heap objects.
//! Every operation returns the canonical form: a result that fits is inline.

use crate::object::{alloc_obj, downcast};
use crate::{classes, PyResult};
use morel_heap::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

#[repr(C)]
pub struct BigIntObj {
    pub header: crate::object::ObjHeader,
    pub v: BigInt,
}

unsafe fn finalize_bigint(o: *mut morel_heap::GcHeader) {
    // SAFETY: called once by the sweeper on a dead BigIntObj; drops its digits.
    unsafe { std::ptr::drop_in_place(&mut (*(o as *mut BigIntObj)).v) }
}

crate::py_vtable!(BigIntObj, "int", |_o, _t| {}, Some(finalize_bigint));

/// The canonical int value for `i`.
#[inline]
pub fn int_from_i64(i: i64) -> Value {
    match Value::try_int(i) {
        Some(v) => v,
        None => alloc_big(BigInt::from(i)),
    }
}

#[cold]
fn alloc_big(b: BigInt) -> Value {
    // The digits live in Rust memory: count them toward the next collection.
    morel_heap::note_external_alloc(b.bits() as usize / 8 + 16);
    Value::from_ptr(alloc_obj::<BigIntObj>(classes().int, |header| BigIntObj { header, v: b }))
}

/// The canonical int value for `b`.
pub fn int_from_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_int(i) {
            return v;
        }
    }
    alloc_big(b)
}

#[inline]
pub fn big_of(v: Value) -> Option<&'static BigInt> {
    downcast::<BigIntObj>(v).map(|o| &o.v)
}

/// True for int values (bools excluded).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || downcast::<BigIntObj>(v).is_some()
}

/// True for int or bool.
#[inline]
pub fn is_intlike(v: Value) -> bool {
    v.is_small_int() || v.is_bool() || downcast::<BigIntObj>(v).is_some()
}

/// An int or bool as a BigInt.
pub fn to_big(v: Value) -> Option<BigInt> {
    if v.is_small_int() {
        Some(BigInt::from(v.as_small_int()))
    } else if v == Value::TRUE {
        Some(BigInt::one())
    } else if v == Value::FALSE {
        Some(BigInt::zero())
    } else {
        big_of(v).cloned()
    }
}

/// An int or bool as i64 if it fits.
pub fn to_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.as_small_int())
    } else if v.is_bool() {
        Some((v == Value::TRUE) as i64)
    } else {
        big_of(v).and_then(|b| b.to_i64())
    }
}

pub fn int_to_f64(v: Value) -> PyResult<f64> {
    if let Some(i) = to_i64(v) {
        return Ok(i as f64);
    }
    let b = to_big(v).unwrap();
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => crate::raise!(overflow_error, "int too large to convert to float"),
    }
}

pub fn int_repr(v: Value) -> String {
    if v.is_small_int() {
        v.as_small_int().to_string()
    } else {
        to_big(v).unwrap().to_string()
    }
}

/// Integer binary operations on two int/bool operands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// `a op b` for ints. The small-int fast cases come first; the rest is big-int math.
pub fn int_binop(op: IntOp, a: Value, b: Value) -> PyResult {
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        let r = match op {
            IntOp::Add => x.checked_add(y),
            IntOp::Sub => x.checked_sub(y),
            IntOp::Mul => x.checked_mul(y),
            IntOp::FloorDiv => {
                if y == 0 {
                    return crate::raise!(zero_division_error, "integer division or modulo by zero");
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            IntOp::Mod => {
                if y == 0 {
                    return crate::raise!(zero_division_error, "integer modulo by zero");
                }
                x.checked_rem(y).map(|_| x.mod_floor(&y))
            }
            IntOp::And => Some(x & y),
            IntOp::Or => Some(x | y),
            IntOp::Xor => Some(x ^ y),
            IntOp::RShift => {
                if y < 0 {
                    return crate::raise!(value_error, "negative shift count");
                }
                Some(if y >= 64 { if x < 0 { -1 } else { 0 } } else { x >> y })
            }
            IntOp::LShift => {
                if y < 0 {
                    return crate::raise!(value_error, "negative shift count");
                }
                if y < 63 && x.unsigned_abs().leading_zeros() as i64 > y + 1 {
                    Some(x << y)
                } else if x == 0 {
                    Some(0)
                } else {
                    None
                }
            }
            IntOp::Pow => {
                if y < 0 {
                    return Ok(Value::float(pow_float(x as f64, y as f64)?));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
        };
        if let Some(r) = r {
            return Ok(int_from_i64(r));
        }
    }
    int_binop_big(op, a, b)
}

#[cold]
#[inline(never)]
/// Specialization of `x // y` and `x % y` for big non-negative operands
/// whose quotient fits in 60 bits (pidigits' `(3*q + r) // t`): the
/// quotient is estimated from the top 64 bits of the divisor and the top
/// bits of the dividend (one u128 division), then corrected by comparing
/// the remainder `x - q*y` with `y`: one scalar multiplication and one
/// subtraction, linear in the size of the operands, where the general
/// division splits and copies the operands recursively.
/// None when the operands do not qualify.
fn divmod_small_quotient(x: &BigInt, y: &BigInt) -> Option<(BigInt, BigInt)> {
    if x.sign() == Sign::Minus || y.sign() != Sign::Plus {
        return None;
    }
    let (xb, yb) = (x.bits(), y.bits());
    if yb < 128 {
        return None;
    }
    if xb < yb {
        return Some((BigInt::zero(), x.clone()));
    }
    if xb - yb > 60 {
        return None;
    }
    // Truncating both to the divisor's top 64 bits: yt >= 2^63, so the
    // estimate xt / yt is within 2 of the true quotient.
    let shift = yb - 64;
    let xt = (x >> shift).to_u128()?;
    let yt = (y >> shift).to_u128()?;
    let mut q = (xt / yt) as i64;
    let mut r = x - y * q;
    while r.sign() == Sign::Minus {
        r += y;
        q -= 1;
    }
    while &r >= y {
        r -= y;
        q += 1;
    }
    Some((BigInt::from(q), r))
}

fn int_binop_big(op: IntOp, a: Value, b: Value) -> PyResult {
    // Specialization: a big int with an inline int, or two big ints, for
    // + - * without copying the big operand's digits (borrowed operands,
    // scalar arithmetic for the small side).
    if matches!(op, IntOp::Add | IntOp::Sub | IntOp::Mul) {
        let r = match (big_of(a), big_of(b), to_i64(a), to_i64(b)) {
            (Some(x), Some(y), _, _) => Some(match op {
                IntOp::Add => x + y,
                IntOp::Sub => x - y,
                _ => x * y,
            }),
            (Some(x), None, _, Some(y)) => Some(match op {
                IntOp::Add => x + y,
                IntOp::Sub => x - y,
                _ => x * y,
            }),
            (None, Some(y), Some(x), _) => Some(match op {
                IntOp::Add => y + x,
                IntOp::Sub => -(y - x),
                _ => y * x,
            }),
            _ => None,
        };
        if let Some(r) = r {
            return Ok(int_from_big(r));
        }
    }
    if matches!(op, IntOp::FloorDiv | IntOp::Mod) {
        if let (Some(x), Some(y)) = (big_of(a), big_of(b)) {
            if let Some((q, r)) = divmod_small_quotient(x, y) {
                return Ok(int_from_big(if op == IntOp::FloorDiv { q } else { r }));
            }
        }
    }
    let x = to_big(a).unwrap();
    let y = to_big(b).unwrap();
    let r = match op {
        IntOp::Add => x + y,
        IntOp::Sub => x - y,
        IntOp::Mul => x * y,
        IntOp::FloorDiv => {
            if y.is_zero() {
                return crate::raise!(zero_division_error, "integer division or modulo by zero");
            }
            x.div_floor(&y)
        }
        IntOp::Mod => {
            if y.is_zero() {
                return crate::raise!(zero_division_error, "integer modulo by zero");
            }
            x.mod_floor(&y)
        }
        IntOp::And => x & y,
        IntOp::Or => x | y,
        IntOp::Xor => x ^ y,
        IntOp::LShift => {
            if y.is_negative() {
                return crate::raise!(value_error, "negative shift count");
            }
            match y.to_usize() {
                Some(n) if n < (1 << 32) => x << n,
                _ => return crate::raise!(overflow_error, "too many digits in integer"),
            }
        }
        IntOp::RShift => {
            if y.is_negative() {
                return crate::raise!(value_error, "negative shift count");
            }
            match y.to_usize() {
                Some(n) => {
                    // floor semantics for negatives
                    let r = &x >> n;
                    r
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        IntOp::Pow => {
            if y.is_negative() {
                let xf = int_to_f64(a)?;
                let yf = int_to_f64(b)?;
                return Ok(Value::float(pow_float(xf, yf)?));
            }
            match y.to_u32() {
                Some(e) => Pow::pow(&x, e),
                None => {
                    if x.is_zero() || x.is_one() {
                        x
                    } else if x == BigInt::from(-1) {
                        if y.is_even() {
                            BigInt::one()
                        } else {
                            x
                        }
                    } else {
                        return crate::raise!(overflow_error, "exponent too large");
                    }
                }
            }
        }
    };
    Ok(int_from_big(r))
}

/// float ** float with Python's errors.
pub fn pow_float(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return crate::raise!(zero_division_error, "0.0 cannot be raised to a negative power");
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // complex result: not supported without complex numbers
        return crate::raise!(value_error, "math domain error");
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return crate::raise!(overflow_error, "(34, 'Numerical result out of range')");
    }
    Ok(r)
}

/// pow(a, b, m) for ints.
pub fn int_pow_mod(a: Value, b: Value, m: Value) -> PyResult {
    // Specialization: machine-word operands with a non-negative exponent and
    // a positive modulus (the usual `pow(b, e, p)`): square-and-multiply on
    // u128 products, no big-int allocation.
    if let (Some(x), Some(y), Some(md)) = (to_i64(a), to_i64(b), to_i64(m)) {
        if y >= 0 && md > 0 {
            return Ok(int_from_i64(pow_mod_word(x, y as u64, md as u64) as i64));
        }
    }
    pow_mod_big(a, b, m)
}

/// `x ** y % m` for `m > 0`, in `[0, m)`.
fn pow_mod_word(x: i64, mut y: u64, m: u64) -> u64 {
    let m128 = m as u128;
    let mut base = (x as i128).rem_euclid(m as i128) as u128;
    let mut acc: u128 = 1 % m128;
    while y > 0 {
        if y & 1 == 1 {
            acc = acc * base % m128;
        }
        base = base * base % m128;
        y >>= 1;
    }
    acc as u64
}

#[cold]
#[inline(never)]
fn pow_mod_big(a: Value, b: Value, m: Value) -> PyResult {
    let x = to_big(a).unwrap();
    let y = to_big(b).unwrap();
    let md = to_big(m).unwrap();
    if md.is_zero() {
        return crate::raise!(value_error, "pow() 3rd argument cannot be 0");
    }
    let r = if y.is_negative() {
        // modular inverse
        let inv = mod_inverse(&x.mod_floor(&md), &md);
        match inv {
            Some(i) => i.modpow(&(-y), &md.abs()),
            None => return crate::raise!(value_error, "base is not invertible for the given modulus"),
        }
    } else {
        x.modpow(&y, &md.abs())
    };
    // Python's result has the sign of the modulus.
    let r = if md.is_negative() && !r.is_zero() { r + &md } else { r };
    Ok(int_from_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = a.extended_gcd(&m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

pub fn int_neg(a: Value) -> Value {
    match to_i64(a) {
        Some(i) if i != i64::MIN => int_from_i64(-i),
        _ => int_from_big(-to_big(a).unwrap()),
    }
}

pub fn int_invert(a: Value) -> Value {
    match to_i64(a) {
        Some(i) => int_from_i64(!i),
        None => int_from_big(!to_big(a).unwrap()),
    }
}

pub fn int_cmp(a: Value, b: Value) -> std::cmp::Ordering {
    match (to_i64(a), to_i64(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => to_big(a).unwrap().cmp(&to_big(b).unwrap()),
    }
}

/// CPython's int hash: the value modulo the Mersenne prime 2**61 - 1, sign kept, -1 -> -2.
pub fn int_hash(v: Value) -> i64 {
    const P: i64 = (1 << 61) - 1;
    let h = match to_i64(v) {
        Some(i) => {
            let r = (i.unsigned_abs() % P as u64) as i64;
            if i < 0 {
                -r
            } else {
                r
            }
        }
        None => {
            let b = to_big(v).unwrap();
            let r = (b.abs() % BigInt::from(P)).to_i64().unwrap();
            if b.sign() == Sign::Minus {
                -r
            } else {
                r
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// True division of two ints (exact for big ints where the quotient fits).
pub fn int_truediv(a: Value, b: Value) -> PyResult {
    if let (Some(x), Some(y)) = (to_i64(a), to_i64(b)) {
        if y == 0 {
            return crate::raise!(zero_division_error, "division by zero");
        }
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(x as f64 / y as f64));
        }
    }
    let x = to_big(a).unwrap();
    let y = to_big(b).unwrap();
    if y.is_zero() {
        return crate::raise!(zero_division_error, "division by zero");
    }
    big_truediv(&x, &y)
}

/// Big-int true division: a 66-bit quotient with a sticky bit, scaled exactly.
fn big_truediv(x: &BigInt, y: &BigInt) -> PyResult {
    let neg = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    if x.is_zero() {
        return Ok(Value::float(if neg { -0.0 } else { 0.0 }));
    }
    let shift = 66i64 - (x.bits() as i64 - y.bits() as i64);
    let (n, d) = if shift > 0 { (x << shift as usize, y) } else { (x, y << (-shift) as usize) };
    let (q, r) = n.div_rem(&d);
    let q = if r.is_zero() { q << 1usize } else { (q << 1usize) | BigInt::one() };
    let r = ldexp(q.to_f64().unwrap(), -(shift + 1));
    if r.is_infinite() {
        return crate::raise!(overflow_error, "integer division result too large for a float");
    }
    Ok(Value::float(if neg { -r } else { r }))
}

/// x * 2**e without intermediate overflow or underflow.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(e as i32)
}

/// Parses Python int literal text in `base` (0 = from prefix); `None` if invalid.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = if base == 0 || base == 16 || base == 8 || base == 2 {
        let (b, rest) = if lower.starts_with("0x") && (base == 0 || base == 16) {
            (16, &t[2..])
        } else if lower.starts_with("0o") && (base == 0 || base == 8) {
            (8, &t[2..])
        } else if lower.starts_with("0b") && (base == 0 || base == 2) {
            (2, &t[2..])
        } else {
            (if base == 0 { 10 } else { base }, t)
        };
        if base == 0 && b == 10 && rest.len() > 1 && rest.starts_with('0') && rest.chars().any(|c| c != '0' && c != '_') {
            return None; // leading zeros are not allowed in base 0
        }
        // a prefix may be followed by one underscore
        let rest = if b != base || base != 10 && rest.len() != t.len() { rest.strip_prefix('_').unwrap_or(rest) } else { rest };
        (b, rest)
    } else {
        (base, t)
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

/// The decimal digits of `x`, written at the end of `buf`.
pub fn word_decimal(x: i64, buf: &mut [u8; 24]) -> &str {
    let mut i = buf.len();
    let mut n = x.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if x < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    std::str::from_utf8(&buf[i..]).expect("ASCII digits")
}
