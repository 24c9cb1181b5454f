//! Rich comparison: `== != < <= > >=`, with native paths for numbers, strings,
//! sequences, and the `__eq__`/`__lt__`... protocol (reflected first for subclasses).

use crate::bytecode::CmpOp;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::type_error;
use crate::objects::float::as_float;
use crate::objects::int::{as_bigint, as_int, IntRef};
use crate::objects::typeobj::{is_subtype, lookup, type_name, type_of};
use crate::objects::{bytes, kinds, list, str as pystr, subvalue, tuple};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::call::call_method_value;
use std::cmp::Ordering;

/// Equality decided without running Python code, when possible: identical objects,
/// ints, floats, strings, bytes, and tuples of those. `None` means "ask `__eq__`".
pub fn eq_native(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let (ka, kb) = (a.kind().unwrap_or(kinds::INT), b.kind().unwrap_or(kinds::INT));
    let user = |v: &Value| crate::objects::typeobj::as_type(type_of(v)).is_some_and(|t| !t.builtin);
    if (a.header().is_some() && user(a)) || (b.header().is_some() && user(b)) {
        return None;
    }
    match (ka, kb) {
        (kinds::STR, kinds::STR) => Some(pystr::as_str(a) == pystr::as_str(b)),
        (kinds::STR, _) | (_, kinds::STR) => Some(false),
        (kinds::INT | kinds::BOOL | kinds::FLOAT, kinds::INT | kinds::BOOL | kinds::FLOAT) => {
            Some(num_cmp(a, b) == Some(Ordering::Equal))
        }
        (kinds::BYTES, kinds::BYTES) => Some(bytes::as_bytes(a) == bytes::as_bytes(b)),
        (kinds::TUPLE, kinds::TUPLE) => {
            let (x, y) = (tuple::as_tuple(a)?, tuple::as_tuple(b)?);
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !eq_native(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (kinds::NONE, _) | (_, kinds::NONE) => Some(false),
        (kinds::INT | kinds::BOOL | kinds::FLOAT, kinds::TUPLE | kinds::LIST | kinds::DICT | kinds::SET) => Some(false),
        (kinds::TUPLE | kinds::LIST | kinds::DICT | kinds::SET, kinds::INT | kinds::BOOL | kinds::FLOAT) => Some(false),
        _ => None,
    }
}

/// Compare two real numbers exactly (int vs float without rounding errors).
pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x.cmp(&y));
    }
    match (as_float(a), as_float(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => int_float_cmp(&as_int(b)?, x).map(|o| o.reverse()),
        (None, Some(y)) => int_float_cmp(&as_int(a)?, y),
        (None, None) => {
            let (x, y) = (as_bigint(a)?, as_bigint(b)?);
            Some(x.cmp(&y))
        }
    }
}

fn int_float_cmp(i: &IntRef<'_>, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    match i {
        IntRef::Small(x) if x.abs() < (1 << 53) => (*x as f64).partial_cmp(&f),
        _ => {
            let b = match i {
                IntRef::Small(x) => num_bigint::BigInt::from(*x),
                IntRef::Big(b) => (*b).clone(),
            };
            let fl = f.floor();
            let fi = num_bigint::BigInt::from(fl as i128);
            let fi = if fl.abs() < 1e38 { fi } else { float_to_bigint(fl) };
            match b.cmp(&fi) {
                Ordering::Equal if f > fl => Some(Ordering::Less),
                o => Some(o),
            }
        }
    }
}

fn float_to_bigint(f: f64) -> num_bigint::BigInt {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let m = num_bigint::BigInt::from(mant);
    let v = if exp >= 0 { m << exp as usize } else { m >> (-exp) as usize };
    if f < 0.0 {
        -v
    } else {
        v
    }
}

/// `a == b` as a Rust bool.
pub fn eq(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = eq_native(a, b) {
        return Ok(r);
    }
    let r = rich_compare(CmpOp::Eq, a, b)?;
    crate::vm::ops::truthy(&r)
}

fn op_name(op: CmpOp) -> (&'static Value, &'static Value) {
    let n = &rt().names;
    match op {
        CmpOp::Eq => (&n.__eq__, &n.__eq__),
        CmpOp::Ne => (&n.__ne__, &n.__ne__),
        CmpOp::Lt => (&n.__lt__, &n.__gt__),
        CmpOp::Le => (&n.__le__, &n.__ge__),
        CmpOp::Gt => (&n.__gt__, &n.__lt__),
        CmpOp::Ge => (&n.__ge__, &n.__le__),
        _ => (&n.__eq__, &n.__eq__),
    }
}

