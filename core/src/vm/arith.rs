//! Arithmetic: `+ - * / // % ** @ << >> & | ^`, unary operators, with native paths
//! for int, float, str, bytes, list and tuple and the `__op__`/`__rop__` protocol
//! (reflected method first when the right operand's type is a subclass).

use crate::bytecode::BinOp;
use crate::numfmt;
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{as_bigint, as_int, new_bigint, new_int, IntRef};
use crate::objects::typeobj::{is_subtype, lookup, type_name, type_of};
use crate::objects::{bytes, complex, kinds, list, str as pystr, subvalue, tuple};
use crate::objects::{PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::call::call_method_value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::And => ("__and__", "__rand__", "__iand__"),
        BinOp::Or => ("__or__", "__ror__", "__ior__"),
        BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

#[inline]
pub fn binary_add(a: &Value, b: &Value) -> PyResult<Value> {
    binary_op(BinOp::Add, a, b)
}

/// `a op b`.
#[inline]
pub fn binary_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(v) = small_int_op(op, x, y)? {
            return Ok(v);
        }
    }
    if let Some(v) = native_binary(op, a, b)? {
        return Ok(v);
    }
    dunder_binary(op, a, b)
}

/// `a op= b`.
pub fn inplace_op(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(v) = small_int_op(op, x, y)? {
            return Ok(v);
        }
    }
    if op == BinOp::Add && a.kind() == Some(kinds::LIST) && type_of(a).is(&rt().types.list) {
        let items = crate::vm::ops::collect(b)?;
        list::as_list(a).expect("list").lock().extend(items);
        return Ok(a.clone());
    }
    if op == BinOp::Mul && a.kind() == Some(kinds::LIST) && type_of(a).is(&rt().types.list) {
        if let Some(n) = crate::objects::int::as_i64(b) {
            let l = list::as_list(a).expect("list");
            let snap = l.snapshot();
            let mut out = Vec::new();
            for _ in 0..n.max(0) {
                out.extend(snap.iter().cloned());
            }
            l.set_items(out);
            return Ok(a.clone());
        }
    }
    let is_builtin = crate::objects::typeobj::as_type(type_of(a)).is_some_and(|t| t.builtin);
    // Sets and dicts update in place (`s |= t`) through their `__ior__`... methods.
    if !is_builtin || matches!(a.kind(), Some(kinds::SET) | Some(kinds::DICT) | Some(kinds::BYTEARRAY)) {
        let (_, _, iname) = dunder(op);
        if let Some(f) = lookup(type_of(a), &intern(iname)) {
            let r = call_method_value(&f, a, std::slice::from_ref(b))?;
            if !r.is(&rt().not_implemented) {
                return Ok(r);
            }
        }
    }
    binary_op(op, a, b)
}

#[inline]
fn small_int_op(op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            Some(Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            Some(x.mod_floor(&y))
        }
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::TrueDiv => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                return Ok(Some(new_float(x as f64 / y as f64)));
            }
            return Ok(None);
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            if y < 62 && x.abs() < (1i64 << (62 - y)) {
                Some(x << y)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(if y >= 63 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        BinOp::Pow => {
            if y < 0 {
                return Ok(None);
            }
            if y <= u32::MAX as i64 {
                x.checked_pow(y as u32)
            } else {
                None
            }
        }
        BinOp::MatMul => return Ok(None),
    };
    Ok(r.map(new_int))
}

