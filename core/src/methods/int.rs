//! Methods of `int` (and so of `bool`): bit operations, byte conversion, the numeric
//! tower protocol (`__index__`, `__round__`, `__floor__`...), and the operator dunders
//! so that `(3).__add__(4)` and `int.__mul__` work. The operator dunders return
//! `NotImplemented` for foreign operands, so the VM's dunder fallback never recurses.

use super::args::method_args;
use super::{add_classmethod, add_method};
use crate::builtins::numeric::{divmod_values, index_bigint, round_value};
use crate::bytecode::BinOp;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::float::new_float;
use crate::objects::function::Args;
use crate::objects::int::{as_bigint, is_int, new_bigint, new_int};
use crate::objects::str::as_str;
use crate::objects::subvalue::plain;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::{arith, call, ops};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

/// `self` as a BigInt (the receiver of an int method is always an int or bool).
fn this(a: &Args<'_>, name: &str) -> PyResult<BigInt> {
    let v = a.pos().first().ok_or_else(|| type_error(format!("{name}() needs an argument")))?;
    as_bigint(v).ok_or_else(|| {
        type_error(format!("descriptor '{name}' requires a 'int' object but received a '{}'", type_name(v)))
    })
}

/// A method returning `int(self)` (`__int__`, `__index__`, `conjugate`...).
fn as_plain_int(a: Args<'_>) -> PyResult<Value> {
    method_args("int", &a, 0, 0)?;
    Ok(new_bigint(this(&a, "int")?))
}

fn bit_length(a: Args<'_>) -> PyResult<Value> {
    method_args("bit_length", &a, 0, 0)?;
    Ok(new_int(this(&a, "bit_length")?.bits() as i64))
}

fn bit_count(a: Args<'_>) -> PyResult<Value> {
    method_args("bit_count", &a, 0, 0)?;
    let n = this(&a, "bit_count")?;
    Ok(new_int(n.magnitude().count_ones() as i64))
}

/// `length`, `byteorder` and `signed` of `to_bytes`/`from_bytes`.
fn byteorder(v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => match as_str(v) {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", type_name(v)))),
        },
    }
}

fn signed_kw(a: &Args<'_>, fname: &str, allowed: &[&str]) -> PyResult<bool> {
    a.only_kwargs(fname, allowed)?;
    match a.kw("signed") {
        Some(v) => ops::truthy(v),
        None => Ok(false),
    }
}

fn to_bytes(a: Args<'_>) -> PyResult<Value> {
    let n = this(&a, "to_bytes")?;
    let signed = signed_kw(&a, "to_bytes", &["length", "byteorder", "signed"])?;
    let p = &a.pos()[1..];
    if p.len() > 2 {
        return Err(type_error(format!("to_bytes() takes at most 2 positional arguments ({} given)", p.len())));
    }
    let length = match p.first().or_else(|| a.kw("length")) {
        Some(v) => index_bigint(v)?,
        None => BigInt::from(1),
    };
    if length.is_negative() {
        return Err(value_error("length argument must be non-negative"));
    }
    let big = byteorder(p.get(1).or_else(|| a.kw("byteorder")))?;
    if !signed && n.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let length: usize = length.try_into().map_err(|_| overflow_error("int too big to convert"))?;
    // Minimal little-endian encodings (two's complement when signed).
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(bytes))
}

