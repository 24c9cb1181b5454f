//! Type objects: builtin types and classes.
//!
//! A type's namespace is an ordinary dict; the method resolution order is computed once
//! (C3) when the class is created. Attribute lookups along the MRO go through a small
//! per-thread cache keyed by (type, name, global type epoch); any assignment to a class
//! attribute bumps the epoch. Only uncounted results (functions, classes, small ints,
//! interned strings...) are cached, so a cached entry never needs a reference count.
#![allow(unsafe_code)] // reinterpreting the header's type pointer as a borrowed Value

use super::dict::DictObj;
use super::kinds;
use super::{PyResult, Value};
use crate::runtime::rt;
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use weft_gc::{downcast, Payload};

pub struct TypeObj {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Value>,
    /// Filled right after allocation (it starts with the type itself).
    pub mro: std::sync::OnceLock<Vec<Value>>,
    /// The namespace (a dict object).
    pub dict: Value,
    /// Payload kind of instances.
    pub base_kind: u8,
    /// Builtin types cannot have attributes set from Python.
    pub builtin: bool,
    /// Whether Python code may subclass it.
    pub base_type: bool,
    /// The attribute names instances accept when they have no `__dict__` (every
    /// class in the MRO defines `__slots__`); `None` when they have one.
    pub slots: Option<Vec<String>>,
    /// Direct subclasses (words of class objects, which are deferred and never freed,
    /// so the words stay valid), for `__subclasses__()`.
    pub subclasses: parking_lot::Mutex<Vec<usize>>,
    /// Whether a class in the MRO (other than object) defines `__getattribute__`; when
    /// false, attribute access skips looking for it.
    pub custom_getattribute: bool,
}

impl Payload for TypeObj {
    const KIND: u8 = kinds::TYPE;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
        for b in &self.bases {
            visit(b);
        }
        if let Some(m) = self.mro.get() {
            for t in m.iter().skip(1) {
                visit(t);
            }
        }
    }
}

/// Bumped whenever any class attribute changes after creation; invalidates caches.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

pub fn bump_type_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Release);
}

/// The current type epoch (for caches keyed by it).
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.load(Ordering::Acquire)
}

/// The Python type of a value (borrowed).
#[inline(always)]
pub fn type_of(v: &Value) -> &Value {
    match v.header() {
        None => &rt().types.int,
        Some(h) => {
            // SAFETY: `ty` is a non-null pointer to a live type object (types are
            // immortal or deferred and outlive their instances), and `Value` is a
            // transparent non-zero word, so the field can be viewed as a borrowed Value.
            unsafe { &*(&h.ty as *const *const weft_gc::Header as *const Value) }
        }
    }
}

pub fn as_type(v: &Value) -> Option<&TypeObj> {
    downcast::<TypeObj>(v)
}

/// The type's payload; `t` must be a type object.
pub fn tobj(t: &Value) -> &TypeObj {
    downcast::<TypeObj>(t).expect("not a type object")
}

impl TypeObj {
    pub fn mro(&self) -> &[Value] {
        self.mro.get().map(|v| v.as_slice()).unwrap_or(&[])
    }
}

/// Whether `sub` is `ty` or a subclass of it.
pub fn is_subtype(sub: &Value, ty: &Value) -> bool {
    if sub.is(ty) {
        return true;
    }
    match as_type(sub) {
        Some(t) => t.mro().iter().any(|m| m.is(ty)),
        None => false,
    }
}

/// isinstance(v, ty) for a single type.
#[inline]
pub fn is_instance(v: &Value, ty: &Value) -> bool {
    let t = type_of(v);
    t.is(ty) || is_subtype(t, ty)
}

#[derive(Clone, Copy)]
struct CacheEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    /// 0 = not found; otherwise an uncounted value's word.
    value: usize,
}

const CACHE_SIZE: usize = 1024;

const NO_ENTRY: CacheEntry = CacheEntry { ty: 0, name: 0, epoch: 0, value: 0 };

thread_local! {
    /// Per thread, so lookups share nothing between threads; const-initialised, so an
    /// access is a plain thread-local load.
    static CACHE: [Cell<CacheEntry>; CACHE_SIZE] = const { [const { Cell::new(NO_ENTRY) }; CACHE_SIZE] };
}

/// Look `name` (an interned str value) up along the MRO of type `ty`.
pub fn lookup(ty: &Value, name: &Value) -> Option<Value> {
    let epoch = TYPE_EPOCH.load(Ordering::Acquire);
    // Fibonacci hashing of both addresses: neighbouring objects spread over the table.
    let mix = (ty.word() ^ name.word().rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = (mix >> (usize::BITS - CACHE_SIZE.trailing_zeros())) % CACHE_SIZE;
    let hit = CACHE.with(|c| {
        let e = c[slot].get();
        if e.ty == ty.word() && e.name == name.word() && e.epoch == epoch {
            Some(e.value)
        } else {
            None
        }
    });
    if let Some(w) = hit {
        if w == 0 {
            return None;
        }
        if w & 1 == 1 {
            // SAFETY: a small-int word (tag bit set) owns no reference.
            return Some(unsafe { Value::from_raw(w) });
        }
        // SAFETY: cached values are uncounted (never freed by counting, and class
        // attributes are not removed without bumping the epoch we just checked).
        return Some(unsafe { Value::from_borrowed_ptr(w as *const weft_gc::Header) });
    }
    let found = lookup_uncached(ty, name);
    let cacheable = match &found {
        None => true,
        Some(v) => v.is_uncounted(),
    };
    if cacheable {
        let value = found.as_ref().map(|v| v.word()).unwrap_or(0);
        CACHE.with(|c| c[slot].set(CacheEntry { ty: ty.word(), name: name.word(), epoch, value }));
    }
    found
}

fn lookup_uncached(ty: &Value, name: &Value) -> Option<Value> {
    let t = as_type(ty)?;
    for m in t.mro() {
        let mt = tobj(m);
        if let Some(v) = DictObj::get_str(&mt.dict, name) {
            return Some(v);
        }
    }
    None
}

/// Look up a name given as a Rust string (interns it first).
pub fn lookup_str(ty: &Value, name: &str) -> Option<Value> {
    lookup(ty, &crate::runtime::intern(name))
}

/// C3 linearisation of `bases` for a new class `this`.
pub fn c3_mro(this: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|b| tobj(b).mro().to_vec()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases.iter().map(|b| tobj(b).name.clone()).collect();
            return Err(super::exception::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The type's name for messages (`int`, `Foo`).
pub fn type_name(v: &Value) -> String {
    tobj(type_of(v)).name.clone()
}
