//! `bytes`: an immutable byte string.

use super::kinds;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct BytesObj(pub Box<[u8]>);

impl Payload for BytesObj {
    const KIND: u8 = kinds::BYTES;
    const TRACKED: bool = false;
}

pub fn new_bytes(b: Vec<u8>) -> Value {
    alloc_obj(rt().types.bytes.as_ptr(), BytesObj(b.into_boxed_slice()))
}

#[inline]
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    match downcast::<BytesObj>(v) {
        Some(b) => Some(&b.0),
        None => super::subvalue::base_of(v).and_then(downcast::<BytesObj>).map(|b| &*b.0),
    }
}

/// `repr()` of a bytes value: `b'...'` with CPython's escapes.
pub fn repr_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
