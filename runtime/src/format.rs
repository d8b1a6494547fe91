//! Number and string formatting for Python semantics (CPython 3.11 is the
//! reference): `repr(float)`, `format(x, spec)` / f-strings for `float`,
//! `int` and `str`, and the object-free parts of printf-style (`%`)
//! formatting.
//!
//! Everything here is pure: no Python objects are touched.  Errors are
//! returned as the exact message text CPython uses; unless a function says
//! otherwise the message belongs to a `ValueError`.  The few messages that
//! CPython raises as `OverflowError` are recognised by
//! [`is_overflow_message`].
//!
//! Decimal conversion of binary floats is exact: digits are produced by
//! correctly rounding the exact binary value (ties to even), as CPython's
//! `dtoa` does.  Shortest round-trip digits come from `ryu`; fixed/exponent
//! digits come from Rust's `core::fmt` (exact) for precisions it accepts and
//! from an exact big-integer path beyond that.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

// ---------------------------------------------------------------------------
// Error helpers
// ---------------------------------------------------------------------------

/// Message for an `int` whose value does not fit in a C `long` (`format(2**70, 'c')`).
pub const MSG_INT_TOO_LARGE_FOR_LONG: &str = "Python int too large to convert to C long";
/// Message for `int -> float` conversion overflow (`format(10**400, 'f')`).
pub const MSG_INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
/// Message for `%c` / `format(n, 'c')` with a code point outside the Unicode range.
pub const MSG_CHAR_RANGE: &str = "%c arg not in range(0x110000)";

/// True when `msg` (returned by a function of this module) must be raised as
/// `OverflowError` rather than `ValueError`.
pub fn is_overflow_message(msg: &str) -> bool {
    msg == MSG_INT_TOO_LARGE_FOR_LONG || msg == MSG_INT_TOO_LARGE_FOR_FLOAT || msg == MSG_CHAR_RANGE
}

/// Render a type/presentation character the way CPython's format-spec error
/// messages do: printable ASCII (33..=127) as itself, anything else as `\x..`.
fn spec_char_for_message(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", v)
    }
}

fn unknown_format_code(c: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        spec_char_for_message(c),
        type_name
    )
}

// ---------------------------------------------------------------------------
// sys.set_int_max_str_digits support
// ---------------------------------------------------------------------------

/// CPython's default limit on the number of decimal digits of int <-> str
/// conversions (`sys.int_info.default_max_str_digits`).
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// Current limit (0 means unlimited), as `sys.get_int_max_str_digits()`.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

/// Set the limit (0 means unlimited), as `sys.set_int_max_str_digits()`.
/// The caller validates the value (CPython requires 0 or >= 640).
pub fn set_int_max_str_digits(limit: usize) {
    INT_MAX_STR_DIGITS.store(limit, AtomicOrdering::Relaxed);
}

fn int_str_digits_error(limit: usize) -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        limit
    )
}

/// Decimal string of `|n|`, honouring the int-max-str-digits limit.
fn checked_decimal_magnitude(n: &BigUint) -> Result<String, String> {
    let limit = int_max_str_digits();
    if limit != 0 {
        // Cheap pre-check: n >= 2^(bits-1) has more than floor((bits-1)*log10(2)) digits.
        let bits = n.bits();
        if bits > 1 && ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 >= limit as u64 {
            return Err(int_str_digits_error(limit));
        }
    }
    let s = n.to_str_radix(10);
    if limit != 0 && s.len() > limit {
        return Err(int_str_digits_error(limit));
    }
    Ok(s)
}

/// `Err` (ValueError message) when converting `n` to decimal text would exceed
/// the int-max-str-digits limit.  `percent_int` cannot fail, so callers of it
/// with a decimal conversion (`d`, `i`, `u`) should call this first.
pub fn check_int_str_digits(n: &BigInt) -> Result<(), String> {
    let limit = int_max_str_digits();
    if limit == 0 {
        return Ok(());
    }
    checked_decimal_magnitude(n.magnitude()).map(|_| ())
}

/// `n` in the given radix (2..=36), lowercase, with a leading '-' when
/// negative and no prefix (no digit limit is applied).
pub fn int_to_str_radix(n: &BigInt, radix: u32) -> String {
    n.to_str_radix(radix)
}

/// `float(n)` for an int: correctly rounded (ties to even); `Err` holds the
/// `OverflowError` message when the result would be infinite.
pub fn int_to_f64(n: &BigInt) -> Result<f64, String> {
    match n.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(MSG_INT_TOO_LARGE_FOR_FLOAT.to_string()),
    }
}

// ---------------------------------------------------------------------------
// Exact decimal digit generation
// ---------------------------------------------------------------------------

/// Largest precision Rust's formatting machinery accepts at run time.
const STD_MAX_PREC: usize = u16::MAX as usize;

/// Decimal digits `d` (ASCII) and decimal point position `decpt`, meaning the
/// value `0.d[0]d[1]... * 10**decpt`.
struct Digits {
    d: Vec<u8>,
    decpt: i64,
}

/// Parse a decimal/scientific rendering ("123.45", "1.5e300", "5e-324") into
/// digits and point position.  With `strip`, leading and trailing zeros are
/// removed (a zero value becomes "0" with decpt 1).
fn parse_rendered(s: &str, strip: bool) -> Digits {
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut d = Vec::with_capacity(mant.len());
    let mut int_len: i64 = 0;
    let mut seen_point = false;
    for b in mant.bytes() {
        match b {
            b'.' => seen_point = true,
            b'0'..=b'9' => {
                d.push(b);
                if !seen_point {
                    int_len += 1;
                }
            }
            _ => {}
        }
    }
    let mut decpt = int_len + exp;
    if strip {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        if lead == d.len() {
            return Digits { d: vec![b'0'], decpt: 1 };
        }
        d.drain(..lead);
        decpt -= lead as i64;
        while d.last() == Some(&b'0') {
            d.pop();
        }
    }
    Digits { d, decpt }
}

/// Shortest digits that round-trip (`repr` digits).  `a` finite, >= 0.
fn shortest_digits(a: f64) -> Digits {
    if a == 0.0 {
        return Digits { d: vec![b'0'], decpt: 1 };
    }
    let mut buf = ryu::Buffer::new();
    parse_rendered(buf.format_finite(a), true)
}

/// `|x|` as an exact fraction num/den (den a power of two).  `a` finite, > 0.
fn exact_ratio(a: f64) -> (BigUint, BigUint) {
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    if e >= 0 {
        (BigUint::from(m) << (e as usize), BigUint::one())
    } else {
        (BigUint::from(m), BigUint::one() << ((-e) as usize))
    }
}

fn pow10(k: u64) -> BigUint {
    BigUint::from(10u32).pow(k as u32)
}

/// round(num / den) with ties to even.
fn div_round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let r2: BigUint = r << 1usize;
    match r2.cmp(den) {
        Ordering::Greater => q + 1u32,
        Ordering::Less => q,
        Ordering::Equal => {
            if q.is_odd() {
                q + 1u32
            } else {
                q
            }
        }
    }
}

/// round(num/den * 10**s) with ties to even.
fn scaled_round(num: &BigUint, den: &BigUint, s: i64) -> BigUint {
    if s >= 0 {
        div_round_half_even(&(num * pow10(s as u64)), den)
    } else {
        div_round_half_even(num, &(den * pow10((-s) as u64)))
    }
}

/// Compare num/den with 10**j.
fn cmp_pow10(num: &BigUint, den: &BigUint, j: i64) -> Ordering {
    if j >= 0 {
        num.cmp(&(den * pow10(j as u64)))
    } else {
        (num * pow10((-j) as u64)).cmp(den)
    }
}

/// Exact big-integer version of `sig_digits`.
fn big_sig_digits(a: f64, n: usize) -> Digits {
    let (num, den) = exact_ratio(a);
    // k such that 10**(k-1) <= a < 10**k
    let mut k = a.log10().floor() as i64 + 1;
    while cmp_pow10(&num, &den, k - 1) == Ordering::Less {
        k -= 1;
    }
    while cmp_pow10(&num, &den, k) != Ordering::Less {
        k += 1;
    }
    let mut q = scaled_round(&num, &den, n as i64 - k);
    if q == pow10(n as u64) {
        q = pow10(n as u64 - 1);
        k += 1;
    }
    let s = q.to_str_radix(10);
    Digits { d: s.into_bytes(), decpt: k }
}

/// Exactly `n >= 1` significant digits of `a` (finite, >= 0), correctly
/// rounded, trailing zeros kept.  Zero gives n zeros with decpt 1.
fn sig_digits(a: f64, n: usize) -> Digits {
    let n = n.max(1);
    if a == 0.0 {
        return Digits { d: vec![b'0'; n], decpt: 1 };
    }
    if n - 1 <= STD_MAX_PREC {
        let s = format!("{:.*e}", n - 1, a);
        let mut dg = parse_rendered(&s, false);
        // "d.ddde X": one integer digit, so decpt = X + 1 already.
        debug_assert_eq!(dg.d.len(), n);
        dg.d.truncate(n);
        dg
    } else {
        big_sig_digits(a, n)
    }
}

