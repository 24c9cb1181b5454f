//! Access to the mutable state of an object under its header mutex.
//!
//! A container payload keeps its state in a [`Guarded<T>`]; `lock()` takes the 1-byte
//! mutex in the object's header and hands out `&mut T` for the guard's lifetime.
//! Rules (from the design): never run Python code or block while holding the guard;
//! when two objects must be locked, lock them in address order ([`lock_two`]).
#![allow(unsafe_code)] // the payload-to-header step and UnsafeCell access

use std::cell::UnsafeCell;
use std::ops::{Deref, DerefMut};
use weft_gc::Header;

/// State guarded by the header mutex of the object that contains it.
pub struct Guarded<T> {
    cell: UnsafeCell<T>,
}

// SAFETY: the inner value is only reached through `lock()` (mutual exclusion by the
// header mutex) or `get_unguarded` whose callers accept racy-but-memory-safe reads
// of word-sized data.
unsafe impl<T: Send> Sync for Guarded<T> {}
// SAFETY: as above.
unsafe impl<T: Send> Send for Guarded<T> {}

/// Payloads start right after the 24-byte header (all payloads have alignment <= 8).
const HEADER_SIZE: usize = std::mem::size_of::<Header>();

impl<T> Guarded<T> {
    pub fn new(v: T) -> Self {
        Guarded { cell: UnsafeCell::new(v) }
    }

    /// Lock the object whose payload is `payload` and whose first field... The guarded
    /// field must be reachable from the payload; `owner` is the payload it lives in.
    #[inline]
    pub fn lock<'a, P>(&'a self, owner: &'a P) -> LockGuard<'a, T> {
        let h = header_of_payload(owner);
        h.mutex.lock();
        LockGuard { header: h, cell: &self.cell }
    }

    /// Exclusive access without locking, for a payload we own exclusively (`&mut`).
    pub fn get_mut(&mut self) -> &mut T {
        self.cell.get_mut()
    }

    /// Raw pointer for lock-free readers that validate what they read.
    pub fn as_ptr(&self) -> *mut T {
        self.cell.get()
    }
}

/// The header of the object whose payload is `p`.
#[inline(always)]
pub fn header_of_payload<P>(p: &P) -> &Header {
    // SAFETY: every payload lives in an `Obj<P>` right after a 24-byte header
    // (repr(C), payload alignment <= 8), so stepping back HEADER_SIZE bytes lands on it.
    unsafe { &*((p as *const P as *const u8).sub(HEADER_SIZE) as *const Header) }
}

pub struct LockGuard<'a, T> {
    header: &'a Header,
    cell: &'a UnsafeCell<T>,
}

impl<T> Deref for LockGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        // SAFETY: the header mutex is held for the guard's lifetime.
        unsafe { &*self.cell.get() }
    }
}

impl<T> DerefMut for LockGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the header mutex is held for the guard's lifetime.
        unsafe { &mut *self.cell.get() }
    }
}

impl<T> Drop for LockGuard<'_, T> {
    fn drop(&mut self) {
        self.header.mutex.unlock();
    }
}
