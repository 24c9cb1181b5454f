//! The `complex` constructor (numbers and strings) and its methods.

use super::convert::to_float;
use crate::methods::{add_method, add_static};
use crate::objects::complex::{as_complex, new_complex};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::as_str;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

/// A real or complex argument as (re, im).
fn parts(v: &Value) -> PyResult<(f64, f64)> {
    match as_complex(v) {
        Some(c) => Ok(c),
        None => Ok((to_float(v)?, 0.0)),
    }
}

/// Parse `complex("1+2j")`: an optional real part, then an optional imaginary one
/// ending in `j`, optionally in parentheses.
fn parse(s: &str) -> Option<(f64, f64)> {
    let mut t = s.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((crate::numfmt::parse_float(t)?, 0.0));
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let bytes = body.as_bytes();
    let split =
        (1..bytes.len()).rev().find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re, im) = match split {
        Some(i) => (&body[..i], &body[i..]),
        None => ("", body),
    };
    let im = match im {
        "" | "+" => 1.0,
        "-" => -1.0,
        x => crate::numfmt::parse_float(x)?,
    };
    let re = if re.is_empty() { 0.0 } else { crate::numfmt::parse_float(re)? };
    Some((re, im))
}

/// `complex.__new__(cls, ...)`: the value, as an instance of `cls` (a subclass
/// instance wraps the plain complex).
fn complex_new(a: Args<'_>) -> PyResult<Value> {
    let plain = complex_new_plain(&a)?;
    super::convert::of_class(&a.pos()[0], &crate::runtime::rt().types.complex, plain)
}

fn complex_new_plain(a: &Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let real = p.get(1).or(a.kw("real"));
    let imag = p.get(2).or(a.kw("imag"));
    if let Some(s) = real.and_then(as_str) {
        if imag.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = parse(s).ok_or_else(|| value_error("complex() arg is a malformed string"))?;
        return Ok(new_complex(re, im));
    }
    if let Some(v) = imag.filter(|v| as_str(v).is_some()) {
        let _ = v;
        return Err(type_error("complex() second arg can't be a string"));
    }
    let check = |v: &Value, which: &str| -> PyResult<(f64, f64)> {
        parts(v)
            .map_err(|_| type_error(format!("complex() {which} must be a string or a number, not '{}'", type_name(v))))
    };
    let (ar, ai) = match real {
        Some(v) => check(v, "first argument")?,
        None => (0.0, 0.0),
    };
    let (br, bi) = match imag {
        Some(v) => check(v, "second argument")?,
        None => (0.0, 0.0),
    };
    // complex(a, b) is a + b*1j for complex a and b too; a real part is taken as is
    // (keeping a -0.0).
    let re = if imag.is_some_and(|v| as_complex(v).is_some()) { ar - bi } else { ar };
    let im = if real.is_some_and(|v| as_complex(v).is_some()) { ai + br } else { br };
    Ok(new_complex(re, im))
}

fn conjugate(a: Args<'_>) -> PyResult<Value> {
    let (re, im) = as_complex(&a.pos()[0]).ok_or_else(|| type_error("descriptor 'conjugate' needs a complex"))?;
    Ok(new_complex(re, -im))
}

/// `format(z, spec)`: each part formatted with the spec's type (the imaginary part
/// always signed), then padded as a whole; without a type, the repr's layout.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::vm::repr::complex_repr(re, im));
    }
    let f = crate::numfmt::parse_format_spec(spec, '>', None, "complex").map_err(value_error)?;
    if f.align == '=' {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if let Some(t) = f.ty.filter(|t| !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(value_error(crate::numfmt::format_spec::unknown_code(t, "complex")));
    }
    let mut part = f.clone();
    part.width = None;
    part.fill = ' ';
    part.align = '>';
    let body = if f.ty.is_none() && f.precision.is_none() {
        let r = crate::vm::repr::complex_repr(re, im);
        // A requested sign goes on the leading part, inside the parentheses.
        match (f.sign, r.strip_prefix('(')) {
            (Some(c @ ('+' | ' ')), Some(inner)) if !inner.starts_with('-') => format!("({c}{inner}"),
            (Some(c @ ('+' | ' ')), None) if !r.starts_with('-') => format!("{c}{r}"),
            _ => r,
        }
    } else {
        if f.ty.is_none() {
            part.ty = Some('g');
        }
        let skip_re = f.ty.is_none() && re == 0.0 && re.is_sign_positive();
        let re_s = crate::numfmt::format_float::format_float_spec(re, &part).map_err(value_error)?;
        let mut im_part = part.clone();
        if !skip_re {
            im_part.sign = Some('+');
        }
        let im_s = crate::numfmt::format_float::format_float_spec(im, &im_part).map_err(value_error)?;
        match (skip_re, f.ty.is_none()) {
            (true, _) => format!("{im_s}j"),
            (false, true) => format!("({re_s}{im_s}j)"),
            (false, false) => format!("{re_s}{im_s}j"),
        }
    };
    let width = f.width.unwrap_or(0);
    let len = body.chars().count();
    Ok(if len >= width {
        body
    } else {
        let pad = width - len;
        let fill = |n: usize| f.fill.to_string().repeat(n);
        match f.align {
            '<' => format!("{body}{}", fill(pad)),
            '^' => format!("{}{body}{}", fill(pad / 2), fill(pad - pad / 2)),
            _ => format!("{}{body}", fill(pad)),
        }
    })
}

pub fn install() {
    let t = &rt().types.complex;
    add_static(t, "__new__", complex_new);
    add_method(t, "conjugate", conjugate);
}
