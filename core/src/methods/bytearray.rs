//! Methods of `bytearray`: construction, the sequence and comparison dunders, and
//! the read-only methods it shares with `bytes`. Those are delegated to the `bytes`
//! implementation on a snapshot (results converted back to bytearray), so the two
//! types cannot drift apart. The mutating methods are in `bytearray_mut`.

use super::{add_attr, add_classmethod, add_method, add_static};
use crate::objects::bytearray::{as_bytearray, buffer_data, new_bytearray, new_bytearray_of_type, ByteArrayObj};
use crate::objects::bytes::{new_bytes, repr_bytes};
use crate::objects::exception::{index_error, type_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::list::{as_list, new_list};
use crate::objects::slice::as_slice;
use crate::objects::str::new_str;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{lookup, tobj, type_name, type_of};
use crate::objects::{boolobj::py_bool, int::new_int, kinds, PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::call::call_kw;
use crate::vm::ops::{index_i64, norm_index};
use std::cmp::Ordering;

macro_rules! delegated {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(a: Args<'_>) -> PyResult<Value> { delegate($name, a) })*
        const DELEGATED: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
}

delegated!(
    ba_decode => "decode", ba_hex => "hex", ba_upper => "upper", ba_lower => "lower",
    ba_swapcase => "swapcase", ba_title => "title", ba_capitalize => "capitalize",
    ba_isdigit => "isdigit", ba_isalpha => "isalpha", ba_isalnum => "isalnum",
    ba_isspace => "isspace", ba_isascii => "isascii", ba_isupper => "isupper",
    ba_islower => "islower", ba_istitle => "istitle", ba_center => "center",
    ba_ljust => "ljust", ba_rjust => "rjust", ba_zfill => "zfill",
    ba_expandtabs => "expandtabs", ba_find => "find", ba_rfind => "rfind",
    ba_index => "index", ba_rindex => "rindex", ba_count => "count",
    ba_startswith => "startswith", ba_endswith => "endswith", ba_replace => "replace",
    ba_partition => "partition", ba_rpartition => "rpartition", ba_split => "split",
    ba_rsplit => "rsplit", ba_splitlines => "splitlines", ba_join => "join",
    ba_strip => "strip", ba_lstrip => "lstrip", ba_rstrip => "rstrip",
    ba_removeprefix => "removeprefix", ba_removesuffix => "removesuffix",
    ba_translate => "translate", ba_mod => "__mod__",
);

pub fn install() {
    let t = &rt().types.bytearray;
    for &(name, f) in DELEGATED {
        add_method(t, name, f);
    }
    let own: [(&'static str, NativeFn); 14] = [
        ("__len__", ba_len),
        ("__getitem__", ba_getitem),
        ("__contains__", ba_contains),
        ("__repr__", ba_repr),
        ("__eq__", ba_eq),
        ("__ne__", ba_ne),
        ("__lt__", ba_lt),
        ("__le__", ba_le),
        ("__gt__", ba_gt),
        ("__ge__", ba_ge),
        ("__add__", ba_add),
        ("__mul__", ba_mul),
        ("__rmul__", ba_mul),
        ("copy", ba_copy),
    ];
    for (name, f) in own {
        add_method(t, name, f);
    }
    add_attr(t, "__hash__", rt().none.clone());
    add_static(t, "__new__", ba_new);
    add_classmethod(t, "fromhex", ba_fromhex);
    super::bytearray_mut::install();
}

// ---- helpers --------------------------------------------------------------

/// `self` of a bytearray method and its positional arguments (no keywords).
pub(crate) fn this_ba<'a>(
    fname: &str,
    a: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<(&'a Value, &'a ByteArrayObj, &'a [Value])> {
    let (this, rest) = super::args::method_args(fname, a, min, max)?;
    let ba = as_bytearray(this).ok_or_else(|| {
        type_error(format!(
            "descriptor '{fname}' for 'bytearray' objects doesn't apply to a '{}' object",
            type_name(this)
        ))
    })?;
    Ok((this, ba, rest))
}

/// A bytearray argument as an equal bytes object (for the bytes implementation).
fn as_bytes_arg(v: &Value) -> Value {
    match as_bytearray(v) {
        Some(b) => new_bytes(b.snapshot()),
        None => v.clone(),
    }
}

/// A result of the bytes implementation, with bytes turned into bytearrays.
fn from_bytes_result(v: Value) -> Value {
    if v.kind() == Some(kinds::BYTES) {
        return new_bytearray(buffer_data(&v).unwrap_or_default());
    }
    if let Some(l) = as_list(&v) {
        return new_list(l.snapshot().into_iter().map(from_bytes_result).collect());
    }
    if let Some(t) = as_tuple(&v) {
        return new_tuple(t.iter().cloned().map(from_bytes_result).collect());
    }
    v
}

/// Run the `bytes` method `name` on a snapshot of `self`.
fn delegate(name: &str, a: Args<'_>) -> PyResult<Value> {
    if let Some(this) = a.pos().first() {
        if as_bytearray(this).is_none() {
            return Err(type_error(format!(
                "descriptor '{name}' for 'bytearray' objects doesn't apply to a '{}' object",
                type_name(this)
            )));
        }
    }
    let all: Vec<Value> = a.all.iter().map(as_bytes_arg).collect();
    let f =
        lookup(&rt().types.bytes, &intern(name)).ok_or_else(|| type_error(format!("bytes has no method {name}")))?;
    Ok(from_bytes_result(call_kw(&f, &all, a.kwnames)?))
}

/// A single byte value (`ValueError: byte must be in range(0, 256)`).
pub(crate) fn byte_value(v: &Value) -> PyResult<u8> {
    match index_i64(v)? {
        Some(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(crate::objects::exception::value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes of a value assigned to a slice or passed to `extend`: a bytes-like
/// object or an iterable of ints.
pub(crate) fn bytes_from_iterable(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_data(v) {
        return Ok(b);
    }
    if v.kind() == Some(kinds::STR) || v.as_small_int().is_some() || v.kind() == Some(kinds::INT) {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    crate::vm::ops::collect(v)?.iter().map(byte_value).collect()
}

// ---- construction and protocol --------------------------------------------

fn ba_new(a: Args<'_>) -> PyResult<Value> {
    let all = a.all;
    let cls = &all[0];
    let data = match all.get(1) {
        None => vec![],
        Some(src) if all.len() == 2 && as_bytearray(src).is_some() => buffer_data(src).unwrap_or_default(),
        Some(_) => {
            let b = call_kw(&rt().types.bytes, &all[1..], a.kwnames)?;
            buffer_data(&b).unwrap_or_default()
        }
    };
    Ok(new_bytearray_of_type(cls, data))
}

fn ba_fromhex(a: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = super::args::method_args("fromhex", &a, 1, 1)?;
    let f = lookup(&rt().types.bytes, &intern("fromhex")).expect("bytes.fromhex");
    let b = call_kw(&f, &[rt().types.bytes.clone(), rest[0].clone()], &[])?;
    Ok(new_bytearray_of_type(cls, buffer_data(&b).unwrap_or_default()))
}

fn ba_len(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, _) = this_ba("__len__", &a, 0, 0)?;
    Ok(new_int(ba.len() as i64))
}

fn ba_getitem(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("__getitem__", &a, 1, 1)?;
    let key = &rest[0];
    if let Some(sl) = as_slice(key) {
        let data = ba.snapshot();
        let (start, _, step, n) = sl.indices(data.len())?;
        let out = (0..n).map(|k| data[(start + k as i64 * step) as usize]).collect();
        return Ok(new_bytearray(out));
    }
    let i = index_i64(key)
        .map_err(|_| type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key))))?
        .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))?;
    let g = ba.lock();
    match norm_index(i, g.len()) {
        Some(j) => Ok(new_int(g[j] as i64)),
        None => Err(index_error("bytearray index out of range")),
    }
}

fn ba_contains(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("__contains__", &a, 1, 1)?;
    let x = &rest[0];
    if let Some(sub) = buffer_data(x) {
        let hay = ba.snapshot();
        return Ok(py_bool(super::bytes_search::find_bytes(&hay, &sub, false).is_some()));
    }
    if index_i64(x).is_err() {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(x))));
    }
    let b = byte_value(x)?;
    Ok(py_bool(ba.lock().contains(&b)))
}