fn op_sym(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::Le => "<=",
        CmpOp::Gt => ">",
        CmpOp::Ge => ">=",
        CmpOp::Eq => "==",
        _ => "!=",
    }
}

fn ord_result(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            CmpOp::Eq => o == Ordering::Equal,
            _ => o != Ordering::Equal,
        },
    }
}

fn is_builtin_value(v: &Value) -> bool {
    v.header().is_none() || crate::objects::typeobj::as_type(type_of(v)).is_some_and(|t| t.builtin)
}

/// Native ordering of builtin values, `Ok(None)` when not natively comparable.
fn native_cmp(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if !is_builtin_value(a) || !is_builtin_value(b) {
        return Ok(None);
    }
    native_cmp_by_kind(op, a, b)
}

/// The builtin comparison of two values (instances of subclasses of immutable builtins
/// compare as their plain values); `Ok(None)` when the builtins do not compare them.
pub fn builtin_compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    native_cmp_by_kind(op, subvalue::plain(a), subvalue::plain(b))
}

/// Native comparison by payload kind, also for instances of subclasses of builtin
/// types that do not define the comparison themselves.
fn native_cmp_by_kind(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (ka, kb) = (a.kind().unwrap_or(kinds::INT), b.kind().unwrap_or(kinds::INT));
    let num = |k: u8| matches!(k, kinds::INT | kinds::BOOL | kinds::FLOAT);
    if num(ka) && num(kb) {
        return Ok(Some(ord_result(op, num_cmp(a, b))));
    }
    if ka == kinds::COMPLEX || kb == kinds::COMPLEX {
        return Ok(complex_eq(a, b).filter(|_| matches!(op, CmpOp::Eq | CmpOp::Ne)).map(|e| e == (op == CmpOp::Eq)));
    }
    match (ka, kb) {
        (kinds::STR, kinds::STR) => Ok(Some(ord_result(op, Some(pystr::as_str(a).cmp(&pystr::as_str(b)))))),
        (kinds::BYTES, kinds::BYTES) => Ok(Some(ord_result(op, Some(bytes::as_bytes(a).cmp(&bytes::as_bytes(b)))))),
        (kinds::BYTES | kinds::BYTEARRAY, kinds::BYTES | kinds::BYTEARRAY) => {
            let data = crate::objects::bytearray::buffer_data;
            Ok(Some(ord_result(op, Some(data(a).cmp(&data(b))))))
        }
        (kinds::TUPLE, kinds::TUPLE) => {
            let (x, y) = (tuple::as_tuple(a).unwrap_or(&[]).to_vec(), tuple::as_tuple(b).unwrap_or(&[]).to_vec());
            seq_cmp(op, &x, &y).map(Some)
        }
        (kinds::LIST, kinds::LIST) => {
            let (x, y) = (list::as_list(a).expect("list").snapshot(), list::as_list(b).expect("list").snapshot());
            seq_cmp(op, &x, &y).map(Some)
        }
        (kinds::SET, kinds::SET) => crate::vm::setops::set_compare(op, a, b),
        (kinds::SLICE, kinds::SLICE) => {
            let parts = |v: &Value| {
                let s = crate::objects::slice::as_slice(v).expect("slice");
                [s.start.clone(), s.stop.clone(), s.step.clone()]
            };
            seq_cmp(op, &parts(a), &parts(b)).map(Some)
        }
        (kinds::RANGE, kinds::RANGE) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let (x, y) = (
                crate::objects::range::as_range(a).expect("range"),
                crate::objects::range::as_range(b).expect("range"),
            );
            Ok(Some(crate::methods::range::range_eq(x, y) == (op == CmpOp::Eq)))
        }
        (kinds::ITER, _) | (_, kinds::ITER) => crate::methods::dict_views::view_compare(op, a, b),
        (kinds::COMPLEX, _) | (_, kinds::COMPLEX) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let part = |v: &Value, k: u8| match k {
                kinds::COMPLEX => crate::objects::complex::as_complex(v),
                k if num(k) => {
                    crate::objects::float::as_float(v).or_else(|| v.as_small_int().map(|i| i as f64)).map(|f| (f, 0.0))
                }
                _ => None,
            };
            match (part(a, ka), part(b, kb)) {
                (Some(x), Some(y)) => Ok(Some((x == y) == (op == CmpOp::Eq))),
                _ => Ok(None),
            }
        }
        (kinds::DICT, kinds::DICT) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let r = crate::vm::setops::dict_eq(a, b)?;
            Ok(Some(if op == CmpOp::Eq { r } else { !r }))
        }
        _ => Ok(None),
    }
}

