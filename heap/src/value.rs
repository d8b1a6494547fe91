//! `Value`: one 64-bit `Copy` word, NaN-boxed.
//!
//! Encoding (the top 16 bits decide):
//!
//! | top 16 bits        | meaning                                              |
//! |--------------------|------------------------------------------------------|
//! | `< 0xFFF9`         | an `f64`, stored as its own bits (NaNs canonicalised) |
//! | `0xFFF9`           | inline int: 48-bit two's-complement payload          |
//! | `0xFFFA`           | pointer to a heap object (low 48 bits)               |
//! | `0xFFFB`           | special constant: None, False, True, Unbound         |
//!
//! Every NaN produced by arithmetic is canonicalised to `0x7FF8_0000_0000_0000`
//! when boxed, so no float ever collides with the tagged range.

use crate::GcHeader;

#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

const TAG_SHIFT: u32 = 48;
const TAG_INT: u64 = 0xFFF9;
const TAG_PTR: u64 = 0xFFFA;
const TAG_SPECIAL: u64 = 0xFFFB;
const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest and largest ints stored inline; anything outside is a heap big int.
pub const INLINE_INT_MIN: i64 = -(1 << 47);
pub const INLINE_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    pub const NONE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 0);
    pub const FALSE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 2);
    pub const TRUE: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 3);
    /// Internal marker for an unbound local or global slot; never visible to Python.
    pub const UNBOUND: Value = Value((TAG_SPECIAL << TAG_SHIFT) | 4);

    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }
    #[inline(always)]
    fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }

    // ---- floats ----
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            Value(CANONICAL_NAN)
        } else {
            Value(f.to_bits())
        }
    }
    #[inline(always)]
    pub fn is_float(self) -> bool {
        self.tag() < TAG_INT
    }
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0)
    }

    // ---- inline ints ----
    /// The inline int `i`, or `None` when it does not fit in 48 bits.
    #[inline(always)]
    pub fn try_int(i: i64) -> Option<Value> {
        if (INLINE_INT_MIN..=INLINE_INT_MAX).contains(&i) {
            Some(Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK)))
        } else {
            None
        }
    }
    /// An inline int; the caller guarantees it fits (small constants, lengths).
    #[inline(always)]
    pub fn small_int(i: i64) -> Value {
        debug_assert!((INLINE_INT_MIN..=INLINE_INT_MAX).contains(&i));
        Value((TAG_INT << TAG_SHIFT) | (i as u64 & PAYLOAD_MASK))
    }
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline(always)]
    pub fn as_small_int(self) -> i64 {
        // sign-extend the 48-bit payload
        ((self.0 << 16) as i64) >> 16
    }

    // ---- specials ----
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
    #[inline(always)]
    pub fn is_unbound(self) -> bool {
        self == Value::UNBOUND
    }

    // ---- heap pointers ----
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        let a = p as u64;
        debug_assert!(a & !PAYLOAD_MASK == 0, "pointer above 48 bits");
        Value((TAG_PTR << TAG_SHIFT) | a)
    }
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.tag() == TAG_PTR
    }
    #[inline(always)]
    pub fn as_ptr<T>(self) -> *mut T {
        (self.0 & PAYLOAD_MASK) as *mut T
    }
    /// The heap header this value points to, if it is a pointer.
    #[inline(always)]
    pub fn heap_ptr(self) -> Option<*mut GcHeader> {
        if self.is_ptr() {
            Some(self.as_ptr())
        } else {
            None
        }
    }
}

/// Decodes a word found by the conservative stack scanner: a raw address or a
/// NaN-boxed pointer. Returns the address it names (possibly interior).
#[inline]
pub fn decode_conservative(word: u64) -> usize {
    if word >> TAG_SHIFT == TAG_PTR {
        (word & PAYLOAD_MASK) as usize
    } else {
        word as usize
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_float() {
            write!(f, "Float({})", self.as_float())
        } else if self.is_small_int() {
            write!(f, "Int({})", self.as_small_int())
        } else if self.is_ptr() {
            write!(f, "Ptr({:#x})", self.0 & PAYLOAD_MASK)
        } else if *self == Value::NONE {
            write!(f, "None")
        } else if *self == Value::TRUE {
            write!(f, "True")
        } else if *self == Value::FALSE {
            write!(f, "False")
        } else {
            write!(f, "Unbound")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip_at_the_edges() {
        for i in [0, 1, -1, 42, INLINE_INT_MAX, INLINE_INT_MIN] {
            let v = Value::try_int(i).unwrap();
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(Value::try_int(INLINE_INT_MAX + 1).is_none());
        assert!(Value::try_int(INLINE_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_never_collide_with_tags() {
        for f in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, f64::MAX] {
            let v = Value::float(f);
            assert!(v.is_float());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        let weird_nan = f64::from_bits(0xFFFA_0000_0000_1234);
        let v = Value::float(weird_nan);
        assert!(v.is_float() && v.as_float().is_nan());
    }

    #[test]
    fn specials_are_distinct() {
        let all = [Value::NONE, Value::TRUE, Value::FALSE, Value::UNBOUND];
        for (i, a) in all.iter().enumerate() {
            assert!(!a.is_float() && !a.is_small_int() && !a.is_ptr());
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn pointers_decode() {
        let x = Box::new(5u64);
        let p = &*x as *const u64;
        let v = Value::from_ptr(p);
        assert!(v.is_ptr());
        assert_eq!(v.as_ptr::<u64>() as *const u64, p);
        assert_eq!(decode_conservative(v.bits()), p as usize);
        assert_eq!(decode_conservative(p as u64), p as usize);
    }
}
