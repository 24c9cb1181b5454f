//! `set` and `frozenset`: CPython's open-addressing table, reproduced probe for probe.
//!
//! Python code routinely prints sets, and the order it sees is the order of the hash
//! table's slots. Using the same table size policy, linear probes and perturbation as
//! CPython makes `print({3, 1, 2})` show `{1, 2, 3}` here too.

use super::kinds;
use super::locked::{Guarded, LockGuard};
use super::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops;
use weft_gc::{alloc_obj, downcast, Payload};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const DUMMY_HASH: i64 = -1;

#[derive(Clone)]
pub struct Slot {
    pub hash: i64,
    /// None and hash 0: unused; None and hash -1: dummy (deleted).
    pub key: Option<Value>,
}

#[derive(Clone)]
pub struct SetTable {
    pub slots: Vec<Slot>,
    fill: usize,
    pub used: usize,
    /// Where the next `pop` starts searching (CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: vec![Slot { hash: 0, key: None }; MINSIZE], fill: 0, used: 0, finger: 0 }
    }
}

enum Probe {
    /// Slot position of the key.
    Found(usize),
    /// Insert position.
    Missing(usize),
    Ask(Value),
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    fn probe(&self, hash: i64, key: &Value, skip: &[usize]) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = usize::MAX;
        loop {
            let mut j = i;
            let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            loop {
                let e = &self.slots[j];
                match &e.key {
                    None if e.hash == 0 => return Probe::Missing(if freeslot != usize::MAX { freeslot } else { j }),
                    // CPython 3.11 reuses the last dummy seen on the probe path.
                    None => freeslot = j,
                    Some(k) => {
                        if e.hash == hash {
                            if k.is(key) {
                                return Probe::Found(j);
                            }
                            if !skip.contains(&k.word()) {
                                match ops::eq_native(k, key) {
                                    Some(true) => return Probe::Found(j),
                                    Some(false) => {}
                                    None => return Probe::Ask(k.clone()),
                                }
                            }
                        }
                    }
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn find_slot(&self, hash: i64, key: &Value) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let mut j = i;
            let mut probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            loop {
                let e = &self.slots[j];
                match &e.key {
                    None if e.hash == 0 => return None,
                    Some(k) if k.is(key) => return Some(j),
                    _ => {}
                }
                if probes == 0 {
                    break;
                }
                probes -= 1;
                j += 1;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].key.is_none() {
                slots[i] = Slot { hash, key: Some(key) };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if slots[j].key.is_none() {
                        slots[j] = Slot { hash, key: Some(key) };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot { hash: 0, key: None }; newsize]);
        for s in old {
            if let Some(k) = s.key {
                SetTable::insert_clean(&mut self.slots, s.hash, k);
            }
        }
        self.fill = self.used;
    }

    fn insert_at(&mut self, pos: usize, hash: i64, key: Value) {
        let was_unused = self.slots[pos].hash == 0 && self.slots[pos].key.is_none();
        self.slots[pos] = Slot { hash, key: Some(key) };
        self.used += 1;
        if was_unused {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let target = if self.used > 50000 { self.used * 2 } else { self.used * 4 };
                self.resize(target);
            }
        }
    }

    fn remove_at(&mut self, pos: usize) -> Option<Value> {
        let old = self.slots[pos].key.take();
        self.slots[pos].hash = DUMMY_HASH;
        self.used -= 1;
        old
    }

    /// Keys in slot order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots.iter().filter_map(|s| s.key.clone()).collect()
    }

    /// Hashes and keys in slot order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots.iter().filter_map(|s| s.key.clone().map(|k| (s.hash, k))).collect()
    }

    pub fn len(&self) -> usize {
        self.used
    }
}

pub struct SetObj {
    table: Guarded<SetTable>,
    /// The attribute dict of an instance of a set or frozenset subclass (None for
    /// plain sets).
    pub attrs: Option<Value>,
}

