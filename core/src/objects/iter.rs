//! Builtin iterators and dict views.
//!
//! One payload with a state enum. Advancing holds the iterator's lock only while
//! reading or updating the state; iterators that call Python code (`map`, `filter`,
//! iterating a generic iterable) copy what they need out of the state first.

use super::kinds;
use super::locked::Guarded;
use super::{PyResult, Value};
use crate::vm::ops;
use weft_gc::{alloc_obj, downcast, Payload};

pub enum IterState {
    List {
        seq: Value,
        ix: usize,
    },
    ListRev {
        seq: Value,
        ix: isize,
    },
    Tuple {
        seq: Value,
        ix: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: Value,
        byte: usize,
    },
    Bytes {
        b: Value,
        ix: usize,
    },
    /// A snapshot of values (reversed dict views, `iter()` of some builtins).
    Items {
        items: Vec<Value>,
        ix: usize,
    },
    /// A snapshot of a set's keys; `len` detects size changes during iteration.
    SetItems {
        set: Value,
        items: Vec<Value>,
        ix: usize,
        len: usize,
    },
    /// Dict keys/values/items: position in the entry vector; `kind` 0 keys, 1 values,
    /// 2 items. `len` detects size changes during iteration.
    Dict {
        d: Value,
        pos: usize,
        kind: u8,
        len: usize,
    },
    Enumerate {
        it: Value,
        n: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        f: Value,
        its: Vec<Value>,
    },
    Filter {
        f: Value,
        it: Value,
    },
    Callable {
        f: Value,
        sentinel: Value,
    },
    /// `__getitem__`-based iteration of a sequence.
    Seq {
        obj: Value,
        ix: i64,
    },
    /// Dict views (not iterators themselves): the dict and which part.
    DictView {
        d: Value,
        kind: u8,
    },
    Done,
}

pub struct IterObj {
    pub state: Guarded<IterState>,
}

impl Payload for IterObj {
    const KIND: u8 = kinds::ITER;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        #[allow(unsafe_code)]
        // SAFETY: called under stop-the-world; nobody mutates the state.
        let st = unsafe { &*self.state.as_ptr() };
        match st {
            IterState::List { seq, .. } | IterState::ListRev { seq, .. } | IterState::Tuple { seq, .. } => visit(seq),
            IterState::Str { s, .. } => visit(s),
            IterState::Bytes { b, .. } => visit(b),
            IterState::Items { items, .. } => items.iter().for_each(|v| visit(v)),
            IterState::SetItems { set, items, .. } => {
                visit(set);
                items.iter().for_each(|v| visit(v))
            }
            IterState::Dict { d, .. } | IterState::DictView { d, .. } => visit(d),
            IterState::Enumerate { it, n } => {
                visit(it);
                visit(n)
            }
            IterState::Zip { its, .. } => its.iter().for_each(|v| visit(v)),
            IterState::Map { f, its } => {
                visit(f);
                its.iter().for_each(|v| visit(v))
            }
            IterState::Filter { f, it } => {
                visit(f);
                visit(it)
            }
            IterState::Callable { f, sentinel } => {
                visit(f);
                visit(sentinel)
            }
            IterState::Seq { obj, .. } => visit(obj),
            IterState::Range { .. } | IterState::Done => {}
        }
    }
    fn clear(&self) {
        let old = std::mem::replace(&mut *self.state.lock(self), IterState::Done);
        drop(old);
    }
}

/// An iterator over set `v` (a snapshot that notices size changes).
pub fn set_iter_state(v: &Value) -> IterState {
    let s = super::set::as_set(v).expect("set");
    let items = s.keys();
    IterState::SetItems { set: v.clone(), len: items.len(), items, ix: 0 }
}

pub fn new_iter(ty: &Value, state: IterState) -> Value {
    alloc_obj(ty.as_ptr(), IterObj { state: Guarded::new(state) })
}

#[inline]
pub fn as_iter(v: &Value) -> Option<&IterObj> {
    downcast::<IterObj>(v)
}

