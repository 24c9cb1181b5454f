//! `dict`: an insertion-ordered hash table guarded by the object's header mutex.
//!
//! Layout as CPython's compact dict: a sparse index table pointing into a dense entry
//! vector (which gives insertion order). Keys whose equality is decided natively (str,
//! int, float, tuples of those, identical objects) are compared under the lock; for
//! other keys the lock is dropped around the Python `__eq__` call and the probe
//! restarts if the dict changed meanwhile — never run Python code under a lock.
//!
//! `version` changes on every mutation; the VM uses it to cache global lookups.

use super::kinds;
use super::locked::{Guarded, LockGuard};
use super::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops;
use std::sync::atomic::{AtomicU64, Ordering};
use weft_gc::{alloc_obj, downcast, Payload};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

pub struct Entry {
    pub hash: i64,
    /// None for a deleted entry.
    pub key: Option<Value>,
    pub value: Option<Value>,
}

#[derive(Default)]
pub struct Table {
    indices: Vec<u32>,
    pub entries: Vec<Entry>,
    used: usize,
}

pub struct DictObj {
    table: Guarded<Table>,
    version: AtomicU64,
    /// The attribute dict of an instance of a dict subclass (None for plain dicts).
    pub attrs: Option<Value>,
}

impl Payload for DictObj {
    const KIND: u8 = kinds::DICT;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        #[allow(unsafe_code)]
        // SAFETY: called by the collector under stop-the-world: no thread is inside a
        // critical section of this dict.
        let t = unsafe { &*self.table.as_ptr() };
        for e in &t.entries {
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                visit(k);
                visit(v);
            }
        }
        if let Some(a) = &self.attrs {
            visit(a);
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.lock());
        self.bump();
        drop(old);
        if let Some(d) = self.attrs.as_ref().and_then(as_dict) {
            d.clear_all();
        }
    }
}

