//! The format-spec mini-language used by `format()`, f-strings and
//! `str.format`: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
//!
//! Parsing is a port of CPython 3.11's `parse_internal_render_format_spec`,
//! including the exact `ValueError` messages, so the per-type formatters
//! (`format_int`, `format_float`, `format_str`) only have to lay things out.

pub use super::format_float::{format_float, format_float_typed};
pub use super::format_int::{format_i64, format_int, format_int_typed};
pub use super::format_str::{format_str, format_str_typed};
use super::unicode_digits::decimal_value;

/// Thousands separator requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// No grouping.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal types).
    Underscore,
    /// `_` every four digits (`b o x X`).
    UnderscoreFour,
}

/// A parsed format spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space).
    pub fill: char,
    /// One of `< > ^ =` (already defaulted).
    pub align: char,
    /// `Some('+' | '-' | ' ')` when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Thousands separator.
    pub grouping: Grouping,
    /// Precision after `.`.
    pub precision: Option<usize>,
    /// Presentation type (already defaulted; `None` means "no type").
    pub ty: Option<char>,
}

/// `Unknown format code ...` message, as CPython prints it.
pub fn unknown_code(ty: char, type_name: &str) -> String {
    let c = ty as u32;
    if c > 32 && c < 128 {
        format!("Unknown format code '{ty}' for object of type '{type_name}'")
    } else {
        format!("Unknown format code '\\x{c:x}' for object of type '{type_name}'")
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits; `Ok(None)` when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        if acc > (i64::MAX as u64 - d as u64) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d as u64;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

/// Parses `spec` for an object whose type is called `type_name`, with the
/// type's default alignment (`'>'` for numbers, `'<'` for strings) and
/// default presentation type (`Some('d')` for int, `None` for float,
/// `Some('s')` for str).
pub fn parse_format_spec(
    spec: &str,
    default_align: char,
    default_type: Option<char>,
    type_name: &str,
) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    let both = || "Cannot specify both ',' and '_'.".to_string();
    if pos < end && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(both());
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if end - pos > 1 {
        return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if f.grouping != Grouping::None {
        match f.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0') => {}
            Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderscoreFour;
            }
            Some(t) => {
                let sep = if f.grouping == Grouping::Comma { ',' } else { '_' };
                let c = t as u32;
                return Err(if c > 32 && c < 128 {
                    format!("Cannot specify '{sep}' with '{t}'.")
                } else {
                    format!("Cannot specify '{sep}' with '\\x{c:x}'.")
                });
            }
        }
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_everything() {
        let f = parse_format_spec("*^+z#012,.3f", '>', None, "float").unwrap();
        assert_eq!(f.fill, '*');
        assert_eq!(f.align, '^');
        assert_eq!(f.sign, Some('+'));
        assert!(f.no_neg_0 && f.alternate);
        assert_eq!(f.width, Some(12));
        assert_eq!(f.grouping, Grouping::Comma);
        assert_eq!(f.precision, Some(3));
        assert_eq!(f.ty, Some('f'));
        let f = parse_format_spec("05", '>', Some('d'), "int").unwrap();
        assert_eq!((f.fill, f.align), ('0', '='));
        let f = parse_format_spec("05", '<', Some('s'), "str").unwrap();
        assert_eq!((f.fill, f.align), ('0', '<'));
        // CPython reads width digits with Py_UNICODE_TODECIMAL.
        assert_eq!(parse_format_spec("\u{665}", '>', None, "float").unwrap().width, Some(5));
    }

    #[test]
    fn errors() {
        let e = |s: &str| parse_format_spec(s, '>', Some('d'), "int").unwrap_err();
        assert_eq!(e("abc"), "Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e(",,"), "Cannot specify ',' with ','.");
        assert_eq!(e("_c"), "Cannot specify '_' with 'c'.");
        assert_eq!(e(",\u{1}"), "Cannot specify ',' with '\\x1'.");
        assert_eq!(e("99999999999999999999"), "Too many decimal digits in format string");
        assert_eq!(unknown_code('\u{e9}', "int"), "Unknown format code '\\xe9' for object of type 'int'");
    }
}
