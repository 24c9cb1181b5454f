//! `str` splitting, joining and stripping, with CPython's whitespace and line
//! boundary rules (`str.split()` treats `\x1c`..`\x1f` as whitespace;
//! `splitlines` also breaks on `\v`, `\f`, `\x85`, U+2028...).

use super::add_method;
use super::str::{bind, need_int, same_or_new, simple};
use crate::numfmt::py_isspace;
use crate::objects::boolobj::is_none;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::list::{as_list, new_list};
use crate::objects::str::{as_strobj, new_str};
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.str;
    let methods: [(&'static str, NativeFn); 7] = [
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
}

fn strs(parts: Vec<&str>) -> Value {
    new_list(parts.into_iter().map(new_str).collect())
}

/// CPython's `split_whitespace`: runs of whitespace separate, the ends are dropped.
fn split_ws(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            break;
        }
        let end = rest.find(py_isspace).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(py_isspace);
        left -= 1;
    }
    out
}

fn rsplit_ws(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(py_isspace);
    let mut left = maxsplit;
    while !rest.is_empty() {
        if left == 0 {
            out.push(rest);
            break;
        }
        let start = rest.rfind(py_isspace).map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0);
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(py_isspace);
        left -= 1;
    }
    out.reverse();
    out
}

fn split_common(fname: &str, a: &Args<'_>, rev: bool) -> PyResult<Value> {
    let (this, p) = bind(a, fname, &["sep", "maxsplit"], 0)?;
    let so = super::str::this_str(fname, this)?;
    let maxsplit = match p[1] {
        Some(v) => need_int(v)?,
        None => -1,
    };
    let sep = match p[0] {
        Some(v) if !is_none(v) => {
            Some(as_strobj(v).ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?)
        }
        _ => None,
    };
    let Some(sep) = sep else {
        return Ok(strs(if rev { rsplit_ws(&so.s, maxsplit) } else { split_ws(&so.s, maxsplit) }));
    };
    if sep.len == 0 {
        return Err(value_error("empty separator"));
    }
    let parts: Vec<&str> = match (maxsplit < 0, rev) {
        (true, _) => so.s.split(&*sep.s).collect(),
        (false, false) => so.s.splitn(maxsplit as usize + 1, &*sep.s).collect(),
        (false, true) => {
            let mut v: Vec<&str> = so.s.rsplitn(maxsplit as usize + 1, &*sep.s).collect();
            v.reverse();
            v
        }
    };
    Ok(strs(parts))
}

fn str_split(a: Args<'_>) -> PyResult<Value> {
    split_common("split", &a, false)
}

fn str_rsplit(a: Args<'_>) -> PyResult<Value> {
    split_common("rsplit", &a, true)
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn str_splitlines(a: Args<'_>) -> PyResult<Value> {
    let (this, p) = bind(&a, "splitlines", &["keepends"], 0)?;
    let so = super::str::this_str("splitlines", this)?;
    let keep = match p[0] {
        Some(v) => crate::vm::ops::truthy(v)?,
        None => false,
    };
    let s = &*so.s;
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(new_str(if keep { &s[start..end] } else { &s[start..i] }));
        start = end;
    }
    if start < s.len() {
        out.push(new_str(&s[start..]));
    }
    Ok(new_list(out))
}

fn str_join(a: Args<'_>) -> PyResult<Value> {
    let (so, rest) = simple("join", &a, 1, 1)?;
    let it = &rest[0];
    let items: Vec<Value> = if let Some(t) = as_tuple(it) {
        t.to_vec()
    } else if let Some(l) = as_list(it) {
        l.snapshot()
    } else {
        let iter = crate::vm::ops::iter(it).map_err(|_| type_error("can only join an iterable"))?;
        crate::vm::ops::collect(&iter)?
    };
    if items.len() == 1 && items[0].kind() == Some(crate::objects::kinds::STR) {
        if crate::objects::typeobj::type_of(&items[0]).is(&rt().types.str) {
            return Ok(items[0].clone());
        }
    }
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        let s = as_strobj(v)
            .ok_or_else(|| type_error(format!("sequence item {i}: expected str instance, {} found", type_name(v))))?;
        if i > 0 {
            out.push_str(&so.s);
        }
        out.push_str(&s.s);
    }
    Ok(new_str(out))
}

/// strip/lstrip/rstrip: `chars` is None (whitespace) or a str of characters.
fn strip(fname: &str, a: &Args<'_>, left: bool, right: bool) -> PyResult<Value> {
    let (so, rest) = simple(fname, a, 0, 1)?;
    let s = &*so.s;
    let out = match rest.first() {
        None => trim(s, py_isspace, left, right),
        Some(v) if is_none(v) => trim(s, py_isspace, left, right),
        Some(v) => {
            let chars = as_strobj(v).ok_or_else(|| type_error(format!("{fname} arg must be None or str")))?;
            let set: &str = &chars.s;
            trim(s, |c| set.contains(c), left, right)
        }
    };
    Ok(same_or_new(&a.pos()[0], out.len() == s.len(), out))
}

fn trim(s: &str, f: impl Fn(char) -> bool, left: bool, right: bool) -> &str {
    let s = if left { s.trim_start_matches(&f) } else { s };
    if right {
        s.trim_end_matches(&f)
    } else {
        s
    }
}

fn str_strip(a: Args<'_>) -> PyResult<Value> {
    strip("strip", &a, true, true)
}

fn str_lstrip(a: Args<'_>) -> PyResult<Value> {
    strip("lstrip", &a, true, false)
}

fn str_rstrip(a: Args<'_>) -> PyResult<Value> {
    strip("rstrip", &a, false, true)
}