fn ba_repr(a: Args<'_>) -> PyResult<Value> {
    let (this, ba, _) = this_ba("__repr__", &a, 0, 0)?;
    Ok(new_str(format!("{}({})", tobj(type_of(this)).name, repr_bytes(&ba.snapshot()))))
}

fn compare(a: &Args<'_>, name: &str, ok: fn(Ordering) -> bool) -> PyResult<Value> {
    let (_, ba, rest) = this_ba(name, a, 1, 1)?;
    match buffer_data(&rest[0]) {
        Some(other) => Ok(py_bool(ok(ba.snapshot().as_slice().cmp(other.as_slice())))),
        None => Ok(rt().not_implemented.clone()),
    }
}

fn ba_eq(a: Args<'_>) -> PyResult<Value> {
    compare(&a, "__eq__", |o| o == Ordering::Equal)
}

fn ba_ne(a: Args<'_>) -> PyResult<Value> {
    compare(&a, "__ne__", |o| o != Ordering::Equal)
}

fn ba_lt(a: Args<'_>) -> PyResult<Value> {
    compare(&a, "__lt__", |o| o == Ordering::Less)
}

fn ba_le(a: Args<'_>) -> PyResult<Value> {
    compare(&a, "__le__", |o| o != Ordering::Greater)
}

fn ba_gt(a: Args<'_>) -> PyResult<Value> {
    compare(&a, "__gt__", |o| o == Ordering::Greater)
}

fn ba_ge(a: Args<'_>) -> PyResult<Value> {
    compare(&a, "__ge__", |o| o != Ordering::Less)
}

fn ba_add(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("__add__", &a, 1, 1)?;
    let other = buffer_data(&rest[0])
        .ok_or_else(|| type_error(format!("can't concat {} to bytearray", type_name(&rest[0]))))?;
    let mut data = ba.snapshot();
    data.extend_from_slice(&other);
    Ok(new_bytearray(data))
}

/// The repeat count of `*`, or None for a non-integer (NotImplemented).
pub(crate) fn repeat_count(v: &Value) -> PyResult<Option<usize>> {
    match index_i64(v) {
        Ok(Some(n)) => Ok(Some(n.max(0) as usize)),
        Ok(None) => Err(crate::objects::exception::overflow_error("cannot fit 'int' into an index-sized integer")),
        Err(_) => Ok(None),
    }
}

fn ba_mul(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, rest) = this_ba("__mul__", &a, 1, 1)?;
    match repeat_count(&rest[0])? {
        Some(n) => Ok(new_bytearray(ba.snapshot().repeat(n))),
        None => Ok(rt().not_implemented.clone()),
    }
}

fn ba_copy(a: Args<'_>) -> PyResult<Value> {
    let (_, ba, _) = this_ba("copy", &a, 0, 0)?;
    Ok(new_bytearray(ba.snapshot()))
}
