//! `X | Y` on classes (PEP 604): a `types.UnionType` holding its members in
//! `__args__`, usable in annotations and with `isinstance`/`issubclass`.

use super::add_method;
use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_of;
use crate::objects::{boolobj, kinds, PyResult, Value};
use crate::runtime::{intern, rt};
use std::sync::OnceLock;

/// The `types.UnionType` class.
pub fn union_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let t = crate::runtime::new_builtin_type("UnionType", &rt().types.object, kinds::INSTANCE, false);
        add_method(&t, "__or__", union_or);
        add_method(&t, "__ror__", union_ror);
        add_method(&t, "__repr__", union_repr);
        add_method(&t, "__eq__", union_eq);
        add_method(&t, "__hash__", union_hash);
        t
    })
}

/// The members of a union value, if `v` is one.
pub fn union_args(v: &Value) -> Option<Value> {
    if !type_of(v).is(union_type()) {
        return None;
    }
    DictObj::get_str(crate::vm::attr::instance_dict(v)?, &intern("__args__"))
}

fn members(v: &Value) -> Option<Vec<Value>> {
    if boolobj::is_none(v) {
        return Some(vec![rt().types.none.clone()]);
    }
    if let Some(a) = union_args(v) {
        return Some(as_tuple(&a).unwrap_or(&[]).to_vec());
    }
    if v.kind() == Some(kinds::TYPE) {
        return Some(vec![v.clone()]);
    }
    None
}

fn make_union(a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(x), Some(y)) = (members(a), members(b)) else { return Ok(rt().not_implemented.clone()) };
    let mut out: Vec<Value> = Vec::new();
    for m in x.into_iter().chain(y) {
        if !out.iter().any(|o| o.is(&m)) {
            out.push(m);
        }
    }
    let u = crate::objects::instance::new_instance(union_type());
    if let Some(d) = crate::vm::attr::instance_dict(&u).and_then(as_dict) {
        d.set_str(intern("__args__"), new_tuple(out));
    }
    Ok(u)
}

fn type_or(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("__or__ expects 1 argument"));
    }
    make_union(&p[0], &p[1])
}

fn type_ror(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("__ror__ expects 1 argument"));
    }
    make_union(&p[1], &p[0])
}

fn union_or(a: Args<'_>) -> PyResult<Value> {
    type_or(a)
}

fn union_ror(a: Args<'_>) -> PyResult<Value> {
    type_ror(a)
}

fn union_repr(a: Args<'_>) -> PyResult<Value> {
    let args = union_args(&a.pos()[0]).ok_or_else(|| type_error("not a union"))?;
    let mut parts = Vec::new();
    for m in as_tuple(&args).unwrap_or(&[]) {
        if m.is(&rt().types.none) {
            parts.push("None".to_string());
        } else if let Some(t) = crate::objects::typeobj::as_type(m) {
            parts.push(if t.builtin || t.module == "builtins" {
                t.qualname.clone()
            } else {
                format!("{}.{}", t.module, t.qualname)
            });
        } else {
            parts.push(crate::vm::repr::repr(m)?);
        }
    }
    Ok(new_str(parts.join(" | ")))
}

fn union_eq(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    match (union_args(&p[0]), p.get(1).and_then(union_args)) {
        (Some(x), Some(y)) => {
            let (x, y) = (as_tuple(&x).unwrap_or(&[]), as_tuple(&y).unwrap_or(&[]));
            Ok(boolobj::py_bool(x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(m)))))
        }
        _ => Ok(rt().not_implemented.clone()),
    }
}

fn union_hash(a: Args<'_>) -> PyResult<Value> {
    let args = union_args(&a.pos()[0]).ok_or_else(|| type_error("not a union"))?;
    let mut h: i64 = 0;
    for m in as_tuple(&args).unwrap_or(&[]) {
        h ^= crate::vm::ops::identity_hash(m);
    }
    Ok(crate::objects::int::new_int(h))
}

pub fn install() {
    let t = &rt().types.type_;
    add_method(t, "__or__", type_or);
    add_method(t, "__ror__", type_ror);
    union_type();
}
