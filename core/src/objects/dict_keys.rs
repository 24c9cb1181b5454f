//! The hash table of a dict, laid out so that readers need no lock.
//!
//! As CPython's compact dict: a sparse index table (powers of two, open addressing
//! with CPython's perturbation) pointing into a dense entry array that keeps insertion
//! order. The entry array has a fixed capacity: a table never reallocates in place; a
//! dict that outgrows it builds a new table and *retires* the old one (see
//! `weft_gc::retire`), so a reader that loaded the old pointer can finish its probe.
//!
//! Every field is an atomic. Writers hold the dict's mutex and publish an entry before
//! its index (release stores); readers load with acquire. Entry words are owned
//! references (0 = none): a table owns its keys and values, and moving entries into a
//! new table moves that ownership, so dropping a `Keys` frees only memory. Releasing
//! the words is explicit ([`Keys::release_words`], or [`OwnedKeys`]).
#![allow(unsafe_code)] // words <-> values: see the SAFETY comments

use std::mem::ManuallyDrop;
use std::sync::atomic::{AtomicI64, AtomicU32, AtomicUsize, Ordering::*};

use super::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;

struct Slot {
    hash: AtomicI64,
    key: AtomicUsize,
    value: AtomicUsize,
}

pub struct Keys {
    indices: Box<[AtomicU32]>,
    entries: Box<[Slot]>,
    /// Entries handed out so far (live or deleted); the next insertion goes here.
    len: AtomicUsize,
    /// Empty index slots that insertions may still fill. Deleting does not give one
    /// back (the slot becomes a tombstone), so at least a third of the index slots stay
    /// empty and every probe ends.
    usable: AtomicUsize,
}

/// Result of a probe.
pub enum Find {
    /// The entry index holding the key.
    Found(usize),
    /// Absent; the index slot where it would be inserted.
    Missing(usize),
    /// An entry whose key has the same hash but needs Python `__eq__`: its index and key.
    Ask(usize, Value),
}

/// A borrowed view of an owned word, without touching its count.
///
/// SAFETY (for callers): `w` must be non-zero and point to an object that stays alive
/// for the view's use: an entry word of a table the caller may read (the dict's lock
/// is held, or the reader has not passed a safepoint since loading the table, so a
/// word taken out meanwhile is only retired).
#[inline(always)]
unsafe fn view(w: usize) -> ManuallyDrop<Value> {
    // SAFETY: per the function contract the word is a live value we do not own; the
    // ManuallyDrop keeps its count untouched.
    ManuallyDrop::new(unsafe { Value::from_raw(w) })
}

#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb as usize)) & mask
}

