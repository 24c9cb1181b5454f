//! `range` (i64 bounds).

use super::kinds;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Payload for RangeObj {
    const KIND: u8 = kinds::RANGE;
    const TRACKED: bool = false;
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start, self.stop, self.step);
        if step > 0 && lo < hi {
            ((hi as i128 - lo as i128 - 1) / step as i128 + 1) as i64
        } else if step < 0 && lo > hi {
            ((lo as i128 - hi as i128 - 1) / (-(step as i128)) + 1) as i64
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    alloc_obj(rt().types.range.as_ptr(), RangeObj { start, stop, step })
}

#[inline]
pub fn as_range(v: &Value) -> Option<&RangeObj> {
    downcast::<RangeObj>(v)
}
