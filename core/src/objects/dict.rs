//! `dict`: an insertion-ordered hash table guarded by the object's header mutex.
//!
//! The table (`dict_keys`) is CPython's compact layout, readable without the lock.
//! Keys whose equality is decided natively (str, int, float, tuples of those,
//! identical objects) are compared during the probe; for other keys the lock is
//! dropped around the Python `__eq__` call and the probe restarts if the dict changed
//! meanwhile — never run Python code under a lock.
//!
//! `version` changes on every mutation; the VM uses it to cache global lookups.

#![allow(unsafe_code)] // the table pointer: see `keys` and the SAFETY comments

use super::dict_keys::{Find, Keys, OwnedKeys};
use super::kinds;
use super::locked::{Guarded, LockGuard};
use super::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops;
use std::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering};
use weft_gc::{alloc_obj, downcast, Payload};

/// A dict. Readers (`get_*`, `len`) take no lock: they probe the current table
/// (see `dict_keys`) and count what they found. Writers take the header mutex, mutate
/// the table with release stores, and retire what they take out.
pub struct DictObj {
    /// The writers' lock: the header mutex (no state of its own).
    lock: Guarded<()>,
    /// The current table; null for a dict that never held anything.
    keys: AtomicPtr<Keys>,
    /// Live entries.
    used: AtomicUsize,
    version: AtomicU64,
    /// The attribute dict of an instance of a dict subclass (None for plain dicts).
    pub attrs: Option<Value>,
}

impl Payload for DictObj {
    const KIND: u8 = kinds::DICT;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        // Called under stop-the-world: no writer is inside a critical section.
        if let Some(k) = self.table() {
            k.visit(visit);
        }
        if let Some(a) = &self.attrs {
            visit(a);
        }
    }
    fn clear(&self) {
        self.clear_all();
        if let Some(d) = self.attrs.as_ref().and_then(as_dict) {
            d.clear_all();
        }
    }
}

impl Drop for DictObj {
    fn drop(&mut self) {
        let p = std::mem::replace(self.keys.get_mut(), std::ptr::null_mut());
        if !p.is_null() {
            // SAFETY: `keys` holds a pointer from `Box::into_raw`, owned by this dict;
            // the dict is dead, so no reader can hold it.
            drop(OwnedKeys(unsafe { Box::from_raw(p) }));
        }
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj {
            lock: Guarded::new(()),
            keys: AtomicPtr::new(std::ptr::null_mut()),
            used: AtomicUsize::new(0),
            version: AtomicU64::new(0),
            attrs: None,
        }
    }

    /// A new dict value with type pointer `ty` (raw, for bootstrap).
    pub fn new_value_raw(ty: *const weft_gc::Header) -> Value {
        alloc_obj(ty, DictObj::new())
    }

