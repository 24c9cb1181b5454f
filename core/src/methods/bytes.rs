//! Methods of `bytes`: registration, argument helpers, decode/hex/fromhex, ASCII
//! case mapping, predicates and padding. Searching, splitting and the other
//! sequence methods are in `bytes_search`.

use super::str::span;
use super::{add_classmethod, add_method};
use crate::objects::boolobj::py_bool;
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_str, new_str};
use crate::objects::typeobj::{type_name, type_of};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    let t = &rt().types.bytes;
    let methods: [(&'static str, NativeFn); 23] = [
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("title", bytes_title),
        ("capitalize", bytes_capitalize),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("isascii", bytes_isascii),
        ("isupper", bytes_isupper),
        ("islower", bytes_islower),
        ("istitle", bytes_istitle),
        ("center", bytes_center),
        ("ljust", bytes_ljust),
        ("rjust", bytes_rjust),
        ("zfill", bytes_zfill),
        ("expandtabs", bytes_expandtabs),
        ("__len__", bytes_len),
        ("__getitem__", bytes_getitem),
        ("__contains__", bytes_contains),
    ];
    for (name, f) in methods {
        add_method(t, name, f);
    }
    add_classmethod(t, "fromhex", bytes_fromhex);
    super::bytes_search::install();
}

// ---- helpers --------------------------------------------------------------

/// The data of a bytes-like value (`bytes` and its subclasses).
pub(crate) fn bytes_like(v: &Value) -> Option<&[u8]> {
    as_bytes(v)
}

/// `self` of a bytes method and its positional arguments (no keywords).
pub(crate) fn this_bytes<'a>(fname: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a [u8], &'a [Value])> {
    let (this, rest) = super::args::method_args(fname, a, min, max)?;
    let b = bytes_like(this).ok_or_else(|| {
        type_error(format!("descriptor '{fname}' for 'bytes' objects doesn't apply to a '{}' object", type_name(this)))
    })?;
    Ok((b, rest))
}

/// A bytes-like argument (`TypeError: a bytes-like object is required, not 'str'`).
pub(crate) fn need_bytes(v: &Value) -> PyResult<&[u8]> {
    bytes_like(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// The search argument of find/count/index: bytes-like or an int in range(256).
pub(crate) fn sub_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.to_vec());
    }
    if let Ok(n) = crate::vm::ops::index_i64(v) {
        return match n {
            Some(n) if (0..256).contains(&n) => Ok(vec![n as u8]),
            _ => Err(value_error("byte must be in range(0, 256)")),
        };
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v))))
}

/// `this` itself when it is an exact bytes object and unchanged, else a new bytes.
pub(crate) fn same_or_new(this: &Value, unchanged: bool, b: &[u8]) -> Value {
    if unchanged && type_of(this).is(&rt().types.bytes) {
        this.clone()
    } else {
        new_bytes(b.to_vec())
    }
}

/// `start`/`end` of a bytes search, as byte offsets.
pub(crate) fn byte_span(rest: &[Value], at: usize, len: usize) -> PyResult<(usize, usize)> {
    span(rest.get(at), rest.get(at + 1), len)
}

pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---- conversions ----------------------------------------------------------

fn bytes_decode(a: Args<'_>) -> PyResult<Value> {
    let (this, codec, errors) = super::str_codec::codec_args("decode", &a)?;
    let b = need_bytes(&this)?;
    Ok(new_str(super::str_codec::decode(b, codec, &errors)?))
}

fn bytes_hex(a: Args<'_>) -> PyResult<Value> {
    let (this, p) = super::str::bind(&a, "hex", &["sep", "bytes_per_sep"], 0)?;
    let b = need_bytes(this)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = p[0] else {
        return Ok(new_str(digits.concat()));
    };
    let sep = match (as_str(sep), bytes_like(sep)) {
        (Some(s), _) => s.to_string(),
        (None, Some(s)) => String::from_utf8_lossy(s).into_owned(),
        _ => return Err(type_error(format!("sep must be str or bytes., not {}", type_name(sep)))),
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = match p[1] {
        Some(v) => super::args::int_arg(v)?,
        None => 1,
    };
    if per == 0 {
        return Ok(new_str(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let groups: Vec<String> = if per > 0 {
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(new_str(groups.join(&sep)))
}

fn bytes_fromhex(a: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = super::args::method_args("fromhex", &a, 1, 1)?;
    let s = as_str(&rest[0])
        .ok_or_else(|| type_error(format!("fromhex() argument must be str, not {}", type_name(&rest[0]))))?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let bad = |i: usize| value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16)).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let b = new_bytes(out);
    if cls.is(&rt().types.bytes) {
        Ok(b)
    } else {
        crate::vm::call::call(cls, &[b])
    }
}

// ---- case mapping and predicates ------------------------------------------

fn map_bytes(fname: &str, a: &Args<'_>, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (b, _) = this_bytes(fname, a, 0, 0)?;
    Ok(new_bytes(f(b)))
}

fn bytes_upper(a: Args<'_>) -> PyResult<Value> {
    map_bytes("upper", &a, |b| b.to_ascii_uppercase())
}

fn bytes_lower(a: Args<'_>) -> PyResult<Value> {
    map_bytes("lower", &a, |b| b.to_ascii_lowercase())
}

fn swap(c: u8) -> u8 {
    if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    }
}

fn bytes_swapcase(a: Args<'_>) -> PyResult<Value> {
    map_bytes("swapcase", &a, |b| b.iter().map(|&c| swap(c)).collect())
}

fn bytes_title(a: Args<'_>) -> PyResult<Value> {
    map_bytes("title", &a, |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn bytes_capitalize(a: Args<'_>) -> PyResult<Value> {
    map_bytes("capitalize", &a, |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() })
            .collect()
    })
}

fn all_bytes(fname: &str, a: &Args<'_>, f: fn(&u8) -> bool) -> PyResult<Value> {
    let (b, _) = this_bytes(fname, a, 0, 0)?;
    Ok(py_bool(!b.is_empty() && b.iter().all(f)))
}

fn bytes_isdigit(a: Args<'_>) -> PyResult<Value> {
    all_bytes("isdigit", &a, u8::is_ascii_digit)
}

fn bytes_isalpha(a: Args<'_>) -> PyResult<Value> {
    all_bytes("isalpha", &a, u8::is_ascii_alphabetic)
}

fn bytes_isalnum(a: Args<'_>) -> PyResult<Value> {
    all_bytes("isalnum", &a, u8::is_ascii_alphanumeric)
}

fn bytes_isspace(a: Args<'_>) -> PyResult<Value> {
    all_bytes("isspace", &a, |c| is_space(*c))
}

fn bytes_isascii(a: Args<'_>) -> PyResult<Value> {
    let (b, _) = this_bytes("isascii", &a, 0, 0)?;
    Ok(py_bool(b.is_ascii()))
}

fn bytes_isupper(a: Args<'_>) -> PyResult<Value> {
    let (b, _) = this_bytes("isupper", &a, 0, 0)?;
    Ok(py_bool(b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)))
}

