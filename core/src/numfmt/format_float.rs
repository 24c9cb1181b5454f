//! `format(float, spec)`: CPython's `format_float_internal` — presentation
//! types `e E f F g G n %` and none (repr-like, or `g` keeping a `.0`),
//! correct rounding, `z`, grouping, and the number layout.

use super::dtoa::{double_to_string, DtoaFlags};
use super::float_repr::float_repr;
use super::format_spec::{parse_format_spec, unknown_code, FormatSpec, Grouping};
use super::number_layout::{fill_number, split_number, NumberParts};

/// `format(v, spec)` for a `float`; errors are CPython's `ValueError` text.
pub fn format_float(v: f64, spec: &str) -> Result<String, String> {
    format_float_typed(v, spec, "float")
}

/// [`format_float`] with the type name used in error messages.
pub fn format_float_typed(v: f64, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(v));
    }
    let mut f = parse_format_spec(spec, '>', None, type_name)?;
    if f.ty == Some('\0') {
        // CPython reads the spec as a C string: a NUL type means "no type".
        f.ty = None;
    }
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(v, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// Formats with an already parsed and type-checked spec.
pub(crate) fn format_float_spec(v: f64, f: &FormatSpec) -> Result<String, String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    let mut flags = DtoaFlags { alt: f.alternate, no_neg_0: f.no_neg_0, ..DtoaFlags::default() };
    let mut ty = f.ty.unwrap_or('r');
    let mut default_precision = 6;
    if f.ty.is_none() {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = v;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let (digits, decimal, remainder) = split_number(body);
    let parts = NumberParts { negative, prefix: "", digits, decimal, remainder };
    let grouping = if f.ty == Some('n') { Grouping::None } else { f.grouping };
    Ok(fill_number(&parts, f, grouping, false))
}
