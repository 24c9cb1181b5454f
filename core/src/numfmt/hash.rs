//! CPython's numeric hash: integers and floats hash by their value modulo
//! the Mersenne prime 2**61 - 1, so `hash(1) == hash(1.0)`; `-1` is
//! reserved as an error marker and becomes `-2`; `inf` hashes to 314159.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `sys.hash_info.modulus`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `sys.hash_info.inf`.
pub const HASH_INF: i64 = 314159;
const HASH_BITS: i32 = 61;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)` for a machine integer.
pub fn int_hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % HASH_MODULUS) as i64;
    fix(if v < 0 { -m } else { m })
}

/// `hash(v)` for an arbitrary-precision integer.
pub fn int_hash_bigint(v: &BigInt) -> i64 {
    let m = (v.magnitude() % HASH_MODULUS).to_i64().unwrap_or(0);
    fix(if v.sign() == Sign::Minus { -m } else { m })
}

/// `hash(x)` for a float (CPython's `_Py_HashDouble`); nan hashes to 0
/// here (CPython uses the object's identity).
pub fn float_hash(x: f64) -> i64 {
    if !x.is_finite() {
        return if x.is_nan() {
            0
        } else if x > 0.0 {
            HASH_INF
        } else {
            -HASH_INF
        };
    }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % HASH_BITS } else { HASH_BITS - 1 - ((-1 - e) % HASH_BITS) };
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    fix(h as i64 * sign)
}

/// C's `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (finite, nonzero x).
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_hashes() {
        // Values from CPython 3.11.
        assert_eq!(int_hash_i64(-1), -2);
        assert_eq!(int_hash_i64(1 << 61), 1);
        assert_eq!(int_hash_i64(-(1 << 61)), -1 - 1);
        assert_eq!(int_hash_i64(i64::MIN), -4);
        assert_eq!(int_hash_bigint(&(BigInt::from(1) << 200)), 131072);
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.1), 230584300921369408);
        assert_eq!(float_hash(f64::INFINITY), 314159);
        assert_eq!(float_hash(5e-324), 16777216);
    }
}
