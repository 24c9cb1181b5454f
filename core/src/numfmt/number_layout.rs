//! Lays a formatted number out to a format spec: sign, `0x`-style prefix,
//! padding (`< > ^ =`), thousands grouping and `0`-flag zero padding that
//! is grouped too (`format(1234, '010,') == '00,001,234'`).
//!
//! Port of CPython's `calc_number_widths`, `fill_number` and
//! `_PyUnicode_InsertThousandsGrouping`.

use super::format_spec::{FormatSpec, Grouping};

/// The pieces of a number before layout.
pub(crate) struct NumberParts<'a> {
    /// The value is negative.
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or empty).
    pub prefix: &'a str,
    /// The integer digits to be grouped (may be empty, as for `inf`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the point (fraction, exponent, `%`, `inf`...).
    pub remainder: &'a str,
}

/// Splits a float's text (no sign) into integer digits, point, remainder.
pub(crate) fn split_number(s: &str) -> (&str, bool, &str) {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = s.split_at(n);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

/// Groups `digits` from the right, padding with zeros to `min_width`.
pub(crate) fn insert_grouping(digits: &str, min_width: i64, grouping: Grouping) -> String {
    let (sep, size) = match grouping {
        Grouping::None => ('\0', 0i64),
        Grouping::Comma => (',', 3),
        Grouping::Underscore => ('_', 3),
        Grouping::UnderscoreFour => ('_', 4),
    };
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    // Built right to left, reversed at the end.
    let mut out: Vec<char> = Vec::new();
    let mut use_sep = false;
    let emit = |out: &mut Vec<char>, remaining: i64, l: i64, use_sep: bool| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            out.push(sep);
        }
        for i in 0..n_chars {
            out.push(bytes[(remaining - 1 - i) as usize] as char);
        }
        for _ in 0..n_zeros {
            out.push('0');
        }
        n_chars
    };
    let mut broken = false;
    if size > 0 {
        loop {
            let l = size.min(remaining.max(min_width).max(1));
            let n = emit(&mut out, remaining, l, use_sep);
            use_sep = true;
            remaining -= n;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        emit(&mut out, remaining, l, use_sep);
    }
    out.iter().rev().collect()
}

/// Port of `calc_number_widths` + `fill_number`.
pub(crate) fn fill_number(p: &NumberParts<'_>, spec: &FormatSpec, grouping: Grouping, upper: bool) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let width = spec.width.map_or(-1, |w| w as i64);
    let n_remainder = p.remainder.chars().count() as i64;
    let non_digit = sign.is_some() as i64 + p.prefix.len() as i64 + p.decimal as i64 + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' { width - non_digit } else { 0 };
    let grouped = if p.digits.is_empty() { String::new() } else { insert_grouping(p.digits, min_width, grouping) };
    let n_padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let pad = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(spec.fill, n.max(0) as usize));
    pad(&mut out, lpad);
    out.extend(sign);
    let case = |s: &str| {
        if upper {
            s.to_ascii_uppercase()
        } else {
            s.to_string()
        }
    };
    out.push_str(&case(p.prefix));
    pad(&mut out, spad);
    out.push_str(&case(&grouped));
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    pad(&mut out, rpad);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_min_width() {
        assert_eq!(insert_grouping("1234", 8, Grouping::Comma), "0,001,234");
        assert_eq!(insert_grouping("1234", 9, Grouping::Comma), "0,001,234");
        assert_eq!(insert_grouping("1234", 0, Grouping::Comma), "1,234");
        assert_eq!(insert_grouping("123", 0, Grouping::Comma), "123");
        assert_eq!(insert_grouping("abcdef", 0, Grouping::UnderscoreFour), "ab_cdef");
        assert_eq!(insert_grouping("12", 5, Grouping::None), "00012");
        assert_eq!(split_number("12.5e+03"), ("12", true, "5e+03"));
        assert_eq!(split_number("inf"), ("", false, "inf"));
    }
}
