//! Methods of `str`: registration, shared argument helpers, case mapping and the
//! `is*` predicates.
//!
//! The rest lives next door, one file per family: `str_search` (find, count,
//! replace, partition...), `str_split` (split, join, strip), `str_pad` (padding,
//! tabs, affixes, sequence dunders), `str_format` (`str.format`) and `str_codec`
//! (encode/decode, maketrans/translate). Indices are in code points; ASCII text
//! takes byte-indexed fast paths.

use super::add_method;
use crate::numfmt::{decimal_value, py_isspace};
use crate::objects::boolobj::{is_none, py_bool};
use crate::objects::exception::type_error;
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_strobj, is_printable, new_str, StrObj};
use crate::objects::typeobj::{type_name, type_of};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.str;
    let methods: [(&'static str, NativeFn); 20] = [
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("__len__", super::str_pad::str_len),
        ("__contains__", super::str_pad::str_contains),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
    super::str_search::install();
    super::str_split::install();
    super::str_pad::install();
    super::str_format::install();
    super::str_codec::install();
}

// ---- shared helpers -------------------------------------------------------

/// `self` of a str method as a `StrObj`, rejecting other types (`str.upper(1)`).
pub(crate) fn this_str<'a>(fname: &str, v: &'a Value) -> PyResult<&'a StrObj> {
    as_strobj(v).ok_or_else(|| {
        type_error(format!("descriptor '{fname}' for 'str' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

/// `self` and its positional arguments, with CPython's "takes no arguments" style.
pub(crate) fn simple<'a>(fname: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a StrObj, &'a [Value])> {
    a.no_kwargs(fname)?;
    let pos = a.pos();
    let (this, rest) = pos.split_first().ok_or_else(|| type_error(format!("{fname}() needs an argument")))?;
    let so = this_str(fname, this)?;
    if rest.len() < min || rest.len() > max {
        let msg = if max == 0 {
            format!("str.{fname}() takes no arguments ({} given)", rest.len())
        } else if rest.len() < min {
            format!("{fname}() takes at least {min} argument{} ({} given)", plural(min), rest.len())
        } else {
            format!("{fname}() takes at most {max} argument{} ({} given)", plural(max), rest.len())
        };
        return Err(type_error(msg));
    }
    Ok((so, rest))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Positional-or-keyword parameters: `self`, then one slot per name in `names`
/// (the first `min` required).
pub(crate) fn bind<'a>(
    a: &Args<'a>,
    fname: &str,
    names: &[&str],
    min: usize,
) -> PyResult<(&'a Value, Vec<Option<&'a Value>>)> {
    let pos = a.pos();
    let (this, rest) = pos.split_first().ok_or_else(|| type_error(format!("{fname}() needs an argument")))?;
    if rest.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            plural(names.len()),
            rest.len()
        )));
    }
    let mut out: Vec<Option<&'a Value>> = rest.iter().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in a.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => return Err(type_error(format!("{fname}() got an unexpected keyword argument '{k}'"))),
        }
    }
    if let Some(i) = out[..min].iter().position(|o| o.is_none()) {
        return Err(type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    Ok((this, out))
}

/// A str-typed argument, or `TypeError: must be str, not int`.
pub(crate) fn need_str<'a>(v: &'a Value) -> PyResult<&'a StrObj> {
    as_strobj(v).ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// An integer argument (`TypeError: 'str' object cannot be interpreted as an integer`).
pub(crate) fn need_int(v: &Value) -> PyResult<i64> {
    super::args::int_arg(v)
}

