//! `tuple`: an immutable sequence (no lock needed: never mutated after creation).

use super::kinds;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct TupleObj {
    pub items: Box<[Value]>,
}

impl Payload for TupleObj {
    const KIND: u8 = kinds::TUPLE;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            visit(v);
        }
    }
}

impl TupleObj {
    pub fn new_raw(items: Vec<Value>, ty: &Value) -> Value {
        alloc_obj(ty.as_ptr(), TupleObj { items: items.into_boxed_slice() })
    }
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return rt().empty_tuple.clone();
    }
    TupleObj::new_raw(items, &rt().types.tuple)
}

#[inline]
pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    match downcast::<TupleObj>(v) {
        Some(t) => Some(&t.items),
        None => super::subvalue::base_of(v).and_then(downcast::<TupleObj>).map(|t| &*t.items),
    }
}
