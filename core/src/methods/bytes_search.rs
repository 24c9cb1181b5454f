//! `bytes` searching, splitting, joining, stripping, replace/partition and
//! maketrans/translate. Whitespace is ASCII whitespace; `splitlines` breaks on
//! `\n`, `\r` and `\r\n` only.

use super::bytes::{byte_span, is_space, need_bytes, same_or_new, sub_arg, this_bytes};
use super::{add_method, add_static};
use crate::objects::boolobj::{is_none, py_bool};
use crate::objects::bytes::new_bytes;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::int::new_int;
use crate::objects::list::{as_list, new_list};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.bytes;
    let methods: [(&'static str, NativeFn); 22] = [
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("replace", bytes_replace),
        ("partition", bytes_partition),
        ("rpartition", bytes_rpartition),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("splitlines", bytes_splitlines),
        ("join", bytes_join),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("removeprefix", bytes_removeprefix),
        ("removesuffix", bytes_removesuffix),
        ("translate", bytes_translate),
        ("__add__", bytes_add),
        ("__mul__", bytes_mul),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
    add_method(t, "__rmul__", bytes_mul);
    add_method(t, "__mod__", super::bytes_percent::bytes_mod);
    add_static(t, "maketrans", bytes_maketrans);
}

/// Offset of `sub` in `hay` (the last one if `rev`).
pub(crate) fn find_bytes(hay: &[u8], sub: &[u8], rev: bool) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    let mut w = hay.windows(sub.len());
    if rev {
        w.rposition(|x| x == sub)
    } else {
        w.position(|x| x == sub)
    }
}

fn find_common(fname: &str, a: &Args<'_>, rev: bool) -> PyResult<Option<usize>> {
    let (b, rest) = this_bytes(fname, a, 1, 3)?;
    let sub = sub_arg(&rest[0])?;
    let (s, e) = byte_span(rest, 1, b.len())?;
    if s > b.len() || e < s {
        return Ok(None);
    }
    Ok(find_bytes(&b[s..e], &sub, rev).map(|i| i + s))
}

fn bytes_find(a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(find_common("find", &a, false)?.map_or(-1, |i| i as i64)))
}

fn bytes_rfind(a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(find_common("rfind", &a, true)?.map_or(-1, |i| i as i64)))
}

fn bytes_index(a: Args<'_>) -> PyResult<Value> {
    let i = find_common("index", &a, false)?.ok_or_else(|| value_error("subsection not found"))?;
    Ok(new_int(i as i64))
}

fn bytes_rindex(a: Args<'_>) -> PyResult<Value> {
    let i = find_common("rindex", &a, true)?.ok_or_else(|| value_error("subsection not found"))?;
    Ok(new_int(i as i64))
}

fn count_bytes(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = find_bytes(&hay[i..], sub, false) {
        n += 1;
        i += p + sub.len();
    }
    n
}

fn bytes_count(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("count", &a, 1, 3)?;
    let sub = sub_arg(&rest[0])?;
    let (s, e) = byte_span(rest, 1, b.len())?;
    if s > b.len() || e < s {
        return Ok(new_int(0));
    }
    Ok(new_int(count_bytes(&b[s..e], &sub) as i64))
}

fn affix(fname: &str, a: &Args<'_>, at_end: bool) -> PyResult<Value> {
    let (b, rest) = this_bytes(fname, a, 1, 3)?;
    let (s, e) = byte_span(rest, 1, b.len())?;
    let test = |sub: &[u8]| {
        if e < s || e - s < sub.len() {
            return false;
        }
        if at_end {
            b[s..e].ends_with(sub)
        } else {
            b[s..e].starts_with(sub)
        }
    };
    if let Some(sub) = super::bytes::bytes_like(&rest[0]) {
        return Ok(py_bool(test(sub)));
    }
    if let Some(items) = as_tuple(&rest[0]) {
        for it in items {
            let sub = super::bytes::bytes_like(it)
                .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(it))))?;
            if test(sub) {
                return Ok(py_bool(true));
            }
        }
        return Ok(py_bool(false));
    }
    Err(type_error(format!("{fname} first arg must be bytes or a tuple of bytes, not {}", type_name(&rest[0]))))
}

fn bytes_startswith(a: Args<'_>) -> PyResult<Value> {
    affix("startswith", &a, false)
}