fn bytes_islower(a: Args<'_>) -> PyResult<Value> {
    let (b, _) = this_bytes("islower", &a, 0, 0)?;
    Ok(py_bool(b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)))
}

fn bytes_istitle(a: Args<'_>) -> PyResult<Value> {
    let (b, _) = this_bytes("istitle", &a, 0, 0)?;
    let (mut cased, mut prev) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(py_bool(false));
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(py_bool(false));
            }
            prev = true;
        } else {
            prev = false;
        }
    }
    Ok(py_bool(cased))
}

// ---- padding --------------------------------------------------------------

fn pad(fname: &str, a: &Args<'_>, side: fn(usize, usize) -> usize) -> PyResult<Value> {
    let (b, rest) = this_bytes(fname, a, 1, 2)?;
    let width = super::args::int_arg(&rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(type_error(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v)
                )))
            }
        },
    };
    let marg = width.saturating_sub(b.len());
    let left = side(marg, width);
    let mut out = vec![fill; left];
    out.extend_from_slice(b);
    out.resize(out.len() + marg - left, fill);
    Ok(same_or_new(&a.pos()[0], marg == 0, &out))
}

fn bytes_center(a: Args<'_>) -> PyResult<Value> {
    pad("center", &a, |marg, width| marg / 2 + (marg & width & 1))
}

fn bytes_ljust(a: Args<'_>) -> PyResult<Value> {
    pad("ljust", &a, |_, _| 0)
}

fn bytes_rjust(a: Args<'_>) -> PyResult<Value> {
    pad("rjust", &a, |marg, _| marg)
}

fn bytes_zfill(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("zfill", &a, 1, 1)?;
    let width = super::args::int_arg(&rest[0])?.max(0) as usize;
    if width <= b.len() {
        return Ok(same_or_new(&a.pos()[0], true, b));
    }
    let (sign, body) = match b.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &b[1..]),
        _ => (None, b),
    };
    let mut out: Vec<u8> = sign.into_iter().collect();
    out.resize(out.len() + width - b.len(), b'0');
    out.extend_from_slice(body);
    Ok(new_bytes(out))
}

fn bytes_expandtabs(a: Args<'_>) -> PyResult<Value> {
    let (this, p) = super::str::bind(&a, "expandtabs", &["tabsize"], 0)?;
    let b = need_bytes(this)?;
    let tab = match p[0] {
        Some(v) => super::args::int_arg(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut col: i64 = 0;
    for &c in b {
        match c {
            b'\t' if tab > 0 => {
                let n = tab - col % tab;
                out.resize(out.len() + n as usize, b' ');
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_bytes(out))
}

// ---- sequence dunders -----------------------------------------------------

fn bytes_len(a: Args<'_>) -> PyResult<Value> {
    let (b, _) = this_bytes("__len__", &a, 0, 0)?;
    Ok(crate::objects::int::new_int(b.len() as i64))
}

fn bytes_getitem(a: Args<'_>) -> PyResult<Value> {
    let (_, rest) = this_bytes("__getitem__", &a, 1, 1)?;
    crate::vm::sequence::bytes_getitem(&a.pos()[0], &rest[0])
}

fn bytes_contains(a: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this_bytes("__contains__", &a, 1, 1)?;
    let sub = sub_arg(&rest[0])?;
    Ok(py_bool(super::bytes_search::find_bytes(b, &sub, false).is_some()))
}

/// `hash(b)`: the same FNV-1a as `str` (so `hash(b"ab") == hash("ab")`, as in CPython).
pub fn bytes_hash(b: &[u8]) -> i64 {
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for &c in b {
        x ^= c as u64;
        x = x.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (x >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
