//! Attribute access: `getattr`, `setattr`, `delattr`, descriptor binding, and the
//! method-load fast path used by `LoadMethod`.

use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::{attribute_error, type_error};
use crate::objects::function::{as_native, as_property, new_method, new_native_bound, ClassMethod, StaticMethod};
use crate::objects::typeobj::{as_type, bump_type_epoch, lookup, tobj, type_name, type_of};
use crate::objects::{kinds, PyErr, PyResult, Value};
use crate::runtime::rt;
use crate::vm::call::{call, call_method_value};
use weft_gc::downcast;

/// The instance dict of an object, if it has one.
pub fn instance_dict(obj: &Value) -> Option<&Value> {
    match obj.kind()? {
        kinds::INSTANCE => crate::objects::instance::as_instance(obj).map(|i| &i.dict),
        kinds::EXCEPTION => crate::objects::exception::as_exc(obj).map(|e| &e.dict),
        kinds::MODULE => crate::objects::module::as_module(obj).map(|m| &m.dict),
        kinds::DICT => as_dict(obj).and_then(|d| d.attrs.as_ref()),
        kinds::LIST => crate::objects::list::as_list(obj).and_then(|l| l.attrs.as_ref()),
        kinds::SET => crate::objects::set::as_set(obj).and_then(|s| s.attrs.as_ref()),
        kinds::SUBVALUE => crate::objects::subvalue::as_subvalue(obj).and_then(|s| s.attrs.as_ref()),
        _ => None,
    }
}

/// Whether a class attribute is a data descriptor (takes precedence over the
/// instance dict).
pub fn is_data_descriptor(attr: &Value) -> bool {
    match attr.kind() {
        Some(kinds::PROPERTY) => true,
        Some(kinds::INSTANCE) => {
            let t = type_of(attr);
            lookup(t, &rt().names.__set__).is_some() || lookup(t, &rt().names.__delete__).is_some()
        }
        _ => false,
    }
}

/// Bind a class attribute found on `owner` for access through `obj` (`__get__`).
pub fn bind(attr: &Value, obj: &Value, owner: &Value) -> PyResult<Value> {
    match attr.kind() {
        Some(kinds::FUNCTION) => Ok(new_method(attr.clone(), obj.clone())),
        Some(kinds::NATIVE) => {
            let nf = as_native(attr).expect("native");
            if nf.bound.is_some() || nf.is_static {
                Ok(attr.clone())
            } else if nf.is_classmethod {
                Ok(new_native_bound(nf.name, nf.f, owner.clone()))
            } else {
                Ok(new_native_bound(nf.name, nf.f, obj.clone()))
            }
        }
        Some(kinds::CLASSMETHOD) => Ok(new_method(downcast::<ClassMethod>(attr).expect("cm").0.clone(), owner.clone())),
        Some(kinds::STATICMETHOD) => Ok(downcast::<StaticMethod>(attr).expect("sm").0.clone()),
        Some(kinds::PROPERTY) => {
            let p = as_property(attr).expect("property");
            match &p.fget {
                Some(g) => call(g, std::slice::from_ref(obj)),
                None => Err(attribute_error("unreadable attribute")),
            }
        }
        Some(kinds::INSTANCE) => {
            if let Some(get) = lookup(type_of(attr), &rt().names.__get__) {
                return call_method_value(&get, attr, &[obj.clone(), owner.clone()]);
            }
            Ok(attr.clone())
        }
        _ => Ok(attr.clone()),
    }
}

fn no_attr(obj: &Value, name: &Value) -> PyErr {
    let n = crate::objects::str::as_str(name).unwrap_or("?");
    let msg = if let Some(m) = crate::objects::module::as_module(obj) {
        format!("module '{}' has no attribute '{}'", m.name, n)
    } else if let Some(t) = as_type(obj) {
        format!("type object '{}' has no attribute '{}'", t.name, n)
    } else {
        format!("'{}' object has no attribute '{}'", type_name(obj), n)
    };
    crate::objects::exception::attribute_error_on(obj, name, msg)
}

/// `getattr(obj, name)`; `name` should be an interned str.
pub fn getattr(obj: &Value, name: &Value) -> PyResult<Value> {
    match getattr_opt(obj, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(no_attr(obj, name)),
        Err(e) => Err(e),
    }
}

