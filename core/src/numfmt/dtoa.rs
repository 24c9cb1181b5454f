//! Decimal digit generation for `f64` and the port of CPython's
//! `PyOS_double_to_string` / `format_float_short` layout.
//!
//! Every float-to-text path in Python (`repr`, `format`, `%`-formatting,
//! `round`) goes through the same two steps: produce a correctly rounded
//! digit string plus decimal-point position (David Gay's `_Py_dg_dtoa`), then
//! lay it out. The digits come from Rust's core formatting, which is exact
//! (shortest round-trip for `{:e}`, correctly rounded half-even on the exact
//! binary value for `{:.N}` / `{:.Ne}`), so only the layout is ported here.

/// Correctly rounded decimal digits of a finite, non-negative magnitude.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Digits {
    /// ASCII digits without trailing zeros; may be empty when a fixed-point
    /// rounding produced zero (as `_Py_dg_dtoa` mode 3 does).
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the start of `digits`.
    pub decpt: i64,
}

/// Splits Rust's `{:e}` output (`d.ddde-12`) into digits and exponent.
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

fn strip_trailing_zeros(d: &mut Vec<u8>) {
    while d.last() == Some(&b'0') {
        d.pop();
    }
}

/// Mode 0: the shortest digit string that round-trips; among equally short
/// candidates the one nearest to `x`, ties to even (Rust's shortest
/// formatting breaks exact ties upwards: `2**-25` must give
/// `2.9802322387695312e-08`, so the length is taken from Rust and the
/// digits re-rounded correctly when they still round-trip).
pub(crate) fn shortest(x: f64) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    let short = format!("{x:e}");
    let n = short.split_once('e').map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
    let rounded = format!("{x:.prec$e}", prec = n.saturating_sub(1));
    let pick = if rounded != short && rounded.parse::<f64>() == Ok(x) { rounded } else { short };
    let (mut digits, exp) = split_exp(&pick);
    strip_trailing_zeros(&mut digits);
    Digits { digits, decpt: exp + 1 }
}

/// Mode 2: `ndigits` (at least 1) significant digits, trailing zeros removed.
pub(crate) fn significant(x: f64, ndigits: usize) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    let prec = ndigits.max(1) - 1;
    let (mut digits, exp) = split_exp(&format!("{x:.prec$e}"));
    strip_trailing_zeros(&mut digits);
    Digits { digits, decpt: exp + 1 }
}

/// Mode 3: `ndigits` digits after the decimal point, trailing zeros removed.
pub(crate) fn fixed(x: f64, ndigits: usize) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    let s = format!("{x:.ndigits$}");
    let int_len = s.find('.').unwrap_or(s.len()) as i64;
    let all: Vec<u8> = s.bytes().filter(|b| b.is_ascii_digit()).collect();
    let lead = all.iter().take_while(|&&b| b == b'0').count();
    if lead == all.len() {
        return Digits { digits: Vec::new(), decpt: -(ndigits as i64) };
    }
    let mut digits = all[lead..].to_vec();
    strip_trailing_zeros(&mut digits);
    Digits { digits, decpt: int_len - lead as i64 }
}

/// Flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral values look like floats (`1.0`).
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: alternate form (`#`): keep the point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: turn a negative zero result into a positive one.
    pub no_neg_0: bool,
}

/// Port of CPython's `PyOS_double_to_string`. `code` is one of
/// `e E f F g G r` (`r` = repr, precision ignored).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }
    let (d, precision) = match code {
        'e' => (significant(x, precision + 1), precision + 1),
        'f' => (fixed(x, precision), precision),
        'g' => {
            let p = precision.max(1);
            (significant(x, p), p)
        }
        _ => (shortest(x), 0),
    };
    let mut negative = x.is_sign_negative();
    let digits = d.digits;
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let text = |b: &[u8]| b.iter().map(|&c| c as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&text(&digits[..decpt as usize]));
        out.push('.');
        out.push_str(&text(&digits[decpt as usize..]));
    } else {
        out.push_str(&text(&digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_modes() {
        assert_eq!(shortest(0.1), Digits { digits: b"1".to_vec(), decpt: 0 });
        assert_eq!(significant(2.675, 3), Digits { digits: b"267".to_vec(), decpt: 1 });
        assert_eq!(fixed(0.001, 2), Digits { digits: vec![], decpt: -2 });
        assert_eq!(fixed(0.006, 2), Digits { digits: b"1".to_vec(), decpt: -1 });
        assert_eq!(fixed(1234.5, 0), Digits { digits: b"1234".to_vec(), decpt: 4 });
        assert_eq!(fixed(9.999, 2), Digits { digits: b"1".to_vec(), decpt: 2 });
    }

    #[test]
    fn layouts() {
        let f = DtoaFlags::default();
        assert_eq!(double_to_string(1.5, 'e', 3, f), "1.500e+00");
        assert_eq!(double_to_string(-0.001, 'f', 2, f), "-0.00");
        let z = DtoaFlags { no_neg_0: true, ..f };
        assert_eq!(double_to_string(-0.001, 'f', 2, z), "0.00");
        assert_eq!(double_to_string(1e300, 'E', 2, f), "1.00E+300");
    }
}