fn bytes_endswith(a: Args<'_>) -> PyResult<Value> {
    affix("endswith", &a, true)
}

fn bytes_replace(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("replace", &a, 2, 3)?;
    let old = need_bytes(&rest[0])?;
    let new = need_bytes(&rest[1])?;
    let mut count = match rest.get(2) {
        Some(v) => super::args::int_arg(v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end, up to `count` times.
        for &c in b {
            if count != 0 {
                out.extend_from_slice(new);
                count -= 1;
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(new);
        }
        return Ok(new_bytes(out));
    }
    let mut i = 0;
    while count != 0 {
        let Some(p) = find_bytes(&b[i..], old, false) else {
            break;
        };
        out.extend_from_slice(&b[i..i + p]);
        out.extend_from_slice(new);
        i += p + old.len();
        count -= 1;
    }
    out.extend_from_slice(&b[i..]);
    Ok(same_or_new(&a.pos()[0], i == 0, &out))
}

fn partition(fname: &str, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let (b, rest) = this_bytes(fname, a, 1, 1)?;
    let sep = need_bytes(&rest[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let e = || new_bytes(vec![]);
    let whole = || same_or_new(&a.pos()[0], true, b);
    Ok(new_tuple(match find_bytes(b, sep, rev) {
        Some(p) => vec![new_bytes(b[..p].to_vec()), rest[0].clone(), new_bytes(b[p + sep.len()..].to_vec())],
        None if rev => vec![e(), e(), whole()],
        None => vec![whole(), e(), e()],
    }))
}

fn bytes_partition(a: Args<'_>) -> PyResult<Value> {
    partition("partition", &a, false)
}

fn bytes_rpartition(a: Args<'_>) -> PyResult<Value> {
    partition("rpartition", &a, true)
}

fn pieces(parts: Vec<&[u8]>) -> Value {
    new_list(parts.into_iter().map(|p| new_bytes(p.to_vec())).collect())
}

fn split_ws(b: &[u8], maxsplit: i64, rev: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut rest = b;
    let mut left = maxsplit;
    loop {
        rest = if rev { trim(rest, is_space, false, true) } else { trim(rest, is_space, true, false) };
        if rest.is_empty() {
            break;
        }
        if left == 0 {
            out.push(rest);
            break;
        }
        if rev {
            let start = rest.iter().rposition(|&c| is_space(c)).map_or(0, |i| i + 1);
            out.push(&rest[start..]);
            rest = &rest[..start];
        } else {
            let end = rest.iter().position(|&c| is_space(c)).unwrap_or(rest.len());
            out.push(&rest[..end]);
            rest = &rest[end..];
        }
        left -= 1;
    }
    if rev {
        out.reverse();
    }
    out
}

fn split_common(fname: &str, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let (this, p) = super::str::bind(a, fname, &["sep", "maxsplit"], 0)?;
    let b = need_bytes(this)?;
    let maxsplit = match p[1] {
        Some(v) => super::args::int_arg(v)?,
        None => -1,
    };
    let sep = match p[0] {
        Some(v) if !is_none(v) => need_bytes(v)?,
        _ => return Ok(pieces(split_ws(b, maxsplit, rev))),
    };
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let mut out = Vec::new();
    let mut rest = b;
    let mut left = maxsplit;
    while left != 0 {
        let Some(p) = find_bytes(rest, sep, rev) else {
            break;
        };
        if rev {
            out.push(&rest[p + sep.len()..]);
            rest = &rest[..p];
        } else {
            out.push(&rest[..p]);
            rest = &rest[p + sep.len()..];
        }
        left -= 1;
    }
    out.push(rest);
    if rev {
        out.reverse();
    }
    Ok(pieces(out))
}

fn bytes_split(a: Args<'_>) -> PyResult<Value> {
    split_common("split", &a, false)
}

fn bytes_rsplit(a: Args<'_>) -> PyResult<Value> {
    split_common("rsplit", &a, true)
}

fn bytes_splitlines(a: Args<'_>) -> PyResult<Value> {
    let (this, p) = super::str::bind(&a, "splitlines", &["keepends"], 0)?;
    let b = need_bytes(this)?;
    let keep = match p[0] {
        Some(v) => crate::vm::ops::truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(if keep { &b[start..end] } else { &b[start..i] });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    Ok(pieces(out))
}

fn bytes_join(a: Args<'_>) -> PyResult<Value> {
    let (sep, rest) = this_bytes("join", &a, 1, 1)?;
    let it = &rest[0];
    let items: Vec<Value> = if let Some(t) = as_tuple(it) {
        t.to_vec()
    } else if let Some(l) = as_list(it) {
        l.snapshot()
    } else {
        let iter = crate::vm::ops::iter(it).map_err(|_| type_error("can only join an iterable"))?;
        crate::vm::ops::collect(&iter)?
    };
    let mut out = Vec::new();
    for (i, v) in items.iter().enumerate() {
        let b = super::bytes::bytes_like(v).ok_or_else(|| {
            type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(v)))
        })?;
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(b);
    }
    Ok(new_bytes(out))
}

fn trim(b: &[u8], f: impl Fn(u8) -> bool, left: bool, right: bool) -> &[u8] {
    let s = if left { b.iter().position(|&c| !f(c)).unwrap_or(b.len()) } else { 0 };
    let e = if right { b.iter().rposition(|&c| !f(c)).map_or(s, |i| i + 1).max(s) } else { b.len() };
    &b[s..e]
}

fn strip(fname: &str, a: &Args<'_>, left: bool, right: bool) -> PyResult<Value> {
    let (b, rest) = this_bytes(fname, a, 0, 1)?;
    let out = match rest.first() {
        Some(v) if !is_none(v) => {
            let set = need_bytes(v)?;
            trim(b, |c| set.contains(&c), left, right)
        }
        _ => trim(b, is_space, left, right),
    };
    Ok(same_or_new(&a.pos()[0], out.len() == b.len(), out))
}

fn bytes_strip(a: Args<'_>) -> PyResult<Value> {
    strip("strip", &a, true, true)
}

fn bytes_lstrip(a: Args<'_>) -> PyResult<Value> {
    strip("lstrip", &a, true, false)
}

fn bytes_rstrip(a: Args<'_>) -> PyResult<Value> {
    strip("rstrip", &a, false, true)
}

fn bytes_removeprefix(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("removeprefix", &a, 1, 1)?;
    let p = need_bytes(&rest[0])?;
    let out = b.strip_prefix(p).unwrap_or(b);
    Ok(same_or_new(&a.pos()[0], out.len() == b.len(), out))
}

fn bytes_removesuffix(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("removesuffix", &a, 1, 1)?;
    let p = need_bytes(&rest[0])?;
    let out = b.strip_suffix(p).unwrap_or(b);
    Ok(same_or_new(&a.pos()[0], out.len() == b.len(), out))
}

fn bytes_maketrans(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("maketrans")?;
    let p = a.pos();
    super::args::check_count("maketrans", p, 2, 2)?;
    let (x, y) = (need_bytes(&p[0])?, need_bytes(&p[1])?);
    if x.len() != y.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in x.iter().zip(y) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

fn bytes_translate(a: Args<'_>) -> PyResult<Value> {
    let (this, p) = super::str::bind(&a, "translate", &["table", "delete"], 1)?;
    let b = need_bytes(this)?;
    let table = match p[0] {
        Some(v) if !is_none(v) => {
            let t = need_bytes(v)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = match p[1] {
        Some(v) => need_bytes(v)?,
        None => &[],
    };
    let out: Vec<u8> = b.iter().filter(|c| !delete.contains(c)).map(|&c| table.map_or(c, |t| t[c as usize])).collect();
    Ok(new_bytes(out))
}

/// `bytes.__add__`/`__mul__`: NotImplemented for foreign operands, so that
/// operator dispatch can try their reflected methods.
fn bytes_add(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("__add__", &a, 1, 1)?;
    let Some(o) = super::bytes::bytes_like(&rest[0]) else {
        return Ok(rt().not_implemented.clone());
    };
    Ok(new_bytes([b, o].concat()))
}

fn bytes_mul(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("__mul__", &a, 1, 1)?;
    match crate::vm::ops::index_i64(&rest[0]) {
        Ok(Some(n)) => Ok(new_bytes(b.repeat(n.max(0) as usize))),
        Ok(None) => Err(crate::objects::exception::overflow_error("cannot fit 'int' into an index-sized integer")),
        Err(_) => Ok(rt().not_implemented.clone()),
    }
}
