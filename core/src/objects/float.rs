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

/// The result `f` of an arithmetic operation on `a` and `b`, written into whichever
/// operand is an exact float that nobody else references (a temporary about to be
/// dropped), or into a new float.
#[inline]
pub fn float_result(a: Value, b: Value, f: f64) -> Value {
    for v in [a, b] {
        if v.is_unique()
            && v.header_unchecked().kind == kinds::FLOAT
            && v.header_unchecked().ty == rt().types.float.as_ptr()
        {
            #[allow(unsafe_code)]
            // SAFETY: `v` is the only reference to this float and is held by this
            // thread, so no other code can observe the payload while it changes.
            unsafe {
                (*(v.as_ptr() as *mut weft_gc::Obj<FloatObj>)).payload.0 = f;
            }
            return v;
        }
    }
    new_float(f)
}

#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    match downcast::<FloatObj>(v) {
        Some(f) => Some(f.0),
        None => super::subvalue::base_of(v).and_then(downcast::<FloatObj>).map(|f| f.0),
    }
}