impl Payload for SetObj {
    const KIND: u8 = kinds::SET;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        #[allow(unsafe_code)]
        // SAFETY: called under stop-the-world; nobody mutates the table.
        let t = unsafe { &*self.table.as_ptr() };
        for s in &t.slots {
            if let Some(k) = &s.key {
                visit(k);
            }
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

impl SetObj {
    pub fn new() -> SetObj {
        SetObj { table: Guarded::new(SetTable::default()), attrs: None }
    }

    #[inline]
    pub fn lock(&self) -> LockGuard<'_, SetTable> {
        self.table.lock(self)
    }

    pub fn len(&self) -> usize {
        self.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn add_hashed(&self, key: Value, hash: i64) -> PyResult<()> {
        let mut skip = Vec::new();
        loop {
            let mut t = self.lock();
            match t.probe(hash, &key, &skip) {
                Probe::Found(_) => return Ok(()),
                Probe::Missing(pos) => {
                    t.insert_at(pos, hash, key);
                    return Ok(());
                }
                Probe::Ask(k) => {
                    drop(t);
                    if ops::eq(&k, &key)? {
                        return Ok(());
                    }
                    skip.push(k.word());
                }
            }
        }
    }

    pub fn add(&self, key: Value) -> PyResult<()> {
        let h = ops::hash(&key)?;
        self.add_hashed(key, h)
    }

    pub fn contains_hashed(&self, key: &Value, hash: i64) -> PyResult<bool> {
        let mut skip = Vec::new();
        loop {
            let probe = self.lock().probe(hash, key, &skip);
            match probe {
                Probe::Found(_) => return Ok(true),
                Probe::Missing(_) => return Ok(false),
                Probe::Ask(k) => {
                    if ops::eq(&k, key)? {
                        return Ok(true);
                    }
                    skip.push(k.word());
                }
            }
        }
    }

    pub fn contains(&self, key: &Value) -> PyResult<bool> {
        let h = ops::hash(key)?;
        self.contains_hashed(key, h)
    }

    /// Remove `key`; returns whether it was present.
    pub fn discard(&self, key: &Value) -> PyResult<bool> {
        let h = ops::hash(key)?;
        self.discard_hashed(key, h)
    }

    /// Remove `key` (hash computed by the caller); returns whether it was present.
    pub fn discard_hashed(&self, key: &Value, hash: i64) -> PyResult<bool> {
        let mut skip = Vec::new();
        loop {
            let mut t = self.lock();
            match t.probe(hash, key, &skip) {
                Probe::Found(pos) => {
                    let old = t.remove_at(pos);
                    drop(t);
                    drop(old);
                    return Ok(true);
                }
                Probe::Missing(_) => return Ok(false),
                Probe::Ask(k) => {
                    drop(t);
                    if ops::eq(&k, key)? {
                        let mut t = self.lock();
                        if let Some(pos) = t.find_slot(hash, &k) {
                            let old = t.remove_at(pos);
                            drop(t);
                            drop(old);
                            return Ok(true);
                        }
                        skip.clear();
                    } else {
                        skip.push(k.word());
                    }
                }
            }
        }
    }

    /// Grow the table ahead of adding `n` keys, as CPython's `set_update_internal`
    /// does for dicts (the table size decides the iteration order).
    pub fn presize(&self, n: usize) {
        let mut t = self.lock();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let target = (t.used + n) * 2;
            t.resize(target);
        }
    }

    /// Rebuild the table when deletions left many dummies (end of CPython's
    /// `set_difference_update_internal`).
    pub fn shrink_dummies(&self) {
        let mut t = self.lock();
        if (t.fill - t.used) * 5 >= t.mask() {
            let target = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
            t.resize(target);
        }
    }

    /// Add all (hash, key) pairs of another set, following CPython's `set_merge`.
    pub fn merge_entries(&self, other: &SetTable) {
        let mut t = self.lock();
        if other.used == 0 {
            return;
        }
        if (t.fill + other.used) * 5 >= t.mask() * 3 {
            let target = (t.used + other.used) * 2;
            t.resize(target);
        }
        if t.fill == 0 && t.mask() == other.mask() && other.fill == other.used {
            t.slots = other.slots.clone();
            t.fill = other.fill;
            t.used = other.used;
            return;
        }
        if t.fill == 0 {
            for s in &other.slots {
                if let Some(k) = &s.key {
                    SetTable::insert_clean(&mut t.slots, s.hash, k.clone());
                }
            }
            t.fill = other.used;
            t.used = other.used;
            return;
        }
        for s in &other.slots {
            if let Some(k) = &s.key {
                if let Probe::Missing(pos) = t.probe(s.hash, k, &[]) {
                    t.insert_at(pos, s.hash, k.clone());
                }
            }
        }
    }

    pub fn keys(&self) -> Vec<Value> {
        self.lock().keys()
    }

    /// Remove and return an arbitrary element, searching from the `finger` like
    /// CPython's `set.pop`.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.lock();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut pos = t.finger & mask;
        while t.slots[pos].key.is_none() {
            pos = (pos + 1) & mask;
        }
        t.finger = pos + 1;
        t.remove_at(pos)
    }

    pub fn clear_all(&self) {
        let old = std::mem::take(&mut *self.lock());
        drop(old);
    }
}

impl Default for SetObj {
    fn default() -> Self {
        SetObj::new()
    }
}

/// A set payload for an instance of `ty` (set, frozenset or a subclass of either).
pub fn new_set_of_type(ty: &Value) -> Value {
    let t = &rt().types;
    let attrs = (!ty.is(&t.set) && !ty.is(&t.frozenset)).then(super::dict::new_dict);
    alloc_obj(ty.as_ptr(), SetObj { table: Guarded::new(SetTable::default()), attrs })
}

pub fn new_set() -> Value {
    new_set_of_type(&rt().types.set)
}

pub fn new_frozenset() -> Value {
    new_set_of_type(&rt().types.frozenset)
}

#[inline]
pub fn as_set(v: &Value) -> Option<&SetObj> {
    downcast::<SetObj>(v)
}

pub fn is_frozenset(v: &Value) -> bool {
    crate::objects::typeobj::is_instance(v, &rt().types.frozenset)
}
