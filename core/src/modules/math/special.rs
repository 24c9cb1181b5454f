//! Ports of CPython's own numeric algorithms from `mathmodule.c`, so that results
//! match bit for bit: `gamma`/`lgamma` (Lanczos), `fsum` (Shewchuk's exact partials),
//! `hypot`/`dist` (`vector_norm` with error-free transformations), `remainder`; plus
//! the bit-level `frexp`/`ldexp`/`nextafter` and libm's `erf`/`erfc` (which CPython
//! also takes from libm).

use super::{domain, one, range, real, two};
use crate::methods::float::{decompose, scale_round};
use crate::modules::add_fn;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::float::new_float;
use crate::objects::function::Args;
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::vm::ops;
use num_traits::Signed;
use std::f64::consts::PI;

/// Functions taken from the C math library, like CPython does (Rust's own versions
/// of some of them, e.g. `acosh` and `cbrt`, differ in the last bit).
mod libm {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        // The versioned name: Rust's compiler-builtins defines its own `cbrt`, which
        // would win at link time and differs from glibc's in the last bit.
        #[cfg_attr(
            all(target_os = "linux", target_env = "gnu", target_arch = "x86_64"),
            link_name = "cbrt@GLIBC_2.2.5"
        )]
        pub fn cbrt(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

/// Safe wrappers over [`libm`].
macro_rules! libm_fns {
    ($($name:ident),*) => {
        pub(super) mod c {
            $(pub fn $name(x: f64) -> f64 {
                #[allow(unsafe_code)]
                // SAFETY: a pure C library function of one double, no pointers.
                unsafe { super::libm::$name(x) }
            })*
        }
    };
}

libm_fns!(erf, erfc, acosh, asinh, atanh, cbrt, expm1, log1p, exp2, sinh, cosh, tanh);

fn libm_erf(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(c::erf(real(one(&a, "erf")?)?)))
}

fn libm_erfc(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(c::erfc(real(one(&a, "erfc")?)?)))
}

/// IEEE 754 remainder, CPython's `m_remainder`.
pub(super) fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// The next double after `x` towards `y`.
pub(super) fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    f64::from_bits(if (y > x) == (x > 0.0) { bits + 1 } else { bits - 1 })
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (zero, inf and nan unchanged).
pub(super) fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adj) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e + adj)
}

/// `x * 2**e` correctly rounded; infinite on overflow.
pub(super) fn ldexp(x: f64, e: i32) -> f64 {
    let (m, exp) = decompose(x);
    scale_round(&m.abs(), exp + e as i64).unwrap_or(f64::INFINITY).copysign(x)
}

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite x, accurate near the integers.
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The libm error a result carries (CPython sets errno).
enum Errno {
    None,
    Dom,
    Range,
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { (x, Errno::None) } else { (f64::NAN, Errno::Dom) };
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (r, if r.is_infinite() { Errno::Range } else { Errno::None });
    }
    if absx > 200.0 {
        return if x < 0.0 { (0.0 / sinpi(x), Errno::None) } else { (f64::INFINITY, Errno::Range) };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z =
        if absx > LANCZOS_G_MINUS_HALF { (y - absx) - LANCZOS_G_MINUS_HALF } else { (y - LANCZOS_G_MINUS_HALF) - absx };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::None })
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { (f64::INFINITY, Errno::Dom) } else { (0.0, Errno::None) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::None);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // logpi = log(pi)
        r = 1.144729885849400174143427351353058711647 - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (r, if r.is_infinite() { Errno::Range } else { Errno::None })
}

/// CPython's `math_1a` + `is_error`: errno decides, tiny range errors are underflow.
fn checked(r: (f64, Errno)) -> PyResult<Value> {
    match r {
        (_, Errno::Dom) => Err(domain()),
        (v, Errno::Range) if v.abs() >= 1.5 => Err(range()),
        (v, _) => Ok(new_float(v)),
    }
}

fn gamma_fn(a: Args<'_>) -> PyResult<Value> {
    checked(tgamma(real(one(&a, "gamma")?)?))
}

fn lgamma_fn(a: Args<'_>) -> PyResult<Value> {
    checked(lgamma(real(one(&a, "lgamma")?)?))
}

/// Full-precision float sum (Shewchuk), CPython's `math_fsum`.
fn fsum(a: Args<'_>) -> PyResult<Value> {
    let it = ops::iter(one(&a, "fsum")?)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::next(&it)? {
        let mut x = real(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(new_float(hi))
}

/// `(hi, lo)` with `hi + lo == a + b` exactly, for `|a| >= |b|`.
fn fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// `(hi, lo)` with `hi + lo == x * y` exactly.
fn mul_exact(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// The Euclidean norm of `vec` (absolute values, `max` their maximum), CPython's
/// `vector_norm`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp(1.0, -max_e as i32);
    let (mut csum, mut frac1, mut frac2) = (1.0, 0.0, 0.0);
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = mul_exact(x, x);
        let (s, slo) = fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = mul_exact(-h, h);
    let (s, slo) = fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// Norm of the absolute values `v`.
fn norm(mut v: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut v, max, found_nan)
}

fn hypot(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("hypot")?;
    let v = a.pos().iter().map(real).collect::<PyResult<Vec<_>>>()?;
    Ok(new_float(norm(v)))
}

fn dist(a: Args<'_>) -> PyResult<Value> {
    let (p, q) = two(&a, "dist")?;
    let seq = |v: &Value, which: usize| -> PyResult<Vec<Value>> {
        match as_tuple(v) {
            Some(t) => Ok(t.to_vec()),
            None => ops::collect(v)
                .map_err(|_| type_error(format!("dist() argument {which} must be tuple, not {}", type_name(v)))),
        }
    };
    let (p, q) = (seq(p, 1)?, seq(q, 2)?);
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let v = p.iter().zip(&q).map(|(x, y)| Ok(real(x)? - real(y)?)).collect::<PyResult<Vec<_>>>()?;
    Ok(new_float(norm(v)))
}

pub(super) fn install(m: &Value) {
    add_fn(m, "erf", libm_erf);
    add_fn(m, "erfc", libm_erfc);
    add_fn(m, "gamma", gamma_fn);
    add_fn(m, "lgamma", lgamma_fn);
    add_fn(m, "fsum", fsum);
    add_fn(m, "hypot", hypot);
    add_fn(m, "dist", dist);
}
