//! Builtin functions on numbers and characters: `abs`, `divmod`, `pow`, `round`,
//! `hex`/`oct`/`bin`, `ord`/`chr`, `format` and `input`, with CPython's error
//! messages. Native paths for int and float; other types go through their dunders.

use super::add_fn;
use crate::bytecode::BinOp;
use crate::methods::args::check_count;
use crate::numfmt;
use crate::objects::boolobj::is_none;
use crate::objects::exception::{new_err, overflow_error, type_error, value_error, zero_division_error};
use crate::objects::float::{as_float, new_float};
use crate::objects::function::Args;
use crate::objects::int::{as_bigint, new_bigint, new_int};
use crate::objects::str::{as_str, as_strobj, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{lookup, type_name, type_of};
use crate::objects::{complex, PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::{arith, call, repr};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Positional-or-keyword arguments of a builtin, by name: `required` of them must be
/// present. Messages match CPython's argument clinic.
pub(super) fn parse_args<'a>(
    fname: &str,
    a: &Args<'a>,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = a.pos();
    if pos.len() > names.len() {
        return Err(type_error(format!("{fname}() takes at most {} arguments ({} given)", names.len(), pos.len())));
    }
    let mut out: Vec<Option<&Value>> = names.iter().enumerate().map(|(i, _)| pos.get(i)).collect();
    // CPython reports a missing required argument before an unknown keyword.
    let mut unknown = None;
    for (k, v) in a.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => unknown = unknown.or(Some(k)),
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!("{fname}() missing required argument '{n}' (pos {})", i + 1)));
        }
    }
    match unknown {
        Some(k) => Err(type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
        None => Ok(out),
    }
}

/// An integer through `__index__`, as a BigInt.
pub fn index_bigint(v: &Value) -> PyResult<BigInt> {
    if let Some(b) = as_bigint(v) {
        return Ok(b);
    }
    if let Some(f) = lookup(type_of(v), &rt().names.__index__) {
        let r = call::call_method_value(&f, v, &[])?;
        return as_bigint(&r).ok_or_else(|| type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// Call the dunder `name` of `v` with `args`, if its type defines it.
fn call_dunder(v: &Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match lookup(type_of(v), &intern(name)) {
        Some(f) => call::call_method_value(&f, v, args).map(Some),
        None => Ok(None),
    }
}

fn abs(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("abs")?;
    check_count("abs", a.pos(), 1, 1)?;
    let v = &a.pos()[0];
    if let Some(b) = as_bigint(v) {
        return Ok(new_bigint(b.abs()));
    }
    if let Some(f) = as_float(v) {
        return Ok(new_float(f.abs()));
    }
    if let Some((re, im)) = complex::as_complex(v) {
        let r = re.hypot(im);
        if r.is_infinite() && re.is_finite() && im.is_finite() {
            return Err(overflow_error("absolute value too large"));
        }
        return Ok(new_float(r));
    }
    match call_dunder(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name(v)))),
    }
}

/// `divmod(a, b)`.
pub fn divmod_values(x: &Value, y: &Value) -> PyResult<Value> {
    if let (Some(p), Some(q)) = (as_bigint(x), as_bigint(y)) {
        if q.is_zero() {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        let (d, m) = p.div_mod_floor(&q);
        return Ok(new_tuple(vec![new_bigint(d), new_bigint(m)]));
    }
    let num = |v: &Value| as_float(v).or_else(|| as_bigint(v).and_then(|b| numfmt::int_to_float(&b)));
    if as_float(x).is_some() || as_float(y).is_some() {
        if let (Some(p), Some(q)) = (num(x), num(y)) {
            let (d, m) = numfmt::float_divmod(p, q).ok_or_else(|| zero_division_error("float divmod()"))?;
            return Ok(new_tuple(vec![new_float(d), new_float(m)]));
        }
    }
    let nimpl = |r: &Value| r.is(&rt().not_implemented);
    if let Some(r) = call_dunder(x, "__divmod__", std::slice::from_ref(y))? {
        if !nimpl(&r) {
            return Ok(r);
        }
    }
    if !type_of(x).is(type_of(y)) {
        if let Some(r) = call_dunder(y, "__rdivmod__", std::slice::from_ref(x))? {
            if !nimpl(&r) {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(x), type_name(y))))
}

fn divmod(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("divmod")?;
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error(format!("divmod expected 2 arguments, got {}", p.len())));
    }
    divmod_values(&p[0], &p[1])
}