fn int_op(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    let zero_div = || zero_division_error("integer division or modulo by zero");
    Ok(match op {
        BinOp::Add => new_bigint(a + b),
        BinOp::Sub => new_bigint(a - b),
        BinOp::Mul => new_bigint(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_div());
            }
            new_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            new_bigint(a.mod_floor(b))
        }
        BinOp::And => new_bigint(a & b),
        BinOp::Or => new_bigint(a | b),
        BinOp::Xor => new_bigint(a ^ b),
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            new_float(int_true_div(a, b)?)
        }
        BinOp::LShift => {
            let n = b.to_i64().unwrap_or(i64::MAX);
            if n < 0 {
                return Err(value_error("negative shift count"));
            }
            if n > 1 << 31 {
                return Err(overflow_error("too many digits in integer"));
            }
            new_bigint(a << n as usize)
        }
        BinOp::RShift => {
            let n = b.to_i64().unwrap_or(i64::MAX);
            if n < 0 {
                return Err(value_error("negative shift count"));
            }
            let n = n.min(1 << 40) as usize;
            // Arithmetic shift rounds towards negative infinity, like Python.
            new_bigint(if a.is_negative() { -((-a - 1u8) >> n) - 1u8 } else { a >> n })
        }
        BinOp::Pow => {
            if b.is_negative() {
                let fa = numfmt::int_to_float(a).ok_or_else(|| overflow_error("int too large to convert to float"))?;
                let fb = numfmt::int_to_float(b).ok_or_else(|| overflow_error("int too large to convert to float"))?;
                return float_op(BinOp::Pow, fa, fb);
            }
            let e = b.to_u32().ok_or_else(|| overflow_error("exponent too large"))?;
            new_bigint(num_traits::pow::pow(a.clone(), e as usize))
        }
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'")),
    })
}

fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (numfmt::int_to_float(a), numfmt::int_to_float(b)) {
        if x.abs() < 9007199254740992.0 && y.abs() < 9007199254740992.0 {
            return Ok(x / y);
        }
    }
    // Exact: scale so the quotient has 64+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = 64i64 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if shift > 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let q = &n / &d;
    let r = &n % &d;
    let mut qf =
        numfmt::int_to_float(&q).ok_or_else(|| overflow_error("integer division result too large for a float"))?;
    if !r.is_zero() && q.bits() <= 53 {
        qf += 0.0;
    }
    let v = qf * 2f64.powi(-(shift as i32));
    if v.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if neg { -v } else { v })
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    let zd = |m: &str| zero_division_error(m.to_string());
    Ok(new_float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zd("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => numfmt::float_floordiv(x, y).ok_or_else(|| zd("float floor division by zero"))?,
        BinOp::Mod => numfmt::float_mod(x, y).ok_or_else(|| zd("float modulo"))?,
        BinOp::Pow => match numfmt::float_pow(x, y) {
            Ok(v) => v,
            Err(e) if e == numfmt::POW_ZERO_NEGATIVE => return Err(zd(e)),
            Err(e) if e == numfmt::POW_COMPLEX => {
                return Ok(complex_pow((x, 0.0), (y, 0.0)));
            }
            Err(e) => return Err(overflow_error(e)),
        },
        _ => return Err(type_error(format!("unsupported operand type(s) for {}: 'float' and 'float'", op_symbol(op)))),
    }))
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> Value {
    // Small integral exponents multiply exactly, as CPython does.
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
        let mul = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
        let (mut acc, mut base, mut n) = ((1.0, 0.0), a, b.0.abs() as u32);
        while n > 0 {
            if n & 1 == 1 {
                acc = mul(acc, base);
            }
            base = mul(base, base);
            n >>= 1;
        }
        if b.0 < 0.0 {
            let d = acc.0 * acc.0 + acc.1 * acc.1;
            acc = (acc.0 / d, -acc.1 / d);
        }
        return complex::new_complex(acc.0, acc.1);
    }
    let vabs = a.0.hypot(a.1);
    if vabs == 0.0 {
        return complex::new_complex(0.0, 0.0);
    }
    // Polar form: |a|^re(b) rotated by arg(a)*re(b), adjusted for an imaginary exponent.
    let at = a.1.atan2(a.0);
    let mut len = vabs.powf(b.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    complex::new_complex(len * phase.cos(), len * phase.sin())
}

fn as_f64_operand(v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(Some(i as f64)),
        Some(IntRef::Big(b)) => {
            numfmt::int_to_float(b).map(Some).ok_or_else(|| overflow_error("int too large to convert to float"))
        }
        None => Ok(None),
    }
}

fn is_plain(v: &Value) -> bool {
    match v.header() {
        None => true,
        Some(h) => crate::objects::typeobj::as_type(type_of(v)).is_some_and(|t| t.builtin) || h.kind == kinds::TYPE,
    }
}

