//! Methods of `set` and `frozenset`.
//!
//! The algorithms (which operand is copied or iterated) live in `set_algebra.rs`; this
//! file checks arguments and registers the methods. Mutations lock the set per step and
//! never while Python code (`__hash__`, `__eq__`, iteration) runs.

use super::add_method;
use super::set_algebra::{self as alg, not_a_set, set_of};
use crate::objects::boolobj::py_bool;
use crate::objects::exception::key_error;
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::iter::new_iter;
use crate::objects::set::{as_set, SetObj};
use crate::objects::str::new_str;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

fn none() -> PyResult<Value> {
    Ok(rt().none.clone())
}

/// `self` (checked to be a set) and the other positional arguments.
fn self_and_args<'a>(name: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    let (this, rest) = super::list::self_args("set", name, a, min, max)?;
    if as_set(this).is_none() {
        return Err(not_a_set(name, "set", this));
    }
    Ok((this, rest))
}

fn this_set<'a>(name: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a SetObj, &'a [Value])> {
    let (this, rest) = self_and_args(name, a, min, max)?;
    Ok((set_of(this), rest))
}

fn set_add(a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this_set("add", &a, 1, 1)?;
    s.add(rest[0].clone())?;
    none()
}

fn set_discard(a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this_set("discard", &a, 1, 1)?;
    let (k, h) = alg::lookup_key(&rest[0])?;
    s.discard_hashed(&k, h)?;
    none()
}

fn set_remove(a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this_set("remove", &a, 1, 1)?;
    alg::remove(s, &rest[0])?;
    none()
}

fn set_pop(a: Args<'_>) -> PyResult<Value> {
    let (s, _) = this_set("pop", &a, 0, 0)?;
    s.pop().ok_or_else(|| key_error(new_str("pop from an empty set")))
}

fn set_clear(a: Args<'_>) -> PyResult<Value> {
    let (s, _) = this_set("clear", &a, 0, 0)?;
    s.clear_all();
    none()
}

fn set_copy(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_and_args("copy", &a, 0, 0)?;
    if crate::objects::typeobj::type_of(this).is(&rt().types.frozenset) {
        return Ok(this.clone());
    }
    alg::copy(this)
}

fn set_update(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("update", &a, 0, usize::MAX)?;
    for o in rest {
        alg::update(set_of(this), o)?;
    }
    none()
}

fn set_union(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("union", &a, 0, usize::MAX)?;
    let result = alg::copy(this)?;
    for o in rest {
        if !o.is(this) {
            alg::update(set_of(&result), o)?;
        }
    }
    Ok(result)
}

fn set_intersection(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("intersection", &a, 0, usize::MAX)?;
    alg::intersection_multi(this, rest)
}

fn set_intersection_update(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("intersection_update", &a, 0, usize::MAX)?;
    let tmp = alg::intersection_multi(this, rest)?;
    alg::replace_with(set_of(this), &tmp);
    none()
}

fn set_difference(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("difference", &a, 0, usize::MAX)?;
    alg::difference_multi(this, rest)
}

fn set_difference_update(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("difference_update", &a, 0, usize::MAX)?;
    for o in rest {
        alg::difference_update(this, o)?;
    }
    none()
}

fn set_symmetric_difference(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("symmetric_difference", &a, 1, 1)?;
    alg::symmetric_difference(this, &rest[0])
}

fn set_symmetric_difference_update(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("symmetric_difference_update", &a, 1, 1)?;
    alg::symmetric_difference_update(this, &rest[0])?;
    none()
}

/// `other` as a set: itself, or a new set of its items.
fn as_set_value(this: &Value, other: &Value) -> PyResult<Value> {
    if as_set(other).is_some() {
        Ok(other.clone())
    } else {
        alg::new_like(this, Some(other))
    }
}

fn set_issubset(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("issubset", &a, 1, 1)?;
    let other = as_set_value(this, &rest[0])?;
    Ok(py_bool(alg::is_subset(this, &other)?))
}

fn set_issuperset(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("issuperset", &a, 1, 1)?;
    if as_set(&rest[0]).is_some() {
        return Ok(py_bool(alg::is_subset(&rest[0], this)?));
    }
    let s = set_of(this);
    let mut all = true;
    alg::each_item(&rest[0], |k| {
        if all && !s.contains(&k)? {
            all = false;
        }
        Ok(())
    })?;
    Ok(py_bool(all))
}

fn set_isdisjoint(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_and_args("isdisjoint", &a, 1, 1)?;
    let (s, other) = (set_of(this), &rest[0]);
    if this.is(other) {
        return Ok(py_bool(s.is_empty()));
    }
    if let Some(o) = as_set(other) {
        let (big, small) = if o.len() > s.len() { (o, s) } else { (s, o) };
        let entries = small.lock().entries();
        for (h, k) in entries {
            if big.contains_hashed(&k, h)? {
                return Ok(py_bool(false));
            }
        }
        return Ok(py_bool(true));
    }
    let mut disjoint = true;
    alg::each_item(other, |k| {
        if disjoint && s.contains(&k)? {
            disjoint = false;
        }
        Ok(())
    })?;
    Ok(py_bool(disjoint))
}

fn set_len(a: Args<'_>) -> PyResult<Value> {
    let (s, _) = this_set("__len__", &a, 0, 0)?;
    Ok(new_int(s.len() as i64))
}

fn set_contains(a: Args<'_>) -> PyResult<Value> {
    let (s, rest) = this_set("__contains__", &a, 1, 1)?;
    let (k, h) = alg::lookup_key(&rest[0])?;
    Ok(py_bool(s.contains_hashed(&k, h)?))
}

