//! The items of a list, laid out so that `l[i]` and `len(l)` need no lock.
//!
//! A buffer is one allocation of atomic words: word 0 holds its capacity, words
//! `1..=cap` the items (owned references; 0 past the end). Writers hold the list's
//! mutex and store with release; readers load the length, then the buffer, then the
//! item, with acquire, and count what they read. A buffer is never reallocated in
//! place: growing publishes a new buffer and retires the old one (`weft_gc::retire`),
//! and every reference a writer takes out of the list (a replaced, popped or cleared
//! item) is retired too, so a reader that loaded a word a moment earlier can still
//! count it. Items taken out are handed back to the caller as references of its own.
#![allow(unsafe_code)] // raw buffers of atomic words: see the SAFETY comments

use std::ops::{Deref, Range};
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering::*};

use super::locked::LockGuard;
use super::Value;
use weft_gc::retire;

/// Items of one list: the current buffer and the length.
pub struct ListItems {
    buf: AtomicPtr<AtomicUsize>,
    len: AtomicUsize,
}

/// An outgrown buffer waiting for readers to leave it (memory only: its words were
/// moved or released).
struct OldBuf(*mut AtomicUsize);

// SAFETY: the pointer is an allocation owned by this value alone; it only frees it.
unsafe impl Send for OldBuf {}

impl Drop for OldBuf {
    fn drop(&mut self) {
        // SAFETY: `self.0` came from `alloc_buf` and nothing references it any more.
        unsafe { free_buf(self.0) }
    }
}

/// The item word `i` of buffer `p`. Callers keep `i` below the capacity of `p`, a
/// live buffer, and use the reference only within the operation at hand.
#[inline]
fn slot<'b>(p: *mut AtomicUsize, i: usize) -> &'b AtomicUsize {
    // SAFETY: per the contract above, `p + 1 + i` is an initialised word of a live
    // allocation for as long as the caller uses it.
    unsafe { &*p.add(1 + i) }
}

fn alloc_buf(cap: usize) -> *mut AtomicUsize {
    let mut words: Vec<AtomicUsize> = (0..=cap).map(|_| AtomicUsize::new(0)).collect();
    words[0] = AtomicUsize::new(cap);
    Box::into_raw(words.into_boxed_slice()) as *mut AtomicUsize
}

/// # Safety
/// `p` came from `alloc_buf` and is referenced by nobody.
unsafe fn free_buf(p: *mut AtomicUsize) {
    // SAFETY: word 0 holds the capacity the buffer was allocated with.
    let cap = unsafe { (*p).load(Relaxed) };
    // SAFETY: `p` is the start of a boxed slice of `cap + 1` words (see `alloc_buf`).
    drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, cap + 1)) });
}

/// Hand a reference taken out of the list to the caller: while other threads may be
/// reading lock-free, the list's own reference is retired and the caller gets a new one.
#[inline]
fn hand_out(v: Value) -> Value {
    if retire::readers_may_race() {
        let out = v.clone();
        retire::retire_value(v);
        out
    } else {
        v
    }
}

impl ListItems {
    pub fn new(items: Vec<Value>) -> ListItems {
        let l = ListItems { buf: AtomicPtr::new(std::ptr::null_mut()), len: AtomicUsize::new(0) };
        if !items.is_empty() {
            let n = items.len();
            let p = alloc_buf(n);
            for (i, v) in items.into_iter().enumerate() {
                slot(p, i).store(v.into_raw(), Relaxed);
            }
            l.len.store(n, Relaxed);
            l.buf.store(p, Relaxed);
        }
        l
    }

    fn capacity_of(&self, p: *mut AtomicUsize) -> usize {
        if p.is_null() {
            0
        } else {
            // SAFETY: a non-null buffer pointer of this list is live (current, or retired
            // and not yet released while the caller may read it).
            unsafe { (*p).load(Relaxed) }
        }
    }

    // ---- lock-free readers ----

    /// The number of items.
    #[inline]
    pub fn len_now(&self) -> usize {
        self.len.load(Acquire)
    }

