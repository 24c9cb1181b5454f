//! Generic object operations: hashing, equality, truth, iteration, length,
//! containment and subscripting, with native fast paths for builtin kinds and the
//! dunder protocol for everything else.

use crate::objects::exception::{index_error, key_error, type_error};
use crate::objects::typeobj::{lookup, type_name, type_of};
use crate::objects::{boolobj, dict, float, int, kinds, list, range, set, str as pystr, tuple};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::call::{call, call_method_value};

pub use crate::vm::arith::{binary_add, binary_op};
pub use crate::vm::compare::{eq, eq_native, rich_compare};

/// `hash(v)`.
pub fn hash(v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_small_int() {
        return Ok(crate::numfmt::int_hash_i64(i));
    }
    let h = v.header_unchecked();
    match h.kind {
        kinds::STR => return Ok(pystr::as_strobj(v).map(|s| s.hash()).unwrap_or(0)),
        kinds::INT => {
            if let Some(b) = int::as_bigint(v) {
                return Ok(crate::numfmt::int_hash_bigint(&b));
            }
        }
        kinds::BOOL => return Ok(int::as_i64(v).unwrap_or(0)),
        kinds::BYTES => {
            return Ok(crate::methods::bytes::bytes_hash(crate::objects::bytes::as_bytes(v).unwrap_or(&[])))
        }
        kinds::FLOAT => return Ok(crate::numfmt::float_hash(float::as_float(v).unwrap_or(0.0))),
        kinds::COMPLEX => {
            // hash(re) + 1000003 * hash(im), wrapping like CPython's unsigned arithmetic.
            let (re, im) = crate::objects::complex::as_complex(v).unwrap_or((0.0, 0.0));
            let (hr, hi) = (crate::numfmt::float_hash(re) as u64, crate::numfmt::float_hash(im) as u64);
            let h = hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64;
            return Ok(if h == -1 { -2 } else { h });
        }
        kinds::TUPLE => {
            if type_of(v).is(&rt().types.tuple) {
                return hash_tuple(tuple::as_tuple(v).unwrap_or(&[]));
            }
        }
        kinds::NONE | kinds::TYPE | kinds::FUNCTION | kinds::NATIVE | kinds::CODE | kinds::MODULE | kinds::SIMPLE => {
            return Ok(identity_hash(v));
        }
        _ => {}
    }
    if let Some(b) = crate::objects::subvalue::inherited(v, &rt().names.__hash__) {
        return hash(b);
    }
    let ty = type_of(v);
    match lookup(ty, &rt().names.__hash__) {
        Some(f) if boolobj::is_none(&f) => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        Some(f) if crate::objects::function::as_native(&f).is_some() && !is_user_class(ty) => builtin_hash(v),
        Some(f) => {
            // As CPython: a result that fits a machine word is the hash itself;
            // a larger int is hashed.
            let r = call_method_value(&f, v, &[])?;
            let h = match (int::as_i64(&r), int::as_bigint(&r)) {
                (Some(h), _) => h,
                (None, Some(b)) => crate::numfmt::int_hash_bigint(&b),
                (None, None) => return Err(type_error("__hash__ method should return an integer")),
            };
            Ok(if h == -1 { -2 } else { h })
        }
        None => builtin_hash(v),
    }
}

fn is_user_class(ty: &Value) -> bool {
    crate::objects::typeobj::as_type(ty).is_some_and(|t| !t.builtin)
}

/// The hash builtin types give their instances (identity for most).
pub fn builtin_hash(v: &Value) -> PyResult<i64> {
    match v.kind() {
        Some(kinds::LIST) | Some(kinds::DICT) => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        Some(kinds::SET) if !set::is_frozenset(v) => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        Some(kinds::SET) => {
            // frozenset: CPython's algorithm over the element hashes.
            let s = set::as_set(v).expect("set");
            let entries = s.lock().entries();
            let mut h: u64 = 0;
            for (eh, _) in &entries {
                let x = *eh as u64;
                h ^= ((x ^ (x << 16)) ^ 89869747).wrapping_mul(3644798167);
            }
            h ^= (entries.len() as u64 + 1).wrapping_mul(1927868237);
            h ^= (h >> 11) ^ (h >> 25);
            h = h.wrapping_mul(69069).wrapping_add(907133923);
            let mut r = h as i64;
            if r == -1 {
                r = 590923713;
            }
            Ok(r)
        }
        Some(kinds::TUPLE) => hash_tuple(tuple::as_tuple(v).unwrap_or(&[])),
        Some(kinds::RANGE) => crate::methods::range::range_hash(range::as_range(v).expect("range")),
        Some(kinds::COMPLEX) => {
            // CPython: hash(real) + 1000003 * hash(imag), -1 mapped to -2.
            let (re, im) = crate::objects::complex::as_complex(v).unwrap_or((0.0, 0.0));
            let h = crate::numfmt::float_hash(re).wrapping_add(crate::numfmt::float_hash(im).wrapping_mul(1000003));
            Ok(if h == -1 { -2 } else { h })
        }
        _ => Ok(identity_hash(v)),
    }
}

