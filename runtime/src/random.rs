//! `_random`: the Mersenne Twister (MT19937) core behind `random.Random`.
//!
//! `lib/random.py` keeps everything CPython writes in Python (seeding from
//! ints, floats and strs, `randrange`, `choice`, `shuffle`, ...) and asks
//! this module for the words: `MT.seed_array(key)`, `MT.random()`,
//! `MT.getrandbits(k)` and the state as 624 words and an index. The words
//! and floats are those of CPython's generator for the same seed.
//!
//! A generator may be shared by threads: its state sits behind a mutex held
//! only for the few instructions that draw words (no allocation, no
//! safepoint inside), so racing draws get distinct words and never tear the
//! state.

use crate::object::{alloc_obj, downcast};
use crate::types::class::{new_class, ClassObj, Layout, NativeFn};
use crate::types::function::new_module;
use crate::types::int::{int_from_big, int_from_i64, to_i64};
use crate::types::list::list_obj;
use crate::types::str::intern;
use crate::types::tuple::{new_tuple, tuple_items};
use crate::{raise, PyResult};
use morel_heap::Value;
use parking_lot::Mutex;
use std::sync::OnceLock;

type Kw<'a> = &'a [(Value, Value)];

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_B0DF;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7FFF_FFFF;

/// The generator's words and the position of the next one (`N`: twist first).
struct MtState {
    mt: [u32; N],
    index: usize,
}

impl MtState {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from `key` (32-bit words, least significant first), as
    /// MT19937's `init_by_array`.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// Regenerates all `N` words in place (each step reads the words it
    /// needs before they are overwritten, except the wrapped ones, which
    /// MT19937 defines as the new values).
    fn twist(&mut self) {
        let mt = &mut self.mt;
        for k in 0..N {
            let y = (mt[k] & UPPER) | (mt[(k + 1) % N] & LOWER);
            let mut v = mt[(k + M) % N] ^ (y >> 1);
            if y & 1 == 1 {
                v ^= MATRIX_A;
            }
            mt[k] = v;
        }
        self.index = 0;
    }

    #[inline]
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9D2C_5680;
        y ^= (y << 15) & 0xEFC6_0000;
        y ^ (y >> 18)
    }

    /// `getrandbits(k)` for 1 <= k <= 62: the first word is the low bits,
    /// the second (when k > 32) keeps its top `k - 32` bits.
    #[inline]
    fn bits(&mut self, k: u32) -> u64 {
        debug_assert!((1..=62).contains(&k));
        if k <= 32 {
            return (self.next_u32() >> (32 - k)) as u64;
        }
        let lo = self.next_u32() as u64;
        let hi = (self.next_u32() >> (64 - k)) as u64;
        lo | hi << 32
    }

    /// A float in [0, 1) from 53 random bits (27 + 26 of two words).
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// `_random.MT()`: one generator.
#[repr(C)]
pub struct MtObj {
    pub header: crate::object::ObjHeader,
    state: Mutex<MtState>,
}

// Holds no values: nothing to trace beyond the class (done by the macro).
crate::py_vtable!(MtObj, "MT", |_o, _t| {});

static CLASS: OnceLock<usize> = OnceLock::new();

fn mt_ctor(_args: &[Value], _kw: Kw) -> PyResult {
    let cls = *CLASS.get().expect("_random installed") as *const ClassObj;
    let mut st = MtState { mt: [0; N], index: N };
    st.init_genrand(5489);
    Ok(Value::from_ptr(alloc_obj::<MtObj>(cls, |header| MtObj { header, state: Mutex::new(st) })))
}

fn this(args: &[Value], what: &str) -> PyResult<&'static MtObj> {
    match args.first().and_then(|v| downcast::<MtObj>(*v)) {
        Some(m) => Ok(m),
        None => raise!(type_error, "descriptor '{}' requires a '_random.MT' object", what),
    }
}

/// `mt.seed_array(key)`: `key` a non-empty list of ints in [0, 2**32).
fn mt_seed_array(args: &[Value], _kw: Kw) -> PyResult {
    let m = this(args, "seed_array")?;
    let Some(l) = args.get(1).and_then(|v| list_obj(*v)) else {
        return raise!(type_error, "seed_array() expects a list of 32-bit words");
    };
    let mut key = Vec::with_capacity(l.items.len());
    for w in l.items.as_slice() {
        match to_i64(*w) {
            Some(x) if (0..=u32::MAX as i64).contains(&x) => key.push(x as u32),
            _ => return raise!(value_error, "seed_array() expects a list of 32-bit words"),
        }
    }
    if key.is_empty() {
        key.push(0);
    }
    m.state.lock().init_by_array(&key);
    Ok(Value::NONE)
}

