//! Unicode decimal digits and whitespace as `float()`/`int()` see them.
//!
//! CPython first maps the argument to ASCII
//! (`_PyUnicode_TransformDecimalAndSpaceToASCII`): non-ASCII whitespace
//! becomes a space and any Unicode decimal digit (category Nd, e.g.
//! Arabic-Indic `١٢`) becomes its ASCII digit, so `int('١٢') == 12`.

/// First code point (the zero) of every run of ten Unicode decimal digits,
/// Unicode 14.0 as in CPython 3.11.
const ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Python's `unicodedata.decimal(c)`: the value of a decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    let c = c as u32;
    let i = ZEROS.partition_point(|&z| z <= c);
    let zero = *ZEROS.get(i.checked_sub(1)?)?;
    (c - zero < 10).then_some(c - zero)
}

/// Whitespace stripped by `float()`/`int()` after the ASCII mapping.
pub(crate) fn is_parse_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// The ASCII form CPython parses numbers from; `None` when a non-ASCII
/// character is neither whitespace nor a decimal digit (never valid).
pub(crate) fn to_ascii_numeric(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(s.to_string());
    }
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else if c.is_whitespace() {
                Some(' ')
            } else {
                decimal_value(c).map(|d| char::from(b'0' + d as u8))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{1FBF9}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{2155}'), None);
        assert_eq!(to_ascii_numeric("\u{3000}\u{661}\u{662}").as_deref(), Some(" 12"));
        assert_eq!(to_ascii_numeric("1\u{e9}"), None);
    }
}
