//! `float(str)`: what CPython accepts — surrounding whitespace, a sign,
//! decimal digits with single underscores between digits, an optional
//! exponent, and `inf`/`infinity`/`nan` in any case. Correct rounding comes
//! from Rust's `f64::from_str`. Unicode digits and spaces are mapped to
//! ASCII first, as CPython does.

use super::unicode_digits::{is_parse_space, to_ascii_numeric};

/// Python's `str.isspace()` for one character (note: `float()`/`int()`
/// strip less: `\x1c`..`\x1f` are not stripped there).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

/// Parses like `float(s)`; `None` means `ValueError` (the caller writes
/// "could not convert string to float: ..." itself).
pub fn parse_float(s: &str) -> Option<f64> {
    let s = to_ascii_numeric(s)?;
    let s = s.trim_matches(is_parse_space);
    if s.is_empty() {
        return None;
    }
    let mut clean = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == '_' {
        return None;
    }
    let body = clean.strip_prefix(['+', '-']).unwrap_or(&clean);
    let lower = body.to_ascii_lowercase();
    let special = matches!(lower.as_str(), "inf" | "infinity" | "nan");
    let numeric =
        !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !special && !numeric {
        return None;
    }
    clean.parse::<f64>().ok()
}

#[cfg(test)]
mod tests {
    use super::parse_float;

    #[test]
    fn accepts_python_forms() {
        let ok: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -2.5e3\n", -2500.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e5", 1e5),
            ("1_000.000_1", 1000.0001),
            ("1e1_0", 1e10),
            ("+InFiNiTy", f64::INFINITY),
            ("-inf", f64::NEG_INFINITY),
            ("\u{3000}7\u{a0}", 7.0),
            ("0.1", 0.1),
            ("1e-400", 0.0),
            ("1e400", f64::INFINITY),
            ("\u{661}\u{662}.5", 12.5),
        ];
        for &(s, want) in ok {
            assert_eq!(parse_float(s), Some(want), "{s:?}");
        }
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float("-NaN").unwrap().is_nan());
        for bad in [
            "", " ", "_1", "1_", "1__0", "1_.5", "1._5", "1e_5", "0x10", "in", "infinit", "1e", "e5", ".", "1.5f",
            "- 1", "nan_", "1,5", "\u{1c}5", "1\u{e9}",
        ] {
            assert_eq!(parse_float(bad), None, "{bad:?}");
        }
    }
}
