//! The iteration protocol: `iter()` and `next()` with native iterators for builtin
//! containers and `__iter__`/`__next__` for everything else.

use crate::objects::exception::{exc_matches, type_error};
use crate::objects::iter::{as_iter, new_iter, IterState};
use crate::objects::typeobj::{lookup, type_name, type_of};
use crate::objects::{kinds, range, PyResult, Value};
use crate::runtime::rt;
use crate::vm::call::call_method_value;

fn is_builtin_type(v: &Value) -> bool {
    crate::objects::typeobj::as_type(type_of(v)).is_some_and(|t| t.builtin)
}

/// `iter(v)`.
pub fn get_iter(v: &Value) -> PyResult<Value> {
    let t = &rt().types;
    if is_builtin_type(v) {
        let state = match v.kind() {
            Some(kinds::LIST) => Some((&t.list_iterator, IterState::List { seq: v.clone(), ix: 0 })),
            Some(kinds::TUPLE) => Some((&t.tuple_iterator, IterState::Tuple { seq: v.clone(), ix: 0 })),
            Some(kinds::RANGE) => {
                let r = range::as_range(v).expect("range");
                Some((&t.range_iterator, IterState::Range { next: r.start, stop: r.stop, step: r.step }))
            }
            Some(kinds::STR) => Some((&t.str_iterator, IterState::Str { s: v.clone(), byte: 0 })),
            Some(kinds::BYTES) => Some((&t.bytes_iterator, IterState::Bytes { b: v.clone(), ix: 0 })),
            Some(kinds::DICT) => {
                let len = crate::objects::dict::as_dict(v).expect("dict").len();
                Some((&t.dict_keyiterator, IterState::Dict { d: v.clone(), pos: 0, kind: 0, len }))
            }
            Some(kinds::SET) => Some((&t.set_iterator, crate::objects::iter::set_iter_state(v))),
            Some(kinds::ITER) => {
                let it = as_iter(v).expect("iter");
                let view = match &*it.state.lock(it) {
                    IterState::DictView { d, kind } => Some((d.clone(), *kind)),
                    _ => None,
                };
                match view {
                    Some((d, kind)) => {
                        let len = crate::objects::dict::as_dict(&d).expect("dict").len();
                        let ty = match kind {
                            0 => &t.dict_keyiterator,
                            1 => &t.dict_valueiterator,
                            _ => &t.dict_itemiterator,
                        };
                        Some((ty, IterState::Dict { d, pos: 0, kind, len }))
                    }
                    None => return Ok(v.clone()),
                }
            }
            Some(kinds::GENERATOR) => return Ok(v.clone()),
            _ => None,
        };
        if let Some((ty, st)) = state {
            return Ok(new_iter(ty, st));
        }
    }
    let ty = type_of(v);
    if let Some(f) = lookup(ty, &rt().names.__iter__) {
        if crate::objects::boolobj::is_none(&f) {
            return Err(type_error(format!("'{}' object is not iterable", type_name(v))));
        }
        let it = call_method_value(&f, v, &[])?;
        if lookup(type_of(&it), &rt().names.__next__).is_none()
            && it.kind() != Some(kinds::ITER)
            && it.kind() != Some(kinds::GENERATOR)
        {
            return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
        }
        return Ok(it);
    }
    if lookup(ty, &rt().names.__getitem__).is_some() {
        return Ok(new_iter(&rt().types.seq_iterator, IterState::Seq { obj: v.clone(), ix: 0 }));
    }
    Err(type_error(format!("'{}' object is not iterable", type_name(v))))
}

/// `next(it)`; `Ok(None)` when exhausted.
#[inline]
pub fn next(it: &Value) -> PyResult<Option<Value>> {
    match it.kind() {
        Some(kinds::ITER) => as_iter(it).expect("iter").next(),
        Some(kinds::GENERATOR) => crate::vm::generator::next(it),
        _ => {
            let Some(f) = lookup(type_of(it), &rt().names.__next__) else {
                return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
            };
            match call_method_value(&f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if exc_matches(&e.0, &rt().exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}
