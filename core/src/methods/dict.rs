//! Methods of `dict`.
//!
//! Single operations (`d[k] = v`, `setdefault`, `pop`, `popitem`) are one critical
//! section of the dict (see `objects/dict.rs`); key hashing and Python `__eq__` calls
//! happen outside it. The dunder methods serve subclasses (`__missing__` lives in
//! `__getitem__`); the VM handles exact dicts natively. Views are in `dict_views.rs`.

use super::args::method_args;
use super::{add_classmethod, add_method};
use crate::objects::boolobj::py_bool;
use crate::objects::dict::{as_dict, new_dict, DictObj};
use crate::objects::exception::{key_error, type_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{lookup, type_name, type_of};
use crate::objects::{PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::{call, mapping, ops};

fn this_dict<'a>(name: &str, v: &'a Value) -> PyResult<&'a DictObj> {
    as_dict(v).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

fn args<'a>(name: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a DictObj, &'a [Value])> {
    let (this, rest) = super::list::self_args("dict", name, a, min, max)?;
    Ok((this, this_dict(name, this)?, rest))
}

fn none() -> Value {
    rt().none.clone()
}

fn dict_get(a: Args<'_>) -> PyResult<Value> {
    let (_, d, rest) = args("get", &a, 1, 2)?;
    Ok(d.get(&rest[0])?.unwrap_or_else(|| rest.get(1).cloned().unwrap_or_else(none)))
}

fn dict_setdefault(a: Args<'_>) -> PyResult<Value> {
    let (_, d, rest) = args("setdefault", &a, 1, 2)?;
    let h = ops::hash(&rest[0])?;
    d.setdefault_hashed(rest[0].clone(), h, rest.get(1).cloned().unwrap_or_else(none))
}

fn dict_pop(a: Args<'_>) -> PyResult<Value> {
    let (_, d, rest) = args("pop", &a, 1, 2)?;
    match d.remove(&rest[0])? {
        Some(v) => Ok(v),
        None => rest.get(1).cloned().ok_or_else(|| key_error(rest[0].clone())),
    }
}

fn dict_popitem(a: Args<'_>) -> PyResult<Value> {
    let (_, d, _) = args("popitem", &a, 0, 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(key_error(new_str("popitem(): dictionary is empty"))),
    }
}

/// `d.update([other], **kwargs)`.
fn dict_update(a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    let this = pos.first().ok_or_else(|| type_error("unbound method dict.update() needs an argument"))?;
    let d = this_dict("update", this)?;
    if pos.len() > 2 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(src) = pos.get(1) {
        mapping::dict_update_from(this, src, None)?;
    }
    for (k, v) in a.kwargs() {
        d.set(intern(k), v.clone())?;
    }
    Ok(none())
}

/// A new exact dict with the entries of `d`, in order, reusing the stored hashes.
pub fn copy_of(d: &DictObj) -> PyResult<Value> {
    let entries = d.items_hashed();
    let out = new_dict();
    let o = as_dict(&out).expect("dict");
    for (h, k, v) in entries {
        o.set_hashed(k, h, v)?;
    }
    Ok(out)
}

fn dict_copy(a: Args<'_>) -> PyResult<Value> {
    let (_, d, _) = args("copy", &a, 0, 0)?;
    copy_of(d)
}

fn dict_clear(a: Args<'_>) -> PyResult<Value> {
    let (_, d, _) = args("clear", &a, 0, 0)?;
    d.clear_all();
    Ok(none())
}

