//! `int`: small integers live inline in the value word; larger ones are heap objects
//! holding a `BigInt`. Every operation normalises its result back to the inline form
//! when it fits, so two equal ints have one representation.

use super::kinds;
use super::Value;
use crate::runtime::rt;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct IntObj(pub BigInt);

impl Payload for IntObj {
    const KIND: u8 = kinds::INT;
    const TRACKED: bool = false;
}

#[inline(always)]
pub fn new_int(i: i64) -> Value {
    match Value::small_int(i) {
        Some(v) => v,
        None => alloc_obj(rt().types.int.as_ptr(), IntObj(BigInt::from(i))),
    }
}

/// An int from a BigInt, inline when it fits.
pub fn new_bigint(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::small_int(i) {
            return v;
        }
    }
    alloc_obj(rt().types.int.as_ptr(), IntObj(b))
}

/// The integer value of an int, a bool or an instance of an int subclass.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// View an int (or bool) value.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    let h = v.header_unchecked();
    match h.kind {
        kinds::INT => downcast::<IntObj>(v).map(|b| IntRef::Big(&b.0)),
        kinds::BOOL => downcast::<super::boolobj::BoolObj>(v).map(|b| IntRef::Small(b.0 as i64)),
        kinds::SUBVALUE => super::subvalue::base_of(v).and_then(as_int),
        _ => None,
    }
}

/// The value as i64 if it is an int that fits.
#[inline]
pub fn as_i64(v: &Value) -> Option<i64> {
    match as_int(v)? {
        IntRef::Small(i) => Some(i),
        IntRef::Big(b) => b.to_i64(),
    }
}

/// The value as a BigInt if it is an int.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match as_int(v)? {
        IntRef::Small(i) => Some(BigInt::from(i)),
        IntRef::Big(b) => Some(b.clone()),
    }
}

pub fn is_int(v: &Value) -> bool {
    as_int(v).is_some()
}