    /// A counted copy of item `i`, or None if out of range. Lock-free.
    #[inline]
    pub fn get_now(&self, i: usize) -> Option<Value> {
        let n = self.len.load(Acquire);
        let p = self.buf.load(Acquire);
        if i >= n || i >= self.capacity_of(p) {
            return None;
        }
        let w = slot(p, i).load(Acquire);
        // SAFETY: a word read from a buffer we may read: it is an owned reference of
        // the list, or was retired after we loaded it (still alive until our next
        // safepoint); cloning counts it now.
        (w != 0).then(|| unsafe { clone_word(w) })
    }

    fn cur(&self) -> (*mut AtomicUsize, usize) {
        (self.buf.load(Relaxed), self.len.load(Relaxed))
    }

    /// Visit the items without counting (the collector, under stop-the-world).
    pub fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        let (p, n) = self.cur();
        for i in 0..n.min(self.capacity_of(p)) {
            let w = slot(p, i).load(Relaxed);
            if w != 0 {
                // SAFETY: a live item word; the world is stopped, so nobody releases it.
                visit(&std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) }));
            }
        }
    }
}

/// Write access to a list's items: exists only while the list's mutex is held.
pub struct ListWriter<'a> {
    _guard: LockGuard<'a, ()>,
    items: &'a ListItems,
}

impl<'a> ListWriter<'a> {
    pub fn new(guard: LockGuard<'a, ()>, items: &'a ListItems) -> Self {
        ListWriter { _guard: guard, items }
    }

    fn cur(&self) -> (*mut AtomicUsize, usize) {
        self.items.cur()
    }

    fn capacity_of(&self, p: *mut AtomicUsize) -> usize {
        self.items.capacity_of(p)
    }

    /// Make room for `extra` more items, moving to a bigger buffer if needed.
    fn reserve(&mut self, extra: usize) {
        let (p, n) = self.cur();
        let cap = self.capacity_of(p);
        if n + extra <= cap {
            return;
        }
        let new_cap = (n + extra).max(cap + cap / 2).max(4);
        let q = alloc_buf(new_cap);
        for i in 0..n {
            slot(q, i).store(slot(p, i).load(Relaxed), Relaxed);
        }
        self.items.buf.store(q, Release);
        if !p.is_null() {
            retire_buf(p);
        }
    }

    pub fn push(&mut self, v: Value) {
        self.reserve(1);
        let (p, n) = self.cur();
        slot(p, n).store(v.into_raw(), Release);
        self.items.len.store(n + 1, Release);
    }

    pub fn extend(&mut self, items: impl IntoIterator<Item = Value>) {
        for v in items {
            self.push(v);
        }
    }

    /// Insert `v` before index `at` (`at` <= len).
    pub fn insert(&mut self, at: usize, v: Value) {
        self.reserve(1);
        let (p, n) = self.cur();
        for i in (at..n).rev() {
            slot(p, i + 1).store(slot(p, i).load(Relaxed), Release);
        }
        slot(p, at).store(v.into_raw(), Release);
        self.items.len.store(n + 1, Release);
    }

    /// Remove and return item `at` (`at` < len).
    pub fn remove(&mut self, at: usize) -> Value {
        let (p, n) = self.cur();
        let w = slot(p, at).load(Relaxed);
        for i in at + 1..n {
            slot(p, i - 1).store(slot(p, i).load(Relaxed), Release);
        }
        slot(p, n - 1).store(0, Release);
        self.items.len.store(n - 1, Release);
        // SAFETY: `w` was a live item: an owned reference, now out of the list.
        hand_out(unsafe { Value::from_raw(w) })
    }

    pub fn pop(&mut self) -> Option<Value> {
        let n = self.items.len.load(Relaxed);
        (n > 0).then(|| self.remove(n - 1))
    }

    /// Replace item `i` (< len) with `v`; returns the old item.
    pub fn replace(&mut self, i: usize, v: Value) -> Value {
        let (p, _) = self.cur();
        let w = slot(p, i).swap(v.into_raw(), AcqRel);
        // SAFETY: `w` was a live item: an owned reference, now out of the list.
        hand_out(unsafe { Value::from_raw(w) })
    }

