//! `list`: a growable array; writers take the object's header mutex, `l[i]` and
//! `len(l)` read without it (see `list_items`).
//!
//! Each single operation (`append`, `pop`, `l[i] = v`, `extend` from another list)
//! locks once, so it is atomic with respect to other threads, as in CPython. Items
//! removed under the lock are dropped after unlocking (dropping may run `__del__`).

use super::kinds;
use super::list_items::{ListItems, ListWriter};
use super::locked::Guarded;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct ListObj {
    /// The writers' lock: the header mutex (no state of its own).
    lock: Guarded<()>,
    items: ListItems,
    /// The attribute dict of an instance of a list subclass (None for plain lists).
    pub attrs: Option<Value>,
}

impl Payload for ListObj {
    const KIND: u8 = kinds::LIST;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        // Called under stop-the-world: no writer is inside a critical section.
        self.items.visit(visit);
        if let Some(a) = &self.attrs {
            visit(a);
        }
    }
    fn clear(&self) {
        let old = self.lock().take_all();
        drop(old);
        if let Some(d) = self.attrs.as_ref().and_then(super::dict::as_dict) {
            d.clear_all();
        }
    }
}

impl ListObj {
    fn with_items(items: Vec<Value>, attrs: Option<Value>) -> ListObj {
        ListObj { lock: Guarded::new(()), items: ListItems::new(items), attrs }
    }

    /// Write access: takes the list's mutex until the writer drops.
    #[inline]
    pub fn lock(&self) -> ListWriter<'_> {
        ListWriter::new(self.lock.lock(self), &self.items)
    }

    /// The number of items (lock-free).
    #[inline]
    pub fn len(&self) -> usize {
        self.items.len_now()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn append(&self, v: Value) {
        self.lock().push(v);
    }

    /// Item `i` (already normalised to 0..len), or None when out of range. Lock-free.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.get_now(i)
    }

    /// A snapshot of the items (for iteration by code that may run Python).
    pub fn snapshot(&self) -> Vec<Value> {
        self.lock().to_vec()
    }

    /// Replace all items, dropping the old ones after unlocking.
    pub fn set_items(&self, items: Vec<Value>) {
        let old = self.lock().replace_all(items);
        drop(old);
    }
}

pub fn new_list(items: Vec<Value>) -> Value {
    alloc_obj(rt().types.list.as_ptr(), ListObj::with_items(items, None))
}

/// A list payload for an instance of `ty` (list or a subclass).
pub fn new_list_of_type(ty: &Value, items: Vec<Value>) -> Value {
    let attrs = (!ty.is(&rt().types.list)).then(super::dict::new_dict);
    alloc_obj(ty.as_ptr(), ListObj::with_items(items, attrs))
}

#[inline]
pub fn as_list(v: &Value) -> Option<&ListObj> {
    downcast::<ListObj>(v)
}
