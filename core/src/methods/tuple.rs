//! Methods of `tuple`.
//!
//! Tuples never change, so no lock is needed. The dunder methods serve subclasses
//! (named tuples and friends); the VM handles exact tuples natively.

use super::add_method;
use super::list::{clamp_range, count_of, find_index, self_args};
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops;

fn items<'a>(name: &str, v: &'a Value) -> PyResult<&'a [Value]> {
    as_tuple(v).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'tuple' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

fn tuple_index(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("tuple", "index", &a, 1, 3)?;
    let t = items("index", this)?;
    let (start, stop) = clamp_range(&rest[1..], t.len())?;
    match find_index(t, &rest[0], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("tuple", "count", &a, 1, 1)?;
    Ok(new_int(count_of(items("count", this)?, &rest[0])? as i64))
}

fn tuple_len(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("tuple", "__len__", &a, 0, 0)?;
    Ok(new_int(items("__len__", this)?.len() as i64))
}

fn tuple_iter(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("tuple", "__iter__", &a, 0, 0)?;
    items("__iter__", this)?;
    Ok(new_iter(&rt().types.tuple_iterator, IterState::Tuple { seq: this.clone(), ix: 0 }))
}

fn tuple_contains(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("tuple", "__contains__", &a, 1, 1)?;
    let t = items("__contains__", this)?;
    Ok(py_bool(find_index(t, &rest[0], 0, t.len())?.is_some()))
}

fn tuple_getitem(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("tuple", "__getitem__", &a, 1, 1)?;
    let t = items("__getitem__", this)?;
    if let Some(s) = crate::objects::slice::as_slice(&rest[0]) {
        return crate::vm::sequence::tuple_slice(t, s);
    }
    let i = ops::index_i64(&rest[0])
        .map_err(|_| type_error(format!("tuple indices must be integers or slices, not {}", type_name(&rest[0]))))?
        .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))?;
    match ops::norm_index(i, t.len()) {
        Some(j) => Ok(t[j].clone()),
        None => Err(index_error("tuple index out of range")),
    }
}

fn tuple_hash(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("tuple", "__hash__", &a, 0, 0)?;
    Ok(new_int(ops::hash_tuple(items("__hash__", this)?)?))
}

/// `repr` of a tuple subclass instance (exact tuples are handled by the VM).
fn tuple_repr(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("tuple", "__repr__", &a, 0, 0)?;
    let t = items("__repr__", this)?;
    let Some(_g) = crate::vm::repr::enter(this) else { return Ok(crate::objects::str::new_str("(...)")) };
    let inner = crate::vm::repr::join_reprs(t)?;
    Ok(crate::objects::str::new_str(if t.len() == 1 { format!("({inner},)") } else { format!("({inner})") }))
}

fn tuple_add(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("tuple", "__add__", &a, 1, 1)?;
    let mut out = items("__add__", this)?.to_vec();
    match as_tuple(&rest[0]) {
        Some(o) => out.extend(o.iter().cloned()),
        None => {
            return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(&rest[0]))))
        }
    }
    Ok(new_tuple(out))
}

fn tuple_mul(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("tuple", "__mul__", &a, 1, 1)?;
    let t = items("__mul__", this)?;
    if !crate::objects::int::is_int(&rest[0]) {
        return Ok(rt().not_implemented.clone());
    }
    let n = super::args::int_arg(&rest[0])?.max(0) as usize;
    let mut out = Vec::with_capacity(t.len() * n);
    for _ in 0..n {
        out.extend(t.iter().cloned());
    }
    Ok(new_tuple(out))
}

pub fn install() {
    let t = &rt().types.tuple;
    add_method(t, "index", tuple_index);
    add_method(t, "count", tuple_count);
    add_method(t, "__len__", tuple_len);
    add_method(t, "__iter__", tuple_iter);
    add_method(t, "__contains__", tuple_contains);
    add_method(t, "__getitem__", tuple_getitem);
    add_method(t, "__hash__", tuple_hash);
    add_method(t, "__repr__", tuple_repr);
    add_method(t, "__add__", tuple_add);
    add_method(t, "__mul__", tuple_mul);
    add_method(t, "__rmul__", tuple_mul);
}
