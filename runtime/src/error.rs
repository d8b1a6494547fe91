//! `Exc`, the error half of every `PyResult`: a raised Python exception.
//!
//! An `Exc` is one word (the exception instance), so `PyResult<Value>` is
//! returned in two registers.

use morel_heap::Value;

/// A raised Python exception (the instance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct Exc(pub Value);

pub type PyResult<T = Value> = Result<T, Exc>;

impl Exc {
    #[inline]
    pub fn value(self) -> Value {
        self.0
    }
}

/// Builds an exception of a builtin class with a message and returns it as `Err`.
#[macro_export]
macro_rules! raise {
    ($cls:ident, $($fmt:tt)+) => {
        Err($crate::types::exception::new_exception($crate::classes().$cls, &format!($($fmt)+)))
    };
}

/// Builds (does not return) an exception value of a builtin class.
#[macro_export]
macro_rules! exc {
    ($cls:ident, $($fmt:tt)+) => {
        $crate::types::exception::new_exception($crate::classes().$cls, &format!($($fmt)+))
    };
}
