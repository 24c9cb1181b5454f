//! Methods of `float`: exact conversions (`as_integer_ratio`, `hex`/`fromhex`), the
//! rounding protocol (`__round__`, `__floor__`...) and the operator dunders (which
//! return `NotImplemented` for anything but int and float operands).

use super::args::method_args;
use super::int::number_binops;
use super::{add_classmethod, add_method};
use crate::builtins::numeric::{float_to_int, round_value};
use crate::bytecode::BinOp;
use crate::numfmt;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::float::{as_float, new_float};
use crate::objects::function::Args;
use crate::objects::int::{is_int, new_bigint};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

/// `self` as f64, for a method without arguments.
fn this(a: &Args<'_>, name: &str) -> PyResult<f64> {
    let (s, _) = method_args(name, a, 0, 0)?;
    as_float(s).ok_or_else(|| {
        type_error(format!("descriptor '{name}' requires a 'float' object but received a '{}'", type_name(s)))
    })
}

fn is_integer(a: Args<'_>) -> PyResult<Value> {
    let f = this(&a, "is_integer")?;
    Ok(py_bool(numfmt::float_is_integer(f)))
}

/// The exact value of a finite float as `mantissa * 2**exp` with an odd mantissa
/// (or zero).
pub(crate) fn decompose(f: f64) -> (BigInt, i64) {
    let bits = f.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let mut m = bits & ((1 << 52) - 1);
    let mut exp = if e == 0 { -1074 } else { e - 1075 };
    if e != 0 {
        m |= 1 << 52;
    }
    if m == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    exp += tz as i64;
    let m = BigInt::from(m);
    (if f.is_sign_negative() { -m } else { m }, exp)
}

fn as_integer_ratio(a: Args<'_>) -> PyResult<Value> {
    let f = this(&a, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, exp) = decompose(f);
    let (num, den) =
        if exp >= 0 { (m << exp as usize, BigInt::from(1)) } else { (m, BigInt::from(1) << (-exp) as usize) };
    Ok(new_tuple(vec![new_bigint(num), new_bigint(den)]))
}

