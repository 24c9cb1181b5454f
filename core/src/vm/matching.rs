//! Runtime side of `match` statements: the structural tests behind sequence,
//! mapping and class patterns (CPython's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
//! MATCH_CLASS and COPY_DICT_WITHOUT_KEYS). The compiler (`compiler/matching.rs`)
//! does the rest with ordinary jumps, comparisons and unpacking.

use crate::objects::dict::{as_dict, new_dict};
use crate::objects::exception::{type_error, value_error};
use crate::objects::str::as_str;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{is_subtype, lookup_str, tobj, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;

/// Whether a sequence pattern may match `v`: lists, tuples, ranges and their
/// subclasses, never `str`, `bytes` or `bytearray`.
pub fn is_sequence(v: &Value) -> bool {
    let v = crate::objects::subvalue::plain(v);
    matches!(v.kind(), Some(kinds::LIST) | Some(kinds::TUPLE) | Some(kinds::RANGE))
}

/// Whether a mapping pattern may match `v`: dicts and their subclasses.
pub fn is_mapping(v: &Value) -> bool {
    v.kind() == Some(kinds::DICT)
}

/// The values of `keys` (a tuple) in the mapping `subject`, as a tuple, or `None`
/// when one of them is missing. Like CPython it looks keys up with `get`, so a
/// subclass's `__missing__` is not consulted.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).expect("match keys tuple").to_vec();
    let d = as_dict(subject).expect("mapping subject");
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for k in keys {
        for s in &seen {
            if crate::vm::compare::eq(s, &k)? {
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    crate::vm::repr::repr(&k)?
                )));
            }
        }
        match d.get(&k)? {
            Some(v) => values.push(v),
            None => return Ok(rt().none.clone()),
        }
        seen.push(k);
    }
    Ok(new_tuple(values))
}

/// `{**rest}` of a mapping pattern: a new dict with `subject`'s items minus `keys`.
pub fn dict_without_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let out = new_dict();
    let o = as_dict(&out).expect("dict");
    for (k, v) in as_dict(subject).expect("mapping subject").items() {
        o.set(k, v)?;
    }
    for k in as_tuple(keys).expect("match keys tuple").to_vec() {
        o.remove(&k)?;
    }
    Ok(out)
}

/// Builtin types whose single positional sub-pattern matches the subject itself.
fn matches_self(cls: &Value) -> bool {
    let t = &rt().types;
    [&t.bool, &t.bytearray, &t.bytes, &t.dict, &t.float, &t.frozenset, &t.int, &t.list, &t.set, &t.str, &t.tuple]
        .iter()
        .any(|b| is_subtype(cls, b))
}

/// A class pattern `cls(p0, .., kw=..)`: when `subject` is an instance of `cls`, the
/// tuple of its `npos` positional attributes (through `__match_args__`) followed by
/// the attributes named in `names`; `None` when it does not match.
pub fn match_class(subject: &Value, cls: &Value, names: &Value, npos: usize) -> PyResult<Value> {
    if cls.kind() != Some(kinds::TYPE) {
        return Err(type_error("called match pattern must be a class"));
    }
    if !crate::builtins::functions::isinstance_of(subject, cls)? {
        return Ok(rt().none.clone());
    }
    let cls_name = || tobj(cls).name.to_string();
    let mut attrs: Vec<Value> = Vec::new();
    let mut values = Vec::new();
    if npos > 0 {
        match lookup_str(cls, "__match_args__") {
            Some(ma) => {
                let Some(t) = as_tuple(&ma) else {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls_name(),
                        tobj(type_of(&ma)).name
                    )));
                };
                let items = t.to_vec();
                if npos > items.len() {
                    let s = if items.len() == 1 { "" } else { "s" };
                    return Err(type_error(format!(
                        "{}() accepts {} positional sub-pattern{s} ({npos} given)",
                        cls_name(),
                        items.len()
                    )));
                }
                for a in items.into_iter().take(npos) {
                    if as_str(&a).is_none() {
                        return Err(type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            tobj(type_of(&a)).name
                        )));
                    }
                    attrs.push(a);
                }
            }
            None if matches_self(cls) => {
                if npos > 1 {
                    return Err(type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        cls_name()
                    )));
                }
                values.push(subject.clone());
            }
            None => {
                return Err(type_error(format!("{}() accepts 0 positional sub-patterns ({npos} given)", cls_name())));
            }
        }
    }
    attrs.extend(as_tuple(names).expect("match names tuple").to_vec());
    for (i, a) in attrs.iter().enumerate() {
        if attrs[..i].iter().any(|b| as_str(b) == as_str(a)) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute {}",
                cls_name(),
                crate::vm::repr::repr(a)?
            )));
        }
        match crate::vm::attr::getattr_opt(subject, a)? {
            Some(v) => values.push(v),
            None => return Ok(rt().none.clone()),
        }
    }
    Ok(new_tuple(values))
}
