//! The `math` module, following CPython 3.11's `mathmodule.c`: the same special-value
//! rules and the same "math domain error" / "math range error" choices. Elementary
//! functions come from the platform libm (as in CPython); `gamma`, `lgamma`, `fsum`
//! and `hypot` are ports of CPython's own algorithms so results match to the bit.
//! Integer functions live in [`ints`], the ported algorithms in [`special`].

mod ints;
mod special;

use super::add_fn;
use crate::builtins::numeric::float_to_int;
use crate::numfmt;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::objects::float::{as_float, new_float};
use crate::objects::function::Args;
use crate::objects::int::{as_bigint, as_int, new_int, IntRef};
use crate::objects::module::{module_set, new_module};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{lookup, type_name, type_of};
use crate::objects::{PyErr, PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::call::call_method_value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// A float argument like CPython's `PyFloat_AsDouble`: float, int, `__float__` or
/// `__index__`.
pub(crate) fn real(v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(b) = as_bigint(v) {
        return numfmt::int_to_float(&b).ok_or_else(|| overflow_error("int too large to convert to float"));
    }
    let ty = type_of(v);
    if let Some(f) = lookup(ty, &intern("__float__")) {
        let r = call_method_value(&f, v, &[])?;
        return as_float(&r).ok_or_else(|| {
            type_error(format!("{}.__float__ returned non-float (type {})", type_name(v), type_name(&r)))
        });
    }
    if let Some(f) = lookup(ty, &rt().names.__index__) {
        let r = call_method_value(&f, v, &[])?;
        return real(&r);
    }
    Err(type_error(format!("must be real number, not {}", type_name(v))))
}

/// The single argument of `math.name(x)`.
fn one<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    a.no_kwargs(name)?;
    crate::methods::args::check_count(&format!("math.{name}"), a.pos(), 1, 1)?;
    Ok(&a.pos()[0])
}

/// The two arguments of `math.name(x, y)`.
fn two<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    a.no_kwargs(name)?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("{name} expected 2 arguments, got {}", p.len())));
    }
    Ok((&p[0], &p[1]))
}

/// CPython's `math_1`: a nan from a non-nan is a domain error; an infinity from a
/// finite value is a range error when the function `can_overflow`, else a domain
/// error (a pole such as `atanh(1)`).
fn math_1(a: &Args<'_>, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = real(one(a, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(new_float(r))
}

/// CPython's `math_2` error rules for two-argument float functions.
fn math_2(a: &Args<'_>, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two(a, name)?;
    let (x, y) = (real(x)?, real(y)?);
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(new_float(r))
}

/// One-argument float functions: `(rust name, python name, f, can_overflow)`.
macro_rules! func1 {
    ($($f:ident, $name:literal, $op:expr, $ovf:expr);* $(;)?) => {
        $(fn $f(a: Args<'_>) -> PyResult<Value> {
            math_1(&a, $name, $op, $ovf)
        })*
        fn install_func1(m: &Value) {
            $(add_fn(m, $name, $f);)*
        }
    };
}

func1!(
    sqrt, "sqrt", f64::sqrt, false;
    exp, "exp", f64::exp, true;
    exp2, "exp2", special::c::exp2, true;
    expm1, "expm1", special::c::expm1, true;
    log1p, "log1p", special::c::log1p, false;
    cbrt, "cbrt", special::c::cbrt, false;
    sin, "sin", f64::sin, false;
    cos, "cos", f64::cos, false;
    tan, "tan", f64::tan, false;
    asin, "asin", f64::asin, false;
    acos, "acos", f64::acos, false;
    atan, "atan", f64::atan, false;
    sinh, "sinh", special::c::sinh, true;
    cosh, "cosh", special::c::cosh, true;
    tanh, "tanh", special::c::tanh, false;
    asinh, "asinh", special::c::asinh, false;
    acosh, "acosh", special::c::acosh, false;
    atanh, "atanh", special::c::atanh, false;
    fabs, "fabs", f64::abs, false;
);

/// The natural log of a positive int or float; big ints beyond the float range
/// are scaled first, as in CPython's `loghelper`.
fn ln_of(v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = as_int(v) {
        let n = match n {
            IntRef::Small(i) => BigInt::from(i),
            IntRef::Big(b) => b.clone(),
        };
        if !n.is_positive() {
            return Err(domain());
        }
        if let Some(x) = numfmt::int_to_float(&n) {
            return Ok(f(x));
        }
        let e = n.bits() as i64 - 60;
        let m = (n >> e as usize).to_f64().unwrap_or(f64::NAN);
        return Ok(f(m) + e as f64 * f(2.0));
    }
    let x = real(v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(f(x))
}

fn log(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("log")?;
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = ln_of(&p[0], f64::ln)?;
    match p.get(1) {
        None => Ok(new_float(num)),
        Some(b) => {
            let den = ln_of(b, f64::ln)?;
            if den == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            Ok(new_float(num / den))
        }
    }
}

fn log2(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(ln_of(one(&a, "log2")?, f64::log2)?))
}

fn log10(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(ln_of(one(&a, "log10")?, f64::log10)?))
}

fn pow(a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(&a, "pow")?;
    let (x, y) = (real(x)?, real(y)?);
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() {
            return Err(domain());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain() } else { range() });
        }
    }
    Ok(new_float(r))
}

fn atan2(a: Args<'_>) -> PyResult<Value> {
    math_2(&a, "atan2", f64::atan2)
}

