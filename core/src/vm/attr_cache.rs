//! Inline caches for `LoadAttr`, `LoadMethod` and `StoreAttr` on instances of Python
//! classes.
//!
//! Each such instruction owns an [`AttrCache`] (in its code object) remembering, for
//! the last instance type it saw, what the class side of the lookup gave: nothing, or
//! an uncounted class attribute that is not a data descriptor (a method, a class
//! variable). A hit then needs only the lock-free probe of the instance dict, instead
//! of the special names, `__getattribute__`, the MRO walk and the descriptor checks.
//! A store remembers whether a plain instance-dict store is right (no `__setattr__`, no
//! data descriptor, no `__slots__`). Entries (a few per instruction, for polymorphic
//! sites) are keyed by type and by the global type epoch, which any change to a class
//! bumps. Several threads share a code object, so an entry is written under a sequence
//! count and validated by readers (a torn entry reads as a miss).

use std::sync::atomic::{fence, AtomicU64, AtomicUsize, Ordering};

use crate::objects::dict::DictObj;
use crate::objects::function::as_native;
use crate::objects::instance::as_instance;
use crate::objects::str::as_str;
use crate::objects::typeobj::{lookup, tobj, type_epoch, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::attr;

/// How many receiver types one instruction remembers (polymorphic call sites, such
/// as a method called on several subclasses, keep hitting).
const WAYS: usize = 4;

/// One remembered (type, epoch) and what it gave.
struct Entry {
    seq: AtomicU64,
    ty: AtomicUsize,
    epoch: AtomicU64,
    /// Loads: word of the class attribute (uncounted), or 0 when the class has none.
    /// Stores: 1 when a plain instance-dict store is right.
    word: AtomicUsize,
}

/// The cache of one attribute instruction.
pub struct AttrCache {
    entries: [Entry; WAYS],
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            entries: std::array::from_fn(|_| Entry {
                seq: AtomicU64::new(0),
                ty: AtomicUsize::new(0),
                epoch: AtomicU64::new(0),
                word: AtomicUsize::new(0),
            }),
        }
    }
}

impl Entry {
    #[inline]
    fn get(&self, ty: usize, epoch: u64) -> Option<usize> {
        let s1 = self.seq.load(Ordering::Acquire);
        let ok = self.ty.load(Ordering::Relaxed) == ty && self.epoch.load(Ordering::Relaxed) == epoch;
        let w = self.word.load(Ordering::Relaxed);
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
        self.word.store(w, Ordering::Relaxed);
        self.seq.store(s + 2, Ordering::Release);
    }
}

impl AttrCache {
    /// The cached answer for `ty`, or `compute`'s (stored); None when not cacheable.
    #[inline]
    fn lookup(&self, ty: &Value, compute: impl FnOnce() -> Option<usize>) -> Option<usize> {
        let epoch = type_epoch();
        // Type objects are at least 8-byte aligned: pick the way from the bits above.
        let e = &self.entries[(ty.word() >> 4) % WAYS];
        if let Some(w) = e.get(ty.word(), epoch) {
            return Some(w);
        }
        let w = compute()?;
        e.set(ty.word(), epoch, w);
        Some(w)
    }

    /// The class side of looking `name` up on an instance of `ty`.
    #[inline]
    fn class_side(&self, ty: &Value, name: &Value) -> Option<usize> {
        self.lookup(ty, || uncached_class_side(ty, name))
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

/// Whether `obj.name = v` on an instance of `ty` is a plain store into the instance
/// dict: no `__setattr__` override, no data descriptor for `name`, no `__slots__`.
fn plain_store(ty: &Value, name: &Value) -> Option<usize> {
    let t = tobj(ty);
    if t.slots.is_some() || ty.is(&rt().types.object) || as_str(name).is_none_or(|s| s.starts_with("__")) {
        return None;
    }
    if lookup(ty, &rt().names.__setattr__).is_some_and(|f| as_native(&f).is_none()) {
        return None;
    }
    match lookup(ty, name) {
        Some(a) if attr::is_data_descriptor(&a) => None,
        _ => Some(1),
    }
}

/// `obj.name = value` for `StoreAttr`.
#[inline]
pub fn store_attr(cache: &AttrCache, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
    if obj.kind() == Some(kinds::INSTANCE) {
        let ty = type_of(obj);
        if cache.lookup(ty, || plain_store(ty, name)) == Some(1) {
            let inst = as_instance(obj).expect("instance");
            crate::objects::dict::as_dict(&inst.dict).expect("dict").set_str(name.clone(), value);
            return Ok(());
        }
    }
    attr::setattr(obj, name, value)
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
