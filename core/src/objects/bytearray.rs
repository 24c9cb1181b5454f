//! `bytearray`: a mutable byte string guarded by the object's header mutex.
//!
//! Like `list`, every single operation locks once; the bytes hold no references, so
//! the payload is not tracked by the cycle collector.

use super::kinds;
use super::locked::{Guarded, LockGuard};
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct ByteArrayObj {
    data: Guarded<Vec<u8>>,
}

impl Payload for ByteArrayObj {
    const KIND: u8 = kinds::BYTEARRAY;
    const TRACKED: bool = false;
}

impl ByteArrayObj {
    #[inline]
    pub fn lock(&self) -> LockGuard<'_, Vec<u8>> {
        self.data.lock(self)
    }

    /// A copy of the current contents.
    pub fn snapshot(&self) -> Vec<u8> {
        self.lock().clone()
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A bytearray of type `ty` (bytearray or a subclass) holding `b`.
pub fn new_bytearray_of_type(ty: &Value, b: Vec<u8>) -> Value {
    alloc_obj(ty.as_ptr(), ByteArrayObj { data: Guarded::new(b) })
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    new_bytearray_of_type(&rt().types.bytearray, b)
}

#[inline]
pub fn as_bytearray(v: &Value) -> Option<&ByteArrayObj> {
    downcast::<ByteArrayObj>(v)
}

/// A copy of the data of a bytes-like value (`bytes`, `bytearray` and subclasses).
pub fn buffer_data(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = super::bytes::as_bytes(v) {
        return Some(b.to_vec());
    }
    as_bytearray(v).map(|b| b.snapshot())
}