fn native_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_plain(a) || !is_plain(b) {
        return Ok(None);
    }
    let (ka, kb) = (a.kind().unwrap_or(kinds::INT), b.kind().unwrap_or(kinds::INT));
    let inty = |k: u8| k == kinds::INT || k == kinds::BOOL;
    if inty(ka) && inty(kb) {
        let (x, y) = (as_bigint(a).unwrap_or_default(), as_bigint(b).unwrap_or_default());
        if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) && ka == kinds::BOOL && kb == kinds::BOOL {
            let r = int_op(op, &x, &y)?;
            return Ok(Some(crate::objects::boolobj::py_bool(crate::objects::int::as_i64(&r) == Some(1))));
        }
        return int_op(op, &x, &y).map(Some);
    }
    if (ka == kinds::FLOAT && (kb == kinds::FLOAT || inty(kb))) || (kb == kinds::FLOAT && inty(ka)) {
        let (Some(x), Some(y)) = (as_f64_operand(a)?, as_f64_operand(b)?) else { return Ok(None) };
        if matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow
        ) {
            return float_op(op, x, y).map(Some);
        }
        return Ok(None);
    }
    if ka == kinds::COMPLEX || kb == kinds::COMPLEX {
        return complex_binary(op, a, b);
    }
    match (op, ka, kb) {
        (BinOp::Add, kinds::STR, kinds::STR) => {
            let (x, y) = (pystr::as_str(a).unwrap_or(""), pystr::as_str(b).unwrap_or(""));
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Some(pystr::new_str(s)))
        }
        (BinOp::Add, kinds::LIST, kinds::LIST) => {
            let mut v = list::as_list(a).expect("list").snapshot();
            v.extend(list::as_list(b).expect("list").snapshot());
            Ok(Some(list::new_list(v)))
        }
        (BinOp::Add, kinds::TUPLE, kinds::TUPLE) => {
            let mut v = tuple::as_tuple(a).unwrap_or(&[]).to_vec();
            v.extend(tuple::as_tuple(b).unwrap_or(&[]).iter().cloned());
            Ok(Some(tuple::new_tuple(v)))
        }
        (BinOp::Add, kinds::BYTES, kinds::BYTES) => {
            let mut v = bytes::as_bytes(a).unwrap_or(&[]).to_vec();
            v.extend_from_slice(bytes::as_bytes(b).unwrap_or(&[]));
            Ok(Some(bytes::new_bytes(v)))
        }
        (BinOp::Add, kinds::BYTES, kinds::BYTEARRAY) => {
            let mut v = bytes::as_bytes(a).unwrap_or(&[]).to_vec();
            v.extend(crate::objects::bytearray::buffer_data(b).unwrap_or_default());
            Ok(Some(bytes::new_bytes(v)))
        }
        (BinOp::Mul, _, _) if (inty(kb) && is_seq(ka)) || (inty(ka) && is_seq(kb)) => {
            let (seq, n) = if inty(kb) { (a, b) } else { (b, a) };
            let n = crate::objects::int::as_i64(n)
                .ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))?;
            repeat(seq, n.max(0) as usize).map(Some)
        }
        (BinOp::Mod, kinds::STR, _) => crate::vm::percent::str_percent(a, b).map(Some),
        (BinOp::Or | BinOp::And | BinOp::Xor | BinOp::Sub, kinds::SET, kinds::SET) => {
            crate::vm::setops::set_binary(op, a, b)
        }
        (BinOp::Or, kinds::DICT, kinds::DICT) => {
            let d = crate::objects::dict::new_dict();
            let dd = crate::objects::dict::as_dict(&d).expect("dict");
            for (k, v) in crate::objects::dict::as_dict(a).expect("dict").items() {
                dd.set(k, v)?;
            }
            for (k, v) in crate::objects::dict::as_dict(b).expect("dict").items() {
                dd.set(k, v)?;
            }
            Ok(Some(d))
        }
        _ => Ok(None),
    }
}