fn set_iter(a: Args<'_>) -> PyResult<Value> {
    this_set("__iter__", &a, 0, 0)?;
    Ok(new_iter(&rt().types.set_iterator, crate::objects::iter::set_iter_state(&a.pos()[0])))
}

/// `repr` of a set subclass instance: `Name({...})` (exact sets are handled by the VM).
fn set_repr(a: Args<'_>) -> PyResult<Value> {
    let (s, _) = this_set("__repr__", &a, 0, 0)?;
    let this = &a.pos()[0];
    let name = crate::objects::typeobj::tobj(crate::objects::typeobj::type_of(this)).name.clone();
    let keys = s.keys();
    if keys.is_empty() {
        return Ok(new_str(format!("{name}()")));
    }
    let Some(_g) = crate::vm::repr::enter(this) else { return Ok(new_str(format!("{name}(...)"))) };
    Ok(new_str(format!("{name}({{{}}})", crate::vm::repr::join_reprs(&keys)?)))
}

type BinFn = fn(&Value, &Value) -> PyResult<Value>;

/// A binary operator: NotImplemented unless both operands are sets.
fn binop(a: &Args<'_>, name: &str, reflected: bool, f: BinFn) -> PyResult<Value> {
    let (this, rest) = self_and_args(name, a, 1, 1)?;
    let other = &rest[0];
    if as_set(other).is_none() {
        return Ok(rt().not_implemented.clone());
    }
    if reflected {
        f(other, this)
    } else {
        f(this, other)
    }
}

fn set_or(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__or__", false, alg::union)
}
fn set_ror(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__ror__", true, alg::union)
}
fn set_and(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__and__", false, alg::intersection)
}
fn set_rand(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__rand__", true, alg::intersection)
}
fn set_sub(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__sub__", false, alg::difference)
}
fn set_rsub(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__rsub__", true, alg::difference)
}
fn set_xor(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__xor__", false, alg::symmetric_difference)
}
fn set_rxor(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__rxor__", true, alg::symmetric_difference)
}

/// An in-place operator: mutates `self` and returns it.
fn inplace(a: &Args<'_>, name: &str, f: fn(&Value, &Value) -> PyResult<()>) -> PyResult<Value> {
    let (this, rest) = self_and_args(name, a, 1, 1)?;
    if as_set(&rest[0]).is_none() {
        return Ok(rt().not_implemented.clone());
    }
    f(this, &rest[0])?;
    Ok(this.clone())
}

fn set_ior(a: Args<'_>) -> PyResult<Value> {
    inplace(&a, "__ior__", |s, o| alg::update(set_of(s), o))
}
fn set_iand(a: Args<'_>) -> PyResult<Value> {
    inplace(&a, "__iand__", |s, o| {
        let tmp = alg::intersection(s, o)?;
        alg::replace_with(set_of(s), &tmp);
        Ok(())
    })
}
fn set_isub(a: Args<'_>) -> PyResult<Value> {
    inplace(&a, "__isub__", alg::difference_update)
}
fn set_ixor(a: Args<'_>) -> PyResult<Value> {
    inplace(&a, "__ixor__", alg::symmetric_difference_update)
}

/// `frozenset.__hash__` (found by name for instances of subclasses).
fn frozenset_hash(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = super::args::method_args("__hash__", &a, 0, 0)?;
    if !crate::objects::set::is_frozenset(this) {
        return Err(crate::objects::exception::type_error(format!(
            "descriptor '__hash__' requires a 'frozenset' object but received a '{}'",
            crate::objects::typeobj::type_name(this)
        )));
    }
    Ok(crate::objects::int::new_int(crate::vm::ops::builtin_hash(this)?))
}

pub fn install() {
    let t = &rt().types;
    for ty in [&t.set, &t.frozenset] {
        add_method(ty, "copy", set_copy);
        add_method(ty, "union", set_union);
        add_method(ty, "intersection", set_intersection);
        add_method(ty, "difference", set_difference);
        add_method(ty, "symmetric_difference", set_symmetric_difference);
        add_method(ty, "issubset", set_issubset);
        add_method(ty, "issuperset", set_issuperset);
        add_method(ty, "isdisjoint", set_isdisjoint);
        add_method(ty, "__len__", set_len);
        add_method(ty, "__contains__", set_contains);
        add_method(ty, "__iter__", set_iter);
        add_method(ty, "__repr__", set_repr);
        add_method(ty, "__or__", set_or);
        add_method(ty, "__ror__", set_ror);
        add_method(ty, "__and__", set_and);
        add_method(ty, "__rand__", set_rand);
        add_method(ty, "__sub__", set_sub);
        add_method(ty, "__rsub__", set_rsub);
        add_method(ty, "__xor__", set_xor);
        add_method(ty, "__rxor__", set_rxor);
    }
    add_method(&t.frozenset, "__hash__", frozenset_hash);
    let s = &t.set;
    super::add_attr(s, "__hash__", rt().none.clone());
    add_method(s, "add", set_add);
    add_method(s, "discard", set_discard);
    add_method(s, "remove", set_remove);
    add_method(s, "pop", set_pop);
    add_method(s, "clear", set_clear);
    add_method(s, "update", set_update);
    add_method(s, "intersection_update", set_intersection_update);
    add_method(s, "difference_update", set_difference_update);
    add_method(s, "symmetric_difference_update", set_symmetric_difference_update);
    add_method(s, "__ior__", set_ior);
    add_method(s, "__iand__", set_iand);
    add_method(s, "__isub__", set_isub);
    add_method(s, "__ixor__", set_ixor);
}