/// `getattr` that reports a missing attribute as `Ok(None)` (no exception object made
/// for the common miss; a user `__getattr__` that raises AttributeError also maps to
/// `None`).
pub fn getattr_opt(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let ty = type_of(obj);
    if obj.kind() == Some(kinds::TYPE) {
        return type_getattr(obj, name);
    }
    if obj.kind() == Some(kinds::SUPER) {
        return match crate::builtins::convert::super_getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if crate::objects::exception::exc_matches(&e.0, &rt().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        };
    }
    if let Some(v) = crate::vm::special_attrs::special_getattr(obj, name)? {
        return Ok(Some(v));
    }
    let user_getattribute = if tobj(ty).custom_getattribute {
        lookup(ty, &rt().names.__getattribute__).filter(|f| as_native(f).is_none())
    } else {
        None
    };
    if let Some(ga) = user_getattribute {
        return match call_method_value(&ga, obj, std::slice::from_ref(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if crate::objects::exception::exc_matches(&e.0, &rt().exc.attribute_error) => {
                getattr_hook(obj, name, e)
            }
            Err(e) => Err(e),
        };
    }
    let attr = lookup(ty, name);
    if let Some(a) = &attr {
        if is_data_descriptor(a) {
            return bind(a, obj, ty).map(Some);
        }
    }
    if let Some(d) = instance_dict(obj) {
        if let Some(v) = DictObj::get_str(d, name) {
            return Ok(Some(v));
        }
    }
    if let Some(a) = attr {
        return bind(&a, obj, ty).map(Some);
    }
    if lookup(ty, &rt().names.__getattr__).is_some() {
        return getattr_hook(obj, name, no_attr(obj, name));
    }
    Ok(None)
}

fn getattr_hook(obj: &Value, name: &Value, err: PyErr) -> PyResult<Option<Value>> {
    match lookup(type_of(obj), &rt().names.__getattr__) {
        Some(f) => match call_method_value(&f, obj, std::slice::from_ref(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if crate::objects::exception::exc_matches(&e.0, &rt().exc.attribute_error) => Err(e),
            Err(e) => Err(e),
        },
        None => Err(err),
    }
}

/// Attribute lookup on a class object.
fn type_getattr(cls: &Value, name: &Value) -> PyResult<Option<Value>> {
    let meta = type_of(cls);
    let meta_attr = lookup(meta, name);
    if let Some(a) = &meta_attr {
        if is_data_descriptor(a) {
            return bind(a, cls, meta).map(Some);
        }
    }
    if let Some(v) = crate::vm::special_attrs::type_special(cls, name)? {
        return Ok(Some(v));
    }
    if let Some(a) = lookup(cls, name) {
        return match a.kind() {
            Some(kinds::CLASSMETHOD) => {
                Ok(Some(new_method(downcast::<ClassMethod>(&a).expect("cm").0.clone(), cls.clone())))
            }
            Some(kinds::STATICMETHOD) => Ok(Some(downcast::<StaticMethod>(&a).expect("sm").0.clone())),
            Some(kinds::NATIVE) if as_native(&a).is_some_and(|n| n.is_classmethod) => {
                let n = as_native(&a).expect("native");
                Ok(Some(new_native_bound(n.name, n.f, cls.clone())))
            }
            Some(kinds::PROPERTY) | Some(kinds::FUNCTION) | Some(kinds::NATIVE) => Ok(Some(a)),
            Some(kinds::INSTANCE) => {
                if let Some(get) = lookup(type_of(&a), &rt().names.__get__) {
                    return call_method_value(&get, &a, &[rt().none.clone(), cls.clone()]).map(Some);
                }
                Ok(Some(a))
            }
            _ => Ok(Some(a)),
        };
    }
    if let Some(a) = meta_attr {
        return bind(&a, cls, meta).map(Some);
    }
    if lookup(meta, &rt().names.__getattr__).is_some() {
        return getattr_hook(cls, name, no_attr(cls, name));
    }
    Ok(None)
}

/// `setattr(obj, name, value)`.
pub fn setattr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if let Some(sa) = lookup(ty, &rt().names.__setattr__).filter(|f| as_native(f).is_none()) {
        call_method_value(&sa, obj, &[name.clone(), value])?;
        return Ok(());
    }
    generic_setattr(obj, name, value)
}

/// `object.__setattr__`.
pub fn generic_setattr(obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    let ty = type_of(obj);
    if obj.kind() == Some(kinds::TYPE) {
        let t = tobj(obj);
        if t.builtin {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                crate::objects::str::as_str(name).unwrap_or("?"),
                t.name
            )));
        }
        as_dict(&t.dict).expect("dict").set_str(name.clone(), value);
        bump_type_epoch();
        return Ok(());
    }
    if let Some(a) = lookup(ty, name) {
        if let Some(p) = as_property(&a) {
            return match &p.fset {
                Some(s) => call(s, &[obj.clone(), value]).map(|_| ()),
                None => Err(attribute_error(format!(
                    "property '{}' of '{}' object has no setter",
                    crate::objects::str::as_str(name).unwrap_or("?"),
                    type_name(obj)
                ))),
            };
        }
        if a.kind() == Some(kinds::INSTANCE) {
            if let Some(set) = lookup(type_of(&a), &rt().names.__set__) {
                call_method_value(&set, &a, &[obj.clone(), value])?;
                return Ok(());
            }
        }
    }
    if let Some(f) = crate::objects::function::as_function(obj) {
        return crate::vm::special_attrs::function_setattr(f, name, value);
    }
    if obj.kind() == Some(kinds::EXCEPTION) && crate::vm::special_attrs::exc_setattr(obj, name, &value)? {
        return Ok(());
    }
    // Plain `object()` instances have no `__dict__`.
    let slotted = ty.is(&rt().types.object)
        || tobj(ty)
            .slots
            .as_ref()
            .is_some_and(|s| !s.iter().any(|n| Some(n.as_str()) == crate::objects::str::as_str(name)));
    match instance_dict(obj).filter(|_| !slotted) {
        Some(d) => {
            as_dict(d).expect("dict").set_str(name.clone(), value);
            Ok(())
        }
        None => Err(attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            crate::objects::str::as_str(name).unwrap_or("?")
        ))),
    }
}

