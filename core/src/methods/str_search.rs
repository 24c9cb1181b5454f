//! `str` searching: find/index (and their right-hand forms), count,
//! startswith/endswith, replace and partition. Bounds are code-point indices,
//! mapped to byte ranges once so the search itself runs on UTF-8 bytes.

use super::add_method;
use super::str::{need_int, need_str, same_or_new, simple, span};
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::new_int;
use crate::objects::str::{as_strobj, new_str, StrObj};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.str;
    let methods: [(&'static str, NativeFn); 11] = [
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("replace", str_replace),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("__getitem__", str_getitem),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
}

/// Byte offsets of code points `s` and `e` (`s <= e <= len`).
pub(crate) fn byte_range(so: &StrObj, s: usize, e: usize) -> (usize, usize) {
    if so.ascii {
        return (s, e);
    }
    let mut bs = so.s.len();
    let mut be = so.s.len();
    for (i, (b, _)) in so.s.char_indices().enumerate() {
        if i == s {
            bs = b;
        }
        if i == e {
            be = b;
            break;
        }
    }
    (bs, be)
}

/// The code-point index of `sub` in `so[s:e]` (from the right if `rev`).
pub(crate) fn find_in(so: &StrObj, sub: &StrObj, s: usize, e: usize, rev: bool) -> Option<usize> {
    if s > so.len || e < s || e - s < sub.len {
        return None;
    }
    let (bs, be) = byte_range(so, s, e);
    let hay = &so.s[bs..be];
    let p = if rev { hay.rfind(&*sub.s) } else { hay.find(&*sub.s) }?;
    Some(if so.ascii { s + p } else { s + hay[..p].chars().count() })
}

fn find_common(fname: &str, a: &Args<'_>, rev: bool) -> PyResult<Option<usize>> {
    let (so, rest) = simple(fname, a, 1, 3)?;
    let sub = need_str(&rest[0])?;
    let (s, e) = span(rest.get(1), rest.get(2), so.len)?;
    Ok(find_in(so, sub, s, e, rev))
}

fn found_or_minus_one(r: Option<usize>) -> Value {
    new_int(r.map(|i| i as i64).unwrap_or(-1))
}

fn str_find(a: Args<'_>) -> PyResult<Value> {
    Ok(found_or_minus_one(find_common("find", &a, false)?))
}

fn str_rfind(a: Args<'_>) -> PyResult<Value> {
    Ok(found_or_minus_one(find_common("rfind", &a, true)?))
}

fn str_index(a: Args<'_>) -> PyResult<Value> {
    match find_common("index", &a, false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_rindex(a: Args<'_>) -> PyResult<Value> {
    match find_common("rindex", &a, true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_count(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("count", &a, 1, 3)?;
    let sub = need_str(&rest[0])?;
    let (s, e) = span(rest.get(1), rest.get(2), so.len)?;
    if s > so.len || e < s {
        return Ok(new_int(0));
    }
    if sub.len == 0 {
        return Ok(new_int((e - s + 1) as i64));
    }
    let (bs, be) = byte_range(so, s, e);
    Ok(new_int(so.s[bs..be].matches(&*sub.s).count() as i64))
}

/// startswith/endswith: `prefix` is a str or a tuple of strs.
fn affix(fname: &str, a: &Args<'_>, at_end: bool) -> PyResult<Value> {
    let (so, rest) = simple(fname, a, 1, 3)?;
    let (s, e) = span(rest.get(1), rest.get(2), so.len)?;
    let test = |sub: &StrObj| -> bool {
        if e < s || e - s < sub.len {
            return false;
        }
        let (bs, be) = byte_range(so, s, e);
        let hay = &so.s[bs..be];
        if at_end {
            hay.ends_with(&*sub.s)
        } else {
            hay.starts_with(&*sub.s)
        }
    };
    if let Some(sub) = as_strobj(&rest[0]) {
        return Ok(py_bool(test(sub)));
    }
    if let Some(items) = as_tuple(&rest[0]) {
        for it in items {
            let sub = as_strobj(it)
                .ok_or_else(|| type_error(format!("tuple for {fname} must only contain str, not {}", type_name(it))))?;
            if test(sub) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    Err(type_error(format!("{fname} first arg must be str or a tuple of str, not {}", type_name(&rest[0]))))
}

fn str_startswith(a: Args<'_>) -> PyResult<Value> {
    affix("startswith", &a, false)
}

fn str_endswith(a: Args<'_>) -> PyResult<Value> {
    affix("endswith", &a, true)
}

fn str_replace(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("replace", &a, 2, 3)?;
    let arg = |i: usize| {
        as_strobj(&rest[i])
            .ok_or_else(|| type_error(format!("replace() argument {} must be str, not {}", i + 1, type_name(&rest[i]))))
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let count = match rest.get(2) {
        Some(v) => need_int(v)?,
        None => -1,
    };
    let this = &a.pos()[0];
    if count == 0 || (old.len > 0 && !so.s.contains(&*old.s)) {
        return Ok(same_or_new(this, true, &*so.s));
    }
    let out = if count < 0 { so.s.replace(&*old.s, &new.s) } else { so.s.replacen(&*old.s, &new.s, count as usize) };
    Ok(new_str(out))
}

fn partition(fname: &str, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let (so, rest) = simple(fname, a, 1, 1)?;
    let sep = need_str(&rest[0])?;
    if sep.len == 0 {
        return Err(value_error("empty separator"));
    }
    let this = &a.pos()[0];
    let empty = || rt().empty_str.clone();
    let whole = || same_or_new(this, true, &*so.s);
    let found = if rev { so.s.rfind(&*sep.s) } else { so.s.find(&*sep.s) };
    Ok(new_tuple(match found {
        Some(p) => vec![new_str(&so.s[..p]), rest[0].clone(), new_str(&so.s[p + sep.s.len()..])],
        None if rev => vec![empty(), empty(), whole()],
        None => vec![whole(), empty(), empty()],
    }))
}

fn str_partition(a: Args<'_>) -> PyResult<Value> {
    partition("partition", &a, false)
}

fn str_rpartition(a: Args<'_>) -> PyResult<Value> {
    partition("rpartition", &a, true)
}

fn str_getitem(a: Args<'_>) -> PyResult<Value> {
    let (_, rest) = simple("__getitem__", &a, 1, 1)?;
    crate::vm::sequence::str_getitem(&a.pos()[0], &rest[0])
}