/// CPython's default object hash: the address rotated by 4 bits.
pub fn identity_hash(v: &Value) -> i64 {
    let w = v.word() as u64;
    (w >> 4 | w << 60) as i64
}

/// CPython's tuple hash (xxHash-based).
pub fn hash_tuple(items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `bool(v)`.
pub fn truthy(v: &Value) -> PyResult<bool> {
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    let h = v.header_unchecked();
    match h.kind {
        kinds::BOOL => return Ok(v.is(&rt().true_)),
        kinds::NONE => return Ok(false),
        kinds::STR => return Ok(pystr::as_strobj(v).is_some_and(|s| s.len > 0)),
        kinds::INT => return Ok(int::as_bigint(v).is_some_and(|b| b != num_bigint::BigInt::from(0))),
        kinds::FLOAT => return Ok(float::as_float(v).is_some_and(|f| f != 0.0)),
        kinds::COMPLEX => return Ok(crate::objects::complex::as_complex(v).is_some_and(|c| c != (0.0, 0.0))),
        kinds::LIST if type_of(v).is(&rt().types.list) => return Ok(list::as_list(v).is_some_and(|l| !l.is_empty())),
        kinds::TUPLE if type_of(v).is(&rt().types.tuple) => {
            return Ok(tuple::as_tuple(v).is_some_and(|t| !t.is_empty()))
        }
        kinds::DICT if type_of(v).is(&rt().types.dict) => return Ok(dict::as_dict(v).is_some_and(|d| !d.is_empty())),
        kinds::FUNCTION | kinds::NATIVE | kinds::TYPE | kinds::MODULE | kinds::METHOD => return Ok(true),
        _ => {}
    }
    let ty = type_of(v);
    if let Some(f) = lookup(ty, &rt().names.__bool__) {
        let r = call_method_value(&f, v, &[])?;
        if r.kind() != Some(kinds::BOOL) {
            return Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&r))));
        }
        return Ok(r.is(&rt().true_));
    }
    if let Some(f) = lookup(ty, &rt().names.__len__) {
        let r = call_method_value(&f, v, &[])?;
        return Ok(len_result(&r)? != 0);
    }
    Ok(true)
}

fn len_result(r: &Value) -> PyResult<usize> {
    match int::as_i64(r) {
        Some(n) if n >= 0 => Ok(n as usize),
        Some(_) => Err(crate::objects::exception::value_error("__len__() should return >= 0")),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(r)))),
    }
}

/// `len(v)`.
pub fn len(v: &Value) -> PyResult<usize> {
    match v.kind() {
        Some(kinds::STR) => return Ok(pystr::as_strobj(v).map(|s| s.len).unwrap_or(0)),
        Some(kinds::LIST) => return Ok(list::as_list(v).map(|l| l.len()).unwrap_or(0)),
        Some(kinds::TUPLE) => return Ok(tuple::as_tuple(v).map(|t| t.len()).unwrap_or(0)),
        Some(kinds::DICT) => return Ok(dict::as_dict(v).map(|d| d.len()).unwrap_or(0)),
        Some(kinds::SET) => return Ok(set::as_set(v).map(|s| s.len()).unwrap_or(0)),
        Some(kinds::BYTES) => return Ok(crate::objects::bytes::as_bytes(v).map(|b| b.len()).unwrap_or(0)),
        Some(kinds::RANGE) => return range::as_range(v).map_or(Ok(0), crate::methods::range::range_len),
        _ => {}
    }
    if let Some(f) = lookup(type_of(v), &rt().names.__len__) {
        let r = call_method_value(&f, v, &[])?;
        return len_result(&r);
    }
    Err(type_error(format!("object of type '{}' has no len()", type_name(v))))
}

/// `iter(v)`.
pub fn iter(v: &Value) -> PyResult<Value> {
    crate::vm::iterate::get_iter(v)
}

/// `next(it)`, `None` when exhausted (StopIteration is absorbed).
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    crate::vm::iterate::next(it)
}