/// Exact big-integer version of `fixed_digits`.
fn big_fixed(a: f64, prec: usize) -> String {
    let q = if a == 0.0 {
        BigUint::zero()
    } else {
        let (num, den) = exact_ratio(a);
        scaled_round(&num, &den, prec as i64)
    };
    let mut s = q.to_str_radix(10);
    if s.len() < prec + 1 {
        let mut z = "0".repeat(prec + 1 - s.len());
        z.push_str(&s);
        s = z;
    }
    if prec > 0 {
        s.insert(s.len() - prec, '.');
    }
    s
}

/// `a` (finite, >= 0) rounded to `prec` digits after the point, no sign,
/// e.g. "2.67", "0", "0.10", or all 301 integer digits of 1e300 for "%.1f".
fn fixed_digits(a: f64, prec: usize) -> String {
    if prec <= STD_MAX_PREC {
        format!("{:.*}", prec, a)
    } else {
        big_fixed(a, prec)
    }
}

// ---------------------------------------------------------------------------
// Float layout (the PyOS_double_to_string rules)
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum FloatMode {
    /// repr(): shortest digits, exponent when exp < -4 or exp >= 16.
    Repr,
    /// 'e' with this many digits after the point.
    Exp(usize),
    /// 'f' with this many digits after the point.
    Fixed(usize),
    /// 'g' with this many significant digits (0 is treated as 1).
    General(usize),
}

/// Lay out digits in fixed or exponent notation.
/// `vend`: minimum number of digit positions (counted from the first digit)
/// to show; fractional zeros are appended to reach it.
fn layout_digits(dg: &Digits, use_exp: bool, vend: i64, alt: bool, add_dot0: bool) -> String {
    let d = &dg.d;
    let n = d.len() as i64;
    let (decpt, exp) = if use_exp { (1i64, Some(dg.decpt - 1)) } else { (dg.decpt, None) };
    let mut s = String::with_capacity((n.max(decpt).max(0) + 8) as usize);
    // Integer part.
    if decpt <= 0 {
        s.push('0');
    } else {
        for i in 0..decpt {
            s.push(if i < n { d[i as usize] as char } else { '0' });
        }
    }
    // Fractional part.
    let mut frac = String::new();
    if decpt < 0 {
        for _ in 0..(-decpt) {
            frac.push('0');
        }
        for &c in d.iter() {
            frac.push(c as char);
        }
    } else if decpt < n {
        for &c in d[decpt as usize..].iter() {
            frac.push(c as char);
        }
    }
    let mut min_frac = vend - decpt;
    if add_dot0 && exp.is_none() {
        min_frac = min_frac.max(1);
    }
    while (frac.len() as i64) < min_frac {
        frac.push('0');
    }
    if !frac.is_empty() || alt {
        s.push('.');
        s.push_str(&frac);
    }
    if let Some(e) = exp {
        s.push('e');
        s.push(if e < 0 { '-' } else { '+' });
        let ea = e.unsigned_abs();
        if ea < 10 {
            s.push('0');
        }
        s.push_str(&ea.to_string());
    }
    s
}

/// Core float conversion.  Returns (negative, unsigned body).  NaN is always
/// reported as non-negative, as in CPython.
fn float_body(x: f64, mode: FloatMode, alt: bool, add_dot0: bool, upper: bool) -> (bool, String) {
    if x.is_nan() {
        return (false, if upper { "NAN" } else { "nan" }.to_string());
    }
    let neg = x.is_sign_negative();
    let a = x.abs();
    if a.is_infinite() {
        return (neg, if upper { "INF" } else { "inf" }.to_string());
    }
    let mut s = match mode {
        FloatMode::Fixed(p) => {
            let mut s = fixed_digits(a, p);
            if alt && p == 0 {
                s.push('.');
            }
            s
        }
        FloatMode::Exp(p) => {
            let dg = sig_digits(a, p + 1);
            layout_digits(&dg, true, p as i64 + 1, alt, false)
        }
        FloatMode::General(p) => {
            let p = p.max(1);
            let mut dg = sig_digits(a, p);
            while dg.d.len() > 1 && dg.d.last() == Some(&b'0') {
                dg.d.pop();
            }
            // With add_dot0 (format() with no type) there must be room for
            // one digit after the point, otherwise use an exponent.
            let thresh = if add_dot0 { p as i64 - 1 } else { p as i64 };
            let use_exp = dg.decpt <= -4 || dg.decpt > thresh;
            let vend = if alt { p as i64 } else { dg.d.len() as i64 };
            layout_digits(&dg, use_exp, vend, alt, add_dot0)
        }
        FloatMode::Repr => {
            let dg = shortest_digits(a);
            let use_exp = dg.decpt <= -4 || dg.decpt > 16;
            let vend = dg.d.len() as i64;
            layout_digits(&dg, use_exp, vend, alt, add_dot0)
        }
    };
    if upper {
        s.make_ascii_uppercase();
    }
    (neg, s)
}

fn with_sign(neg: bool, body: String) -> String {
    if neg {
        let mut s = String::with_capacity(body.len() + 1);
        s.push('-');
        s.push_str(&body);
        s
    } else {
        body
    }
}

/// `repr(x)` / `str(x)` for a float: '1.0', '0.1', '1e+16', '1e-05',
/// '1.5e+300', '123456789012345.0', '1234567890123456.8', 'inf', '-inf',
/// 'nan', '-0.0'.
pub fn float_repr(x: f64) -> String {
    let (neg, body) = float_body(x, FloatMode::Repr, false, true, false);
    with_sign(neg, body)
}

/// `'%.{prec}f' % x`: exactly rounded (ties to even on the binary value);
/// keeps the sign of negative zero and of values that round to zero
/// ('-0.00'); 'inf', '-inf', 'nan' for non-finite values.
pub fn float_to_fixed(x: f64, prec: usize) -> String {
    let (neg, body) = float_body(x, FloatMode::Fixed(prec), false, false, false);
    with_sign(neg, body)
}

/// `'%.{prec}e' % x` (or `E` when `upper`): '1.000e+300', '5e-324' with
/// prec 0, exponent at least two digits; 'inf'/'INF', 'nan'/'NAN'.
pub fn float_to_exp(x: f64, prec: usize, upper: bool) -> String {
    let (neg, body) = float_body(x, FloatMode::Exp(prec), false, false, upper);
    with_sign(neg, body)
}

/// `'%.{prec}g' % x` (`'%#.{prec}g'` with `alt`, `G` with `upper`).
pub fn float_to_general(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    let (neg, body) = float_body(x, FloatMode::General(prec), alt, false, upper);
    with_sign(neg, body)
}

// ---------------------------------------------------------------------------
// Format spec mini-language
// ---------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `fill` is the effective fill character: the parser sets it to '0' when the
/// `0` flag is given without an explicit fill (in that case `zero` is true as
/// well).  The formatting functions also treat `zero == true` as fill '0', and
/// for numbers with no explicit `align` as `'='` alignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    /// '+', '-' or ' ' when given explicitly.
    pub sign: Option<char>,
    /// The `z` flag (coerce negative zero to positive zero after rounding).
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    /// ',' or '_'.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align_char(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Zero code points of every run of Unicode decimal digits (category Nd),
/// Unicode 14.0 as in CPython 3.11; each run is ten consecutive digits 0..9.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Value of a Unicode decimal digit (what CPython's format-spec parser
/// accepts for width and precision).
fn unicode_decimal(c: char) -> Option<u32> {
    let v = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    // Last zero <= v.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= v);
    if idx == 0 {
        return None;
    }
    let z = DECIMAL_ZEROS[idx - 1];
    if v - z < 10 {
        Some(v - z)
    } else {
        None
    }
}

/// Parse a run of decimal digits at `*pos`; returns (digits consumed, value).
fn spec_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut acc: usize = 0;
    let mut count = 0;
    while *pos < chars.len() {
        let Some(dv) = unicode_decimal(chars[*pos]) else { break };
        if acc > (isize::MAX as usize - dv as usize) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + dv as usize;
        count += 1;
        *pos += 1;
    }
    Ok((count, acc))
}

/// Parse a format spec.  On error, returns CPython's ValueError message;
/// for a spec with trailing garbage the message is just
/// "Invalid format specifier" because the object's type is not known here:
/// use [`parse_format_spec_for`] to get CPython's full message.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec_impl(spec, None)
}

/// Like [`parse_format_spec`], with the type name of the formatted object
/// ("int", "float", "str", ...) used in the "Invalid format specifier
/// '...' for object of type '...'" message, exactly as CPython 3.11.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_spec_impl(spec, Some(type_name))
}