/// `delattr(obj, name)`.
pub fn delattr(obj: &Value, name: &Value) -> PyResult<()> {
    let ty = type_of(obj);
    if let Some(da) = lookup(ty, &rt().names.__delattr__).filter(|f| as_native(f).is_none()) {
        call_method_value(&da, obj, std::slice::from_ref(name))?;
        return Ok(());
    }
    generic_delattr(obj, name)
}

pub fn generic_delattr(obj: &Value, name: &Value) -> PyResult<()> {
    let ty = type_of(obj);
    if let Some(a) = lookup(ty, name) {
        if let Some(p) = as_property(&a) {
            return match &p.fdel {
                Some(d) => call(d, std::slice::from_ref(obj)).map(|_| ()),
                None => Err(attribute_error(format!(
                    "property '{}' of '{}' object has no deleter",
                    crate::objects::str::as_str(name).unwrap_or("?"),
                    type_name(obj)
                ))),
            };
        }
    }
    let d = if obj.kind() == Some(kinds::TYPE) {
        bump_type_epoch();
        Some(&tobj(obj).dict)
    } else {
        instance_dict(obj)
    };
    match d.map(|d| as_dict(d).expect("dict").remove(name)) {
        Some(Ok(Some(_))) => Ok(()),
        Some(Err(e)) => Err(e),
        _ => Err(no_attr(obj, name)),
    }
}

/// What `LoadMethod` pushes: `(Some(function), self)` for a plain method found on the
/// type (no bound-method object is made), or `(None, attribute)`.
pub fn load_method(obj: &Value, name: &Value) -> PyResult<(Option<Value>, Value)> {
    let kind = obj.kind();
    if kind != Some(kinds::TYPE) && kind != Some(kinds::MODULE) && kind != Some(kinds::SUPER) {
        let ty = type_of(obj);
        let plain_getattribute = !tobj(ty).custom_getattribute
            || lookup(ty, &rt().names.__getattribute__).is_none_or(|f| as_native(&f).is_some());
        if plain_getattribute {
            if let Some(a) = lookup(ty, name) {
                let is_method = match a.kind() {
                    Some(kinds::FUNCTION) => true,
                    Some(kinds::NATIVE) => {
                        as_native(&a).is_some_and(|n| n.bound.is_none() && !n.is_static && !n.is_classmethod)
                    }
                    _ => false,
                };
                if is_method {
                    let shadowed = match instance_dict(obj) {
                        Some(d) => DictObj::get_str(d, name),
                        None => None,
                    };
                    return Ok(match shadowed {
                        Some(v) => (None, v),
                        None => (Some(a), obj.clone()),
                    });
                }
            }
        }
    }
    Ok((None, getattr(obj, name)?))
}