/// A slice-style bound: int, `None` (the default) or an `__index__` object.
fn bound(v: Option<&Value>, dflt: i64) -> PyResult<i64> {
    match v {
        None => Ok(dflt),
        Some(v) if is_none(v) => Ok(dflt),
        Some(v) => crate::vm::ops::index_i64_clamped(v)
            .ok_or_else(|| type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// CPython's `ADJUST_INDICES`: optional `start`/`end` arguments made
/// non-negative, `end` clamped to `len` (`start` may still exceed `len`).
pub(crate) fn span(start: Option<&Value>, end: Option<&Value>, len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let mut s = bound(start, 0)?;
    let mut e = bound(end, n)?;
    if e > n {
        e = n;
    } else if e < 0 {
        e = (e + n).max(0);
    }
    if s < 0 {
        s = (s + n).max(0);
    }
    Ok((s as usize, e as usize))
}

/// `this` itself when it is an exact str and `s` is its whole text, else a new str.
pub(crate) fn same_or_new(this: &Value, unchanged: bool, s: impl Into<String>) -> Value {
    if unchanged && type_of(this).is(&rt().types.str) {
        this.clone()
    } else {
        new_str(s)
    }
}

// ---- case mapping ---------------------------------------------------------

fn str_upper(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("upper", &a, 0, 0)?;
    Ok(new_str(if so.ascii { so.s.to_ascii_uppercase() } else { so.s.to_uppercase() }))
}

fn str_lower(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("lower", &a, 0, 0)?;
    Ok(new_str(if so.ascii { so.s.to_ascii_lowercase() } else { so.s.to_lowercase() }))
}

fn str_casefold(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("casefold", &a, 0, 0)?;
    if so.ascii {
        return Ok(new_str(so.s.to_ascii_lowercase()));
    }
    // Full case folding is, for all but a few scripts, lower(upper(c)):
    // ß -> SS -> ss, ﬁ -> FI -> fi, ς -> Σ -> σ, ſ -> S -> s.
    let mut out = String::with_capacity(so.s.len());
    for c in so.s.chars() {
        for u in c.to_uppercase() {
            out.extend(u.to_lowercase());
        }
    }
    Ok(new_str(out))
}

/// Titlecase letters (Unicode category Lt).
pub(crate) fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

pub(crate) fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Append the titlecase mapping of `c`.
fn push_title(c: char, out: &mut String) {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        c if is_titlecase(c) => out.push(c),
        c => {
            // Multi-character uppercase forms title-case as first upper, rest lower
            // (ß -> Ss, ﬁ -> Fi).
            let mut up = c.to_uppercase();
            if let Some(f) = up.next() {
                out.push(f);
            }
            for r in up {
                out.extend(r.to_lowercase());
            }
        }
    }
}

fn str_title(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("title", &a, 0, 0)?;
    let mut out = String::with_capacity(so.s.len());
    let mut prev_cased = false;
    for c in so.s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(out))
}

fn str_capitalize(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("capitalize", &a, 0, 0)?;
    let mut chars = so.s.chars();
    let mut out = String::with_capacity(so.s.len());
    if let Some(c) = chars.next() {
        push_title(c, &mut out);
        out.push_str(&chars.as_str().to_lowercase());
    }
    Ok(new_str(out))
}

fn str_swapcase(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("swapcase", &a, 0, 0)?;
    let mut out = String::with_capacity(so.s.len());
    for c in so.s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

// ---- predicates -----------------------------------------------------------

/// Characters with Unicode Numeric_Type=Digit that are not decimal digits
/// (superscripts, subscripts, circled digits...).
fn is_digit_only(c: char) -> bool {
    matches!(c as u32,
        0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
        | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
        | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A)
}

pub(crate) fn py_isdecimal(c: char) -> bool {
    decimal_value(c).is_some()
}

pub(crate) fn py_isdigit(c: char) -> bool {
    py_isdecimal(c) || is_digit_only(c)
}

pub(crate) fn py_isnumeric(c: char) -> bool {
    py_isdigit(c)
        || c.is_numeric()
        || matches!(
            c,
            '〇' | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '億'
                | '兆'
                | '零'
        )
}

pub(crate) fn py_isalpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

pub(crate) fn py_isalnum(c: char) -> bool {
    py_isalpha(c) || py_isnumeric(c)
}

/// `all(pred(c))` over a non-empty string.
fn all_chars(fname: &str, a: &Args<'_>, ascii: fn(u8) -> bool, pred: fn(char) -> bool) -> PyResult<Value> {
    let (so, _) = simple(fname, a, 0, 0)?;
    let r = !so.s.is_empty() && if so.ascii { so.s.bytes().all(ascii) } else { so.s.chars().all(pred) };
    Ok(py_bool(r))
}

fn str_isdigit(a: Args<'_>) -> PyResult<Value> {
    all_chars("isdigit", &a, |b| b.is_ascii_digit(), py_isdigit)
}

fn str_isdecimal(a: Args<'_>) -> PyResult<Value> {
    all_chars("isdecimal", &a, |b| b.is_ascii_digit(), py_isdecimal)
}

fn str_isnumeric(a: Args<'_>) -> PyResult<Value> {
    all_chars("isnumeric", &a, |b| b.is_ascii_digit(), py_isnumeric)
}

fn str_isalpha(a: Args<'_>) -> PyResult<Value> {
    all_chars("isalpha", &a, |b| b.is_ascii_alphabetic(), py_isalpha)
}

fn str_isalnum(a: Args<'_>) -> PyResult<Value> {
    all_chars("isalnum", &a, |b| b.is_ascii_alphanumeric(), py_isalnum)
}

fn str_isspace(a: Args<'_>) -> PyResult<Value> {
    all_chars("isspace", &a, |b| py_isspace(b as char), py_isspace)
}

fn str_isupper(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("isupper", &a, 0, 0)?;
    let mut cased = false;
    for c in so.s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(py_bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(py_bool(cased))
}

fn str_islower(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("islower", &a, 0, 0)?;
    let mut cased = false;
    for c in so.s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(py_bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(py_bool(cased))
}

fn str_istitle(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("istitle", &a, 0, 0)?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in so.s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(py_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(py_bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(py_bool(cased))
}

fn str_isidentifier(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("isidentifier", &a, 0, 0)?;
    let mut chars = so.s.chars();
    let ok = match chars.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(py_bool(ok))
}

fn str_isprintable(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("isprintable", &a, 0, 0)?;
    Ok(py_bool(so.s.chars().all(is_printable)))
}

fn str_isascii(a: Args<'_>) -> PyResult<Value> {
    let (so, _) = simple("isascii", &a, 0, 0)?;
    Ok(py_bool(so.ascii))
}
