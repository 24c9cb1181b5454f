//! Methods of `range` (`index`, `count`, `__len__`, `__contains__`, `__reversed__`,
//! `__eq__`) and the exact arithmetic behind them. The VM keeps i64 fast paths for
//! ordinary ranges and calls the functions here for equality, hashing, repr, and for
//! ranges whose bounds do not fit in an i64.

use super::add_method;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{index_error, overflow_error, type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::{as_bigint, new_bigint, new_int};
use crate::objects::range::{as_range, new_big_range, RangeObj};
use crate::objects::slice::as_slice;
use crate::objects::typeobj::{type_name, type_of};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

pub fn install() {
    let t = &rt().types.range;
    let methods: [(&'static str, NativeFn); 6] = [
        ("index", range_index),
        ("count", range_count),
        ("__len__", range_len_method),
        ("__contains__", range_contains_method),
        ("__reversed__", range_reversed),
        ("__eq__", range_eq_method),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
}

// ---- exact arithmetic -----------------------------------------------------

/// The number of items, exactly.
pub fn big_len(r: &RangeObj) -> BigInt {
    let [lo, hi, step] = r.parts();
    let (lo, hi, step) = if step.is_positive() { (lo, hi, step) } else { (hi, lo, -step) };
    if lo < hi {
        (hi - lo - 1u8) / step + 1u8
    } else {
        BigInt::zero()
    }
}

/// `len(r)` (`OverflowError` past the index range).
pub fn range_len(r: &RangeObj) -> PyResult<usize> {
    if r.big.is_none() {
        return Ok(r.len() as usize);
    }
    i64::try_from(&big_len(r))
        .map(|n| n as usize)
        .map_err(|_| overflow_error("Python int too large to convert to C ssize_t"))
}

/// The position of int `x` in `r`, if it is an item.
fn position(r: &RangeObj, x: &BigInt) -> Option<BigInt> {
    let [start, _, step] = r.parts();
    let off = x - &start;
    if !(&off % &step).is_zero() {
        return None;
    }
    let k = off / step;
    (!k.is_negative() && k < big_len(r)).then_some(k)
}

/// The int value of `x` when it is exactly an int or a bool (CPython's fast path).
fn exact_int(x: &Value) -> Option<BigInt> {
    let ty = type_of(x);
    if ty.is(&rt().types.int) || ty.is(&rt().types.bool) {
        as_bigint(x)
    } else {
        None
    }
}

/// `x in r`, exactly (the VM has an i64 fast path for ordinary ranges and ints).
pub fn big_contains(r: &RangeObj, x: &Value) -> PyResult<bool> {
    match exact_int(x) {
        Some(i) => Ok(position(r, &i).is_some()),
        None => Ok(count_by_eq(r, x, true)? > 0),
    }
}

/// Count (or find, when `first`) items equal to a non-int `x` by iterating.
fn count_by_eq(r: &RangeObj, x: &Value, first: bool) -> PyResult<usize> {
    let [start, _, step] = r.parts();
    let n = i64::try_from(&big_len(r)).unwrap_or(i64::MAX);
    let mut count = 0;
    let mut item = start;
    for _ in 0..n {
        if crate::vm::ops::eq(&new_bigint(item.clone()), x)? {
            count += 1;
            if first {
                break;
            }
        }
        item += &step;
    }
    Ok(count)
}

/// An int or `__index__` value as a BigInt.
fn index_big(v: &Value) -> PyResult<BigInt> {
    if let Some(b) = exact_int(v) {
        return Ok(b);
    }
    match crate::vm::ops::index_i64(v)? {
        Some(i) => Ok(i.into()),
        None => {
            as_bigint(v).ok_or_else(|| type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// `r[key]` for a range with big bounds.
pub fn big_getitem(r: &RangeObj, key: &Value) -> PyResult<Value> {
    let [start, _, step] = r.parts();
    let len = big_len(r);
    if let Some(s) = as_slice(key) {
        let opt = |v: &Value| -> PyResult<Option<BigInt>> {
            if crate::objects::boolobj::is_none(v) {
                Ok(None)
            } else {
                index_big(v).map(Some)
            }
        };
        let sstep = opt(&s.step)?.unwrap_or_else(BigInt::one);
        if sstep.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let neg = sstep.is_negative();
        let (lower, upper) = if neg { (BigInt::from(-1), &len - 1u8) } else { (BigInt::zero(), len.clone()) };
        let adjust = |v: Option<BigInt>, default: &BigInt| match v {
            None => default.clone(),
            Some(i) if i.is_negative() => (i + &len).max(lower.clone()),
            Some(i) => i.min(upper.clone()),
        };
        let a = adjust(opt(&s.start)?, if neg { &upper } else { &lower });
        let b = adjust(opt(&s.stop)?, if neg { &lower } else { &upper });
        let first = &start + &a * &step;
        let last = &start + &b * &step;
        return Ok(new_big_range(first, last, step * sstep));
    }
    let i = index_big(key)
        .map_err(|_| type_error(format!("range indices must be integers or slices, not {}", type_name(key))))?;
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(new_bigint(start + i * step))
}

/// `repr(r)`.
pub fn range_repr(r: &RangeObj) -> String {
    let [start, stop, step] = r.parts();
    if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// The (len, start, step) that identify a range's items (`None` where irrelevant).
fn identity(r: &RangeObj) -> (BigInt, Option<BigInt>, Option<BigInt>) {
    let n = big_len(r);
    let [start, _, step] = r.parts();
    if n.is_zero() {
        (n, None, None)
    } else if n.is_one() {
        (n, Some(start), None)
    } else {
        (n, Some(start), Some(step))
    }
}

/// `a == b` for two ranges: the same sequence of items.
pub fn range_eq(a: &RangeObj, b: &RangeObj) -> bool {
    identity(a) == identity(b)
}

/// `hash(r)`: CPython hashes the tuple (len, start, step) with Nones as above.
pub fn range_hash(r: &RangeObj) -> PyResult<i64> {
    let (n, start, step) = identity(r);
    let opt = |v: Option<BigInt>| v.map(new_bigint).unwrap_or_else(|| rt().none.clone());
    crate::vm::ops::hash_tuple(&[new_bigint(n), opt(start), opt(step)])
}

// ---- methods --------------------------------------------------------------

fn this_range<'a>(name: &str, a: &Args<'a>, n: usize) -> PyResult<(&'a Value, &'a RangeObj, &'a [Value])> {
    let (this, rest) = super::args::method_args(name, a, n, n)?;
    let r = as_range(this).ok_or_else(|| {
        type_error(format!("descriptor '{name}' requires a 'range' object but received a '{}'", type_name(this)))
    })?;
    Ok((this, r, rest))
}

fn range_index(a: Args<'_>) -> PyResult<Value> {
    let (_, r, rest) = this_range("index", &a, 1)?;
    let x = &rest[0];
    if let Some(i) = exact_int(x) {
        return match position(r, &i) {
            Some(k) => Ok(new_bigint(k)),
            None => Err(value_error(format!("{i} is not in range"))),
        };
    }
    let [start, _, step] = r.parts();
    let n = i64::try_from(&big_len(r)).unwrap_or(i64::MAX);
    let mut item = start;
    for k in 0..n {
        if crate::vm::ops::eq(&new_bigint(item.clone()), x)? {
            return Ok(new_int(k));
        }
        item += &step;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn range_count(a: Args<'_>) -> PyResult<Value> {
    let (_, r, rest) = this_range("count", &a, 1)?;
    let x = &rest[0];
    if let Some(i) = exact_int(x) {
        return Ok(new_int(position(r, &i).is_some() as i64));
    }
    Ok(new_int(count_by_eq(r, x, false)? as i64))
}

fn range_len_method(a: Args<'_>) -> PyResult<Value> {
    let (_, r, _) = this_range("__len__", &a, 0)?;
    Ok(new_int(range_len(r)? as i64))
}

fn range_contains_method(a: Args<'_>) -> PyResult<Value> {
    let (_, r, rest) = this_range("__contains__", &a, 1)?;
    Ok(py_bool(big_contains(r, &rest[0])?))
}

fn range_reversed(a: Args<'_>) -> PyResult<Value> {
    let (this, _, _) = this_range("__reversed__", &a, 0)?;
    crate::vm::call::call(&rt().types.reversed, std::slice::from_ref(this))
}

fn range_eq_method(a: Args<'_>) -> PyResult<Value> {
    let (_, r, rest) = this_range("__eq__", &a, 1)?;
    match as_range(&rest[0]) {
        Some(o) => Ok(py_bool(range_eq(r, o))),
        None => Ok(rt().not_implemented.clone()),
    }
}
