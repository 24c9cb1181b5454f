//! `int(str, base)` parsing and `hex()`/`oct()`/`bin()` rendering, with
//! CPython's rules: whitespace, sign, base prefixes (auto-detected for base
//! 0, optional for a matching base), single underscores between digits (one
//! allowed right after a prefix), and no C-style octal (`int('010', 0)`).

use num_bigint::{BigInt, BigUint, Sign};

use super::unicode_digits::{is_parse_space, to_ascii_numeric};

/// Parses like `int(s, base)`; `None` means `ValueError` (the caller writes
/// "invalid literal for int() with base N: ..."). `base` must be 0 or
/// 2..=36 (the caller checks that first); other bases give `None`.
/// Unicode decimal digits and spaces count, as in CPython.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let s = to_ascii_numeric(s)?;
    let s = s.trim_matches(is_parse_space).as_bytes();
    let mut i = 0;
    let mut negative = false;
    if let Some(&c) = s.first() {
        if c == b'+' || c == b'-' {
            negative = c == b'-';
            i = 1;
        }
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    let mut digits = Vec::with_capacity(s.len() - i);
    let mut prev_underscore = true; // no leading underscore
    for &c in &s[i..] {
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        let d = (c as char).to_digit(36).filter(|&d| d < base)?;
        digits.push(d as u8);
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return None;
    }
    let mag = BigUint::from_radix_be(&digits, base)?;
    if error_if_nonzero && mag != BigUint::default() {
        return None;
    }
    Some(BigInt::from_biguint(if negative { Sign::Minus } else { Sign::Plus }, mag))
}

/// Renders `v` in `base` with `prefix` after the sign: `int_to_base(-31, 16,
/// "0x") == "-0x1f"` (`hex`, `oct`, `bin`).
pub fn int_to_base(v: &BigInt, base: u32, prefix: &str) -> String {
    let digits = v.magnitude().to_str_radix(base);
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str, b: u32) -> Option<String> {
        parse_int(s, b).map(|v| v.to_string())
    }

    #[test]
    fn parses_like_python() {
        let ok: &[(&str, u32, &str)] = &[
            ("10", 10, "10"),
            ("  -42\t", 10, "-42"),
            ("+7", 0, "7"),
            ("0x1F", 0, "31"),
            ("0X_1f", 16, "31"),
            ("1f", 16, "31"),
            ("0o17", 0, "15"),
            ("0b1_01", 0, "5"),
            ("-0b101", 2, "-5"),
            ("000", 0, "0"),
            ("0_0", 0, "0"),
            ("1_000_000", 10, "1000000"),
            ("zz", 36, "1295"),
            ("0b1", 16, "177"),
            ("123456789012345678901234567890", 0, "123456789012345678901234567890"),
        ];
        for &(s, b, want) in ok {
            assert_eq!(p(s, b).as_deref(), Some(want), "int({s:?}, {b})");
        }
        let bad: &[(&str, u32)] = &[
            ("010", 0),
            ("", 10),
            ("_1", 10),
            ("1_", 10),
            ("1__0", 10),
            ("0x", 16),
            ("0x__1", 16),
            ("12a", 10),
            ("0o8", 8),
            ("- 1", 10),
            ("+-1", 10),
            ("0x1", 10),
            ("1.0", 10),
            ("2", 2),
        ];
        for &(s, b) in bad {
            assert_eq!(p(s, b), None, "int({s:?}, {b})");
        }
    }

    #[test]
    fn renders_bases() {
        assert_eq!(int_to_base(&BigInt::from(-31), 16, "0x"), "-0x1f");
        assert_eq!(int_to_base(&BigInt::from(0), 2, "0b"), "0b0");
        assert_eq!(int_to_base(&BigInt::from(8), 8, "0o"), "0o10");
    }
}