/// Collect an iterable into a vector.
pub fn collect(v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(kinds::LIST) if type_of(v).is(&rt().types.list) => {
            return Ok(list::as_list(v).map(|l| l.snapshot()).unwrap_or_default())
        }
        Some(kinds::TUPLE) if type_of(v).is(&rt().types.tuple) => {
            return Ok(tuple::as_tuple(v).map(|t| t.to_vec()).unwrap_or_default())
        }
        _ => {}
    }
    let it = iter(v)?;
    let mut out = Vec::new();
    while let Some(x) = next(&it)? {
        out.push(x);
    }
    Ok(out)
}

/// `x in container`.
pub fn contains(container: &Value, x: &Value) -> PyResult<bool> {
    match container.kind() {
        Some(kinds::DICT) => return Ok(dict::as_dict(container).expect("dict").get(x)?.is_some()),
        Some(kinds::SET) => return set::as_set(container).expect("set").contains(x),
        Some(kinds::STR) => {
            let hay = pystr::as_str(container).unwrap_or("");
            return match pystr::as_str(x) {
                Some(n) => Ok(hay.contains(n)),
                None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(x)))),
            };
        }
        Some(kinds::LIST) | Some(kinds::TUPLE) if !is_user_class(type_of(container)) => {
            let items = collect(container)?;
            for it in &items {
                if it.is(x) || eq(it, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Some(kinds::RANGE) => {
            let r = range::as_range(container).expect("range");
            if r.big.is_some() {
                return crate::methods::range::big_contains(r, x);
            }
            if let Some(i) = int::as_i64(x) {
                if x.kind().is_none() || matches!(x.kind(), Some(kinds::INT) | Some(kinds::BOOL)) {
                    let n = r.len();
                    if n == 0 {
                        return Ok(false);
                    }
                    let off = i - r.start;
                    return Ok(off % r.step == 0 && (0..n).contains(&(off / r.step)));
                }
            }
        }
        _ => {}
    }
    if let Some(f) = lookup(type_of(container), &rt().names.__contains__) {
        let r = call_method_value(&f, container, std::slice::from_ref(x))?;
        return truthy(&r);
    }
    let it = match iter(container) {
        Ok(it) => it,
        Err(_) => {
            return Err(type_error(format!("argument of type '{}' is not iterable", type_name(container))));
        }
    };
    while let Some(v) = next(&it)? {
        if v.is(x) || eq(&v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Normalise a sequence index (negative from the end); `None` if out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j >= 0 && j < len {
        Some(j as usize)
    } else {
        None
    }
}

/// An index value as i64 via `__index__` (ints and bools natively).
pub fn index_i64(v: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = int::as_i64(v) {
        return Ok(Some(i));
    }
    if int::is_int(v) {
        return Ok(None);
    }
    if let Some(f) = lookup(type_of(v), &rt().names.__index__) {
        let r = call_method_value(&f, v, &[])?;
        return Ok(int::as_i64(&r));
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// An index for slicing, clamped to i64 (huge ints saturate).
pub fn index_i64_clamped(v: &Value) -> Option<i64> {
    if let Some(i) = int::as_i64(v) {
        return Some(i);
    }
    if let Some(b) = int::as_bigint(v) {
        return Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
    }
    match index_i64(v) {
        Ok(Some(i)) => Some(i),
        _ => None,
    }
}

fn seq_index(container: &Value, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    match index_i64(key) {
        Ok(Some(i)) => norm_index(i, len).ok_or_else(|| index_error(format!("{what} index out of range"))),
        Ok(None) => Err(index_error(format!("cannot fit 'int' into an index-sized integer"))),
        Err(_) => Err(type_error(format!(
            "{} indices must be integers or slices, not {}",
            type_name(container),
            type_name(key)
        ))),
    }
}

/// `container[key]`.
pub fn getitem(container: &Value, key: &Value) -> PyResult<Value> {
    let kind = container.kind();
    let builtin = kind.is_some() && !is_user_class(type_of(container));
    if builtin {
        match kind {
            Some(kinds::LIST) => {
                let l = list::as_list(container).expect("list");
                if let Some(i) = key.as_small_int() {
                    // Lock-free: an index that a concurrent shrink put out of range
                    // reads as out of range.
                    return match norm_index(i, l.len()).and_then(|j| l.get(j)) {
                        Some(v) => Ok(v),
                        None => Err(index_error("list index out of range")),
                    };
                }
                if let Some(s) = crate::objects::slice::as_slice(key) {
                    return Ok(crate::vm::sequence::list_slice(l, s)?);
                }
                let j = seq_index(container, key, l.len(), "list")?;
                return l.get(j).ok_or_else(|| index_error("list index out of range"));
            }
            Some(kinds::TUPLE) => {
                let t = tuple::as_tuple(container).expect("tuple");
                if let Some(s) = crate::objects::slice::as_slice(key) {
                    return crate::vm::sequence::tuple_slice(t, s);
                }
                let j = seq_index(container, key, t.len(), "tuple")?;
                return Ok(t[j].clone());
            }
            Some(kinds::DICT) => {
                if key.kind() == Some(kinds::STR) {
                    // str keys compare natively: one locked probe, no Python code. A miss
                    // takes the general path (an equal key may be a str subclass instance).
                    if let Some(v) = dict::DictObj::get_str(container, key) {
                        return Ok(v);
                    }
                }
                let d = dict::as_dict(container).expect("dict");
                return match d.get(key)? {
                    Some(v) => Ok(v),
                    None => Err(key_error(key.clone())),
                };
            }
            Some(kinds::STR) => return crate::vm::sequence::str_getitem(container, key),
            Some(kinds::BYTES) => return crate::vm::sequence::bytes_getitem(container, key),
            Some(kinds::RANGE) => return crate::vm::sequence::range_getitem(container, key),
            _ => {}
        }
    }
    if let Some(d) = dict::as_dict(container) {
        // dict subclass: try the dict itself, then __missing__.
        if let Some(v) = d.get(key)? {
            if lookup(type_of(container), &rt().names.__getitem__)
                .is_none_or(|f| crate::objects::function::as_native(&f).is_some())
            {
                return Ok(v);
            }
        }
    }
    if let Some(b) = crate::objects::subvalue::inherited(container, &rt().names.__getitem__) {
        return getitem(b, key);
    }
    let ty = type_of(container);
    if let Some(f) = lookup(ty, &rt().names.__getitem__) {
        return call_method_value(&f, container, std::slice::from_ref(key));
    }
    if crate::objects::typeobj::as_type(container).is_some() {
        if let Some(f) = crate::vm::attr::getattr_opt(container, &rt().names.__class_getitem__)? {
            return call(&f, std::slice::from_ref(key));
        }
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            crate::objects::typeobj::tobj(container).name
        )));
    }
    Err(type_error(format!("'{}' object is not subscriptable", type_name(container))))
}

/// `container[key] = value`.
pub fn setitem(container: &Value, key: &Value, value: Value) -> PyResult<()> {
    let ty = type_of(container);
    if !is_user_class(ty) {
        match container.kind() {
            Some(kinds::LIST) => {
                let l = list::as_list(container).expect("list");
                if let Some(s) = crate::objects::slice::as_slice(key) {
                    return crate::vm::sequence::list_set_slice(l, s, &value);
                }
                let idx = index_i64(key).map_err(|_| {
                    type_error(format!("list indices must be integers or slices, not {}", type_name(key)))
                })?;
                let old = {
                    let mut g = l.lock();
                    match idx.and_then(|i| norm_index(i, g.len())) {
                        Some(j) => g.replace(j, value),
                        None => return Err(index_error("list assignment index out of range")),
                    }
                };
                drop(old);
                return Ok(());
            }
            Some(kinds::DICT) => return dict::as_dict(container).expect("dict").set(key.clone(), value),
            _ => {}
        }
    }
    if let Some(f) = lookup(ty, &rt().names.__setitem__) {
        call_method_value(&f, container, &[key.clone(), value])?;
        return Ok(());
    }
    Err(type_error(format!("'{}' object does not support item assignment", type_name(container))))
}

/// `del container[key]`.
pub fn delitem(container: &Value, key: &Value) -> PyResult<()> {
    let ty = type_of(container);
    if !is_user_class(ty) {
        match container.kind() {
            Some(kinds::LIST) => {
                let l = list::as_list(container).expect("list");
                if let Some(s) = crate::objects::slice::as_slice(key) {
                    return crate::vm::sequence::list_del_slice(l, s);
                }
                let idx = index_i64(key)?;
                let old = {
                    let mut g = l.lock();
                    match idx.and_then(|i| norm_index(i, g.len())) {
                        Some(j) => g.remove(j),
                        None => return Err(index_error("list assignment index out of range")),
                    }
                };
                drop(old);
                return Ok(());
            }
            Some(kinds::DICT) => {
                return match dict::as_dict(container).expect("dict").remove(key)? {
                    Some(_) => Ok(()),
                    None => Err(key_error(key.clone())),
                };
            }
            _ => {}
        }
    }
    if let Some(f) = lookup(ty, &rt().names.__delitem__) {
        call_method_value(&f, container, std::slice::from_ref(key))?;
        return Ok(());
    }
    Err(type_error(format!("'{}' object doesn't support item deletion", type_name(container))))
}
