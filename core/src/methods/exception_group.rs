//! Methods of `BaseExceptionGroup` (and so of `ExceptionGroup`): the constructor's
//! checks, `derive`, `split` and `subgroup`. `message` and `exceptions` live in the
//! instance dict; the splitting itself is in `vm::exc_group`.

use super::{add_method, add_static};
use crate::objects::exception::{as_exc, new_exception, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::as_str;
use crate::objects::typeobj::{is_instance, is_subtype, lookup, tobj, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::exc_group::{self, Cond};

fn group_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let e = &rt().exc;
    let cls = p.first().ok_or_else(|| type_error("BaseExceptionGroup.__new__(): not enough arguments"))?;
    if cls.kind() != Some(kinds::TYPE) || !is_subtype(cls, &e.base_exception_group) {
        return Err(type_error("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup"));
    }
    if p.len() != 3 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            p.len() - 1
        )));
    }
    let (msg, seq) = (&p[1], &p[2]);
    if as_str(msg).is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            crate::objects::typeobj::type_name(msg)
        )));
    }
    let is_seq = seq.kind() != Some(kinds::DICT) && lookup(type_of(seq), &rt().names.__getitem__).is_some();
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = crate::vm::ops::collect(seq)?;
    if excs.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    for (i, x) in excs.iter().enumerate() {
        if as_exc(x).is_none() {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
    }
    let nests_base = excs.iter().any(|x| !is_instance(x, &e.exception));
    let cls = if cls.is(&e.base_exception_group) {
        if nests_base {
            cls
        } else {
            &e.exception_group
        }
    } else if cls.is(&e.exception_group) {
        if nests_base {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        cls
    } else {
        if nests_base && is_subtype(cls, &e.exception) {
            return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", tobj(cls).name)));
        }
        cls
    };
    let eg = new_exception(cls, p[1..].to_vec());
    exc_group::set_fields(&eg, msg.clone(), excs);
    Ok(eg)
}

/// `__init__` accepts what `__new__` accepted (subclasses may add arguments).
fn group_init(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if let (Some(e), true) = (as_exc(&p[0]), p.len() == 3) {
        e.set_args(crate::objects::tuple::new_tuple(p[1..].to_vec()));
    }
    Ok(rt().none.clone())
}

fn message_of(eg: &Value) -> Value {
    as_exc(eg)
        .and_then(|e| crate::objects::dict::DictObj::get_str(&e.dict, &crate::runtime::intern("message")))
        .unwrap_or_else(|| crate::objects::str::new_str(""))
}

fn group_derive(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("derive() takes exactly one argument"));
    }
    let f = crate::vm::attr::getattr(&rt().exc.base_exception_group, &crate::runtime::intern("__new__"))?;
    let eg = crate::vm::call::call(&f, &[rt().exc.base_exception_group.clone(), message_of(&p[0]), p[1].clone()])?;
    Ok(eg)
}

fn cond_arg(p: &[Value], name: &str) -> PyResult<Cond> {
    if p.len() != 2 || !exc_group::is_group(&p[0]) {
        return Err(type_error(format!("{name}() takes exactly one argument")));
    }
    Cond::from_arg(&p[1])
}

fn group_split(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cond = cond_arg(p, "split")?;
    let (m, r) = exc_group::split(&p[0], &cond, true)?;
    let none = rt().none.clone();
    Ok(crate::objects::tuple::new_tuple(vec![m.unwrap_or_else(|| none.clone()), r.unwrap_or(none)]))
}

fn group_subgroup(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cond = cond_arg(p, "subgroup")?;
    Ok(exc_group::split(&p[0], &cond, false)?.0.unwrap_or_else(|| rt().none.clone()))
}

pub fn install() {
    let b = &rt().exc.base_exception_group;
    add_static(b, "__new__", group_new);
    add_method(b, "__init__", group_init);
    add_method(b, "derive", group_derive);
    add_method(b, "split", group_split);
    add_method(b, "subgroup", group_subgroup);
}
