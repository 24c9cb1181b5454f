//! `float`: a boxed f64.

use super::kinds;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct FloatObj(pub f64);

impl Payload for FloatObj {
    const KIND: u8 = kinds::FLOAT;
    const TRACKED: bool = false;
}

#[inline]
pub fn new_float(f: f64) -> Value {
    alloc_obj(rt().types.float.as_ptr(), FloatObj(f))
}

#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    match downcast::<FloatObj>(v) {
        Some(f) => Some(f.0),
        None => super::subvalue::base_of(v).and_then(downcast::<FloatObj>).map(|f| f.0),
    }
}
