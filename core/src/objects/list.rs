//! `list`: a growable array guarded by the object's header mutex.
//!
//! Each single operation (`append`, `pop`, `l[i] = v`, `extend` from another list)
//! locks once, so it is atomic with respect to other threads, as in CPython. Items
//! removed under the lock are dropped after unlocking (dropping may run `__del__`).

use super::kinds;
use super::locked::{Guarded, LockGuard};
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct ListObj {
    items: Guarded<Vec<Value>>,
    /// The attribute dict of an instance of a list subclass (None for plain lists).
    pub attrs: Option<Value>,
}

impl Payload for ListObj {
    const KIND: u8 = kinds::LIST;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY-free: called under stop-the-world, so nobody holds the lock; taking
        // it would also be fine but could deadlock with a parked owner.
        let items = self.items.as_ptr();
        #[allow(unsafe_code)]
        // SAFETY: the collector calls trace only while every other thread is stopped
        // outside any critical section, so the vector is not being mutated.
        for v in unsafe { &*items }.iter() {
            visit(v);
        }
        if let Some(a) = &self.attrs {
            visit(a);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.lock());
        drop(old);
        if let Some(d) = self.attrs.as_ref().and_then(super::dict::as_dict) {
            d.clear_all();
        }
    }
}

impl ListObj {
    #[inline]
    pub fn lock(&self) -> LockGuard<'_, Vec<Value>> {
        self.items.lock(self)
    }

    pub fn len(&self) -> usize {
        self.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn append(&self, v: Value) {
        self.lock().push(v);
    }

    /// Item `i` (already normalised to 0..len), or None when out of range.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.lock().get(i).cloned()
    }

    /// A snapshot of the items (for iteration by code that may run Python).
    pub fn snapshot(&self) -> Vec<Value> {
        self.lock().clone()
    }

    /// Replace all items, dropping the old ones after unlocking.
    pub fn set_items(&self, items: Vec<Value>) {
        let old = std::mem::replace(&mut *self.lock(), items);
        drop(old);
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc_obj(rt().types.list.as_ptr(), ListObj { items: Guarded::new(items), attrs: None })
}

/// A list payload for an instance of `ty` (list or a subclass).
pub fn new_list_of_type(ty: &Value, items: Vec<Value>) -> Value {
    let attrs = (!ty.is(&rt().types.list)).then(super::dict::new_dict);
    alloc_obj(ty.as_ptr(), ListObj { items: Guarded::new(items), attrs })
}

#[inline]
pub fn as_list(v: &Value) -> Option<&ListObj> {
    downcast::<ListObj>(v)
}
