//! Methods of `object` and `type`.

use super::{add_method, add_static};
use crate::objects::boolobj::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::typeobj::{tobj, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::{attr, ops, repr, typecall};

fn object_new(a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    let cls = pos.first().ok_or_else(|| type_error("object.__new__(): not enough arguments"))?;
    if cls.kind() != Some(kinds::TYPE) {
        return Err(type_error("object.__new__(X): X is not a type object"));
    }
    typecall::alloc_instance(cls, &pos[1..])
}

fn object_init(_a: Args<'_>) -> PyResult<Value> {
    Ok(rt().none.clone())
}

fn object_repr(a: Args<'_>) -> PyResult<Value> {
    Ok(new_str(repr::default_repr(&a.pos()[0])))
}

fn object_str(a: Args<'_>) -> PyResult<Value> {
    Ok(new_str(repr::repr(&a.pos()[0])?))
}

fn object_eq(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    Ok(if p[0].is(&p[1]) { py_bool(true) } else { rt().not_implemented.clone() })
}

fn object_ne(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    let r = crate::vm::compare::rich_compare(crate::bytecode::CmpOp::Eq, &p[0], &p[1])?;
    if r.is(&rt().not_implemented) {
        return Ok(r);
    }
    Ok(py_bool(!ops::truthy(&r)?))
}

fn object_hash(a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(ops::identity_hash(&a.pos()[0])))
}

fn object_getattribute(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    let name = crate::runtime::intern_value(&p[1]);
    generic_getattr(&p[0], &name)
}

/// `object.__getattribute__`: the default lookup, ignoring overrides on the type.
fn generic_getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    let ty = type_of(obj);
    if let Some(v) = crate::vm::special_attrs::special_getattr(obj, name)? {
        return Ok(v);
    }
    let a = crate::objects::typeobj::lookup(ty, name);
    if let Some(d) = attr::instance_dict(obj) {
        if a.as_ref().is_none_or(|x| x.kind() != Some(kinds::PROPERTY)) {
            if let Some(v) = crate::objects::dict::DictObj::get_str(d, name) {
                return Ok(v);
            }
        }
    }
    match a {
        Some(a) => attr::bind(&a, obj, ty),
        None => Err(crate::objects::exception::attribute_error_on(
            obj,
            name,
            format!(
                "'{}' object has no attribute '{}'",
                tobj(ty).name,
                crate::objects::str::as_str(name).unwrap_or("?")
            ),
        )),
    }
}

fn object_setattr(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 3 {
        return Err(type_error("expected 2 arguments"));
    }
    attr::generic_setattr(&p[0], &crate::runtime::intern_value(&p[1]), p[2].clone())?;
    Ok(rt().none.clone())
}

fn object_delattr(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    attr::generic_delattr(&p[0], &crate::runtime::intern_value(&p[1]))?;
    Ok(rt().none.clone())
}

fn object_init_subclass(_a: Args<'_>) -> PyResult<Value> {
    Ok(rt().none.clone())
}

fn object_format(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let spec = p.get(1).and_then(crate::objects::str::as_str).unwrap_or("");
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            tobj(type_of(&p[0])).name
        )));
    }
    repr::str_value(&p[0])
}

fn object_dir(a: Args<'_>) -> PyResult<Value> {
    crate::builtins::introspect::dir_of(&a.pos()[0])
}

fn object_reduce_ex(_a: Args<'_>) -> PyResult<Value> {
    Err(type_error("cannot pickle this object"))
}

fn object_sizeof(a: Args<'_>) -> PyResult<Value> {
    let _ = a;
    Ok(crate::objects::int::new_int(32))
}

fn type_mro(a: Args<'_>) -> PyResult<Value> {
    let t = a.pos().first().ok_or_else(|| type_error("mro() needs a type"))?;
    Ok(crate::objects::list::new_list(tobj(t).mro().to_vec()))
}

fn type_subclasses(a: Args<'_>) -> PyResult<Value> {
    let t = a.pos().first().ok_or_else(|| type_error("__subclasses__() needs a type"))?;
    let words = tobj(t).subclasses.lock().clone();
    #[allow(unsafe_code)]
    // SAFETY: only classes are recorded, and classes are deferred: never freed.
    let subs = words.into_iter().map(|w| unsafe { Value::from_borrowed_ptr(w as *const weft_gc::Header) }).collect();
    Ok(crate::objects::list::new_list(subs))
}

fn type_repr(a: Args<'_>) -> PyResult<Value> {
    Ok(new_str(repr::default_repr(&a.pos()[0])))
}

fn type_instancecheck(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    Ok(py_bool(crate::objects::typeobj::is_instance(&p[1], &p[0])))
}

fn type_subclasscheck(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    Ok(py_bool(crate::objects::typeobj::is_subtype(&p[1], &p[0])))
}

fn type_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() == 2 {
        return Ok(type_of(&p[1]).clone());
    }
    if p.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let (names, vals): (Vec<Value>, Vec<Value>) =
        a.kwargs().map(|(k, v)| (crate::runtime::intern(k), v.clone())).unzip();
    typecall::type_new(&p[0], &p[1], &p[2], &p[3], &names, &vals)
}

fn type_call(a: Args<'_>) -> PyResult<Value> {
    let all = a.all;
    let cls = all.first().ok_or_else(|| type_error("type.__call__ needs a type"))?;
    typecall::type_call_default(cls, &all[1..], a.kwnames)
}

pub fn install() {
    let t = &rt().types;
    let o = &t.object;
    add_static(o, "__new__", object_new);
    add_method(o, "__init__", object_init);
    add_method(o, "__repr__", object_repr);
    add_method(o, "__str__", object_str);
    add_method(o, "__eq__", object_eq);
    add_method(o, "__ne__", object_ne);
    add_method(o, "__hash__", object_hash);
    add_method(o, "__getattribute__", object_getattribute);
    add_method(o, "__setattr__", object_setattr);
    add_method(o, "__delattr__", object_delattr);
    super::add_classmethod(o, "__init_subclass__", object_init_subclass);
    add_method(o, "__format__", object_format);
    add_method(o, "__dir__", object_dir);
    add_method(o, "__reduce_ex__", object_reduce_ex);
    add_method(o, "__sizeof__", object_sizeof);
    let ty = &t.type_;
    add_method(ty, "mro", type_mro);
    add_method(ty, "__subclasses__", type_subclasses);
    add_method(ty, "__repr__", type_repr);
    add_method(ty, "__instancecheck__", type_instancecheck);
    add_method(ty, "__subclasscheck__", type_subclasscheck);
    add_static(ty, "__new__", type_new);
    add_method(ty, "__call__", type_call);
}