/// `mt.random()`: the next float in [0.0, 1.0).
fn mt_random(args: &[Value], _kw: Kw) -> PyResult {
    let m = this(args, "random")?;
    let x = m.state.lock().next_f64();
    Ok(Value::float(x))
}

/// `mt.getrandbits(k)` for `k >= 0` (checked by the caller): words fill the
/// result from its least significant end; the last one keeps its top bits.
fn mt_getrandbits(args: &[Value], _kw: Kw) -> PyResult {
    let m = this(args, "getrandbits")?;
    let k = match args.get(1).copied().and_then(to_i64) {
        Some(k) if k >= 0 => k as u64,
        _ => return raise!(value_error, "number of bits must be non-negative"),
    };
    if k == 0 {
        return Ok(int_from_i64(0));
    }
    if k <= 62 {
        let w = m.state.lock().bits(k as u32);
        return Ok(int_from_i64(w as i64));
    }
    let nwords = k.div_ceil(32) as usize;
    let mut words = Vec::with_capacity(nwords);
    {
        let mut st = m.state.lock();
        let mut left = k;
        while left > 0 {
            let mut w = st.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            words.push(w);
            left = left.saturating_sub(32);
        }
    }
    Ok(int_from_big(num_bigint::BigInt::from(num_bigint::BigUint::from_slice(&words))))
}

/// `mt.randbelow(n)`: a random int in [0, n) for an int 0 < n < 2**47, as
/// `Random._randbelow` draws it: `getrandbits(n.bit_length())` until below
/// `n`. None for any other `n` (the caller then draws in Python).
fn mt_randbelow(args: &[Value], _kw: Kw) -> PyResult {
    let m = this(args, "randbelow")?;
    let n = match args.get(1) {
        Some(v) if v.is_small_int() && v.as_small_int() > 0 => v.as_small_int() as u64,
        _ => return Ok(Value::NONE),
    };
    let k = 64 - n.leading_zeros();
    let mut st = m.state.lock();
    loop {
        let r = st.bits(k);
        if r < n {
            return Ok(int_from_i64(r as i64));
        }
    }
}

/// `mt.getstate()`: the 624 words and the index, as one tuple.
fn mt_getstate(args: &[Value], _kw: Kw) -> PyResult {
    let m = this(args, "getstate")?;
    let (words, index) = {
        let st = m.state.lock();
        (st.mt, st.index)
    };
    let vals: Vec<Value> = words.iter().map(|w| int_from_i64(*w as i64)).chain([int_from_i64(index as i64)]).collect();
    // The values are small ints (not heap objects): nothing to root.
    Ok(new_tuple(&vals))
}

/// `mt.setstate(words)`: a tuple of 624 words (taken modulo 2**32) and an
/// index in [0, 624], as `getstate` gives (checked by the caller).
fn mt_setstate(args: &[Value], _kw: Kw) -> PyResult {
    let m = this(args, "setstate")?;
    let Some(t) = args.get(1).and_then(|v| tuple_items(*v)).filter(|t| t.len() == N + 1) else {
        return raise!(value_error, "state vector is the wrong size");
    };
    let mut mt = [0u32; N];
    for (slot, v) in mt.iter_mut().zip(t) {
        let Some(x) = to_i64(*v) else {
            return raise!(value_error, "invalid state");
        };
        *slot = x as u32;
    }
    let index = match to_i64(t[N]) {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        _ => return raise!(value_error, "invalid state"),
    };
    let mut st = m.state.lock();
    st.mt = mt;
    st.index = index;
    Ok(Value::NONE)
}

/// Creates the `_random` module with its `MT` class.
pub fn install() {
    let cls = new_class("MT", &[], Layout::Builtin);
    cls.module.set(intern("_random"));
    crate::add_root(Value::from_ptr(cls));
    let methods: &[(&'static str, NativeFn)] = &[
        ("seed_array", mt_seed_array),
        ("random", mt_random),
        ("getrandbits", mt_getrandbits),
        ("randbelow", mt_randbelow),
        ("getstate", mt_getstate),
        ("setstate", mt_setstate),
    ];
    cls.add_methods(methods);
    cls.ctor.set(Some(mt_ctor));
    let _ = CLASS.set(cls as *const ClassObj as usize);
    let m = new_module("_random", Value::NONE);
    m.set("MT", Value::from_ptr(cls));
    crate::modules::register_module("_random", Value::from_ptr(m));
}