fn is_seq(k: u8) -> bool {
    matches!(k, kinds::STR | kinds::LIST | kinds::TUPLE | kinds::BYTES)
}

fn repeat(seq: &Value, n: usize) -> PyResult<Value> {
    match seq.kind() {
        Some(kinds::STR) => {
            let s = pystr::as_str(seq).unwrap_or("");
            if s.len().saturating_mul(n) > isize::MAX as usize / 2 {
                return Err(crate::objects::exception::memory_error(""));
            }
            Ok(pystr::new_str(s.repeat(n)))
        }
        Some(kinds::BYTES) => Ok(bytes::new_bytes(bytes::as_bytes(seq).unwrap_or(&[]).repeat(n))),
        Some(kinds::LIST) => {
            let snap = list::as_list(seq).expect("list").snapshot();
            let mut out = Vec::with_capacity(snap.len() * n);
            for _ in 0..n {
                out.extend(snap.iter().cloned());
            }
            Ok(list::new_list(out))
        }
        _ => {
            let items = tuple::as_tuple(seq).unwrap_or(&[]);
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            Ok(tuple::new_tuple(out))
        }
    }
}

fn complex_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let get = |v: &Value| -> PyResult<Option<(f64, f64)>> {
        if let Some(c) = complex::as_complex(v) {
            return Ok(Some(c));
        }
        Ok(as_f64_operand(v)?.map(|f| (f, 0.0)))
    };
    let (Some(x), Some(y)) = (get(a)?, get(b)?) else { return Ok(None) };
    let r = match op {
        BinOp::Add => (x.0 + y.0, x.1 + y.1),
        BinOp::Sub => (x.0 - y.0, x.1 - y.1),
        BinOp::Mul => (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0),
        BinOp::TrueDiv => {
            let d = y.0 * y.0 + y.1 * y.1;
            if d == 0.0 {
                return Err(zero_division_error("complex division by zero"));
            }
            ((x.0 * y.0 + x.1 * y.1) / d, (x.1 * y.0 - x.0 * y.1) / d)
        }
        BinOp::Pow => return Ok(Some(complex_pow(x, y))),
        _ => return Ok(None),
    };
    Ok(Some(complex::new_complex(r.0, r.1)))
}

