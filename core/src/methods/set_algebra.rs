//! The set algorithms of CPython's `setobject.c`, step for step.
//!
//! Sets print in hash-table order, and that order depends on which operand is copied,
//! which one is iterated and when the table is resized. Following CPython's choices
//! (`set_update_internal`, `set_intersection`, `set_difference`, ...) makes results
//! print as they do there. The operators (`vm/setops.rs`), the methods (`set.rs`) and
//! the dict views use these functions.

use crate::objects::dict::as_dict;
use crate::objects::exception::{exc_matches, key_error, type_error};
use crate::objects::set::{as_set, is_frozenset, new_set_of_type, SetObj};
use crate::objects::typeobj::{is_subtype, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops;

/// The payload of a set argument known to be a set.
pub fn set_of(v: &Value) -> &SetObj {
    as_set(v).expect("set")
}

/// `set` or `frozenset`: the type of results computed from `v`
/// (CPython's `make_new_set_basetype`).
pub fn base_type(v: &Value) -> Value {
    if is_subtype(type_of(v), &rt().types.frozenset) {
        rt().types.frozenset.clone()
    } else {
        rt().types.set.clone()
    }
}

/// A new set of `v`'s base type holding the items of `init`.
pub fn new_like(v: &Value, init: Option<&Value>) -> PyResult<Value> {
    let out = new_set_of_type(&base_type(v));
    if let Some(i) = init {
        update(set_of(&out), i)?;
    }
    Ok(out)
}

/// Call `f` on each item of an iterable (lists and tuples through a snapshot).
pub fn each_item(v: &Value, mut f: impl FnMut(Value) -> PyResult<()>) -> PyResult<()> {
    let exact = |t: &Value| type_of(v).is(t);
    if v.kind() == Some(kinds::LIST) && exact(&rt().types.list)
        || v.kind() == Some(kinds::TUPLE) && exact(&rt().types.tuple)
    {
        for x in ops::collect(v)? {
            f(x)?;
        }
        return Ok(());
    }
    let it = ops::iter(v)?;
    while let Some(x) = ops::next(&it)? {
        f(x)?;
    }
    Ok(())
}

/// (hash, key) entries of an exact dict, in order.
fn dict_entries(v: &Value) -> Option<Vec<(i64, Value)>> {
    if !type_of(v).is(&rt().types.dict) {
        return None;
    }
    Some(as_dict(v)?.items_hashed().into_iter().map(|(h, k, _)| (h, k)).collect())
}

/// `set_update_internal`: add every item of `other` to `so`.
pub fn update(so: &SetObj, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        let snap = o.lock().clone();
        so.merge_entries(&snap);
        return Ok(());
    }
    if let Some(entries) = dict_entries(other) {
        so.presize(entries.len());
        for (h, k) in entries {
            so.add_hashed(k, h)?;
        }
        return Ok(());
    }
    each_item(other, |x| so.add(x))
}

/// The hash of a key for lookups; an unhashable set is looked up as a frozenset,
/// as CPython does for `in`, `remove` and `discard`.
pub fn lookup_key(key: &Value) -> PyResult<(Value, i64)> {
    match ops::hash(key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if key.kind() == Some(kinds::SET) && !is_frozenset(key) && exc_matches(&e.0, &rt().exc.type_error) => {
            let f = new_set_of_type(&rt().types.frozenset);
            update(set_of(&f), key)?;
            let h = ops::hash(&f)?;
            Ok((f, h))
        }
        Err(e) => Err(e),
    }
}

/// `set_copy`: a new set of the base type with the same table layout.
pub fn copy(v: &Value) -> PyResult<Value> {
    new_like(v, Some(v))
}

/// `set_intersection(so, other)`.
pub fn intersection(so_v: &Value, other: &Value) -> PyResult<Value> {
    if so_v.is(other) {
        return copy(so_v);
    }
    let result = new_like(so_v, None)?;
    let out = set_of(&result);
    let so = set_of(so_v);
    if let Some(o) = as_set(other) {
        // Iterate the smaller set (`other` on a tie), test the larger.
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        let entries = small.lock().entries();
        for (h, k) in entries {
            if big.contains_hashed(&k, h)? {
                out.add_hashed(k, h)?;
            }
        }
        return Ok(result);
    }
    each_item(other, |k| {
        let h = ops::hash(&k)?;
        if so.contains_hashed(&k, h)? {
            out.add_hashed(k, h)?;
        }
        Ok(())
    })?;
    Ok(result)
}

/// `set_intersection_multi`.
pub fn intersection_multi(so_v: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy(so_v);
    }
    let mut result = so_v.clone();
    for o in others {
        result = intersection(&result, o)?;
    }
    Ok(result)
}