fn pow(a: Args<'_>) -> PyResult<Value> {
    let v = parse_args("pow", &a, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (v[0].expect("required"), v[1].expect("required"));
    match v[2].filter(|m| !is_none(m)) {
        None => arith::binary_op(BinOp::Pow, base, exp),
        Some(m) => {
            if as_bigint(base).is_none() {
                if let Some(r) = call_dunder(base, "__pow__", &[exp.clone(), m.clone()])? {
                    if !r.is(&rt().not_implemented) {
                        return Ok(r);
                    }
                }
            }
            arith::pow_mod(base, exp, m)
        }
    }
}

/// Round an int to `nd` (negative) decimal places, half to even.
fn round_int(x: &BigInt, nd: &BigInt) -> BigInt {
    if !nd.is_negative() {
        return x.clone();
    }
    let digits = x.magnitude().to_string().len();
    let Some(k) = (-nd).to_usize().filter(|k| *k <= digits) else {
        return BigInt::zero();
    };
    let n = num_traits::pow(BigInt::from(10), k);
    let (q, r) = x.div_mod_floor(&n);
    let twice: BigInt = r * 2;
    let up = twice > n || (twice == n && q.is_odd());
    (if up { q + 1 } else { q }) * n
}

/// A float rounded to an integral value, as an int (`round(x)`, `math.floor`...).
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(new_bigint(super::convert::f64_to_bigint(f)))
}

/// `round(number, ndigits)`; `ndigits` is `None` when absent or None.
pub fn round_value(x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    if let Some(b) = as_bigint(x) {
        return Ok(match ndigits {
            None => new_bigint(b),
            Some(nd) => new_bigint(round_int(&b, &index_bigint(nd)?)),
        });
    }
    if let Some(f) = as_float(x) {
        return match ndigits {
            None => float_to_int(f.round_ties_even()),
            Some(nd) => {
                let nd = index_bigint(nd)?;
                let nd = nd.to_i64().unwrap_or(if nd.is_negative() { i64::MIN } else { i64::MAX });
                numfmt::round_float_checked(f, Some(nd)).map(new_float).map_err(overflow_error)
            }
        };
    }
    let args: Vec<Value> = ndigits.into_iter().cloned().collect();
    match call_dunder(x, "__round__", &args)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("type {} doesn't define __round__ method", type_name(x)))),
    }
}

fn round(a: Args<'_>) -> PyResult<Value> {
    let v = parse_args("round", &a, &["number", "ndigits"], 1)?;
    round_value(v[0].expect("required"), v[1].filter(|n| !is_none(n)))
}

fn to_base(a: &Args<'_>, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    a.no_kwargs(name)?;
    check_count(name, a.pos(), 1, 1)?;
    Ok(new_str(numfmt::int_to_base(&index_bigint(&a.pos()[0])?, base, prefix)))
}

fn hex(a: Args<'_>) -> PyResult<Value> {
    to_base(&a, "hex", 16, "0x")
}

fn oct(a: Args<'_>) -> PyResult<Value> {
    to_base(&a, "oct", 8, "0o")
}

fn bin(a: Args<'_>) -> PyResult<Value> {
    to_base(&a, "bin", 2, "0b")
}

fn ord(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("ord")?;
    check_count("ord", a.pos(), 1, 1)?;
    let v = &a.pos()[0];
    if let Some(s) = as_strobj(v) {
        if s.len != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", s.len)));
        }
        return Ok(new_int(s.s.chars().next().map_or(0, |c| c as i64)));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(v) {
        if b.len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
        }
        return Ok(new_int(b[0] as i64));
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(v))))
}

fn chr(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("chr")?;
    check_count("chr", a.pos(), 1, 1)?;
    let n = index_bigint(&a.pos()[0])?;
    let n = n.to_i32().ok_or_else(|| overflow_error("Python int too large to convert to C int"))?;
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    // Lone surrogates have no `char`; they become U+FFFD (strs are UTF-8 here).
    Ok(new_str(char::from_u32(n as u32).unwrap_or('\u{FFFD}').to_string()))
}

fn format(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("format")?;
    let p = a.pos();
    check_count("format", p, 1, 2)?;
    let spec = match p.get(1) {
        None => "",
        Some(s) => {
            as_str(s).ok_or_else(|| type_error(format!("format() argument 2 must be str, not {}", type_name(s))))?
        }
    };
    repr::format(&p[0], spec)
}

fn input(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("input")?;
    check_count("input", a.pos(), 0, 1)?;
    if let Some(prompt) = a.pos().first() {
        crate::modules::sys::write_to(None, &repr::str_of(prompt)?, true)?;
    } else {
        crate::modules::sys::flush_stdout();
    }
    let mut line = String::new();
    let n = weft_threads::registry::detached(|| std::io::stdin().read_line(&mut line));
    match n {
        Ok(0) => Err(new_err(&rt().exc.eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
            }
            Ok(new_str(line))
        }
        Err(e) => Err(new_err(&rt().exc.os_error, e.to_string())),
    }
}

pub fn install() {
    add_fn("abs", abs);
    add_fn("divmod", divmod);
    add_fn("pow", pow);
    add_fn("round", round);
    add_fn("hex", hex);
    add_fn("oct", oct);
    add_fn("bin", bin);
    add_fn("ord", ord);
    add_fn("chr", chr);
    add_fn("format", format);
    add_fn("input", input);
}
