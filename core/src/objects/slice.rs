//! `slice` objects and index normalisation for sequences.

use super::exception::{type_error, value_error};
use super::kinds;
use super::{PyResult, Value};
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Payload for SliceObj {
    const KIND: u8 = kinds::SLICE;
    const TRACKED: bool = false;
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    alloc_obj(rt().types.slice.as_ptr(), SliceObj { start, stop, step })
}

#[inline]
pub fn as_slice(v: &Value) -> Option<&SliceObj> {
    downcast::<SliceObj>(v)
}

fn index_of(v: &Value) -> PyResult<Option<i64>> {
    if super::boolobj::is_none(v) {
        return Ok(None);
    }
    match crate::vm::ops::index_i64_clamped(v) {
        Some(i) => Ok(Some(i)),
        None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

impl SliceObj {
    /// (start, stop, step, length) for a sequence of length `len`, like
    /// `PySlice_AdjustIndices`.
    pub fn indices(&self, len: usize) -> PyResult<(i64, i64, i64, usize)> {
        let len = len as i64;
        let step = index_of(&self.step)?.unwrap_or(1);
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + len).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start = adjust(index_of(&self.start)?, if step < 0 { upper } else { lower });
        let stop = adjust(index_of(&self.stop)?, if step < 0 { lower } else { upper });
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok((start, stop, step, n as usize))
    }
}
