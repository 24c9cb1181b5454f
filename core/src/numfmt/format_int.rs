//! `format(int, spec)`: CPython's `format_long_internal`, plus the float
//! presentation types (`e f g %`...) that convert the int to a float first.

use num_bigint::{BigInt, Sign};

use super::float_ops::int_to_float;
use super::format_float::format_float_spec;
use super::format_spec::{parse_format_spec, unknown_code, FormatSpec, Grouping};
use super::number_layout::{fill_number, NumberParts};

/// `format(v, spec)` for an `int`.
///
/// Errors are CPython's `ValueError` messages, except the few that CPython
/// raises as `OverflowError`: `"%c arg not in range(0x110000)"` and
/// `"int too large to convert to float"` (also `"Python int too large to
/// convert to C long"` for `c` with a huge value). An empty spec gives `str(v)`;
/// callers formatting a `bool` must handle the empty spec themselves.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    format_int_typed(v, spec, "int")
}

/// Fast path of [`format_int`] for machine integers.
pub fn format_i64(v: i64, spec: &str) -> Result<String, String> {
    match spec {
        "" | "d" => Ok(v.to_string()),
        _ => format_int(&BigInt::from(v), spec),
    }
}

/// [`format_int`] for an object whose type is named `type_name` (used in
/// error messages, e.g. `bool` or an int subclass).
pub fn format_int_typed(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let f = parse_format_spec(spec, '>', Some('d'), type_name)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long(v, &f),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') | None => {
            let x = int_to_float(v).ok_or_else(|| "int too large to convert to float".to_string())?;
            format_float_spec(x, &f)
        }
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

fn format_long(v: &BigInt, f: &FormatSpec) -> Result<String, String> {
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if f.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    let ty = f.ty.unwrap_or('d');
    if ty == 'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if f.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
        }
        let c = i64::try_from(v).map_err(|_| "Python int too large to convert to C long".to_string())?;
        let ch = u32::try_from(c)
            .ok()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        // Surrogates cannot live in a Rust string; U+FFFD stands in for them.
        let s = char::from_u32(ch).unwrap_or('\u{fffd}').to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", decimal: false, remainder: &s };
        return Ok(fill_number(&parts, f, Grouping::None, false));
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = v.magnitude().to_str_radix(base);
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    let grouping = if ty == 'n' { Grouping::None } else { f.grouping };
    Ok(fill_number(&parts, f, grouping, ty == 'X'))
}