/// Equality of a complex number with a complex or real number; `None` for other
/// operands.
fn complex_eq(a: &Value, b: &Value) -> Option<bool> {
    let as_complex = crate::objects::complex::as_complex;
    let (c, other) = if as_complex(a).is_some() { (a, b) } else { (b, a) };
    let (re, im) = as_complex(c)?;
    if let Some((re2, im2)) = as_complex(other) {
        return Some(re == re2 && im == im2);
    }
    if let Some(f) = as_float(other) {
        return Some(im == 0.0 && re == f);
    }
    Some(im == 0.0 && int_float_cmp(&as_int(other)?, re) == Some(Ordering::Equal))
}

/// Lexicographic comparison of two sequences.
fn seq_cmp(op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
        return Ok(op == CmpOp::Ne);
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !(p.is(q) || eq(p, q)?) {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::Ne {
                return Ok(true);
            }
            let r = rich_compare(op, p, q)?;
            return crate::vm::ops::truthy(&r);
        }
    }
    Ok(ord_result(op, Some(x.len().cmp(&y.len()))))
}

/// `a op b` for the six rich comparisons (returns the Python result object).
pub fn rich_compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = native_cmp(op, a, b)? {
        return Ok(py_bool(r));
    }
    let (name, rname) = op_name(op);
    let (ta, tb) = (type_of(a), type_of(b));
    let rfirst = !ta.is(tb) && is_subtype(tb, ta);
    // An instance of a subclass of an immutable builtin takes part: the comparison
    // slot of a builtin type found on either side runs in its turn, as in CPython.
    let subvalues = subvalue::base_of(a).is_some() || subvalue::base_of(b).is_some();
    let call_l = || -> PyResult<Option<Value>> {
        if let Some(f) = lookup(ta, name) {
            if !is_object_default(&f) {
                let r = call_method_value(&f, a, std::slice::from_ref(b))?;
                if !r.is(&rt().not_implemented) {
                    return Ok(Some(r));
                }
            } else if subvalues && !is_object_method(&f, name) {
                return Ok(builtin_compare(op, a, b)?.map(py_bool));
            }
        }
        Ok(None)
    };
    let call_r = || -> PyResult<Option<Value>> {
        if let Some(f) = lookup(tb, rname) {
            if !is_object_default(&f) {
                let r = call_method_value(&f, b, std::slice::from_ref(a))?;
                if !r.is(&rt().not_implemented) {
                    return Ok(Some(r));
                }
            } else if subvalues && !is_object_method(&f, rname) {
                return Ok(builtin_compare(swapped(op), b, a)?.map(py_bool));
            }
        }
        Ok(None)
    };
    if rfirst {
        if let Some(r) = call_r()? {
            return Ok(r);
        }
        if let Some(r) = call_l()? {
            return Ok(r);
        }
    } else {
        if let Some(r) = call_l()? {
            return Ok(r);
        }
        if let Some(r) = call_r()? {
            return Ok(r);
        }
    }
    // Subclasses of builtins that do not define the comparison compare their values.
    let (pa, pb) = (subvalue::plain(a), subvalue::plain(b));
    if let Some(r) = native_cmp_by_kind(op, pa, pb)? {
        return Ok(py_bool(r));
    }
    match op {
        CmpOp::Eq => Ok(py_bool(a.is(b))),
        CmpOp::Ne => {
            // Default __ne__ inverts __eq__.
            if let Some(f) = lookup(ta, &rt().names.__eq__) {
                if !is_object_default(&f) {
                    let r = call_method_value(&f, a, std::slice::from_ref(b))?;
                    if !r.is(&rt().not_implemented) {
                        return Ok(py_bool(!crate::vm::ops::truthy(&r)?));
                    }
                }
            }
            Ok(py_bool(!a.is(b)))
        }
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op_sym(op),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// Whether `f` is `object`'s own method `name`.
fn is_object_method(f: &Value, name: &Value) -> bool {
    crate::objects::dict::DictObj::get_str(&crate::objects::typeobj::tobj(&rt().types.object).dict, name)
        .is_some_and(|o| o.is(f))
}

/// The comparison with the operands exchanged (`a < b` is `b > a`).
fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// Whether `f` is one of object's (or a builtin type's) native comparison slots,
/// which the generic path already implements.
fn is_object_default(f: &Value) -> bool {
    crate::objects::function::as_native(f).is_some()
}

/// `a op b` as a bool, for sorting and `min`/`max`.
pub fn compare_bool(op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(ord_result(op, Some(x.cmp(&y))));
    }
    if let Some(r) = native_cmp(op, a, b)? {
        return Ok(r);
    }
    let r = rich_compare(op, a, b)?;
    crate::vm::ops::truthy(&r)
}