/// `cls.fromkeys(iterable, value=None)`.
fn dict_fromkeys(a: Args<'_>) -> PyResult<Value> {
    let (cls, rest) = method_args("fromkeys", &a, 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or_else(none);
    let d = call::call(cls, &[])?;
    let exact = type_of(&d).is(&rt().types.dict);
    super::set_algebra::each_item(&rest[0], |k| match (exact, as_dict(&d)) {
        (true, Some(dd)) => dd.set(k, value.clone()),
        _ => ops::setitem(&d, &k, value.clone()),
    })?;
    Ok(d)
}

/// `d[key]` for subclasses: `__missing__` when the key is absent.
fn dict_getitem(a: Args<'_>) -> PyResult<Value> {
    let (this, d, rest) = args("__getitem__", &a, 1, 1)?;
    if let Some(v) = d.get(&rest[0])? {
        return Ok(v);
    }
    if !type_of(this).is(&rt().types.dict) {
        if let Some(m) = lookup(type_of(this), &rt().names.__missing__) {
            return call::call_method_value(&m, this, std::slice::from_ref(&rest[0]));
        }
    }
    Err(key_error(rest[0].clone()))
}

fn dict_setitem(a: Args<'_>) -> PyResult<Value> {
    let (_, d, rest) = args("__setitem__", &a, 2, 2)?;
    d.set(rest[0].clone(), rest[1].clone())?;
    Ok(none())
}

fn dict_delitem(a: Args<'_>) -> PyResult<Value> {
    let (_, d, rest) = args("__delitem__", &a, 1, 1)?;
    match d.remove(&rest[0])? {
        Some(_) => Ok(none()),
        None => Err(key_error(rest[0].clone())),
    }
}

fn dict_len(a: Args<'_>) -> PyResult<Value> {
    let (_, d, _) = args("__len__", &a, 0, 0)?;
    Ok(new_int(d.len() as i64))
}

fn dict_contains(a: Args<'_>) -> PyResult<Value> {
    let (_, d, rest) = args("__contains__", &a, 1, 1)?;
    Ok(py_bool(d.get(&rest[0])?.is_some()))
}

fn dict_iter(a: Args<'_>) -> PyResult<Value> {
    let (this, d, _) = args("__iter__", &a, 0, 0)?;
    Ok(super::dict_views::dict_iterator(this, d, 0))
}

fn dict_reversed(a: Args<'_>) -> PyResult<Value> {
    let (_, d, _) = args("__reversed__", &a, 0, 0)?;
    Ok(super::dict_views::reversed_of(d.keys()))
}

/// `repr` of a dict subclass instance (exact dicts are handled by the VM).
fn dict_repr(a: Args<'_>) -> PyResult<Value> {
    let (this, d, _) = args("__repr__", &a, 0, 0)?;
    let Some(_g) = crate::vm::repr::enter(this) else { return Ok(new_str("{...}")) };
    let mut parts = Vec::new();
    for (k, v) in d.items() {
        parts.push(format!("{}: {}", crate::vm::repr::repr(&k)?, crate::vm::repr::repr(&v)?));
    }
    Ok(new_str(format!("{{{}}}", parts.join(", "))))
}

/// `a | b`: NotImplemented unless both are dicts; a new dict otherwise.
fn or_dicts(left: &Value, right: &Value) -> PyResult<Value> {
    let (Some(l), Some(_)) = (as_dict(left), as_dict(right)) else { return Ok(rt().not_implemented.clone()) };
    let out = copy_of(l)?;
    mapping::dict_update_from(&out, right, None)?;
    Ok(out)
}

fn dict_or(a: Args<'_>) -> PyResult<Value> {
    let (this, _, rest) = args("__or__", &a, 1, 1)?;
    or_dicts(this, &rest[0])
}

fn dict_ror(a: Args<'_>) -> PyResult<Value> {
    let (this, _, rest) = args("__ror__", &a, 1, 1)?;
    or_dicts(&rest[0], this)
}

fn dict_ior(a: Args<'_>) -> PyResult<Value> {
    let (this, _, rest) = args("__ior__", &a, 1, 1)?;
    mapping::dict_update_from(this, &rest[0], None)?;
    Ok(this.clone())
}

pub fn install() {
    let t = &rt().types.dict;
    super::add_attr(t, "__hash__", rt().none.clone());
    add_method(t, "get", dict_get);
    add_method(t, "setdefault", dict_setdefault);
    add_method(t, "pop", dict_pop);
    add_method(t, "popitem", dict_popitem);
    add_method(t, "update", dict_update);
    add_method(t, "copy", dict_copy);
    add_method(t, "clear", dict_clear);
    add_classmethod(t, "fromkeys", dict_fromkeys);
    add_method(t, "__getitem__", dict_getitem);
    add_method(t, "__setitem__", dict_setitem);
    add_method(t, "__delitem__", dict_delitem);
    add_method(t, "__len__", dict_len);
    add_method(t, "__contains__", dict_contains);
    add_method(t, "__iter__", dict_iter);
    add_method(t, "__reversed__", dict_reversed);
    add_method(t, "__repr__", dict_repr);
    add_method(t, "__or__", dict_or);
    add_method(t, "__ror__", dict_ror);
    add_method(t, "__ior__", dict_ior);
    super::dict_views::install();
}
