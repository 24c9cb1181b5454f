//! `complex`: a pair of f64.

use super::kinds;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexObj {
    const KIND: u8 = kinds::COMPLEX;
    const TRACKED: bool = false;
}

pub fn new_complex(re: f64, im: f64) -> Value {
    alloc_obj(rt().types.complex.as_ptr(), ComplexObj { re, im })
}

#[inline]
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    downcast::<ComplexObj>(super::subvalue::plain(v)).map(|c| (c.re, c.im))
}
