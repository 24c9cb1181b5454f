//! `repr(float)` / `str(float)`: shortest round-trip digits laid out by
//! CPython's rules (exponent form when the decimal exponent is < -4 or
//! >= 16, a `.0` added to integral values, `inf`/`nan` spelled out).

use super::dtoa::{double_to_string, DtoaFlags};

/// Exactly Python's `repr(x)` (and `str(x)`) for a float.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags { add_dot_0: true, ..DtoaFlags::default() };
    double_to_string(x, 'r', 0, flags)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    /// (bits, expected repr) pairs produced by CPython 3.11.
    const CASES: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (100.0, "100.0"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (1.5e-5, "1.5e-05"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (9999999999999998.0, "9999999999999998.0"),
        (2.9802322387695312e-08, "2.9802322387695312e-08"),
        (1.2345678901234567e19, "1.2345678901234567e+19"),
        (0.1, "0.1"),
        (1.0 / 3.0, "0.3333333333333333"),
        (5e-324, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-123.456, "-123.456"),
        (2e16 + 8.0, "2.000000000000001e+16"),
    ];

    #[test]
    fn known_values() {
        for &(x, want) in CASES {
            assert_eq!(float_repr(x), want, "repr({x:e})");
        }
    }
}
