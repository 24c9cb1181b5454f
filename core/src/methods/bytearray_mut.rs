//! The mutating methods of `bytearray`: item and slice assignment and deletion,
//! `append`/`extend`/`insert`/`pop`/`remove`/`reverse`/`clear`, and the in-place
//! operators. Arguments are converted (which may run Python code) before the
//! object's lock is taken; each change is then made under one lock.

use super::add_method;
use super::bytearray::{byte_value, bytes_from_iterable, repeat_count, this_ba};
use crate::objects::bytearray::ByteArrayObj;
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::new_int;
use crate::objects::slice::{as_slice, SliceObj};
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops::{index_i64, norm_index};

pub fn install() {
    let t = &rt().types.bytearray;
    let methods: [(&'static str, NativeFn); 11] = [
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
}

fn none() -> PyResult<Value> {
    Ok(rt().none.clone())
}

/// An integer index of a bytearray (`TypeError` for other types).
fn item_index(key: &Value) -> PyResult<i64> {
    index_i64(key)
        .map_err(|_| type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key))))?
        .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))
}

/// `(start, stop, step, count)` of a slice for the current length.
fn slice_positions(ba: &ByteArrayObj, s: &SliceObj) -> PyResult<(i64, i64, i64, usize)> {
    let len = ba.len();
    s.indices(len)
}

fn ba_setitem(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("__setitem__", &a, 2, 2)?;
    let (key, value) = (&rest[0], &rest[1]);
    if let Some(s) = as_slice(key) {
        let new = bytes_from_iterable(value)?;
        let (start, stop, step, n) = slice_positions(ba, s)?;
        let mut g = ba.lock();
        let len = g.len();
        if step == 1 {
            let lo = (start.max(0) as usize).min(len);
            let hi = (stop.max(start).max(0) as usize).min(len);
            g.splice(lo..hi, new);
            return none();
        }
        if new.len() != n {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                new.len()
            )));
        }
        for (k, b) in new.into_iter().enumerate() {
            if let Some(slot) = g.get_mut((start + k as i64 * step) as usize) {
                *slot = b;
            }
        }
        return none();
    }
    let i = item_index(key)?;
    let b = byte_value(value)?;
    let mut g = ba.lock();
    match norm_index(i, g.len()) {
        Some(j) => {
            g[j] = b;
            none()
        }
        None => Err(index_error("bytearray index out of range")),
    }
}

fn ba_delitem(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("__delitem__", &a, 1, 1)?;
    let key = &rest[0];
    if let Some(s) = as_slice(key) {
        let (start, _, step, n) = slice_positions(ba, s)?;
        let mut drop_at: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        drop_at.sort_unstable();
        let mut g = ba.lock();
        for &i in drop_at.iter().rev() {
            if i < g.len() {
                g.remove(i);
            }
        }
        return none();
    }
    let i = item_index(key)?;
    let mut g = ba.lock();
    match norm_index(i, g.len()) {
        Some(j) => {
            g.remove(j);
            none()
        }
        None => Err(index_error("bytearray index out of range")),
    }
}

fn ba_iadd(a: Args<'_>) -> PyResult<Value> {
    let (this, ba, rest) = this_ba("__iadd__", &a, 1, 1)?;
    let other = crate::objects::bytearray::buffer_data(&rest[0])
        .ok_or_else(|| type_error(format!("can't concat {} to bytearray", type_name(&rest[0]))))?;
    ba.lock().extend_from_slice(&other);
    Ok(this.clone())
}

fn ba_imul(a: Args<'_>) -> PyResult<Value> {
    let (this, ba, rest) = this_ba("__imul__", &a, 1, 1)?;
    let Some(n) = repeat_count(&rest[0])? else { return Ok(rt().not_implemented.clone()) };
    let mut g = ba.lock();
    let rep = g.repeat(n);
    *g = rep;
    Ok(this.clone())
}

fn ba_append(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("append", &a, 1, 1)?;
    let b = byte_value(&rest[0])?;
    ba.lock().push(b);
    none()
}

fn ba_extend(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("extend", &a, 1, 1)?;
    let v = &rest[0];
    if crate::objects::str::as_str(v).is_some() {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    let new = bytes_from_iterable(v).map_err(|e| {
        if crate::vm::ops::iter(v).is_err() {
            type_error(format!("can't extend bytearray with {}", type_name(v)))
        } else {
            e
        }
    })?;
    ba.lock().extend_from_slice(&new);
    none()
}

fn ba_insert(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("insert", &a, 2, 2)?;
    let i = super::args::int_arg(&rest[0])?;
    let b = byte_value(&rest[1])?;
    let mut g = ba.lock();
    let len = g.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    g.insert(at as usize, b);
    none()
}

fn ba_pop(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("pop", &a, 0, 1)?;
    let i = match rest.first() {
        Some(v) => super::args::int_arg(v)?,
        None => -1,
    };
    let mut g = ba.lock();
    if g.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    match norm_index(i, g.len()) {
        Some(j) => Ok(new_int(g.remove(j) as i64)),
        None => Err(index_error("pop index out of range")),
    }
}

fn ba_remove(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("remove", &a, 1, 1)?;
    let b = byte_value(&rest[0])?;
    let mut g = ba.lock();
    match g.iter().position(|&x| x == b) {
        Some(j) => {
            g.remove(j);
            none()
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_reverse(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, _) = this_ba("reverse", &a, 0, 0)?;
    ba.lock().reverse();
    none()
}

fn ba_clear(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, _) = this_ba("clear", &a, 0, 0)?;
    ba.lock().clear();
    none()
}
