//! Inline caches for `LoadAttr` and `LoadMethod` on instances of Python classes.
//!
//! Each such instruction owns an [`AttrCache`] (in its code object) remembering, for
//! the last instance type it saw, what the class side of the lookup gave: nothing, or
//! an uncounted class attribute that is not a data descriptor (a method, a class
//! variable). A hit then needs only the lock-free probe of the instance dict, instead
//! of the special names, `__getattribute__`, the MRO walk and the descriptor checks.
//! Entries are keyed by type and by the global type epoch, which any change to a class
//! bumps. Several threads share a code object, so an entry is written under a sequence
//! count and validated by readers (a torn entry reads as a miss).

use std::sync::atomic::{fence, AtomicU64, AtomicUsize, Ordering};

use crate::objects::dict::DictObj;
use crate::objects::instance::as_instance;
use crate::objects::str::as_str;
use crate::objects::typeobj::{lookup, tobj, type_epoch, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::vm::attr;

/// The cache of one attribute-loading instruction.
pub struct AttrCache {
    seq: AtomicU64,
    ty: AtomicUsize,
    epoch: AtomicU64,
    /// Word of the class attribute (uncounted), or 0 when the class has none.
    class_attr: AtomicUsize,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            seq: AtomicU64::new(0),
            ty: AtomicUsize::new(0),
            epoch: AtomicU64::new(0),
            class_attr: AtomicUsize::new(0),
        }
    }
}

impl AttrCache {
    #[inline]
    fn get(&self, ty: usize, epoch: u64) -> Option<usize> {
        let s1 = self.seq.load(Ordering::Acquire);
        let ok = self.ty.load(Ordering::Relaxed) == ty && self.epoch.load(Ordering::Relaxed) == epoch;
        let w = self.class_attr.load(Ordering::Relaxed);
        fence(Ordering::Acquire);
        (ok && s1 & 1 == 0 && self.seq.load(Ordering::Relaxed) == s1).then_some(w)
    }

    fn set(&self, ty: usize, epoch: u64, w: usize) {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1 || self.seq.compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
            return;
        }
        self.ty.store(ty, Ordering::Relaxed);
        self.epoch.store(epoch, Ordering::Relaxed);
        self.class_attr.store(w, Ordering::Relaxed);
        self.seq.store(s + 2, Ordering::Release);
    }

    /// The class side of looking `name` up on an instance of `ty`, from the cache or
    /// computed and stored; None when this lookup cannot be cached.
    #[inline]
    fn class_side(&self, ty: &Value, name: &Value) -> Option<usize> {
        let epoch = type_epoch();
        if let Some(w) = self.get(ty.word(), epoch) {
            return Some(w);
        }
        let w = uncached_class_side(ty, name)?;
        self.set(ty.word(), epoch, w);
        Some(w)
    }
}

fn uncached_class_side(ty: &Value, name: &Value) -> Option<usize> {
    // Dunder names may be special attributes (`__class__`, `__dict__`).
    if tobj(ty).custom_getattribute || as_str(name).is_none_or(|s| s.starts_with("__")) {
        return None;
    }
    match lookup(ty, name) {
        None => Some(0),
        Some(a) if a.is_uncounted() && a.header().is_some() && !attr::is_data_descriptor(&a) => Some(a.word()),
        Some(_) => None,
    }
}

/// A counted value for a cached class-attribute word.
fn class_value(w: usize) -> Value {
    #[allow(unsafe_code)]
    // SAFETY: cached words are uncounted heap objects (never freed by counting) that
    // are still the class attribute: a change would have bumped the epoch we checked.
    unsafe {
        Value::from_borrowed_ptr(w as *const weft_gc::Header)
    }
}

/// `obj.name` for `LoadAttr`.
#[inline]
pub fn load_attr(cache: &AttrCache, obj: &Value, name: &Value) -> PyResult<Value> {
    match obj.kind() {
        Some(kinds::INSTANCE) => {
            let ty = type_of(obj);
            if let Some(w) = cache.class_side(ty, name) {
                let inst = as_instance(obj).expect("instance");
                if let Some(v) = DictObj::get_str(&inst.dict, name) {
                    return Ok(v);
                }
                if w != 0 {
                    return attr::bind(&class_value(w), obj, ty);
                }
            }
        }
        Some(kinds::MODULE) if as_str(name).is_some_and(|s| !s.starts_with("__")) => {
            let m = crate::objects::module::as_module(obj).expect("module");
            if let Some(v) = DictObj::get_str(&m.dict, name) {
                return Ok(v);
            }
        }
        _ => {}
    }
    attr::getattr(obj, name)
}

/// `LoadMethod`: (Some(function), self) for a method call, or (None, attribute).
#[inline]
pub fn load_method(cache: &AttrCache, obj: &Value, name: &Value) -> PyResult<(Option<Value>, Value)> {
    if obj.kind() == Some(kinds::INSTANCE) {
        let ty = type_of(obj);
        if let Some(w) = cache.class_side(ty, name) {
            let inst = as_instance(obj).expect("instance");
            if let Some(v) = DictObj::get_str(&inst.dict, name) {
                return Ok((None, v));
            }
            if w != 0 {
                let a = class_value(w);
                if a.kind() == Some(kinds::FUNCTION) {
                    return Ok((Some(a), obj.clone()));
                }
                return Ok((None, attr::bind(&a, obj, ty)?));
            }
        }
    }
    attr::load_method(obj, name)
}
