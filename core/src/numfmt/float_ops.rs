//! Python `float` arithmetic whose semantics differ from IEEE/Rust defaults:
//! floor division and modulo take the divisor's sign, `**` has Python's
//! special cases and errors, `round()` is correctly rounded half-even, and
//! int-to-float conversion rounds half-even with an overflow check.

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

pub use super::hash::{float_hash, int_hash_bigint, int_hash_i64};

/// `ZeroDivisionError` message of `float_pow`.
pub const POW_ZERO_NEGATIVE: &str = "0.0 cannot be raised to a negative power";
/// Marker returned by `float_pow` when the result is complex: the caller
/// redoes the operation as complex power.
pub const POW_COMPLEX: &str = "complex";
/// `OverflowError` message of `float_pow`.
pub const POW_OVERFLOW: &str = "(34, 'Numerical result out of range')";

/// `divmod(a, b)` for floats; `None` means `ZeroDivisionError`
/// (CPython: "float divmod()").
pub fn float_divmod(a: f64, b: f64) -> Option<(f64, f64)> {
    if b == 0.0 {
        return None;
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(a / b)
    };
    Some((floordiv, m))
}

/// `a // b`; `None` means `ZeroDivisionError` ("float floor division by zero").
pub fn float_floordiv(a: f64, b: f64) -> Option<f64> {
    float_divmod(a, b).map(|(q, _)| q)
}

/// `a % b` (result has the sign of `b`); `None` means `ZeroDivisionError`
/// ("float modulo").
pub fn float_mod(a: f64, b: f64) -> Option<f64> {
    if b == 0.0 {
        return None;
    }
    let m = a % b;
    Some(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    })
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats (CPython's `float_pow`). Errors: [`POW_ZERO_NEGATIVE`]
/// (ZeroDivisionError), [`POW_COMPLEX`] (negative base, fractional exponent:
/// caller switches to complex), [`POW_OVERFLOW`] (OverflowError).
pub fn float_pow(a: f64, b: f64) -> Result<f64, &'static str> {
    let (iv, iw) = (a, b);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(POW_ZERO_NEGATIVE);
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(POW_COMPLEX);
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(POW_OVERFLOW);
    }
    Ok(if negate { -r } else { r })
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.trunc()
}

/// `float(v)` for an int, correctly rounded (half-even); `None` means
/// `OverflowError("int too large to convert to float")`.
pub fn int_to_float(v: &BigInt) -> Option<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let r = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().unwrap_or(0) < shift;
        // Bit 0 of a 64-bit value is below f64's rounding bit, so or-ing the
        // sticky bit in makes the u64 -> f64 rounding see the discarded tail.
        let m = (top | sticky as u64) as f64;
        if shift > 1100 {
            f64::INFINITY
        } else {
            m * 2f64.powi(shift as i32)
        }
    };
    if r.is_infinite() {
        return None;
    }
    Some(if v.sign() == Sign::Minus { -r } else { r })
}

/// `round(x, ndigits)` as a float, correctly rounded half-even on the
/// exact binary value. `ndigits = None` rounds to an integral float (the
/// caller converts it to an int and rejects inf/nan). Overflow (only
/// possible for huge negative `ndigits` results) yields `inf`; see
/// [`round_float_checked`].
pub fn round_float(x: f64, ndigits: Option<i64>) -> f64 {
    round_float_checked(x, ndigits).unwrap_or(f64::INFINITY.copysign(x))
}

/// [`round_float`] that reports CPython's `OverflowError` message
/// ("rounded value too large to represent").
pub fn round_float_checked(x: f64, ndigits: Option<i64>) -> Result<f64, &'static str> {
    let Some(nd) = ndigits else {
        return Ok(x.round_ties_even());
    };
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    let r = if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        round_to_tens(x, (-nd) as u32)
    };
    if r.is_infinite() {
        return Err("rounded value too large to represent");
    }
    Ok(r)
}

/// Rounds `x` half-even to a multiple of `10**k` (k >= 1), exactly.
fn round_to_tens(x: f64, k: u32) -> f64 {
    let t = x.abs().trunc();
    let frac_nonzero = x.abs() != t;
    let int = float_to_bigint(t);
    let unit = num_traits::pow(BigInt::from(10u8), k as usize);
    let half = &unit / 2u8;
    let q = &int / &unit;
    let r = &int % &unit;
    let up = r > half || (r == half && (frac_nonzero || (&q % 2u8) != BigInt::zero()));
    let q = if up { q + 1u8 } else { q };
    let v = int_to_float(&(q * unit)).unwrap_or(f64::INFINITY);
    v.copysign(x)
}

/// Exact integer value of an integral finite float.
pub(crate) fn float_to_bigint(t: f64) -> BigInt {
    let bits = t.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let v = if e >= 0 { m << e as usize } else { m >> (-e) as usize };
    if t < 0.0 {
        -v
    } else {
        v
    }
}