fn fmod(a: Args<'_>) -> PyResult<Value> {
    math_2(&a, "fmod", |x, y| if y.is_infinite() && x.is_finite() { x } else { x % y })
}

fn copysign(a: Args<'_>) -> PyResult<Value> {
    math_2(&a, "copysign", f64::copysign)
}

fn remainder(a: Args<'_>) -> PyResult<Value> {
    math_2(&a, "remainder", special::remainder)
}

fn nextafter(a: Args<'_>) -> PyResult<Value> {
    let (x, y) = two(&a, "nextafter")?;
    Ok(new_float(special::nextafter(real(x)?, real(y)?)))
}

fn ulp(a: Args<'_>) -> PyResult<Value> {
    let x = real(one(&a, "ulp")?)?.abs();
    if !x.is_finite() {
        return Ok(new_float(x));
    }
    let r = if x == f64::MAX { x - special::nextafter(x, 0.0) } else { special::nextafter(x, f64::INFINITY) - x };
    Ok(new_float(r))
}

/// `math.floor` / `math.ceil`: ints come back unchanged, floats are rounded, other
/// types use `__floor__` / `__ceil__` or their float value.
fn floor_ceil(a: &Args<'_>, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one(a, name)?;
    if let Some(x) = as_float(v) {
        return float_to_int(f(x));
    }
    if let Some(m) = lookup(type_of(v), &intern(dunder)) {
        return call_method_value(&m, v, &[]);
    }
    float_to_int(f(real(v)?))
}

fn floor(a: Args<'_>) -> PyResult<Value> {
    floor_ceil(&a, "floor", "__floor__", f64::floor)
}

fn ceil(a: Args<'_>) -> PyResult<Value> {
    floor_ceil(&a, "ceil", "__ceil__", f64::ceil)
}

fn trunc(a: Args<'_>) -> PyResult<Value> {
    let v = one(&a, "trunc")?;
    match lookup(type_of(v), &intern("__trunc__")) {
        Some(m) => call_method_value(&m, v, &[]),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(v)))),
    }
}

fn modf(a: Args<'_>) -> PyResult<Value> {
    let x = real(one(&a, "modf")?)?;
    let (frac, int) = if x.is_infinite() { (0.0f64.copysign(x), x) } else { ((x - x.trunc()).copysign(x), x.trunc()) };
    Ok(new_tuple(vec![new_float(frac), new_float(int)]))
}

fn frexp(a: Args<'_>) -> PyResult<Value> {
    let (m, e) = special::frexp(real(one(&a, "frexp")?)?);
    Ok(new_tuple(vec![new_float(m), new_int(e)]))
}

fn ldexp(a: Args<'_>) -> PyResult<Value> {
    let (x, i) = two(&a, "ldexp")?;
    let x = real(x)?;
    let i = as_bigint(i).ok_or_else(|| type_error("Expected an int as second argument to ldexp."))?;
    if x == 0.0 || !x.is_finite() {
        return Ok(new_float(x));
    }
    // Beyond +-2200 every finite x overflows or underflows.
    let e = i.to_i64().unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }).clamp(-2200, 2200);
    let r = special::ldexp(x, e as i32);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(new_float(r))
}

fn degrees(a: Args<'_>) -> PyResult<Value> {
    // CPython multiplies by the double nearest 180/pi computed from `pi`.
    Ok(new_float(real(one(&a, "degrees")?)? * (180.0 / std::f64::consts::PI)))
}

fn radians(a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(real(one(&a, "radians")?)? * (std::f64::consts::PI / 180.0)))
}

fn isfinite(a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(real(one(&a, "isfinite")?)?.is_finite()))
}

fn isinf(a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(real(one(&a, "isinf")?)?.is_infinite()))
}

fn isnan(a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(real(one(&a, "isnan")?)?.is_nan()))
}

fn isclose(a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    let p = a.pos();
    if p.len() > 2 {
        return Err(type_error(format!("isclose() takes exactly 2 positional arguments ({} given)", p.len())));
    }
    let get = |i: usize, name: &str| -> PyResult<&Value> {
        p.get(i)
            .or_else(|| a.kw(name))
            .ok_or_else(|| type_error(format!("isclose() missing required argument '{name}' (pos {})", i + 1)))
    };
    let x = real(get(0, "a")?)?;
    let y = real(get(1, "b")?)?;
    let rel = a.kw("rel_tol").map(real).transpose()?.unwrap_or(1e-9);
    let abs = a.kw("abs_tol").map(real).transpose()?.unwrap_or(0.0);
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(py_bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(py_bool(false));
    }
    let diff = (y - x).abs();
    Ok(py_bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}

pub fn module() -> Value {
    let m = new_module("math");
    install_func1(&m);
    for (name, f) in [
        ("log", log as crate::objects::function::NativeFn),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("atan2", atan2),
        ("fmod", fmod),
        ("copysign", copysign),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("degrees", degrees),
        ("radians", radians),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ] {
        add_fn(&m, name, f);
    }
    special::install(&m);
    ints::install(&m);
    module_set(&m, "pi", new_float(std::f64::consts::PI));
    module_set(&m, "e", new_float(std::f64::consts::E));
    module_set(&m, "tau", new_float(std::f64::consts::TAU));
    module_set(&m, "inf", new_float(f64::INFINITY));
    module_set(&m, "nan", new_float(f64::NAN));
    m
}