/// Replace the contents of `so` with those of set `from` (`set_swap_bodies`).
pub fn replace_with(so: &SetObj, from: &Value) {
    let t = set_of(from).lock().clone();
    let old = std::mem::replace(&mut *so.lock(), t);
    drop(old);
}

/// `set_difference_update_internal`: remove every item of `other` from `so`.
pub fn difference_update(so_v: &Value, other: &Value) -> PyResult<()> {
    let so = set_of(so_v);
    if so_v.is(other) {
        so.clear_all();
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let entries = if o.len() >> 3 > so.len() {
            // Much larger `other`: only its intersection with `so` matters.
            let mine = so.lock().entries();
            let mut common = Vec::new();
            for (h, k) in mine {
                if o.contains_hashed(&k, h)? {
                    common.push((h, k));
                }
            }
            common
        } else {
            o.lock().entries()
        };
        for (h, k) in entries {
            so.discard_hashed(&k, h)?;
        }
    } else if let Some(entries) = dict_entries(other) {
        for (h, k) in entries {
            so.discard_hashed(&k, h)?;
        }
    } else {
        each_item(other, |k| {
            let h = ops::hash(&k)?;
            so.discard_hashed(&k, h).map(|_| ())
        })?;
    }
    so.shrink_dummies();
    Ok(())
}

/// `set_difference(so, other)`.
pub fn difference(so_v: &Value, other: &Value) -> PyResult<Value> {
    let so = set_of(so_v);
    let other_size = match (as_set(other), dict_entries(other)) {
        (Some(o), _) => o.len(),
        (None, Some(e)) => e.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (so.len() >> 2) > other_size {
        let result = copy(so_v)?;
        difference_update(&result, other)?;
        return Ok(result);
    }
    let result = new_like(so_v, None)?;
    let out = set_of(&result);
    let entries = so.lock().entries();
    if let Some(o) = as_set(other) {
        for (h, k) in entries {
            if !o.contains_hashed(&k, h)? {
                out.add_hashed(k, h)?;
            }
        }
    } else {
        let d = as_dict(other).expect("dict");
        for (h, k) in entries {
            if d.get_hashed(&k, h)?.is_none() {
                out.add_hashed(k, h)?;
            }
        }
    }
    Ok(result)
}

/// `set_difference_multi`.
pub fn difference_multi(so_v: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else { return copy(so_v) };
    let result = difference(so_v, first)?;
    for o in rest {
        difference_update(&result, o)?;
    }
    Ok(result)
}

/// Toggle each (hash, key): remove it when present, add it otherwise.
fn toggle(so: &SetObj, entries: Vec<(i64, Value)>) -> PyResult<()> {
    for (h, k) in entries {
        if !so.discard_hashed(&k, h)? {
            so.add_hashed(k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference_update(so, other)`.
pub fn symmetric_difference_update(so_v: &Value, other: &Value) -> PyResult<()> {
    let so = set_of(so_v);
    if so_v.is(other) {
        so.clear_all();
        return Ok(());
    }
    if let Some(entries) = dict_entries(other) {
        return toggle(so, entries);
    }
    let entries = match as_set(other) {
        Some(o) => o.lock().entries(),
        None => {
            let tmp = new_like(so_v, Some(other))?;
            let e = set_of(&tmp).lock().entries();
            e
        }
    };
    toggle(so, entries)
}

/// `set_symmetric_difference(so, other)`: a copy of `other` toggled by `so`.
pub fn symmetric_difference(so_v: &Value, other: &Value) -> PyResult<Value> {
    let result = new_like(so_v, Some(other))?;
    symmetric_difference_update(&result, so_v)?;
    Ok(result)
}

/// `set_or`: a copy of `so` updated with `other`.
pub fn union(so_v: &Value, other: &Value) -> PyResult<Value> {
    let result = copy(so_v)?;
    if !so_v.is(other) {
        update(set_of(&result), other)?;
    }
    Ok(result)
}

/// `a <= b` for two sets.
pub fn is_subset(a: &Value, b: &Value) -> PyResult<bool> {
    let (sa, sb) = (set_of(a), set_of(b));
    if sa.len() > sb.len() {
        return Ok(false);
    }
    let entries = sa.lock().entries();
    for (h, k) in entries {
        if !sb.contains_hashed(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set.remove`: KeyError when absent.
pub fn remove(so: &SetObj, key: &Value) -> PyResult<()> {
    let (k, h) = lookup_key(key)?;
    if so.discard_hashed(&k, h)? {
        Ok(())
    } else {
        Err(key_error(key.clone()))
    }
}

/// The error of a set method called on something else.
pub fn not_a_set(name: &str, ty: &str, v: &Value) -> crate::objects::PyErr {
    type_error(format!(
        "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
        crate::objects::typeobj::type_name(v)
    ))
}