fn parse_spec_impl(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut out = FormatSpec::default();
    let mut fill_specified = false;

    if end >= 2 && is_align_char(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align_char(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        out.zero = true;
        out.fill = '0';
        pos += 1;
    }
    let (count, value) = spec_integer(&chars, &mut pos)?;
    if count > 0 {
        out.width = Some(value);
    }
    let both = || "Cannot specify both ',' and '_'.".to_string();
    if pos < end && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(both());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        let (count, value) = spec_integer(&chars, &mut pos)?;
        if count == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        out.precision = Some(value);
    }
    if end - pos > 1 {
        return Err(match type_name {
            Some(t) => format!("Invalid format specifier '{}' for object of type '{}'", spec, t),
            None => "Invalid format specifier".to_string(),
        });
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if let Some(sep) = out.grouping {
        let ok = match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => sep == '_',
            _ => false,
        };
        if !ok {
            let t = out.ty.unwrap_or('\0');
            return Err(format!("Cannot specify '{}' with '{}'.", sep, spec_char_for_message(t)));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Padding / grouping shared by the number formatters
// ---------------------------------------------------------------------------

/// Insert `sep` every `group` digits (from the right), left-padding with '0'
/// digits until the result is at least `min_width` characters long (the
/// result never starts with a separator).  Empty input stays empty.
fn group_digits(digits: &str, sep: Option<(char, usize)>, min_width: i64) -> String {
    let n = digits.len();
    if n == 0 {
        return String::new();
    }
    let min_width = min_width.max(0) as usize;
    match sep {
        None => {
            if n >= min_width {
                digits.to_string()
            } else {
                let mut s = "0".repeat(min_width - n);
                s.push_str(digits);
                s
            }
        }
        Some((sep, g)) => {
            let grouped_len = |d: usize| d + (d - 1) / g;
            let mut d = n.max(min_width.saturating_mul(g) / (g + 1));
            while grouped_len(d) < min_width {
                d += 1;
            }
            let mut padded = "0".repeat(d - n);
            padded.push_str(digits);
            let mut s = String::with_capacity(grouped_len(d) * sep.len_utf8());
            // Digits left before the next separator (the leading group may be short).
            let mut until_sep = (d - 1) % g + 1;
            for &b in padded.as_bytes() {
                if until_sep == 0 {
                    s.push(sep);
                    until_sep = g;
                }
                s.push(b as char);
                until_sep -= 1;
            }
            s
        }
    }
}

fn push_fill(s: &mut String, fill: char, count: usize) {
    for _ in 0..count {
        s.push(fill);
    }
}

/// Assemble `<lpad><sign><prefix><spad><grouped digits><rest><rpad>`.
#[allow(clippy::too_many_arguments)]
fn pad_number(
    sign: &str,
    prefix: &str,
    int_digits: &str,
    rest: &str,
    fill: char,
    align: char,
    width: usize,
    sep: Option<(char, usize)>,
) -> String {
    let non_digit = sign.chars().count() + prefix.chars().count() + rest.chars().count();
    let min_width = if fill == '0' && align == '=' { width as i64 - non_digit as i64 } else { 0 };
    let grouped = group_digits(int_digits, sep, min_width);
    let len = non_digit + grouped.chars().count();
    let pad = width.saturating_sub(len);
    let mut s = String::with_capacity(len + pad);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    push_fill(&mut s, fill, lpad);
    s.push_str(sign);
    s.push_str(prefix);
    push_fill(&mut s, fill, spad);
    s.push_str(&grouped);
    s.push_str(rest);
    push_fill(&mut s, fill, rpad);
    s
}

fn pad_text(text: &str, fill: char, align: char, width: usize) -> String {
    let len = text.chars().count();
    let pad = width.saturating_sub(len);
    let (l, r) = match align {
        '>' => (pad, 0),
        '^' => (pad / 2, pad - pad / 2),
        _ => (0, pad),
    };
    let mut s = String::with_capacity(text.len() + pad * fill.len_utf8());
    push_fill(&mut s, fill, l);
    s.push_str(text);
    push_fill(&mut s, fill, r);
    s
}

fn sign_str(neg: bool, sign: Option<char>) -> &'static str {
    match (neg, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

fn effective_fill(spec: &FormatSpec) -> char {
    if spec.zero {
        '0'
    } else {
        spec.fill
    }
}

fn numeric_align(spec: &FormatSpec) -> char {
    match spec.align {
        Some(a) => a,
        None if spec.zero => '=',
        None => '>',
    }
}

// ---------------------------------------------------------------------------
// format() for float, int, str
// ---------------------------------------------------------------------------

/// `format(x, spec)` for a float.  Types: e E f F g G n % and none (like
/// repr, or with a precision like 'g' but always showing a digit after the
/// point when not in exponent form).  `n` uses the C locale (no grouping).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_format_code(c, "float")),
    }
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".to_string());
        }
    }
    let prec = spec.precision;
    let (value, mode) = match ty {
        None => match prec {
            None => (x, FloatMode::Repr),
            Some(p) => (x, FloatMode::General(p)),
        },
        Some('e' | 'E') => (x, FloatMode::Exp(prec.unwrap_or(6))),
        Some('f' | 'F') => (x, FloatMode::Fixed(prec.unwrap_or(6))),
        Some('%') => (x * 100.0, FloatMode::Fixed(prec.unwrap_or(6))),
        _ => (x, FloatMode::General(prec.unwrap_or(6))),
    };
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let (mut neg, mut body) = float_body(value, mode, spec.alternate, ty.is_none(), upper);
    if neg && spec.no_neg_zero && body_is_zero(&body) {
        neg = false;
    }
    if ty == Some('%') {
        body.push('%');
    }
    let split = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (int_digits, rest) = body.split_at(split);
    let sep = match (ty, spec.grouping) {
        (Some('n'), _) | (_, None) => None,
        (_, Some(c)) => Some((c, 3)),
    };
    Ok(pad_number(
        sign_str(neg, spec.sign),
        "",
        int_digits,
        rest,
        effective_fill(spec),
        numeric_align(spec),
        spec.width.unwrap_or(0),
        sep,
    ))
}

/// True when a finite float body ("0.00", "0.0e+00") shows a zero value.
fn body_is_zero(body: &str) -> bool {
    let mant = match body.find(['e', 'E']) {
        Some(i) => &body[..i],
        None => body,
    };
    mant.bytes().next().is_some_and(|b| b.is_ascii_digit()) && mant.bytes().all(|b| b == b'0' || b == b'.')
}

/// `format(n, spec)` for an int.  Types b c d o x X n and none (= d); e E f F
/// g G % convert to float first (`Err` = OverflowError message when too
/// large).  Errors whose message satisfies [`is_overflow_message`] are
/// OverflowError, the rest ValueError.  `c` with a surrogate code point
/// (U+D800..U+DFFF) cannot be represented in a Rust string and is reported
/// as an error.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(n)?;
            return format_float(x, spec);
        }
        c => return Err(unknown_format_code(c, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    let fill = effective_fill(spec);
    let align = numeric_align(spec);
    let width = spec.width.unwrap_or(0);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
        }
        let ch = int_to_char(n)?;
        let mut buf = [0u8; 4];
        return Ok(pad_number("", "", "", ch.encode_utf8(&mut buf), fill, align, width, None));
    }
    let neg = n.sign() == Sign::Minus;
    let mag = n.magnitude();
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 { checked_decimal_magnitude(mag)? } else { mag.to_str_radix(radix) };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let sep = match (ty, spec.grouping) {
        ('n', _) | (_, None) => None,
        (_, Some(c)) => Some((c, if radix == 10 { 3 } else { 4 })),
    };
    Ok(pad_number(sign_str(neg, spec.sign), prefix, &digits, "", fill, align, width, sep))
}

/// Code point of an int for `format(n, 'c')` (CPython goes through a C long,
/// hence the two different OverflowError messages).
fn int_to_char(n: &BigInt) -> Result<char, String> {
    let v = n.to_i64().ok_or_else(|| MSG_INT_TOO_LARGE_FOR_LONG.to_string())?;
    if !(0..=0x10FFFF).contains(&v) {
        return Err(MSG_CHAR_RANGE.to_string());
    }
    char::from_u32(v as u32)
        .ok_or_else(|| format!("surrogate code point U+{:04X} cannot be represented", v))
}

/// `format(s, spec)` for a str: fill/align (default '<'), width, precision
/// (truncation to that many code points); type none or 's'.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    // CPython parses a str spec with 's' as the default type, so grouping
    // without a type is a spec error and is reported before anything else.
    if let (None, Some(sep)) = (spec.ty, spec.grouping) {
        return Err(format!("Cannot specify '{}' with 's'.", sep));
    }
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_format_code(c, "str")),
    }
    if let Some(sign) = spec.sign {
        return Err(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }
        .to_string());
    }
    if spec.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let text: &str = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    Ok(pad_text(text, effective_fill(spec), spec.align.unwrap_or('<'), spec.width.unwrap_or(0)))
}

/// `format(x, spec)` for a float with the spec given as text.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, String> {
    format_float(x, &parse_format_spec_for(spec, "float")?)
}

/// `format(n, spec)` for an int with the spec given as text.
pub fn format_int_spec(n: &BigInt, spec: &str) -> Result<String, String> {
    format_int(n, &parse_format_spec_for(spec, "int")?)
}

/// `format(s, spec)` for a str with the spec given as text.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, String> {
    format_str(s, &parse_format_spec_for(spec, "str")?)
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// A width or precision in a `%` conversion: a number or `*` (taken from the
/// argument list).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentNum {
    Fixed(usize),
    Star,
}

/// One `%...` conversion: `%[(key)][flags][width][.precision][hlL]conv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: Option<String>,
    pub flags_minus: bool,
    pub flags_plus: bool,
    pub flags_space: bool,
    pub flags_alt: bool,
    pub flags_zero: bool,
    pub width: Option<PercentNum>,
    pub precision: Option<PercentNum>,
    pub conv: char,
}

/// A piece of a parsed `%` format string.  `%%` becomes part of a literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    Lit(String),
    Spec(PercentSpec),
}

fn is_percent_conv(c: char) -> bool {
    matches!(
        c,
        'd' | 'i' | 'o' | 'u' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'c' | 'r' | 's' | 'a'
    )
}

