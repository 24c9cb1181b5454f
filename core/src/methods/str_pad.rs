//! `str` padding (center/ljust/rjust/zfill), expandtabs, removeprefix/suffix and
//! the sequence dunders that scripts call by name (`"ab".__len__()`).

use super::add_method;
use super::str::{bind, need_int, same_or_new, simple, this_str};
use crate::objects::boolobj::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::new_int;
use crate::objects::str::{as_strobj, new_str, StrObj};
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.str;
    let methods: [(&'static str, NativeFn); 10] = [
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
}

/// `width` and `fillchar` of center/ljust/rjust.
fn pad_args<'a>(fname: &str, a: &Args<'a>) -> PyResult<(&'a StrObj, usize, char)> {
    a.no_kwargs(fname)?;
    let pos = a.pos();
    let so = this_str(fname, &pos[0])?;
    super::args::check_count(fname, &pos[1..], 1, 2)?;
    let width = need_int(&pos[1])?.max(0) as usize;
    let fill = match pos.get(2) {
        None => ' ',
        Some(v) => {
            let f = as_strobj(v)
                .ok_or_else(|| type_error(format!("{fname}() argument 2 must be str, not {}", type_name(v))))?;
            if f.len != 1 {
                return Err(type_error("The fill character must be exactly one character long"));
            }
            f.s.chars().next().unwrap_or(' ')
        }
    };
    Ok((so, width, fill))
}

/// `so` with `left` and `right` fill characters around it.
fn padded(a: &Args<'_>, so: &StrObj, left: usize, right: usize, fill: char) -> Value {
    if left == 0 && right == 0 {
        return same_or_new(&a.pos()[0], true, &*so.s);
    }
    let mut out = String::with_capacity(so.s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat(fill).take(left));
    out.push_str(&so.s);
    out.extend(std::iter::repeat(fill).take(right));
    new_str(out)
}

fn str_center(a: Args<'_>) -> PyResult<Value> {
    let (so, width, fill) = pad_args("center", &a)?;
    let marg = width.saturating_sub(so.len);
    // CPython's rounding: odd margins put the extra char left when width is odd.
    let left = marg / 2 + (marg & width & 1);
    Ok(padded(&a, so, left, marg - left, fill))
}

fn str_ljust(a: Args<'_>) -> PyResult<Value> {
    let (so, width, fill) = pad_args("ljust", &a)?;
    Ok(padded(&a, so, 0, width.saturating_sub(so.len), fill))
}

fn str_rjust(a: Args<'_>) -> PyResult<Value> {
    let (so, width, fill) = pad_args("rjust", &a)?;
    Ok(padded(&a, so, width.saturating_sub(so.len), 0, fill))
}

fn str_zfill(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("zfill", &a, 1, 1)?;
    let width = need_int(&rest[0])?.max(0) as usize;
    if width <= so.len {
        return Ok(same_or_new(&a.pos()[0], true, &*so.s));
    }
    let fill = width - so.len;
    let (sign, body) = match so.s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &so.s[1..]),
        _ => (None, &*so.s),
    };
    let mut out = String::with_capacity(width);
    out.extend(sign);
    out.extend(std::iter::repeat('0').take(fill));
    out.push_str(body);
    Ok(new_str(out))
}

fn str_expandtabs(a: Args<'_>) -> PyResult<Value> {
    let (this, p) = bind(&a, "expandtabs", &["tabsize"], 0)?;
    let so = this_str("expandtabs", this)?;
    let tab = match p[0] {
        Some(v) => need_int(v)?,
        None => 8,
    };
    if !so.s.contains('\t') {
        return Ok(same_or_new(this, true, &*so.s));
    }
    let mut out = String::with_capacity(so.s.len());
    let mut col: i64 = 0;
    for c in so.s.chars() {
        match c {
            '\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    out.extend(std::iter::repeat(' ').take(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

fn affix_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a StrObj> {
    as_strobj(v).ok_or_else(|| type_error(format!("{fname}() argument must be str, not {}", type_name(v))))
}

fn str_removeprefix(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("removeprefix", &a, 1, 1)?;
    let p = affix_arg("removeprefix", &rest[0])?;
    let out = so.s.strip_prefix(&*p.s).unwrap_or(&so.s);
    Ok(same_or_new(&a.pos()[0], out.len() == so.s.len(), out))
}

fn str_removesuffix(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("removesuffix", &a, 1, 1)?;
    let p = affix_arg("removesuffix", &rest[0])?;
    let out = so.s.strip_suffix(&*p.s).unwrap_or(&so.s);
    Ok(same_or_new(&a.pos()[0], out.len() == so.s.len(), out))
}

pub(crate) fn str_len(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("__len__", &a, 0, 0)?;
    Ok(new_int(so.len as i64))
}

pub(crate) fn str_contains(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("__contains__", &a, 1, 1)?;
    let sub = as_strobj(&rest[0]).ok_or_else(|| {
        type_error(format!("'in <string>' requires string as left operand, not {}", type_name(&rest[0])))
    })?;
    Ok(py_bool(so.s.contains(&*sub.s)))
}

/// `str.__add__`/`__mul__` called by name or reached by operator dispatch:
/// NotImplemented for foreign operands, so that their reflected methods run.
fn str_add(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("__add__", &a, 1, 1)?;
    let Some(other) = as_strobj(&rest[0]) else {
        return Ok(rt().not_implemented.clone());
    };
    let mut out = String::with_capacity(so.s.len() + other.s.len());
    out.push_str(&so.s);
    out.push_str(&other.s);
    Ok(new_str(out))
}

fn str_mul(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("__mul__", &a, 1, 1)?;
    match crate::vm::ops::index_i64(&rest[0]) {
        Ok(Some(n)) => Ok(new_str(so.s.repeat(n.max(0) as usize))),
        Ok(None) => Err(crate::objects::exception::overflow_error("cannot fit 'int' into an index-sized integer")),
        Err(_) => Ok(rt().not_implemented.clone()),
    }
}