impl IterObj {
    /// Advance. `Ok(None)` when exhausted.
    pub fn next(&self) -> PyResult<Option<Value>> {
        let mut st = self.state.lock(self);
        match &mut *st {
            IterState::List { seq, ix } => {
                let l = super::list::as_list(seq).expect("list");
                let v = l.get(*ix);
                match v {
                    Some(v) => {
                        *ix += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::ListRev { seq, ix } => {
                let l = super::list::as_list(seq).expect("list");
                if *ix >= 0 {
                    if let Some(v) = l.get(*ix as usize) {
                        *ix -= 1;
                        return Ok(Some(v));
                    }
                }
                *st = IterState::Done;
                Ok(None)
            }
            IterState::Tuple { seq, ix } => {
                let t = super::tuple::as_tuple(seq).expect("tuple");
                match t.get(*ix) {
                    Some(v) => {
                        *ix += 1;
                        Ok(Some(v.clone()))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    if (*step > 0 && *next < v) || (*step < 0 && *next > v) {
                        *next = *stop;
                    }
                    Ok(Some(super::int::new_int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s, byte } => {
                let text = super::str::as_str(s).expect("str");
                match text[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(super::str::new_str(&*c.encode_utf8(&mut buf))))
                    }
                    None => Ok(None),
                }
            }
            IterState::Bytes { b, ix } => {
                let bytes = super::bytes::as_bytes(b).expect("bytes");
                match bytes.get(*ix) {
                    Some(&c) => {
                        *ix += 1;
                        Ok(Some(super::int::new_int(c as i64)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Items { items, ix } => {
                let v = items.get(*ix).cloned();
                *ix += 1;
                Ok(v)
            }
            IterState::SetItems { set, items, ix, len } => {
                if super::set::as_set(set).is_some_and(|s| s.len() != *len) {
                    *st = IterState::Done;
                    return Err(super::exception::runtime_error("Set changed size during iteration"));
                }
                let v = items.get(*ix).cloned();
                *ix += 1;
                Ok(v)
            }
            IterState::Dict { d, pos, kind, len } => {
                let dict = super::dict::as_dict(d).expect("dict");
                if dict.len() != *len {
                    *st = IterState::Done;
                    return Err(super::exception::runtime_error("dictionary changed size during iteration"));
                }
                match dict.next_entry(*pos) {
                    Some((p, k, v)) => {
                        *pos = p;
                        Ok(Some(match kind {
                            0 => k,
                            1 => v,
                            _ => super::tuple::new_tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Enumerate { it, n } => {
                let (it, cur) = (it.clone(), n.clone());
                drop(st);
                match ops::next(&it)? {
                    Some(v) => {
                        let next_n = ops::binary_add(&cur, &super::int::new_int(1))?;
                        if let IterState::Enumerate { n, .. } = &mut *self.state.lock(self) {
                            *n = next_n;
                        }
                        Ok(Some(super::tuple::new_tuple(vec![cur, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match ops::next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && i > 0 {
                                return Err(super::exception::value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1",
                                    i + 1,
                                    if i > 1 { "s" } else { "" }
                                )));
                            }
                            if strict && i == 0 {
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if ops::next(other)?.is_some() {
                                        return Err(super::exception::value_error(format!(
                                            "zip() argument {} is longer than argument{} 1",
                                            j + 1,
                                            if j > 1 { "s" } else { "" }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(super::tuple::new_tuple(out)))
            }
            IterState::Map { f, its } => {
                let (f, its) = (f.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match ops::next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                crate::vm::call::call(&f, &args).map(Some)
            }
            IterState::Filter { f, it } => {
                let (f, it) = (f.clone(), it.clone());
                drop(st);
                loop {
                    let Some(v) = ops::next(&it)? else { return Ok(None) };
                    let keep = if super::boolobj::is_none(&f) {
                        ops::truthy(&v)?
                    } else {
                        ops::truthy(&crate::vm::call::call(&f, std::slice::from_ref(&v))?)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::Callable { f, sentinel } => {
                let (f, sentinel) = (f.clone(), sentinel.clone());
                drop(st);
                let v = crate::vm::call::call(&f, &[])?;
                if ops::eq(&v, &sentinel)? {
                    *self.state.lock(self) = IterState::Done;
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterState::Seq { obj, ix } => {
                let (obj, i) = (obj.clone(), *ix);
                drop(st);
                match ops::getitem(&obj, &super::int::new_int(i)) {
                    Ok(v) => {
                        if let IterState::Seq { ix, .. } = &mut *self.state.lock(self) {
                            *ix += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if super::exception::exc_matches(&e.0, &crate::runtime::rt().exc.index_error)
                            || super::exception::exc_matches(&e.0, &crate::runtime::rt().exc.stop_iteration) =>
                    {
                        *self.state.lock(self) = IterState::Done;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::DictView { .. } => Err(super::exception::type_error("dict view is not an iterator")),
            IterState::Done => Ok(None),
        }
    }
}