fn dunder_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (name, rname, _) = dunder(op);
    let (ta, tb) = (type_of(a), type_of(b));
    let rfirst = !ta.is(tb) && is_subtype(tb, ta);
    let try_l = |x: &Value, y: &Value| -> PyResult<Option<Value>> {
        if let Some(f) = lookup(type_of(x), &intern(name)) {
            let r = call_method_value(&f, x, std::slice::from_ref(y))?;
            if !r.is(&rt().not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    };
    let try_r = |x: &Value, y: &Value| -> PyResult<Option<Value>> {
        if let Some(f) = lookup(type_of(y), &intern(rname)) {
            let r = call_method_value(&f, y, std::slice::from_ref(x))?;
            if !r.is(&rt().not_implemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    };
    if rfirst {
        if let Some(r) = try_r(a, b)? {
            return Ok(r);
        }
        if let Some(r) = try_l(a, b)? {
            return Ok(r);
        }
    } else {
        if let Some(r) = try_l(a, b)? {
            return Ok(r);
        }
        if !ta.is(tb) {
            if let Some(r) = try_r(a, b)? {
                return Ok(r);
            }
        }
    }
    if op == BinOp::Mod && a.kind() == Some(kinds::STR) {
        return crate::vm::percent::str_percent(a, b);
    }
    // Instances of subclasses of immutable builtins whose dunders were not overridden:
    // the builtin operation on their plain values (`Name("a") + "b"` is a plain str).
    let (pa, pb) = (subvalue::plain(a), subvalue::plain(b));
    let overridden = |x: &Value, n: &str| {
        lookup(type_of(x), &intern(n)).is_some_and(|f| crate::objects::function::as_native(&f).is_none())
    };
    if (!pa.is(a) || !pb.is(b)) && !overridden(a, name) && !overridden(b, rname) {
        if let Some(r) = native_binary(op, pa, pb)? {
            return Ok(r);
        }
        if op == BinOp::Mod && pa.kind() == Some(kinds::STR) {
            return crate::vm::percent::str_percent(pa, b);
        }
    }
    if let Some(msg) = sequence_op_error(op, a, b) {
        return Err(type_error(msg));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op_symbol(op),
        type_name(a),
        type_name(b)
    )))
}

/// CPython's messages when a builtin sequence's concat/repeat slot rejects the
/// other operand (after both dunders declined).
fn sequence_op_error(op: BinOp, a: &Value, b: &Value) -> Option<String> {
    let (ka, kb) = (a.kind().unwrap_or(kinds::INT), b.kind().unwrap_or(kinds::INT));
    match op {
        BinOp::Add if ka == kinds::BYTES => Some(format!("can't concat {} to bytes", type_name(b))),
        BinOp::Add if matches!(ka, kinds::STR | kinds::LIST | kinds::TUPLE) => {
            let t = match ka {
                kinds::STR => "str",
                kinds::LIST => "list",
                _ => "tuple",
            };
            Some(format!("can only concatenate {t} (not \"{}\") to {t}", type_name(b)))
        }
        BinOp::Mul if is_seq(ka) => Some(format!("can't multiply sequence by non-int of type '{}'", type_name(b))),
        BinOp::Mul if is_seq(kb) => Some(format!("can't multiply sequence by non-int of type '{}'", type_name(a))),
        _ => None,
    }
}

/// `-v`, `+v`, `~v`.
pub fn unary(op: &str, v: &Value) -> PyResult<Value> {
    if let Some(i) = v.as_small_int() {
        return Ok(match op {
            "-" => new_int(-i),
            "+" => new_int(i),
            _ => new_int(!i),
        });
    }
    let kind = v.kind();
    let plain = is_plain(v);
    if plain {
        match kind {
            Some(kinds::INT) | Some(kinds::BOOL) => {
                let b = as_bigint(v).unwrap_or_default();
                return Ok(match op {
                    "-" => new_bigint(-b),
                    "+" => new_bigint(b),
                    _ => new_bigint(-b - 1u8),
                });
            }
            Some(kinds::FLOAT) if op != "~" => {
                let f = as_float(v).unwrap_or(0.0);
                return Ok(new_float(if op == "-" { -f } else { f }));
            }
            Some(kinds::COMPLEX) if op != "~" => {
                let (re, im) = complex::as_complex(v).unwrap_or((0.0, 0.0));
                return Ok(if op == "-" { complex::new_complex(-re, -im) } else { complex::new_complex(re, im) });
            }
            _ => {}
        }
    }
    let name = match op {
        "-" => &rt().names.__neg__,
        "+" => &rt().names.__pos__,
        _ => &rt().names.__invert__,
    };
    if let Some(b) = subvalue::inherited(v, name) {
        // The builtin operator on the value; a result is a plain number.
        let builtin = match b.kind() {
            None | Some(kinds::INT) => true,
            Some(kinds::FLOAT) | Some(kinds::COMPLEX) => op != "~",
            _ => false,
        };
        if builtin {
            return unary(op, b);
        }
    }
    if let Some(f) = lookup(type_of(v), name) {
        return call_method_value(&f, v, &[]);
    }
    Err(type_error(format!("bad operand type for unary {}: '{}'", op, type_name(v))))
}

/// `pow(a, b, m)`.
pub fn pow_mod(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (Some(x), Some(y), Some(z)) = (as_bigint(a), as_bigint(b), as_bigint(m)) else {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if z.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    if y.is_negative() {
        // Modular inverse.
        let g = x.extended_gcd(&z);
        if g.gcd != BigInt::from(1) && g.gcd != BigInt::from(-1) {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        let inv = g.x.mod_floor(&z);
        let r = inv.modpow(&(-y), &z.abs());
        return Ok(new_bigint(r.mod_floor(&z)));
    }
    let r = x.modpow(&y, &z.abs());
    Ok(new_bigint(if z.is_negative() && !r.is_zero() { r + &z } else { r }))
}
