//! The singletons: `None`, `True`, `False`, `Ellipsis`, `NotImplemented`.

use super::kinds;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, make_immortal, Payload};

/// Payload of `None`, `Ellipsis` and `NotImplemented` (nothing inside).
pub struct Singleton;

impl Payload for Singleton {
    const KIND: u8 = kinds::NONE;
    const TRACKED: bool = false;
}

/// Payload for `Ellipsis`/`NotImplemented` (distinct kind from None).
pub struct Simple;

impl Payload for Simple {
    const KIND: u8 = kinds::SIMPLE;
    const TRACKED: bool = false;
}

pub struct BoolObj(pub bool);

impl Payload for BoolObj {
    const KIND: u8 = kinds::BOOL;
    const TRACKED: bool = false;
}

pub(crate) fn new_singleton(kind: u8, ty: &Value) -> Value {
    if kind == kinds::NONE {
        alloc_obj(ty.as_ptr(), Singleton)
    } else {
        alloc_obj(ty.as_ptr(), Simple)
    }
}

pub(crate) fn new_bool(b: bool, ty: &Value) -> Value {
    let v = alloc_obj(ty.as_ptr(), BoolObj(b));
    make_immortal(&v);
    v
}

#[inline(always)]
pub fn none() -> Value {
    rt().none.clone()
}

#[inline(always)]
pub fn is_none(v: &Value) -> bool {
    v.is(&rt().none)
}

#[inline(always)]
pub fn py_bool(b: bool) -> Value {
    if b {
        rt().true_.clone()
    } else {
        rt().false_.clone()
    }
}