    #[inline]
    fn lock(&self) -> LockGuard<'_, ()> {
        self.lock.lock(self)
    }

    /// The current table. The reference is valid while the caller holds the lock, or,
    /// lock-free, until the caller's next safepoint (an outgrown table is retired).
    #[inline]
    fn table(&self) -> Option<&Keys> {
        let p = self.keys.load(Ordering::Acquire);
        // SAFETY: non-null pointers come from `Box::into_raw` and are freed only through
        // `weft_gc::retire` (after every thread passed a safepoint) or by `Drop`.
        (!p.is_null()).then(|| unsafe { &*p })
    }

    fn bump(&self) {
        self.version.fetch_add(1, Ordering::Release);
    }

    /// Changes whenever the dict is mutated.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used.load(Ordering::Relaxed)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Probe the current table under the lock.
    fn find_locked(&self, hash: i64, key: &Value, skip: &[usize]) -> Find {
        match self.table() {
            Some(k) => k.find(hash, key, skip),
            None => Find::Missing(0),
        }
    }

    /// Look up `key` (hash computed by the caller). Lock-free unless the key needs
    /// Python `__eq__`, which runs outside the lock.
    pub fn get_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let Some(k) = self.table() else { return Ok(None) };
        match k.find(hash, key, &[]) {
            Find::Found(ix) => return Ok(k.value_at(ix)),
            Find::Missing(_) => return Ok(None),
            Find::Ask(..) => {}
        }
        let mut skip = Vec::new();
        loop {
            let (probe, version) = {
                let _g = self.lock();
                (self.find_locked(hash, key, &skip), self.version())
            };
            match probe {
                Find::Found(ix) => {
                    let _g = self.lock();
                    if self.version() == version {
                        return Ok(self.table().and_then(|k| k.value_at(ix)));
                    }
                }
                Find::Missing(_) => return Ok(None),
                Find::Ask(ix, k) => {
                    if ops::eq(&k, key)? {
                        let _g = self.lock();
                        if self.version() == version {
                            return Ok(self.table().and_then(|k| k.value_at(ix)));
                        }
                        skip.clear();
                    } else {
                        skip.push(ix);
                    }
                }
            }
        }
    }

    pub fn get(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = ops::hash(key)?;
        self.get_hashed(key, h)
    }

    /// Add a new entry at index slot `slot`, growing the table first if full.
    fn insert_locked(&self, slot: usize, hash: i64, key: Value, value: Value) {
        match self.table() {
            Some(k) if k.has_room() => k.insert(slot, hash, key, value),
            old => {
                let live = self.len();
                let new = match old {
                    Some(k) => k.rebuilt(live, live + 1),
                    None => Keys::with_room(1),
                };
                let Find::Missing(slot) = new.find(hash, &key, &[]) else {
                    unreachable!("a new key is missing from the rebuilt table")
                };
                new.insert(slot, hash, key, value);
                let prev = self.keys.swap(Box::into_raw(new), Ordering::AcqRel);
                if !prev.is_null() {
                    // SAFETY: `prev` came from `Box::into_raw` and is no longer reachable
                    // from the dict; readers may still be in it until their next safepoint.
                    weft_gc::retire::retire(unsafe { Box::from_raw(prev) });
                }
            }
        }
        self.used.fetch_add(1, Ordering::Relaxed);
    }

    /// Set `key` to `value` (the previous value is retired).
    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        let mut skip = Vec::new();
        loop {
            let g = self.lock();
            let version = self.version();
            match self.find_locked(hash, &key, &skip) {
                Find::Found(ix) => {
                    let old = self.table().expect("table").replace_value(ix, value);
                    self.bump();
                    drop(g);
                    weft_gc::retire::retire_value(old);
                    return Ok(());
                }
                Find::Missing(slot) => {
                    self.insert_locked(slot, hash, key, value);
                    self.bump();
                    return Ok(());
                }
                Find::Ask(ix, k) => {
                    drop(g);
                    if ops::eq(&k, &key)? {
                        let g = self.lock();
                        if self.version() == version {
                            let old = self.table().expect("table").replace_value(ix, value);
                            self.bump();
                            drop(g);
                            weft_gc::retire::retire_value(old);
                            return Ok(());
                        }
                        skip.clear();
                    } else {
                        skip.push(ix);
                    }
                }
            }
        }
    }

    /// `setdefault`: the value of `key`, inserting `default` first when missing, in
    /// one critical section (Python `__eq__` calls happen outside it).
    pub fn setdefault_hashed(&self, key: Value, hash: i64, default: Value) -> PyResult<Value> {
        let mut skip = Vec::new();
        loop {
            let g = self.lock();
            let version = self.version();
            match self.find_locked(hash, &key, &skip) {
                Find::Found(ix) => return Ok(self.table().and_then(|k| k.value_at(ix)).unwrap_or(default)),
                Find::Missing(slot) => {
                    self.insert_locked(slot, hash, key, default.clone());
                    self.bump();
                    return Ok(default);
                }
                Find::Ask(ix, k) => {
                    drop(g);
                    if ops::eq(&k, &key)? {
                        let _g = self.lock();
                        if self.version() == version {
                            return Ok(self.table().and_then(|k| k.value_at(ix)).unwrap_or(default));
                        }
                        skip.clear();
                    } else {
                        skip.push(ix);
                    }
                }
            }
        }
    }

    /// Delete entry `ix` under the lock `g`; returns its value (the table's references
    /// are retired, the caller gets its own).
    fn delete_locked(&self, g: LockGuard<'_, ()>, ix: usize) -> Value {
        let (k, v) = self.table().expect("table").delete(ix);
        self.used.fetch_sub(1, Ordering::Relaxed);
        self.bump();
        drop(g);
        let out = v.clone();
        weft_gc::retire::retire_value(k);
        weft_gc::retire::retire_value(v);
        out
    }

    /// Remove and return the last inserted (key, value) (`popitem`), or None if empty.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let g = self.lock();
        let keys = self.table()?;
        let ix = keys.last_live()?;
        let (_, key, _) = keys.entry_at(ix)?;
        let v = self.delete_locked(g, ix);
        // Only this thread truncates, under the lock again: another insertion may have
        // happened in between, in which case the tail is simply kept.
        let _g = self.lock();
        if let Some(k) = self.table() {
            if k.len() == ix + 1 && k.last_live().is_none_or(|l| l < ix) {
                k.truncate(k.last_live().map_or(0, |l| l + 1));
            }
        }
        Some((key, v))
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let h = ops::hash(&key)?;
        self.set_hashed(key, h, value)
    }

    /// Remove `key`; returns its value if it was present.
    pub fn remove_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let mut skip = Vec::new();
        loop {
            let g = self.lock();
            let version = self.version();
            match self.find_locked(hash, key, &skip) {
                Find::Found(ix) => return Ok(Some(self.delete_locked(g, ix))),
                Find::Missing(_) => return Ok(None),
                Find::Ask(ix, k) => {
                    drop(g);
                    if ops::eq(&k, key)? {
                        let g = self.lock();
                        if self.version() == version {
                            return Ok(Some(self.delete_locked(g, ix)));
                        }
                        skip.clear();
                    } else {
                        skip.push(ix);
                    }
                }
            }
        }
    }

    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = ops::hash(key)?;
        self.remove_hashed(key, h)
    }

    /// Fast path for interned-str keys (attribute names, globals): identity compare
    /// first, then string compare. Lock-free; never runs Python code.
    #[inline]
    pub fn get_str(d: &Value, name: &Value) -> Option<Value> {
        let dict = downcast::<DictObj>(d)?;
        let h = super::str::as_strobj(name)?.hash();
        let k = dict.table()?;
        match k.find(h, name, &[]) {
            Find::Found(ix) => k.value_at(ix),
            _ => None,
        }
    }

    /// Set with a str key (never runs Python code).
    pub fn set_str(&self, name: Value, value: Value) {
        let h = super::str::as_strobj(&name).map(|s| s.hash()).unwrap_or(0);
        // str keys compare natively: no Python code, so no error.
        let _ = self.set_hashed(name, h, value);
    }

    /// Counted copies of the live entries, in order: (hash, key, value).
    pub fn items_hashed(&self) -> Vec<(i64, Value, Value)> {
        let _g = self.lock();
        match self.table() {
            Some(k) => (0..k.len()).filter_map(|ix| k.entry_at(ix)).collect(),
            None => Vec::new(),
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.items_hashed().into_iter().map(|(_, k, _)| k).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.items_hashed().into_iter().map(|(_, _, v)| v).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.items_hashed().into_iter().map(|(_, k, v)| (k, v)).collect()
    }

    /// Remove everything.
    pub fn clear_all(&self) {
        let prev = {
            let _g = self.lock();
            let prev = self.keys.swap(std::ptr::null_mut(), Ordering::AcqRel);
            self.used.store(0, Ordering::Relaxed);
            self.bump();
            prev
        };
        if !prev.is_null() {
            // SAFETY: `prev` came from `Box::into_raw` and is no longer reachable from
            // the dict; it still owns its words, released when the retirement ends.
            weft_gc::retire::retire(Box::new(OwnedKeys(unsafe { Box::from_raw(prev) })));
        }
    }

    /// Entry `pos` onwards: the next live (key, value) at or after position `pos`,
    /// with the position after it. For iterators.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let _g = self.lock();
        let k = self.table()?;
        (pos..k.len()).find_map(|ix| k.entry_at(ix).map(|(_, key, v)| (ix + 1, key, v)))
    }
}

impl Default for DictObj {
    fn default() -> Self {
        DictObj::new()
    }
}

pub fn new_dict() -> Value {
    alloc_obj(rt().types.dict.as_ptr(), DictObj::new())
}

pub fn new_dict_of_type(ty: &Value) -> Value {
    let attrs = (!ty.is(&rt().types.dict)).then(new_dict);
    let mut d = DictObj::new();
    d.attrs = attrs;
    alloc_obj(ty.as_ptr(), d)
}

#[inline]
pub fn as_dict(v: &Value) -> Option<&DictObj> {
    downcast::<DictObj>(v)
}