    pub fn reverse(&mut self) {
        let (p, n) = self.cur();
        for i in 0..n / 2 {
            let (a, b) = (slot(p, i), slot(p, n - 1 - i));
            let wa = a.load(Relaxed);
            a.store(b.load(Relaxed), Release);
            b.store(wa, Release);
        }
    }

    /// Replace all items with `items`; returns the old ones.
    pub fn replace_all(&mut self, items: Vec<Value>) -> Vec<Value> {
        let (p, n) = self.cur();
        let new = std::mem::ManuallyDrop::new(ListItems::new(items));
        let (q, m) = new.cur();
        let old: Vec<usize> = (0..n).map(|i| slot(p, i).load(Relaxed)).collect();
        self.items.buf.store(q, Release);
        self.items.len.store(m, Release);
        if !p.is_null() {
            retire_buf(p);
        }
        // SAFETY: the old words were live items: owned references, now out of the list.
        old.into_iter().map(|w| hand_out(unsafe { Value::from_raw(w) })).collect()
    }

    /// Take all items out, leaving the list empty.
    pub fn take_all(&mut self) -> Vec<Value> {
        self.replace_all(Vec::new())
    }

    /// Replace the items in `range` with `items`; returns the removed ones.
    pub fn splice(&mut self, range: Range<usize>, items: Vec<Value>) -> Vec<Value> {
        if items.len() == range.len() {
            // Same length (`a[i:j] = b` on a permutation): replace in place.
            return range.zip(items).map(|(i, v)| self.replace(i, v)).collect();
        }
        let mut all = self.to_vec();
        let removed: Vec<Value> = all.splice(range, items).collect();
        drop(self.replace_all(all));
        removed
    }

    /// Remove the items in `range`; returns them.
    pub fn drain(&mut self, range: Range<usize>) -> Vec<Value> {
        self.splice(range, Vec::new())
    }

    /// Remove the items whose index is marked in `doomed`; returns them.
    pub fn remove_marked(&mut self, doomed: &[bool]) -> Vec<Value> {
        let (kept, gone): (Vec<_>, Vec<_>) = self.to_vec().into_iter().enumerate().partition(|(i, _)| !doomed[*i]);
        drop(self.replace_all(kept.into_iter().map(|(_, v)| v).collect()));
        gone.into_iter().map(|(_, v)| v).collect()
    }
}

fn retire_buf(p: *mut AtomicUsize) {
    let old = Box::new(OldBuf(p));
    if retire::readers_may_race() {
        retire::retire(old);
    }
}

/// # Safety
/// `w` must be a non-zero word of a live value (see `ListItems::get_now`).
#[inline]
unsafe fn clone_word(w: usize) -> Value {
    // SAFETY: per the contract; ManuallyDrop keeps the borrowed word uncounted.
    let v = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(w) });
    (*v).clone()
}

/// Under the lock, the items as a slice of values.
impl Deref for ListWriter<'_> {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        let (p, n) = self.cur();
        if p.is_null() {
            return &[];
        }
        // The writer holds the list's lock, so no other writer changes the words while
        // the slice is borrowed; lock-free readers only load them.
        // SAFETY: `Value` is a transparent non-zero word, `AtomicUsize` has the layout of
        // `usize`, the first `n` item words are live references (non-zero), unchanged
        // while borrowed (above).
        unsafe { std::slice::from_raw_parts(p.add(1) as *const Value, n) }
    }
}

impl Drop for ListItems {
    fn drop(&mut self) {
        let (p, n) = self.cur();
        if p.is_null() {
            return;
        }
        for i in 0..n {
            let w = slot(p, i).load(Relaxed);
            // SAFETY: a dead list owns its items; nobody else can read them now.
            drop(unsafe { Value::from_raw(w) });
        }
        // SAFETY: the list is dead: no reader can be in its buffer.
        unsafe { free_buf(p) };
    }
}