enum Probe {
    Found(usize),
    Missing(usize),
    /// A key with the same hash whose equality needs Python code: entry index, key.
    Ask(usize, Value),
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Probe for `key`; `skip` lists entries already known to be unequal.
    fn probe(&self, hash: i64, key: &Value, skip: &[usize]) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing(usize::MAX);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_free = usize::MAX;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing(if first_free != usize::MAX { first_free } else { i });
            }
            if ix == DUMMY {
                if first_free == usize::MAX {
                    first_free = i;
                }
            } else {
                let e = &self.entries[ix as usize];
                if let Some(k) = &e.key {
                    if k.is(key) {
                        return Probe::Found(ix as usize);
                    }
                    if e.hash == hash && !skip.contains(&(ix as usize)) {
                        match ops::eq_native(k, key) {
                            Some(true) => return Probe::Found(ix as usize),
                            Some(false) => {}
                            None => return Probe::Ask(ix as usize, k.clone()),
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn slot_of_entry(&self, hash: i64, entry: usize) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == entry as u32 {
                return i;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn needs_resize(&self) -> bool {
        self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2
    }

    fn resize(&mut self) {
        let live: Vec<Entry> = std::mem::take(&mut self.entries).into_iter().filter(|e| e.key.is_some()).collect();
        let mut size = 8;
        while size * 2 <= (live.len() + 1) * 3 {
            size *= 2;
        }
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in live.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            self.indices[i] = n as u32;
        }
        self.used = live.len();
        self.entries = live;
    }

    fn insert_new(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        let mut slot = slot;
        if self.needs_resize() {
            self.resize();
            let mask = self.mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            }
            slot = i;
        }
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key: Some(key), value: Some(value) });
        self.used += 1;
    }

    pub fn len(&self) -> usize {
        self.used
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj { table: Guarded::new(Table::default()), version: AtomicU64::new(0), attrs: None }
    }

    /// A new dict value with type pointer `ty` (raw, for bootstrap).
    pub fn new_value_raw(ty: *const weft_gc::Header) -> Value {
        alloc_obj(ty, DictObj::new())
    }

    #[inline]
    pub fn lock(&self) -> LockGuard<'_, Table> {
        self.table.lock(self)
    }

    fn bump(&self) {
        self.version.fetch_add(1, Ordering::Release);
    }

    /// Changes whenever the dict is mutated.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.load(Ordering::Acquire)
    }

    pub fn len(&self) -> usize {
        self.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Look up `key` (hash computed by the caller). Runs `__eq__` outside the lock.
    pub fn get_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let mut skip = Vec::new();
        loop {
            let (probe, version) = {
                let t = self.lock();
                (t.probe(hash, key, &skip), self.version())
            };
            match probe {
                Probe::Found(ix) => {
                    let t = self.lock();
                    if self.version() == version {
                        return Ok(t.entries[ix].value.clone());
                    }
                }
                Probe::Missing(_) => return Ok(None),
                Probe::Ask(ix, k) => {
                    if ops::eq(&k, key)? {
                        let t = self.lock();
                        if self.version() == version {
                            return Ok(t.entries[ix].value.clone());
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

    /// Set `key` to `value`; returns the previous value (dropped by the caller, after
    /// the lock is released).
    pub fn set_hashed(&self, key: Value, hash: i64, value: Value) -> PyResult<Option<Value>> {
        let mut skip = Vec::new();
        loop {
            let mut t = self.lock();
            let version = self.version();
            match t.probe(hash, &key, &skip) {
                Probe::Found(ix) => {
                    let old = t.entries[ix].value.replace(value);
                    self.bump();
                    return Ok(old);
                }
                Probe::Missing(slot) => {
                    t.insert_new(slot, hash, key, value);
                    self.bump();
                    return Ok(None);
                }
                Probe::Ask(ix, k) => {
                    drop(t);
                    if ops::eq(&k, &key)? {
                        let mut t = self.lock();
                        if self.version() == version {
                            let old = t.entries[ix].value.replace(value);
                            self.bump();
                            return Ok(old);
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
            let mut t = self.lock();
            let version = self.version();
            match t.probe(hash, &key, &skip) {
                Probe::Found(ix) => return Ok(t.entries[ix].value.clone().unwrap_or(default)),
                Probe::Missing(slot) => {
                    t.insert_new(slot, hash, key, default.clone());
                    self.bump();
                    return Ok(default);
                }
                Probe::Ask(ix, k) => {
                    drop(t);
                    if ops::eq(&k, &key)? {
                        let t = self.lock();
                        if self.version() == version {
                            return Ok(t.entries[ix].value.clone().unwrap_or(default));
                        }
                        skip.clear();
                    } else {
                        skip.push(ix);
                    }
                }
            }
        }
    }

    /// Remove and return the last inserted (key, value) (`popitem`), or None if empty.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.lock();
        let ix = t.entries.iter().rposition(|e| e.key.is_some())?;
        let hash = t.entries[ix].hash;
        let slot = t.slot_of_entry(hash, ix);
        t.indices[slot] = DUMMY;
        let e = t.entries.remove(ix);
        t.entries.truncate(ix);
        t.used -= 1;
        self.bump();
        drop(t);
        Some((e.key?, e.value?))
    }

    pub fn set(&self, key: Value, value: Value) -> PyResult<()> {
        let h = ops::hash(&key)?;
        let old = self.set_hashed(key, h, value)?;
        drop(old);
        Ok(())
    }

    /// Remove `key`; returns its value if it was present.
    pub fn remove_hashed(&self, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        let mut skip = Vec::new();
        loop {
            let mut t = self.lock();
            let version = self.version();
            let found = match t.probe(hash, key, &skip) {
                Probe::Found(ix) => Some(ix),
                Probe::Missing(_) => return Ok(None),
                Probe::Ask(ix, k) => {
                    drop(t);
                    if ops::eq(&k, key)? {
                        t = self.lock();
                        if self.version() != version {
                            skip.clear();
                            continue;
                        }
                        Some(ix)
                    } else {
                        skip.push(ix);
                        continue;
                    }
                }
            };
            let ix = found.unwrap_or(0);
            let slot = t.slot_of_entry(hash, ix);
            t.indices[slot] = DUMMY;
            let e = &mut t.entries[ix];
            let k = e.key.take();
            let v = e.value.take();
            t.used -= 1;
            self.bump();
            drop(t);
            drop(k);
            return Ok(v);
        }
    }

    pub fn remove(&self, key: &Value) -> PyResult<Option<Value>> {
        let h = ops::hash(key)?;
        self.remove_hashed(key, h)
    }

    /// Fast path for interned-str keys (attribute names, globals): identity compare
    /// first, then string compare. Never runs Python code.
    pub fn get_str(d: &Value, name: &Value) -> Option<Value> {
        let dict = downcast::<DictObj>(d)?;
        let h = super::str::as_strobj(name)?.hash();
        let t = dict.lock();
        match t.probe(h, name, &[]) {
            Probe::Found(ix) => t.entries[ix].value.clone(),
            _ => None,
        }
    }

    /// Set with a str key (never runs Python code).
    pub fn set_str(&self, name: Value, value: Value) {
        let h = super::str::as_strobj(&name).map(|s| s.hash()).unwrap_or(0);
        let old = self.set_hashed(name, h, value);
        drop(old);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.lock().entries.iter().filter_map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.lock().entries.iter().filter_map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.lock()
            .entries
            .iter()
            .filter_map(|e| match (&e.key, &e.value) {
                (Some(k), Some(v)) => Some((k.clone(), v.clone())),
                _ => None,
            })
            .collect()
    }

    /// Remove everything.
    pub fn clear_all(&self) {
        let old = std::mem::take(&mut *self.lock());
        self.bump();
        drop(old);
    }

    /// Entry `pos` onwards: the next live (key, value) at or after position `pos`,
    /// with the position after it. For iterators.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.lock();
        let mut p = pos;
        while p < t.entries.len() {
            let e = &t.entries[p];
            if let (Some(k), Some(v)) = (&e.key, &e.value) {
                return Some((p + 1, k.clone(), v.clone()));
            }
            p += 1;
        }
        None
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
    alloc_obj(ty.as_ptr(), DictObj { attrs, ..DictObj::new() })
}

#[inline]
pub fn as_dict(v: &Value) -> Option<&DictObj> {
    downcast::<DictObj>(v)
}