/// Split a `%` format string into literal text and conversion specs.
/// Err = CPython's ValueError message ("incomplete format",
/// "incomplete format key", "width too big", "precision too big",
/// "unsupported format character 'y' (0x79) at index 3").
///
/// CPython reports these errors only when it reaches the conversion, after
/// the arguments of the earlier conversions were used (so `'%s %y' % ()` is a
/// TypeError about missing arguments); callers that need that exact order
/// should use [`parse_percent_partial`].
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    match parse_percent_partial(fmt) {
        (pieces, None) => Ok(pieces),
        (_, Some(e)) => Err(e),
    }
}

/// Like [`parse_percent`], but returns the pieces parsed before the first
/// error together with that error.  For an unsupported conversion character
/// the offending spec itself is the last piece (with that character as its
/// `conv`): CPython fetches its key/`*`/value arguments before raising, so a
/// caller should process every returned piece (for the last one: only fetch
/// its arguments) and then raise the error.  For the other errors the
/// returned pieces stop before the broken spec.
pub fn parse_percent_partial(fmt: &str) -> (Vec<PercentPiece>, Option<String>) {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0usize;
    let incomplete = || Some("incomplete format".to_string());
    while i < n {
        let c = chars[i];
        i += 1;
        if c != '%' {
            lit.push(c);
            continue;
        }
        if i >= n {
            flush_lit(&mut pieces, &mut lit);
            return (pieces, incomplete());
        }
        if chars[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut spec = PercentSpec {
            key: None,
            flags_minus: false,
            flags_plus: false,
            flags_space: false,
            flags_alt: false,
            flags_zero: false,
            width: None,
            precision: None,
            conv: '\0',
        };
        // Returns the next char or bails out with "incomplete format".
        macro_rules! next_char {
            () => {{
                if i >= n {
                    flush_lit(&mut pieces, &mut lit);
                    return (pieces, incomplete());
                }
                i += 1;
                chars[i - 1]
            }};
        }
        let mut c = next_char!();
        if c == '(' {
            let start = i;
            let mut depth = 1usize;
            while depth > 0 && i < n {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                flush_lit(&mut pieces, &mut lit);
                return (pieces, Some("incomplete format key".to_string()));
            }
            spec.key = Some(chars[start..i - 1].iter().collect());
            c = next_char!();
        }
        loop {
            match c {
                '-' => spec.flags_minus = true,
                '+' => spec.flags_plus = true,
                ' ' => spec.flags_space = true,
                '#' => spec.flags_alt = true,
                '0' => spec.flags_zero = true,
                _ => break,
            }
            c = next_char!();
        }
        if c == '*' {
            spec.width = Some(PercentNum::Star);
            c = next_char!();
        } else if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            let mut w = d as usize;
            loop {
                c = next_char!();
                let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else { break };
                if w > (isize::MAX as usize - d as usize) / 10 {
                    flush_lit(&mut pieces, &mut lit);
                    return (pieces, Some("width too big".to_string()));
                }
                w = w * 10 + d as usize;
            }
            spec.width = Some(PercentNum::Fixed(w));
        }
        if c == '.' {
            c = next_char!();
            if c == '*' {
                spec.precision = Some(PercentNum::Star);
                c = next_char!();
            } else {
                let mut p = 0usize;
                while let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
                    if p > (i32::MAX as usize - d as usize) / 10 {
                        flush_lit(&mut pieces, &mut lit);
                        return (pieces, Some("precision too big".to_string()));
                    }
                    p = p * 10 + d as usize;
                    c = next_char!();
                }
                spec.precision = Some(PercentNum::Fixed(p));
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = next_char!();
        }
        spec.conv = c;
        flush_lit(&mut pieces, &mut lit);
        pieces.push(PercentPiece::Spec(spec));
        if !is_percent_conv(c) {
            let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
            let msg = format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown,
                c as u32,
                i - 1
            );
            return (pieces, Some(msg));
        }
    }
    flush_lit(&mut pieces, &mut lit);
    (pieces, None)
}

fn flush_lit(pieces: &mut Vec<PercentPiece>, lit: &mut String) {
    if !lit.is_empty() {
        pieces.push(PercentPiece::Lit(std::mem::take(lit)));
    }
}

/// Resolve `*` width/precision with the int values the caller took from the
/// argument list (in order: width first, then precision).  A negative `*`
/// width means left-justify (the returned spec has `flags_minus` set); a
/// negative `*` precision counts as 0.  Returns the spec to use together
/// with the `width` and `prec` arguments for `percent_int` & co.
pub fn percent_resolve(
    spec: &PercentSpec,
    star_width: Option<i64>,
    star_prec: Option<i64>,
) -> (PercentSpec, Option<usize>, Option<usize>) {
    let mut out = spec.clone();
    let width = match spec.width {
        None => None,
        Some(PercentNum::Fixed(w)) => Some(w),
        Some(PercentNum::Star) => {
            let v = star_width.unwrap_or(0);
            if v < 0 {
                out.flags_minus = true;
            }
            Some(v.unsigned_abs() as usize)
        }
    };
    let prec = match spec.precision {
        None => None,
        Some(PercentNum::Fixed(p)) => Some(p),
        Some(PercentNum::Star) => Some(star_prec.unwrap_or(0).max(0) as usize),
    };
    (out, width, prec)
}

/// The character for `'%c' % n` (`Err` = the OverflowError message, or a
/// message for surrogates, which a Rust string cannot hold).
pub fn percent_char_from_int(n: &BigInt) -> Result<char, String> {
    match n.to_i64() {
        Some(v) if (0..=0x10FFFF).contains(&v) => char::from_u32(v as u32)
            .ok_or_else(|| format!("surrogate code point U+{:04X} cannot be represented", v)),
        _ => Err(MSG_CHAR_RANGE.to_string()),
    }
}

/// Pad `sign + prefix + body` per the %-flags: '-' left-justifies with
/// spaces, '0' zero-pads after sign and prefix, otherwise right-justify.
fn percent_pad(sign: &str, prefix: &str, body: &str, spec: &PercentSpec, width: Option<usize>) -> String {
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = width.unwrap_or(0).saturating_sub(len);
    let mut s = String::with_capacity(len + pad);
    if spec.flags_minus {
        s.push_str(sign);
        s.push_str(prefix);
        s.push_str(body);
        push_fill(&mut s, ' ', pad);
    } else if spec.flags_zero {
        s.push_str(sign);
        s.push_str(prefix);
        push_fill(&mut s, '0', pad);
        s.push_str(body);
    } else {
        push_fill(&mut s, ' ', pad);
        s.push_str(sign);
        s.push_str(prefix);
        s.push_str(body);
    }
    s
}

fn percent_sign(neg: bool, spec: &PercentSpec) -> &'static str {
    if neg {
        "-"
    } else if spec.flags_plus {
        "+"
    } else if spec.flags_space {
        " "
    } else {
        ""
    }
}

/// `%d %i %u %o %x %X` applied to an int (`#` adds 0o / 0x / 0X; the
/// precision is a minimum digit count).  `width`/`prec` are the resolved
/// values (see [`percent_resolve`]).  No digit limit is applied: see
/// [`check_int_str_digits`].
pub fn percent_int(n: &BigInt, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    let digits = n.magnitude().to_str_radix(percent_radix(spec).0);
    percent_int_digits(n.sign() == Sign::Minus, digits, spec, width, prec)
}

/// `percent_int` for a machine-word int.
pub fn percent_int_word(n: i64, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    let m = n.unsigned_abs();
    let digits = match percent_radix(spec).0 {
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        _ => m.to_string(),
    };
    percent_int_digits(n < 0, digits, spec, width, prec)
}

/// The radix and alternate-form prefix of an integer conversion.
fn percent_radix(spec: &PercentSpec) -> (u32, &'static str) {
    match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    }
}

/// Sign, case, precision zeros, prefix and padding around the magnitude's
/// `digits`.
fn percent_int_digits(neg: bool, mut digits: String, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    let prefix = percent_radix(spec).1;
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = prec {
        if digits.len() < p {
            let mut z = "0".repeat(p - digits.len());
            z.push_str(&digits);
            digits = z;
        }
    }
    let prefix = if spec.flags_alt { prefix } else { "" };
    percent_pad(percent_sign(neg, spec), prefix, &digits, spec, width)
}

/// `%e %E %f %F %g %G` applied to a float (default precision 6; `#` keeps
/// the point and, for g/G, trailing zeros).  Any other `conv` is treated
/// like 'g'.
pub fn percent_float(x: f64, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    let p = prec.unwrap_or(6);
    let mode = match spec.conv {
        'e' | 'E' => FloatMode::Exp(p),
        'f' | 'F' => FloatMode::Fixed(p),
        _ => FloatMode::General(p),
    };
    let upper = matches!(spec.conv, 'E' | 'F' | 'G');
    let (neg, body) = float_body(x, mode, spec.flags_alt, false, upper);
    percent_pad(percent_sign(neg, spec), "", &body, spec, width)
}

/// `%s %r %a %c` after the caller produced the string: the precision
/// truncates (for s, r, a only) and the width pads with spaces ('-' flag:
/// on the right); the '0' flag is ignored.
pub fn percent_str(s: &str, spec: &PercentSpec, width: Option<usize>, prec: Option<usize>) -> String {
    let text: &str = match (prec, spec.conv) {
        (Some(p), 's' | 'r' | 'a') => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        _ => s,
    };
    pad_text(text, ' ', if spec.flags_minus { '<' } else { '>' }, width.unwrap_or(0))
}