fn from_bytes(a: Args<'_>) -> PyResult<Value> {
    let signed = signed_kw(&a, "from_bytes", &["bytes", "byteorder", "signed"])?;
    let p = a.pos();
    let cls = &p[0];
    let p = &p[1..];
    if p.len() > 2 {
        return Err(type_error(format!("from_bytes() takes at most 2 positional arguments ({} given)", p.len())));
    }
    let src = p
        .first()
        .or_else(|| a.kw("bytes"))
        .ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let big = byteorder(p.get(1).or_else(|| a.kw("byteorder")))?;
    let mut bytes = match crate::objects::bytes::as_bytes(src) {
        Some(b) => b.to_vec(),
        None => {
            let mut out = Vec::new();
            for x in ops::collect(src)? {
                let n = index_bigint(&x)?;
                let b: u8 = n.try_into().map_err(|_| value_error("bytes must be in range(0, 256)"))?;
                out.push(b);
            }
            out
        }
    };
    if big {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let v = new_bigint(n);
    if cls.is(&rt().types.int) {
        return Ok(v);
    }
    call::call(cls, &[v])
}

fn as_integer_ratio(a: Args<'_>) -> PyResult<Value> {
    method_args("as_integer_ratio", &a, 0, 0)?;
    Ok(new_tuple(vec![new_bigint(this(&a, "as_integer_ratio")?), new_int(1)]))
}

fn int_round(a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = method_args("__round__", &a, 0, 1)?;
    let nd = rest.first().filter(|v| !crate::objects::boolobj::is_none(v));
    round_value(&new_bigint(as_bigint(s).unwrap_or_default()), nd)
}

fn int_float(a: Args<'_>) -> PyResult<Value> {
    method_args("__float__", &a, 0, 0)?;
    let n = this(&a, "__float__")?;
    crate::numfmt::int_to_float(&n).map(new_float).ok_or_else(|| overflow_error("int too large to convert to float"))
}

fn int_bool(a: Args<'_>) -> PyResult<Value> {
    method_args("__bool__", &a, 0, 0)?;
    Ok(py_bool(!this(&a, "__bool__")?.is_zero()))
}

/// A unary dunder through the VM's native path.
fn unary(a: &Args<'_>, op: &str, name: &str) -> PyResult<Value> {
    let (s, _) = method_args(name, a, 0, 0)?;
    arith::unary(op, plain(s))
}

fn neg(a: Args<'_>) -> PyResult<Value> {
    unary(&a, "-", "__neg__")
}

fn pos(a: Args<'_>) -> PyResult<Value> {
    unary(&a, "+", "__pos__")
}

fn invert(a: Args<'_>) -> PyResult<Value> {
    unary(&a, "~", "__invert__")
}

fn abs(a: Args<'_>) -> PyResult<Value> {
    method_args("__abs__", &a, 0, 0)?;
    Ok(new_bigint(this(&a, "__abs__")?.abs()))
}

/// A binary operator dunder: `self op other` (or `other op self` when `reflected`)
/// when `accept(other)`, else `NotImplemented`.
pub(super) fn binop(
    a: &Args<'_>,
    name: &str,
    op: Option<BinOp>,
    reflected: bool,
    accept: fn(&Value) -> bool,
) -> PyResult<Value> {
    let p = a.pos();
    if name.ends_with("pow__") && p.len() == 3 && !reflected {
        if !accept(&p[1]) {
            return Ok(rt().not_implemented.clone());
        }
        return match p.get(2).filter(|m| !crate::objects::boolobj::is_none(m)) {
            Some(m) => arith::pow_mod(&p[0], &p[1], m),
            None => arith::binary_op(BinOp::Pow, plain(&p[0]), plain(&p[1])),
        };
    }
    let (s, rest) = method_args(name, a, 1, 1)?;
    let other = &rest[0];
    if !accept(other) {
        return Ok(rt().not_implemented.clone());
    }
    // Instances of subclasses operate as their plain values (the result is a plain
    // number, as in CPython).
    let (s, other) = (plain(s), plain(other));
    let (x, y) = if reflected { (other, s) } else { (s, other) };
    match op {
        Some(op) => arith::binary_op(op, x, y),
        None => divmod_values(x, y),
    }
}

/// Define the operator dunders of a number type: each entry names the Rust function,
/// the Python name, the operator (`None` for divmod) and whether it is reflected.
macro_rules! number_binops {
    ($accept:expr, $install:ident; $($f:ident, $name:literal, $op:expr, $refl:expr);* $(;)?) => {
        $(fn $f(a: Args<'_>) -> PyResult<Value> {
            $crate::methods::int::binop(&a, $name, $op, $refl, $accept)
        })*
        fn $install(ty: &Value) {
            $($crate::methods::add_method(ty, $name, $f);)*
        }
    };
}
pub(super) use number_binops;

number_binops!(is_int, install_binops;
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
    lshift, "__lshift__", Some(BinOp::LShift), false;
    rlshift, "__rlshift__", Some(BinOp::LShift), true;
    rshift, "__rshift__", Some(BinOp::RShift), false;
    rrshift, "__rrshift__", Some(BinOp::RShift), true;
    and, "__and__", Some(BinOp::And), false;
    rand, "__rand__", Some(BinOp::And), true;
    or, "__or__", Some(BinOp::Or), false;
    ror, "__ror__", Some(BinOp::Or), true;
    xor, "__xor__", Some(BinOp::Xor), false;
    rxor, "__rxor__", Some(BinOp::Xor), true;
);

/// `real`, `imag`, `numerator` and `denominator` of ints and bools (attributes that
/// live outside the type dict, see `vm::special_attrs`).
pub fn int_attr(obj: &Value, name: &str) -> Option<Value> {
    let n = as_bigint(obj)?;
    match name {
        "real" | "numerator" => Some(new_bigint(n)),
        "imag" => Some(new_int(0)),
        "denominator" => Some(new_int(1)),
        _ => None,
    }
}

pub fn install() {
    let t = &rt().types.int;
    add_method(t, "bit_length", bit_length);
    add_method(t, "bit_count", bit_count);
    add_method(t, "to_bytes", to_bytes);
    add_classmethod(t, "from_bytes", from_bytes);
    add_method(t, "as_integer_ratio", as_integer_ratio);
    for name in ["conjugate", "__int__", "__index__", "__trunc__", "__floor__", "__ceil__"] {
        add_method(t, name, as_plain_int);
    }
    add_method(t, "__round__", int_round);
    add_method(t, "__float__", int_float);
    add_method(t, "__bool__", int_bool);
    add_method(t, "__neg__", neg);
    add_method(t, "__pos__", pos);
    add_method(t, "__invert__", invert);
    add_method(t, "__abs__", abs);
    install_binops(t);
}
