//! `range`: i64 bounds for the fast paths (iteration, indexing), plus the exact
//! bounds when one does not fit in an i64 (`range(10 ** 20)`); the i64 fields of
//! such a range are saturated and only the slow paths in `methods::range` use it.

use super::kinds;
use super::Value;
use crate::runtime::rt;
use num_bigint::BigInt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The exact (start, stop, step) when one of them is outside i64.
    pub big: Option<Box<[BigInt; 3]>>,
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

    /// The exact (start, stop, step).
    pub fn parts(&self) -> [BigInt; 3] {
        match &self.big {
            Some(b) => (**b).clone(),
            None => [self.start.into(), self.stop.into(), self.step.into()],
        }
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    alloc_obj(rt().types.range.as_ptr(), RangeObj { start, stop, step, big: None })
}

/// A range with arbitrary bounds (`step` is not zero).
pub fn new_big_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let small = |b: &BigInt| i64::try_from(b).ok();
    if let (Some(a), Some(b), Some(c)) = (small(&start), small(&stop), small(&step)) {
        return new_range(a, b, c);
    }
    let sat = |b: &BigInt| small(b).unwrap_or(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
    let (a, b, c) = (sat(&start), sat(&stop), sat(&step));
    let big = Some(Box::new([start, stop, step]));
    alloc_obj(rt().types.range.as_ptr(), RangeObj { start: a, stop: b, step: c, big })
}

#[inline]
pub fn as_range(v: &Value) -> Option<&RangeObj> {
    downcast::<RangeObj>(v)
}
