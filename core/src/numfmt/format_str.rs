//! `format(str, spec)`: CPython's `format_string_internal` — fill, align,
//! width and precision (truncation), all counted in characters.

use super::format_spec::{parse_format_spec, unknown_code};

/// `format(v, spec)` for a `str`; errors are CPython's `ValueError` text.
pub fn format_str(v: &str, spec: &str) -> Result<String, String> {
    format_str_typed(v, spec, "str")
}

/// [`format_str`] with the type name used in error messages.
pub fn format_str_typed(v: &str, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let f = parse_format_spec(spec, '<', Some('s'), type_name)?;
    if f.ty != Some('s') {
        return Err(unknown_code(f.ty.unwrap_or('s'), type_name));
    }
    match f.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if f.no_neg_0 {
        return Err("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if f.align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut len = v.chars().count();
    let text: &str = match f.precision {
        Some(p) if len >= p => {
            len = p;
            v.char_indices().nth(p).map_or(v, |(i, _)| &v[..i])
        }
        _ => v,
    };
    let total = f.width.map_or(len, |w| w.max(len));
    let lpad = match f.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + total - len);
    out.extend(std::iter::repeat_n(f.fill, lpad));
    out.push_str(text);
    out.extend(std::iter::repeat_n(f.fill, rpad));
    Ok(out)
}