// ---------------------------------------------------------------------------
// Tests (expected strings produced by CPython 3.11)
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn ff(x: f64, spec: &str) -> String {
        format_float_spec(x, spec).unwrap()
    }
    fn ferr(x: f64, spec: &str) -> String {
        format_float_spec(x, spec).unwrap_err()
    }
    fn fi(n: i64, spec: &str) -> String {
        format_int_spec(&BigInt::from(n), spec).unwrap()
    }
    fn ierr(n: i64, spec: &str) -> String {
        format_int_spec(&BigInt::from(n), spec).unwrap_err()
    }
    fn fs(s: &str, spec: &str) -> String {
        format_str_spec(s, spec).unwrap()
    }
    fn serr(s: &str, spec: &str) -> String {
        format_str_spec(s, spec).unwrap_err()
    }

    /// Apply a %-format string with exactly one conversion to one argument.
    enum Arg<'a> {
        I(i64),
        F(f64),
        S(&'a str),
    }
    fn pct(fmt: &str, args: &[Arg]) -> String {
        let pieces = parse_percent(fmt).unwrap();
        let mut out = String::new();
        let mut it = args.iter();
        for p in pieces {
            match p {
                PercentPiece::Lit(s) => out.push_str(&s),
                PercentPiece::Spec(spec) => {
                    let sw = if spec.width == Some(PercentNum::Star) {
                        match it.next() {
                            Some(Arg::I(v)) => Some(*v),
                            _ => panic!(),
                        }
                    } else {
                        None
                    };
                    let sp = if spec.precision == Some(PercentNum::Star) {
                        match it.next() {
                            Some(Arg::I(v)) => Some(*v),
                            _ => panic!(),
                        }
                    } else {
                        None
                    };
                    let (spec, w, pr) = percent_resolve(&spec, sw, sp);
                    let s = match (it.next().unwrap(), spec.conv) {
                        (Arg::I(v), 'd' | 'i' | 'u' | 'o' | 'x' | 'X') => {
                            percent_int(&BigInt::from(*v), &spec, w, pr)
                        }
                        (Arg::I(v), 'c') => {
                            let c = percent_char_from_int(&BigInt::from(*v)).unwrap();
                            percent_str(&c.to_string(), &spec, w, pr)
                        }
                        (Arg::F(v), 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => percent_float(*v, &spec, w, pr),
                        (Arg::F(v), 's' | 'r') => percent_str(&float_repr(*v), &spec, w, pr),
                        (Arg::S(v), 's') => percent_str(v, &spec, w, pr),
                        (Arg::S(v), 'r' | 'a') => percent_str(&format!("'{}'", v), &spec, w, pr),
                        (Arg::S(v), 'c') => percent_str(v, &spec, w, pr),
                        _ => panic!("bad test arg"),
                    };
                    out.push_str(&s);
                }
            }
        }
        out
    }

    #[test]
    fn repr_floats() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789.0, "123456789.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (2.5, "2.5"),
            (100.0, "100.0"),
            (1e22, "1e+22"),
            (1.0, "1.0"),
            (1.5e300, "1.5e+300"),
            (123456789012345.0, "123456789012345.0"),
            (1234567890123456.8, "1234567890123456.8"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.00012345, "0.00012345"),
            (1.2345e-5, "1.2345e-05"),
            (-1.5, "-1.5"),
            (1e100, "1e+100"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (0.30000000000000004, "0.30000000000000004"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({:?})", x);
        }
    }

    #[test]
    fn fixed_and_exp_rounding() {
        assert_eq!(float_to_fixed(2.675, 2), "2.67");
        assert_eq!(float_to_fixed(0.5, 0), "0");
        assert_eq!(float_to_fixed(1.5, 0), "2");
        assert_eq!(float_to_fixed(2.5, 0), "2");
        assert_eq!(float_to_fixed(0.25, 1), "0.2");
        assert_eq!(float_to_fixed(0.125, 2), "0.12");
        assert_eq!(float_to_fixed(0.375, 2), "0.38");
        assert_eq!(float_to_fixed(-0.0, 2), "-0.00");
        assert_eq!(float_to_fixed(-0.001, 2), "-0.00");
        assert_eq!(float_to_fixed(f64::NEG_INFINITY, 2), "-inf");
        assert_eq!(float_to_fixed(f64::NAN, 2), "nan");
        assert_eq!(
            float_to_fixed(0.1, 100),
            "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000"
        );
        let big1e300 = "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0";
        assert_eq!(float_to_fixed(1e300, 1), big1e300);
        assert_eq!(float_to_exp(1e300, 3, false), "1.000e+300");
        assert_eq!(float_to_exp(1e300, 6, false), "1.000000e+300");
        assert_eq!(float_to_exp(1.5e-10, 6, true), "1.500000E-10");
        assert_eq!(float_to_exp(0.0, 3, false), "0.000e+00");
        assert_eq!(float_to_exp(1e-320, 3, false), "1.000e-320");
        assert_eq!(float_to_exp(5e-324, 0, false), "5e-324");
        assert_eq!(float_to_exp(f64::INFINITY, 3, true), "INF");
        assert_eq!(float_to_general(0.1, 20, false, false), "0.10000000000000000555");
        assert_eq!(float_to_general(0.1, 17, false, false), "0.10000000000000001");
        assert_eq!(float_to_general(5e-324, 30, false, false), "4.94065645841246544176568792868e-324");
        assert_eq!(float_to_general(1.0, 6, true, false), "1.00000");
    }

    #[test]
    fn big_paths_agree_with_std() {
        // The exact big-integer fallback (used beyond Rust's precision limit)
        // must agree with the std-based path.
        let xs = [
            0.1, 2.675, 1e300, 5e-324, 1.7976931348623157e308, 123456.789, 0.5, 1.5, 2.5, 1e-5, 9.995,
            0.000123456789, 1e22, 1e23, 2.2250738585072014e-308,
        ];
        for &x in &xs {
            for p in [0usize, 1, 2, 3, 6, 10, 17, 25, 40] {
                assert_eq!(big_fixed(x, p), format!("{:.*}", p, x), "fixed {} {}", x, p);
                let a = big_sig_digits(x, p + 1);
                let b = sig_digits(x, p + 1);
                assert_eq!((a.d.clone(), a.decpt), (b.d.clone(), b.decpt), "sig {} {}", x, p + 1);
            }
        }
        // Beyond the std limit: 1.0 with 70000 decimals.
        let s = float_to_fixed(1.0, 70000);
        assert_eq!(s.len(), 70002);
        assert!(s.starts_with("1.000") && s.ends_with("000"));
        let e = float_to_exp(0.1, 70000, false);
        assert!(e.starts_with("1.000000000000000055511151231257827021181583404541015625000"));
        assert!(e.ends_with("0e-01"));
    }

    #[test]
    fn format_float_basic() {
        assert_eq!(ff(1.5, ">10"), "       1.5");
        assert_eq!(ff(1.5, "^10"), "   1.5    ");
        assert_eq!(ff(1.5, "*<8"), "1.5*****");
        assert_eq!(ff(1.5, "+"), "+1.5");
        assert_eq!(ff(1.5, " "), " 1.5");
        assert_eq!(ff(-1.5, " "), "-1.5");
        assert_eq!(ff(1234567.891, ","), "1,234,567.891");
        assert_eq!(ff(1234567.891, "_"), "1_234_567.891");
        assert_eq!(ff(4.14159, "010.3f"), "000004.142");
        assert_eq!(ff(-4.14159, "010.3f"), "-00004.142");
        assert_eq!(ff(4.14159, ".3g"), "4.14");
        assert_eq!(ff(1e-5, "g"), "1e-05");
        assert_eq!(ff(1e16, "g"), "1e+16");
        assert_eq!(ff(0.0001, "g"), "0.0001");
        assert_eq!(ff(123456789.0, "g"), "1.23457e+08");
        assert_eq!(ff(100000.0, "g"), "100000");
        assert_eq!(ff(1e6, "g"), "1e+06");
        assert_eq!(ff(12345.678, ".0e"), "1e+04");
        assert_eq!(ff(0.256, "%"), "25.600000%");
        assert_eq!(ff(0.256, ".2%"), "25.60%");
        assert_eq!(ff(12345.678, ",.2%"), "1,234,567.80%");
        assert_eq!(ff(1e16, ""), "1e+16");
        assert_eq!(ff(1e16, ","), "1e+16");
        assert_eq!(ff(123456789.123, ","), "123,456,789.123");
        assert_eq!(ff(12345.678, "_f"), "12_345.678000");
        assert_eq!(ff(1234.5, "010,.1f"), "0,001,234.5");
        assert_eq!(ff(1234.5, "_^20,"), "______1,234.5_______");
        assert_eq!(ff(-1234.5, "+,.2f"), "-1,234.50");
        assert_eq!(ff(2.5, ".0f"), "2");
        assert_eq!(ff(0.5, ".0f"), "0");
        assert_eq!(ff(2.675, ".2f"), "2.67");
        assert_eq!(ff(1e100, "g"), "1e+100");
        assert_eq!(ff(1e100, "G"), "1E+100");
        assert_eq!(ff(1.5e-10, "E"), "1.500000E-10");
        assert_eq!(ff(1234567.0, "n"), "1.23457e+06");
        assert_eq!(ff(1234.5, "n"), "1234.5");
        assert_eq!(ff(12.0, ".3n"), "12");
        assert_eq!(ff(1.5, "=+10"), "+      1.5");
        assert_eq!(ff(-2.5, "08.2f"), "-0002.50");
    }

    #[test]
    fn format_float_no_type_and_alt() {
        assert_eq!(ff(1.5, ".0"), "2e+00");
        assert_eq!(ff(1.5, "#.0"), "2.e+00");
        assert_eq!(ff(0.5, ".0"), "0.5");
        assert_eq!(ff(0.1, "#.0"), "0.1");
        assert_eq!(ff(100.0, ".3"), "1e+02");
        assert_eq!(ff(1000.0, ".3"), "1e+03");
        assert_eq!(ff(10.0, ".2"), "1e+01");
        assert_eq!(ff(1.0, ".2"), "1.0");
        assert_eq!(ff(123.456, ".5"), "123.46");
        assert_eq!(ff(123.0, "#.2"), "1.2e+02");
        assert_eq!(ff(0.1, "+.3"), "+0.1");
        assert_eq!(ff(0.0, ".3"), "0.0");
        assert_eq!(ff(0.0, ""), "0.0");
        assert_eq!(ff(1.0, "#"), "1.0");
        assert_eq!(ff(1e16, "#"), "1.e+16");
        assert_eq!(ff(100.0, "#"), "100.0");
        assert_eq!(ff(0.0, "#g"), "0.00000");
        assert_eq!(ff(0.0, "e"), "0.000000e+00");
        assert_eq!(ff(0.0, "%"), "0.000000%");
        assert_eq!(ff(-0.0, "%"), "-0.000000%");
        assert_eq!(ff(2.0, "#.0f"), "2.");
        assert_eq!(ff(2.5, "#.0g"), "2.");
        assert_eq!(ff(0.0001, "#.3g"), "0.000100");
    }

    #[test]
    fn format_float_special() {
        let inf = f64::INFINITY;
        let nan = f64::NAN;
        assert_eq!(ff(inf, "010"), "0000000inf");
        assert_eq!(ff(inf, "010,"), "0000000inf");
        assert_eq!(ff(-inf, "010"), "-000000inf");
        assert_eq!(ff(nan, "+"), "+nan");
        assert_eq!(ff(-nan, "+"), "+nan");
        assert_eq!(ff(-nan, ""), "nan");
        assert_eq!(ff(inf, "%"), "inf%");
        assert_eq!(ff(nan, "F"), "NAN");
        assert_eq!(ff(inf, "E"), "INF");
        assert_eq!(ff(-inf, "f"), "-inf");
        assert_eq!(ff(-0.0001, "z.2f"), "0.00");
        assert_eq!(ff(-0.0, "z"), "0.0");
        assert_eq!(ff(-0.0, ""), "-0.0");
        assert_eq!(ff(-0.0, "z.1e"), "0.0e+00");
        assert_eq!(ff(-1e-10, "z%"), "0.000000%");
        assert_eq!(ff(-0.5, "z.0f"), "0");
        assert_eq!(ff(-0.6, "z.0f"), "-1");
        assert_eq!(ff(-inf, "z"), "-inf");
    }

    #[test]
    fn format_float_errors() {
        assert_eq!(ferr(1.5, "d"), "Unknown format code 'd' for object of type 'float'");
        assert_eq!(ferr(1.0, "x"), "Unknown format code 'x' for object of type 'float'");
        assert_eq!(ferr(1.5, "abc"), "Invalid format specifier 'abc' for object of type 'float'");
        assert_eq!(ferr(1.5, ",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(ferr(1.5, "_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(ferr(1.0, ",\u{e9}"), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(ferr(1.5, ".2147483648f"), "precision too big");
        assert_eq!(ferr(1.2, ".f"), "Format specifier missing precision");
        assert_eq!(ferr(1.5, "zd"), "Unknown format code 'd' for object of type 'float'");
    }

    #[test]
    fn format_int_basic() {
        assert_eq!(fi(255, "#x"), "0xff");
        assert_eq!(fi(255, "#X"), "0XFF");
        assert_eq!(fi(5, "#b"), "0b101");
        assert_eq!(fi(5, "08b"), "00000101");
        assert_eq!(fi(-255, "x"), "-ff");
        assert_eq!(fi(-255, "#x"), "-0xff");
        assert_eq!(fi(-255, "#010x"), "-0x00000ff");
        assert_eq!(fi(65, "c"), "A");
        assert_eq!(fi(65, "10c"), "         A");
        assert_eq!(fi(65, "010c"), "000000000A");
        assert_eq!(fi(0x1F600, "c"), "\u{1F600}");
        assert_eq!(fi(-5, "=+10"), "-        5");
        assert_eq!(fi(5, "=+10"), "+        5");
        assert_eq!(fi(5, "=10"), "         5");
        assert_eq!(fi(5, "^10"), "    5     ");
        assert_eq!(fi(5, "^9"), "    5    ");
        assert_eq!(fi(5, ">10"), "         5");
        assert_eq!(fi(5, "*<8"), "5*******");
        assert_eq!(fi(5, "+"), "+5");
        assert_eq!(fi(5, " "), " 5");
        assert_eq!(fi(-5, " "), "-5");
        assert_eq!(fi(1234567, ","), "1,234,567");
        assert_eq!(fi(1234567, "_"), "1_234_567");
        assert_eq!(fi(1234567, "_o"), "455_3207");
        assert_eq!(fi(255, "#_b"), "0b1111_1111");
        assert_eq!(fi(255, "#014_b"), "0b00_1111_1111");
        assert_eq!(fi(1, "_x"), "1");
        assert_eq!(fi(1234567, "n"), "1234567");
        assert_eq!(fi(1, "#o"), "0o1");
        assert_eq!(fi(-1, "#b"), "-0b1");
        assert_eq!(fi(0, "#x"), "0x0");
        assert_eq!(fi(1, "#"), "1");
        assert_eq!(fi(1, ""), "1");
        assert_eq!(fi(1, "<"), "1");
        assert_eq!(fi(1, "00"), "1");
        assert_eq!(fi(1, "0"), "1");
        assert_eq!(fi(1, "+0"), "+1");
        assert_eq!(fi(1, "-"), "1");
        assert_eq!(fi(1, "\u{665}"), "    1");
        assert_eq!(fi(1, "\x01<5"), "1\x01\x01\x01\x01");
        assert_eq!(fi(1, " "), " 1");
        assert_eq!(fi(5, "<05"), "50000");
        assert_eq!(fi(5, " <05"), "5    ");
        assert_eq!(fi(5, "x<05"), "5xxxx");
        assert_eq!(fi(123, "04,"), "0,123");
        assert_eq!(fi(1234, "08,"), "0,001,234");
        assert_eq!(fi(1234, "09,"), "0,001,234");
        assert_eq!(fi(1234, "010,"), "00,001,234");
        assert_eq!(fi(1234, "0=10,"), "00,001,234");
        assert_eq!(fi(1234, "x=10,"), "xxxxx1,234");
        assert_eq!(fi(1234, "0<10,"), "1,23400000");
        assert_eq!(fi(-1234, "012,"), "-000,001,234");
        assert_eq!(fi(-1234, "013,"), "-0,000,001,234");
        assert_eq!(fi(255, "#012_x"), "0x0_0000_00ff");
        assert_eq!(fi(255, "#013_x"), "0x0_0000_00ff");
        // Float presentation types on ints.
        assert_eq!(fi(3, "f"), "3.000000");
        assert_eq!(fi(3, ".2%"), "300.00%");
        assert_eq!(fi(12345, ".3e"), "1.234e+04");
        assert_eq!(fi(12345, "g"), "12345");
        assert_eq!(fi(0, "zf"), "0.000000");
        assert_eq!(fi(-10, "=+6"), "-   10");
    }

    #[test]
    fn format_big_ints() {
        assert_eq!(
            format_int_spec(&big("100000000000000000000"), ",d").unwrap(),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(
            format_int_spec(&big("-100000000000000000000"), "_").unwrap(),
            "-100_000_000_000_000_000_000"
        );
        assert_eq!(
            format_int_spec(&big("123456789012345678901234567890"), "#x").unwrap(),
            "0x18ee90ff6c373e0ee4e3f0ad2"
        );
        let pow10_400 = BigInt::from(10).pow(400);
        assert_eq!(format_int_spec(&pow10_400, "f").unwrap_err(), "int too large to convert to float");
        assert!(is_overflow_message(&format_int_spec(&pow10_400, "f").unwrap_err()));
        // 2**1024 - 2**970 rounds up to 2**1024: overflow; one less rounds down.
        let two = BigInt::from(2);
        let a = two.pow(1024) - two.pow(970);
        assert_eq!(format_int_spec(&a, "e").unwrap_err(), "int too large to convert to float");
        let b = &a - 1;
        assert_eq!(format_int_spec(&b, "e").unwrap(), "1.797693e+308");
        assert_eq!(format_int_spec(&two.pow(70), "c").unwrap_err(), "Python int too large to convert to C long");
        // int max str digits.
        let msg = "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(format_int_spec(&BigInt::from(10).pow(5000), "d").unwrap_err(), msg);
        assert_eq!(format_int_spec(&BigInt::from(10).pow(4300), "d").unwrap_err(), msg);
        assert_eq!(check_int_str_digits(&BigInt::from(10).pow(4300)).unwrap_err(), msg);
        assert!(check_int_str_digits(&-BigInt::from(10).pow(4299)).is_ok());
        let s = format_int_spec(&-BigInt::from(10).pow(4299), "d").unwrap();
        assert!(s.starts_with("-10") && s.len() == 4301);
        assert!(format_int_spec(&BigInt::from(10).pow(5000), "x").unwrap().starts_with("31e2"));
    }

    #[test]
    fn format_int_errors() {
        assert_eq!(ierr(1, "abc"), "Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(parse_format_spec("abc").unwrap_err(), "Invalid format specifier");
        assert_eq!(ierr(1, &"9".repeat(20)), "Too many decimal digits in format string");
        assert_eq!(ierr(1, "."), "Format specifier missing precision");
        assert_eq!(ierr(1, ".d"), "Format specifier missing precision");
        assert_eq!(ierr(1, ",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(ierr(1, "_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(ierr(1, ",,"), "Cannot specify ',' with ','.");
        assert_eq!(ierr(1, "__"), "Cannot specify '_' with '_'.");
        assert_eq!(ierr(1, ",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(ierr(1, ",b"), "Cannot specify ',' with 'b'.");
        assert_eq!(ierr(1, ",n"), "Cannot specify ',' with 'n'.");
        assert_eq!(ierr(1, "_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(ierr(1, ".2"), "Precision not allowed in integer format specifier");
        assert_eq!(ierr(1, "+z.2c"), "Precision not allowed in integer format specifier");
        assert_eq!(ierr(1, "z"), "Negative zero coercion (z) not allowed in integer format specifier");
        assert_eq!(ierr(65, "z#c"), "Negative zero coercion (z) not allowed in integer format specifier");
        assert_eq!(ierr(65, "-c"), "Sign not allowed with integer format specifier 'c'");
        assert_eq!(ierr(65, "+c"), "Sign not allowed with integer format specifier 'c'");
        assert_eq!(ierr(65, "#c"), "Alternate form (#) not allowed with integer format specifier 'c'");
        assert_eq!(ierr(65, ",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(ierr(65, "#+c"), "Invalid format specifier '#+c' for object of type 'int'");
        assert_eq!(ierr(-1, "c"), "%c arg not in range(0x110000)");
        assert_eq!(ierr(0x110000, "c"), "%c arg not in range(0x110000)");
        assert!(is_overflow_message(&ierr(-1, "c")));
        assert_eq!(ierr(1, "\x01"), "Unknown format code '\\x1' for object of type 'int'");
        assert_eq!(ierr(1, "\u{e9}"), "Unknown format code '\\xe9' for object of type 'int'");
        assert_eq!(ierr(1, "\u{1F600}"), "Unknown format code '\\x1f600' for object of type 'int'");
        assert_eq!(ierr(1, "\x7f"), "Unknown format code '\x7f' for object of type 'int'");
        assert_eq!(ierr(1, "5 "), "Unknown format code '\\x20' for object of type 'int'");
        assert_eq!(ierr(1, "--"), "Unknown format code '-' for object of type 'int'");
        assert_eq!(ierr(1, "#z"), "Unknown format code 'z' for object of type 'int'");
        assert_eq!(ierr(1, "zs"), "Unknown format code 's' for object of type 'int'");
        assert!(!is_overflow_message(&ierr(1, "zs")));
    }

    #[test]
    fn format_str_cases() {
        assert_eq!(fs("ab", ">10"), "        ab");
        assert_eq!(fs("ab", "^10"), "    ab    ");
        assert_eq!(fs("ab", "*<8"), "ab******");
        assert_eq!(fs("ab", "10"), "ab        ");
        assert_eq!(fs("ab", "05"), "ab000");
        assert_eq!(fs("ab", "<05"), "ab000");
        assert_eq!(fs("ab", "x<05"), "abxxx");
        assert_eq!(fs("ab", ".1"), "a");
        assert_eq!(fs("abc", ".0"), "");
        assert_eq!(fs("abc", "^6"), " abc  ");
        assert_eq!(fs("abc", "^6.2"), "  ab  ");
        assert_eq!(fs("ab", "\x00<5"), "ab\x00\x00\x00");
        assert_eq!(fs("h\u{e9}llo", "7.3s"), "h\u{e9}l    ");
        assert_eq!(fs("\u{1F600}", "\u{e9}^5"), "\u{e9}\u{e9}\u{1F600}\u{e9}\u{e9}");
        assert_eq!(fs("xyz", ""), "xyz");
        assert_eq!(serr("a", "abc"), "Invalid format specifier 'abc' for object of type 'str'");
        assert_eq!(serr("a", ",s"), "Cannot specify ',' with 's'.");
        assert_eq!(serr("a", ","), "Cannot specify ',' with 's'.");
        assert_eq!(serr("a", "_"), "Cannot specify '_' with 's'.");
        assert_eq!(serr("ab", "+"), "Sign not allowed in string format specifier");
        assert_eq!(serr("ab", "-"), "Sign not allowed in string format specifier");
        assert_eq!(serr("ab", " "), "Space not allowed in string format specifier");
        assert_eq!(serr("ab", "#"), "Alternate form (#) not allowed in string format specifier");
        assert_eq!(serr("ab", "=5"), "'=' alignment not allowed in string format specifier");
        assert_eq!(serr("ab", "z"), "Negative zero coercion (z) not allowed in string format specifier");
        assert_eq!(serr("ab", "d"), "Unknown format code 'd' for object of type 'str'");
        assert_eq!(serr("a", "+#"), "Sign not allowed in string format specifier");
        assert_eq!(serr("a", "=+"), "Sign not allowed in string format specifier");
        assert_eq!(serr("a", "=z"), "Negative zero coercion (z) not allowed in string format specifier");
        assert_eq!(serr("a", "=#"), "Alternate form (#) not allowed in string format specifier");
        assert_eq!(serr("a", "#=5"), "'=' alignment not allowed in string format specifier");
        assert_eq!(serr("a", "#z"), "Unknown format code 'z' for object of type 'str'");
    }

    #[test]
    fn parse_spec_fields() {
        let s = parse_format_spec("*^+z#012_.3f").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                zero: false,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let s = parse_format_spec("010,").unwrap();
        assert!(s.zero && s.fill == '0' && s.align.is_none() && s.width == Some(10));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        assert_eq!(parse_format_spec(".\u{665}f").unwrap().precision, Some(5));
    }

    #[test]
    fn percent_parse() {
        let p = parse_percent("a%%b%(k(x))-+ #05.3ld%*.*f%s").unwrap();
        assert_eq!(p.len(), 4);
        assert_eq!(p[0], PercentPiece::Lit("a%b".to_string()));
        match &p[1] {
            PercentPiece::Spec(s) => {
                assert_eq!(s.key.as_deref(), Some("k(x)"));
                assert!(s.flags_minus && s.flags_plus && s.flags_space && s.flags_alt && s.flags_zero);
                assert_eq!(s.width, Some(PercentNum::Fixed(5)));
                assert_eq!(s.precision, Some(PercentNum::Fixed(3)));
                assert_eq!(s.conv, 'd');
            }
            _ => panic!(),
        }
        match &p[2] {
            PercentPiece::Spec(s) => {
                assert_eq!(s.width, Some(PercentNum::Star));
                assert_eq!(s.precision, Some(PercentNum::Star));
                assert_eq!(s.conv, 'f');
            }
            _ => panic!(),
        }
        assert_eq!(parse_percent("%%").unwrap(), vec![PercentPiece::Lit("%".to_string())]);
        assert_eq!(parse_percent("").unwrap(), vec![]);
        assert_eq!(parse_percent("ab%y").unwrap_err(), "unsupported format character 'y' (0x79) at index 3");
        assert_eq!(parse_percent("%y").unwrap_err(), "unsupported format character 'y' (0x79) at index 1");
        assert_eq!(parse_percent("%s %y").unwrap_err(), "unsupported format character 'y' (0x79) at index 4");
        assert_eq!(parse_percent("%5%").unwrap_err(), "unsupported format character '%' (0x25) at index 2");
        assert_eq!(parse_percent("%-5%|").unwrap_err(), "unsupported format character '%' (0x25) at index 3");
        assert_eq!(parse_percent("%.2%").unwrap_err(), "unsupported format character '%' (0x25) at index 3");
        assert_eq!(parse_percent("%(a)%").unwrap_err(), "unsupported format character '%' (0x25) at index 4");
        assert_eq!(parse_percent("%\u{e9}").unwrap_err(), "unsupported format character '?' (0xe9) at index 1");
        assert_eq!(
            parse_percent("a\u{e9}%\u{e9}").unwrap_err(),
            "unsupported format character '?' (0xe9) at index 3"
        );
        assert_eq!(parse_percent("%\x01").unwrap_err(), "unsupported format character '?' (0x1) at index 1");
        assert_eq!(parse_percent("%~").unwrap_err(), "unsupported format character '~' (0x7e) at index 1");
        assert_eq!(parse_percent("%lld").unwrap_err(), "unsupported format character 'l' (0x6c) at index 2");
        assert_eq!(parse_percent("%(a)y").unwrap_err(), "unsupported format character 'y' (0x79) at index 4");
        assert_eq!(parse_percent("ab%").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("%").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("ab%5").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("%(a)").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("%(a)5").unwrap_err(), "incomplete format");
        assert_eq!(parse_percent("%(a").unwrap_err(), "incomplete format key");
        assert_eq!(parse_percent("%99999999999999999999d").unwrap_err(), "width too big");
        assert_eq!(parse_percent("%.99999999999999999999d").unwrap_err(), "precision too big");
        assert_eq!(parse_percent("%.2147483648f").unwrap_err(), "precision too big");
        assert!(parse_percent("%.2147483647f").is_ok());
        // Partial parsing keeps the pieces before the error.
        let (pieces, err) = parse_percent_partial("x%s %y");
        assert_eq!(pieces.len(), 4);
        assert_eq!(pieces[2], PercentPiece::Lit(" ".to_string()));
        match &pieces[3] {
            PercentPiece::Spec(s) => assert_eq!(s.conv, 'y'),
            _ => panic!(),
        }
        assert_eq!(err.unwrap(), "unsupported format character 'y' (0x79) at index 5");
        let (pieces, err) = parse_percent_partial("%d x %");
        assert_eq!(pieces.len(), 2);
        assert_eq!(err.unwrap(), "incomplete format");
    }

    #[test]
    fn percent_apply() {
        use Arg::*;
        assert_eq!(pct("%5d", &[I(42)]), "   42");
        assert_eq!(pct("%-5d|", &[I(42)]), "42   |");
        assert_eq!(pct("%05.1f", &[F(-2.5)]), "-02.5");
        assert_eq!(pct("%05.1f", &[F(4.14159)]), "004.1");
        assert_eq!(pct("%x", &[I(255)]), "ff");
        assert_eq!(pct("%X", &[I(-255)]), "-FF");
        assert_eq!(pct("%x", &[I(-255)]), "-ff");
        assert_eq!(pct("%#o", &[I(8)]), "0o10");
        assert_eq!(pct("%#o", &[I(-8)]), "-0o10");
        assert_eq!(pct("%o", &[I(-8)]), "-10");
        assert_eq!(pct("%#08o", &[I(-8)]), "-0o00010");
        assert_eq!(pct("% #08o", &[I(8)]), " 0o00010");
        assert_eq!(pct("%+#08x", &[I(8)]), "+0x00008");
        assert_eq!(pct("%#o", &[I(0)]), "0o0");
        assert_eq!(pct("%#x", &[I(0)]), "0x0");
        assert_eq!(pct("%e", &[F(1e300)]), "1.000000e+300");
        assert_eq!(pct("%.3e", &[F(1e300)]), "1.000e+300");
        assert_eq!(pct("%g", &[F(0.0001)]), "0.0001");
        assert_eq!(pct("%g", &[F(1e-5)]), "1e-05");
        assert_eq!(pct("%g", &[F(123456789.0)]), "1.23457e+08");
        assert_eq!(pct("%g", &[F(100000.0)]), "100000");
        assert_eq!(pct("%g", &[F(1e6)]), "1e+06");
        assert_eq!(pct("%g", &[F(0.0)]), "0");
        assert_eq!(pct("%g", &[F(-0.0)]), "-0");
        assert_eq!(pct("%10.3s|", &[S("abcdef")]), "       abc|");
        assert_eq!(pct("%-10.3s|", &[S("abcdef")]), "abc       |");
        assert_eq!(pct("%.3r", &[S("abcdef")]), "'ab");
        assert_eq!(pct("%%", &[]), "%");
        assert_eq!(pct("100%% of %s", &[S("x")]), "100% of x");
        assert_eq!(pct("%#08x", &[I(255)]), "0x0000ff");
        assert_eq!(pct("%+05d", &[I(3)]), "+0003");
        assert_eq!(pct("%.3d", &[I(5)]), "005");
        assert_eq!(pct("%5.3d", &[I(-5)]), " -005");
        assert_eq!(pct("%#.3o", &[I(8)]), "0o010");
        assert_eq!(pct("%#.3x", &[I(255)]), "0x0ff");
        assert_eq!(pct("%.3x", &[I(255)]), "0ff");
        assert_eq!(pct("%#5x", &[I(255)]), " 0xff");
        assert_eq!(pct("%#06x", &[I(255)]), "0x00ff");
        assert_eq!(pct("%#X", &[I(255)]), "0XFF");
        assert_eq!(pct("% d", &[I(5)]), " 5");
        assert_eq!(pct("% +d", &[I(5)]), "+5");
        assert_eq!(pct("%0-5d|", &[I(5)]), "5    |");
        assert_eq!(pct("%-#8.3x|", &[I(10)]), "0x00a   |");
        assert_eq!(pct("%u", &[I(-5)]), "-5");
        assert_eq!(pct("%i", &[I(3)]), "3");
        assert_eq!(pct("%ld", &[I(5)]), "5");
        assert_eq!(pct("%hd %Ld", &[I(5), I(6)]), "5 6");
        assert_eq!(pct("%.0d", &[I(0)]), "0");
        assert_eq!(pct("%.0x", &[I(0)]), "0");
        assert_eq!(pct("%#.0f", &[F(1.0)]), "1.");
        assert_eq!(pct("%#.0e", &[F(1.0)]), "1.e+00");
        assert_eq!(pct("%#g", &[F(1.0)]), "1.00000");
        assert_eq!(pct("%#5.0f|", &[F(2.0)]), "   2.|");
        assert_eq!(pct("% .3f", &[F(2.0)]), " 2.000");
        assert_eq!(pct("%+.3f", &[F(-0.0)]), "-0.000");
        assert_eq!(pct("%.2f", &[F(-0.001)]), "-0.00");
        assert_eq!(pct("%.2f", &[F(2.675)]), "2.67");
        assert_eq!(pct("%.0f", &[F(0.5)]), "0");
        assert_eq!(pct("%.0f", &[F(1.5)]), "2");
        assert_eq!(pct("%.1f", &[F(0.25)]), "0.2");
        assert_eq!(pct("%.f", &[F(1.5)]), "2");
        assert_eq!(pct("%Lf", &[F(1.5)]), "1.500000");
        assert_eq!(pct("%.3e", &[F(0.0)]), "0.000e+00");
        assert_eq!(pct("%.20g", &[F(0.1)]), "0.10000000000000000555");
        assert_eq!(pct("%#.3g", &[F(0.0001)]), "0.000100");
        assert_eq!(pct("%.0g", &[F(1.5)]), "2");
        assert_eq!(pct("%.0g", &[F(2.5)]), "2");
        assert_eq!(pct("%#.0g", &[F(2.5)]), "2.");
        assert_eq!(pct("%.3g", &[F(1e16)]), "1e+16");
        assert_eq!(pct("%10.4g|", &[F(4.14159)]), "     4.142|");
        assert_eq!(pct("%-10.4G|", &[F(3.14159e-10)]), "3.142E-10 |");
        assert_eq!(pct("%E", &[F(f64::INFINITY)]), "INF");
        assert_eq!(pct("%G", &[F(f64::NAN)]), "NAN");
        assert_eq!(pct("%F", &[F(f64::NEG_INFINITY)]), "-INF");
        assert_eq!(pct("%010.3E", &[F(f64::NEG_INFINITY)]), "-000000INF");
        assert_eq!(pct("%010.3e", &[F(-1.5)]), "-1.500e+00");
        assert_eq!(pct("% 010.3e", &[F(1.5)]), " 1.500e+00");
        assert_eq!(pct("%05f", &[F(f64::INFINITY)]), "00inf");
        assert_eq!(pct("%-05f|", &[F(f64::INFINITY)]), "inf  |");
        assert_eq!(pct("%+f", &[F(f64::NAN)]), "+nan");
        assert_eq!(pct("%+f", &[F(-f64::NAN)]), "+nan");
        assert_eq!(pct("%*.*f", &[I(8), I(2), F(1.5)]), "    1.50");
        assert_eq!(pct("%.*f", &[I(2), F(1.5)]), "1.50");
        assert_eq!(pct("%*d|", &[I(-5), I(1)]), "1    |");
        assert_eq!(pct("%-*d|", &[I(-5), I(1)]), "1    |");
        assert_eq!(pct("%.*f", &[I(-2), F(1.5)]), "2");
        assert_eq!(pct("%.*s", &[I(-1), S("abc")]), "");
        assert_eq!(pct("%05s", &[S("ab")]), "   ab");
        assert_eq!(pct("%.0c", &[S("a")]), "a");
        assert_eq!(pct("%5c|", &[S("a")]), "    a|");
        assert_eq!(pct("%05c|", &[S("a")]), "    a|");
        assert_eq!(pct("%c", &[I(65)]), "A");
        assert_eq!(pct("%r", &[F(1.5)]), "1.5");
        assert_eq!(pct("%s", &[F(1e16)]), "1e+16");
        assert_eq!(pct("%a", &[S("x")]), "'x'");
        assert_eq!(pct("%(x)s %(y)d", &[S("a"), I(2)]), "a 2");
        assert_eq!(pct("%d", &[I(i64::MIN)]), "-9223372036854775808");
        assert_eq!(percent_char_from_int(&BigInt::from(2).pow(70)).unwrap_err(), "%c arg not in range(0x110000)");
        assert_eq!(percent_char_from_int(&BigInt::from(-1)).unwrap_err(), "%c arg not in range(0x110000)");
    }
}
