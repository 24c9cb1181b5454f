//! Instances of Python subclasses of the immutable builtin types (`int`, `str`,
//! `float`, `complex`, `tuple`, `bytes`).
//!
//! Plain values of those types keep their compact payloads (a small int even lives in
//! the value word). An instance of a subclass is a separate, small object whose header
//! names the subclass: it holds the plain value it stands for (`base`, whose type is
//! exactly the builtin) and, unless every class in the MRO declares `__slots__`, an
//! attribute dict. The `as_int`/`as_str`/... views look through it, so the builtin
//! methods inherited by the subclass work on the value; the operators' native fast
//! paths test the kind byte and therefore never mistake such an instance for a plain
//! value, whose dunders the subclass may override.

use super::kinds;
use super::Value;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct SubValue {
    /// The plain builtin value (an exact `int`, `str`, `float`, `complex`, `tuple` or
    /// `bytes`).
    pub base: Value,
    /// The instance attribute dict (None when the class has `__slots__` only).
    pub attrs: Option<Value>,
}

impl Payload for SubValue {
    const KIND: u8 = kinds::SUBVALUE;
    /// Tracked: the attribute dict (or a tuple's items) can lead back to the instance.
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.base);
        if let Some(a) = &self.attrs {
            visit(a);
        }
    }
    fn clear(&self) {
        if let Some(d) = self.attrs.as_ref().and_then(super::dict::as_dict) {
            d.clear_all();
        }
    }
    const HAS_FINALIZER: bool = true;
    fn finalize(this: &Value) {
        crate::vm::finalize::run_del(this);
    }
    fn needs_finalize(this: &Value) -> bool {
        crate::vm::finalize::has_del(this)
    }
}

/// An instance of `ty` (a subclass of `base`'s type) standing for `base`.
pub fn new_subvalue(ty: &Value, base: Value) -> Value {
    let base = match downcast::<SubValue>(&base) {
        Some(s) => s.base.clone(),
        None => base,
    };
    let has_dict = super::typeobj::tobj(ty).slots.as_ref().is_none_or(|s| !s.is_empty());
    let attrs = has_dict.then(super::dict::new_dict);
    alloc_obj(ty.as_ptr(), SubValue { base, attrs })
}

/// `cls.__new__` result for a builtin constructor: the plain value itself when `cls`
/// is the builtin type, else an instance of the subclass wrapping it.
pub fn of_type(cls: &Value, builtin: &Value, plain: Value) -> Value {
    if cls.is(builtin) {
        plain
    } else {
        new_subvalue(cls, plain)
    }
}

/// The plain value a subclass instance stands for; `None` for any other value.
#[inline]
pub fn base_of(v: &Value) -> Option<&Value> {
    match v.header() {
        Some(h) if h.kind == kinds::SUBVALUE => downcast::<SubValue>(v).map(|s| &s.base),
        _ => None,
    }
}

/// The plain value of a subclass instance, or the value itself.
#[inline]
pub fn plain(v: &Value) -> &Value {
    base_of(v).unwrap_or(v)
}

#[inline]
pub fn as_subvalue(v: &Value) -> Option<&SubValue> {
    downcast::<SubValue>(v)
}

/// The plain value to apply a builtin operation to, when `v` is an instance of a
/// subclass of an immutable builtin whose class does not override the operation's
/// method `name` in Python (the one found is builtin, or there is none).
pub fn inherited<'a>(v: &'a Value, name: &Value) -> Option<&'a Value> {
    let b = base_of(v)?;
    match super::typeobj::lookup(super::typeobj::type_of(v), name) {
        Some(f) if super::function::as_native(&f).is_none() => None,
        _ => Some(b),
    }
}