fn hex(a: Args<'_>) -> PyResult<Value> {
    let f = this(&a, "hex")?;
    if f.is_nan() {
        return Ok(new_str("nan"));
    }
    if f.is_infinite() {
        return Ok(new_str(if f < 0.0 { "-inf" } else { "inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(new_str(format!("{sign}0x0.0p+0")));
    }
    let bits = f.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = bits & ((1 << 52) - 1);
    let (lead, exp) = if e == 0 { (0, -1022) } else { (1, e - 1023) };
    Ok(new_str(format!("{sign}0x{lead}.{m:013x}p{}{exp}", if exp >= 0 { "+" } else { "" })))
}

/// `2**n` for `-1074 <= n <= 1023`, exactly.
fn pow2(n: i64) -> f64 {
    if n >= -1022 {
        f64::from_bits(((n + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (n + 1074))
    }
}

/// `mant * 2**exp2` correctly rounded (half to even); `None` on overflow.
pub(crate) fn scale_round(mant: &BigInt, exp2: i64) -> Option<f64> {
    if mant.is_zero() {
        return Some(0.0);
    }
    let top = mant.bits() as i64 - 1 + exp2;
    if top > 1023 {
        return None;
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - exp2;
    let q = if shift <= 0 {
        mant << (-shift) as usize
    } else {
        let q: BigInt = mant >> shift as usize;
        let rem: BigInt = mant - (&q << shift as usize);
        let half = BigInt::from(1) << (shift - 1) as usize;
        if rem > half || (rem == half && (&q & BigInt::from(1)) == BigInt::from(1)) {
            q + 1
        } else {
            q
        }
    };
    let r = q.to_f64()? * pow2(lsb);
    r.is_finite().then_some(r)
}

/// `float.fromhex(s)`.
pub fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let t = s.trim_matches(numfmt::py_isspace);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |f: f64| if neg { -f } else { f };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (num, exp) = match body.split_once('p') {
        Some((n, e)) => (n, Some(e)),
        None => (body, None),
    };
    let (int_part, frac) = num.split_once('.').unwrap_or((num, ""));
    if int_part.is_empty() && frac.is_empty() {
        return Err(invalid());
    }
    let mut mant = BigInt::zero();
    for c in int_part.chars().chain(frac.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mant = mant * 16 + d;
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Saturate: anything this large is an overflow or an underflow anyway.
            let v = digits.parse::<i64>().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let exp2 = exp.saturating_sub(4 * frac.len() as i64);
    scale_round(&mant, exp2)
        .map(signed)
        .ok_or_else(|| overflow_error("hexadecimal value too large to represent as a float"))
}

fn fromhex(a: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = method_args("fromhex", &a, 1, 1)?;
    let s = as_str(&rest[0]).ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    let v = new_float(parse_hex_float(s)?);
    if cls.is(&rt().types.float) {
        return Ok(v);
    }
    crate::vm::call::call(cls, &[v])
}

fn same(a: Args<'_>) -> PyResult<Value> {
    let f = this(&a, "conjugate")?;
    Ok(new_float(f))
}

fn float_round(a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = method_args("__round__", &a, 0, 1)?;
    let f = as_float(s).ok_or_else(|| type_error("descriptor '__round__' requires a 'float' object"))?;
    round_value(&new_float(f), rest.first().filter(|v| !crate::objects::boolobj::is_none(v)))
}

fn trunc(a: Args<'_>) -> PyResult<Value> {
    float_to_int(this(&a, "__trunc__")?.trunc())
}

fn floor(a: Args<'_>) -> PyResult<Value> {
    float_to_int(this(&a, "__floor__")?.floor())
}

fn ceil(a: Args<'_>) -> PyResult<Value> {
    float_to_int(this(&a, "__ceil__")?.ceil())
}

fn abs(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(this(&a, "__abs__")?.abs()))
}

fn neg(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(-this(&a, "__neg__")?))
}

fn bool_(a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(this(&a, "__bool__")? != 0.0))
}

fn int_or_float(v: &Value) -> bool {
    is_int(v) || as_float(v).is_some()
}

number_binops!(int_or_float, install_binops;
    add, "__add__", Some(BinOp::Add), false;
    radd, "__radd__", Some(BinOp::Add), true;
    sub, "__sub__", Some(BinOp::Sub), false;
    rsub, "__rsub__", Some(BinOp::Sub), true;
    mul, "__mul__", Some(BinOp::Mul), false;
    rmul, "__rmul__", Some(BinOp::Mul), true;
    truediv, "__truediv__", Some(BinOp::TrueDiv), false;
    rtruediv, "__rtruediv__", Some(BinOp::TrueDiv), true;
    floordiv, "__floordiv__", Some(BinOp::FloorDiv), false;
    rfloordiv, "__rfloordiv__", Some(BinOp::FloorDiv), true;
    modulo, "__mod__", Some(BinOp::Mod), false;
    rmodulo, "__rmod__", Some(BinOp::Mod), true;
    divmod, "__divmod__", None, false;
    rdivmod, "__rdivmod__", None, true;
    power, "__pow__", Some(BinOp::Pow), false;
    rpower, "__rpow__", Some(BinOp::Pow), true;
);

/// `real` and `imag` of a float (see `vm::special_attrs`).
pub fn float_attr(obj: &Value, name: &str) -> Option<Value> {
    let f = as_float(obj)?;
    match name {
        "real" => Some(new_float(f)),
        "imag" => Some(new_float(0.0)),
        _ => None,
    }
}

pub fn install() {
    let t = &rt().types.float;
    add_method(t, "is_integer", is_integer);
    add_method(t, "as_integer_ratio", as_integer_ratio);
    add_method(t, "hex", hex);
    add_classmethod(t, "fromhex", fromhex);
    for name in ["conjugate", "__float__", "__pos__"] {
        add_method(t, name, same);
    }
    add_method(t, "__round__", float_round);
    add_method(t, "__trunc__", trunc);
    add_method(t, "__int__", trunc);
    add_method(t, "__floor__", floor);
    add_method(t, "__ceil__", ceil);
    add_method(t, "__abs__", abs);
    add_method(t, "__neg__", neg);
    add_method(t, "__bool__", bool_);
    install_binops(t);
}