impl Keys {
    /// An empty table with room for at least `n` entries.
    pub fn with_room(n: usize) -> Box<Keys> {
        let mut size = MIN_SIZE;
        while size * 2 / 3 < n.max(1) {
            size *= 2;
        }
        let indices: Box<[AtomicU32]> = (0..size).map(|_| AtomicU32::new(EMPTY)).collect();
        let entries: Box<[Slot]> = (0..size * 2 / 3)
            .map(|_| Slot { hash: AtomicI64::new(0), key: AtomicUsize::new(0), value: AtomicUsize::new(0) })
            .collect();
        let usable = AtomicUsize::new(entries.len());
        Box::new(Keys { indices, entries, len: AtomicUsize::new(0), usable })
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Whether one more entry fits.
    #[inline]
    pub fn has_room(&self) -> bool {
        self.len.load(Relaxed) < self.entries.len() && self.usable.load(Relaxed) > 0
    }

    /// Entries handed out (live or deleted): the bound for positions.
    #[inline]
    pub fn len(&self) -> usize {
        self.len.load(Acquire)
    }

    /// Probe for `key`; `skip` lists entries already known to be unequal. Never runs
    /// Python code; usable with or without the lock (see `view` for the contract).
    pub fn find(&self, hash: i64, key: &Value, skip: &[usize]) -> Find {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_free = usize::MAX;
        loop {
            let ix = self.indices[i].load(Acquire);
            if ix == EMPTY {
                return Find::Missing(if first_free != usize::MAX { first_free } else { i });
            }
            if ix == DUMMY {
                if first_free == usize::MAX {
                    first_free = i;
                }
            } else {
                let e = &self.entries[ix as usize];
                let kw = e.key.load(Acquire);
                if kw == key.word() {
                    return Find::Found(ix as usize);
                }
                if kw != 0 && e.hash.load(Relaxed) == hash && !skip.contains(&(ix as usize)) {
                    // SAFETY: a key word read from a table we may read (see `view`).
                    let k = unsafe { view(kw) };
                    match crate::vm::compare::eq_native(&k, key) {
                        Some(true) => return Find::Found(ix as usize),
                        Some(false) => {}
                        None => return Find::Ask(ix as usize, (*k).clone()),
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// A counted copy of the value of entry `ix` (None if it was deleted).
    #[inline]
    pub fn value_at(&self, ix: usize) -> Option<Value> {
        let w = self.entries[ix].value.load(Acquire);
        // SAFETY: a value word read from a table we may read (see `view`); cloning
        // counts it before the caller can pass a safepoint.
        (w != 0).then(|| unsafe { (*view(w)).clone() })
    }

    /// Counted copies of entry `ix`: (hash, key, value), or None if it was deleted.
    pub fn entry_at(&self, ix: usize) -> Option<(i64, Value, Value)> {
        let e = &self.entries[ix];
        let (kw, vw) = (e.key.load(Acquire), e.value.load(Acquire));
        if kw == 0 || vw == 0 {
            return None;
        }
        // SAFETY: words read from a table we may read (see `view`), counted at once.
        unsafe { Some((e.hash.load(Relaxed), (*view(kw)).clone(), (*view(vw)).clone())) }
    }

    /// Visit every live key and value without counting (for the collector, which reads
    /// under stop-the-world).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.entries[..self.len()] {
            let (kw, vw) = (e.key.load(Relaxed), e.value.load(Relaxed));
            if kw != 0 && vw != 0 {
                // SAFETY: the table owns these words and nobody mutates it meanwhile.
                unsafe {
                    visit(&view(kw));
                    visit(&view(vw));
                }
            }
        }
    }

    // ---- writers: the caller holds the dict's lock ----

    /// Insert a new entry at index slot `slot` (from `find`); the table has room.
    pub fn insert(&self, slot: usize, hash: i64, key: Value, value: Value) {
        let ix = self.len.load(Relaxed);
        let e = &self.entries[ix];
        e.hash.store(hash, Relaxed);
        e.key.store(key.into_raw(), Release);
        e.value.store(value.into_raw(), Release);
        self.len.store(ix + 1, Release);
        if self.indices[slot].swap(ix as u32, AcqRel) == EMPTY {
            self.usable.fetch_sub(1, Relaxed);
        }
    }

    /// Replace the value of live entry `ix`; returns the old value (to retire).
    pub fn replace_value(&self, ix: usize, value: Value) -> Value {
        let old = self.entries[ix].value.swap(value.into_raw(), AcqRel);
        // SAFETY: the entry was live, so the word is an owned reference, now ours.
        unsafe { Value::from_raw(old) }
    }

    /// The index slot that points at entry `ix` (whose hash is `hash`).
    fn slot_of_entry(&self, hash: i64, ix: usize) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i].load(Relaxed) != ix as u32 {
            i = next_slot(i, &mut perturb, mask);
        }
        i
    }

    /// Delete live entry `ix`; returns its key and value (to retire).
    pub fn delete(&self, ix: usize) -> (Value, Value) {
        let e = &self.entries[ix];
        let slot = self.slot_of_entry(e.hash.load(Relaxed), ix);
        self.indices[slot].store(DUMMY, Release);
        let (k, v) = (e.key.swap(0, AcqRel), e.value.swap(0, AcqRel));
        // SAFETY: the entry was live: both words are owned references, now ours.
        unsafe { (Value::from_raw(k), Value::from_raw(v)) }
    }

    /// The last live entry index, if any.
    pub fn last_live(&self) -> Option<usize> {
        (0..self.len.load(Relaxed)).rev().find(|&ix| self.entries[ix].key.load(Relaxed) != 0)
    }

    /// Forget deleted entries at positions `ix..` (after `delete` of the last live one),
    /// so the next insertion reuses them.
    pub fn truncate(&self, ix: usize) {
        self.len.store(ix, Release);
    }

    /// A new table holding the live entries of this one (moved: this table keeps the
    /// words but no longer owns them) with room for `extra` more.
    pub fn rebuilt(&self, live: usize, extra: usize) -> Box<Keys> {
        let new = Keys::with_room(live + extra);
        let mask = new.mask();
        let mut n = 0;
        for e in &self.entries[..self.len.load(Relaxed)] {
            let kw = e.key.load(Relaxed);
            if kw == 0 {
                continue;
            }
            let hash = e.hash.load(Relaxed);
            let d = &new.entries[n];
            d.hash.store(hash, Relaxed);
            d.key.store(kw, Relaxed);
            d.value.store(e.value.load(Relaxed), Relaxed);
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while new.indices[i].load(Relaxed) != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            new.indices[i].store(n as u32, Relaxed);
            n += 1;
        }
        new.len.store(n, Relaxed);
        new.usable.fetch_sub(n, Relaxed);
        new
    }

    /// Drop the references this table owns (it must own them: not moved by `rebuilt`).
    pub fn release_words(&self) {
        for e in &self.entries[..self.len.load(Relaxed)] {
            let (kw, vw) = (e.key.swap(0, Relaxed), e.value.swap(0, Relaxed));
            if kw != 0 {
                // SAFETY: live entry words are owned references of this table.
                unsafe {
                    drop(Value::from_raw(kw));
                    drop(Value::from_raw(vw));
                }
            }
        }
    }
}

/// A table that still owns its words: dropping it releases them (for `clear`).
pub struct OwnedKeys(pub Box<Keys>);

impl Drop for OwnedKeys {
    fn drop(&mut self) {
        self.0.release_words();
    }
}
