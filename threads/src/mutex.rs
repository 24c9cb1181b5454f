//! The 1-byte mutex in every object header.
//!
//! It protects the object's own storage for the length of one short, non-blocking
//! operation (a list append, a dict store), so it is designed like parking_lot's
//! `RawMutex`: the fast path is one CAS; under contention a thread spins briefly, then
//! sets PARKED and sleeps in `parking_lot_core`'s global parking table, keyed on the
//! byte's address. The unlocking thread wakes one sleeper.
//!
//! ```text
//! bit 0  LOCKED  someone holds the mutex
//! bit 1  PARKED  at least one thread may be asleep waiting for it
//! ```
//!
//! Waiting for an object mutex does *not* detach the thread from the registry: the
//! holder never runs Python code or blocks while holding it, so it will release the
//! mutex without needing a safepoint. Consequently, never call
//! [`crate::registry::stop_the_world`] or block while holding an object mutex.
//!
//! Under loom, parking is replaced by `yield_now` spinning (loom cannot see
//! `parking_lot_core`).
#![cfg_attr(not(weft_loom), allow(unsafe_code))] // reason: parking_lot_core's park/unpark are unsafe fns.

use crate::sync::{AtomicU8, Ordering};

const LOCKED: u8 = 0b01;
#[cfg(not(weft_loom))]
const PARKED: u8 = 0b10;

/// A one-byte mutex that guards no data itself: it is a lock bit for data elsewhere
/// (an object's fields), whose unsafe accessors rely on it.
#[repr(transparent)]
pub struct ObjMutex(AtomicU8);

/// Unlocks the [`ObjMutex`] when dropped.
#[must_use = "the mutex unlocks as soon as the guard is dropped"]
pub struct ObjMutexGuard<'a> {
    mutex: &'a ObjMutex,
}

impl ObjMutex {
    /// An unlocked mutex.
    #[cfg(not(weft_loom))]
    pub const fn new() -> Self {
        Self(AtomicU8::new(0))
    }

    /// An unlocked mutex (not `const` under loom).
    #[cfg(weft_loom)]
    pub fn new() -> Self {
        Self(AtomicU8::new(0))
    }

    /// Acquires the mutex, spinning then parking while another thread holds it.
    #[inline]
    pub fn lock(&self) {
        if self.0.compare_exchange_weak(0, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_err() {
            self.lock_slow();
        }
    }

    /// Acquires the mutex if it is free; never waits.
    #[inline]
    pub fn try_lock(&self) -> bool {
        let mut state = self.0.load(Ordering::Relaxed);
        loop {
            if state & LOCKED != 0 {
                return false;
            }
            match self.0.compare_exchange_weak(state, state | LOCKED, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => return true,
                Err(actual) => state = actual,
            }
        }
    }

    /// Releases the mutex.
    ///
    /// Safe to call, but calling it without holding the mutex breaks the mutual
    /// exclusion that the holder's unsafe code relies on: that is a bug in the caller,
    /// which must only unlock what it locked (any thread may unlock it, though).
    #[inline]
    pub fn unlock(&self) {
        if self.0.compare_exchange(LOCKED, 0, Ordering::Release, Ordering::Relaxed).is_err() {
            self.unlock_slow();
        }
    }

    /// Whether some thread holds the mutex (a racy snapshot).
    #[inline]
    pub fn is_locked(&self) -> bool {
        self.0.load(Ordering::Relaxed) & LOCKED != 0
    }

    /// Locks and returns a guard that unlocks on drop.
    #[inline]
    pub fn lock_guard(&self) -> ObjMutexGuard<'_> {
        self.lock();
        ObjMutexGuard { mutex: self }
    }

    /// Like [`ObjMutex::try_lock`], returning a guard on success.
    #[inline]
    pub fn try_lock_guard(&self) -> Option<ObjMutexGuard<'_>> {
        self.try_lock().then_some(ObjMutexGuard { mutex: self })
    }

    #[cfg(not(weft_loom))]
    fn key(&self) -> usize {
        self as *const Self as usize
    }

    #[cfg(not(weft_loom))]
    #[cold]
    #[inline(never)]
    fn lock_slow(&self) {
        let mut spin = parking_lot_core::SpinWait::new();
        let mut state = self.0.load(Ordering::Relaxed);
        loop {
            if state & LOCKED == 0 {
                match self.0.compare_exchange_weak(state, state | LOCKED, Ordering::Acquire, Ordering::Relaxed) {
                    Ok(_) => return,
                    Err(actual) => state = actual,
                }
                continue;
            }
            if state & PARKED == 0 && spin.spin() {
                state = self.0.load(Ordering::Relaxed);
                continue;
            }
            if state & PARKED == 0 {
                if let Err(actual) =
                    self.0.compare_exchange_weak(state, state | PARKED, Ordering::Relaxed, Ordering::Relaxed)
                {
                    state = actual;
                    continue;
                }
            }
            let validate = || self.0.load(Ordering::Relaxed) == LOCKED | PARKED;
            // SAFETY: `park` requires that the callbacks do not panic and do not call
            // into the parking lot; `validate` is one atomic load and the others are
            // empty. The key is this mutex's address, used only by this mutex.
            unsafe {
                parking_lot_core::park(
                    self.key(),
                    validate,
                    || {},
                    |_, _| {},
                    parking_lot_core::DEFAULT_PARK_TOKEN,
                    None,
                );
            }
            spin.reset();
            state = self.0.load(Ordering::Relaxed);
        }
    }

    #[cfg(not(weft_loom))]
    #[cold]
    #[inline(never)]
    fn unlock_slow(&self) {
        let callback = |result: parking_lot_core::UnparkResult| {
            // Keep PARKED if sleepers remain so the next unlock also takes the slow path.
            let state = if result.have_more_threads { PARKED } else { 0 };
            self.0.store(state, Ordering::Release);
            parking_lot_core::DEFAULT_UNPARK_TOKEN
        };
        // SAFETY: the callback only stores to the atomic; it neither panics nor calls
        // into the parking lot. The key is this mutex's address.
        unsafe {
            parking_lot_core::unpark_one(self.key(), callback);
        }
    }

    #[cfg(weft_loom)]
    fn lock_slow(&self) {
        while self.0.compare_exchange(0, LOCKED, Ordering::Acquire, Ordering::Relaxed).is_err() {
            crate::sync::thread::yield_now();
        }
    }

    #[cfg(weft_loom)]
    fn unlock_slow(&self) {
        self.0.store(0, Ordering::Release);
    }
}

impl Default for ObjMutex {
    fn default() -> Self {
        Self::new()
    }
}

impl core::fmt::Debug for ObjMutex {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ObjMutex").field("locked", &self.is_locked()).finish()
    }
}

impl Drop for ObjMutexGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        self.mutex.unlock();
    }
}

#[cfg(all(test, not(weft_loom)))]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn one_byte() {
        assert_eq!(core::mem::size_of::<ObjMutex>(), 1);
    }

    #[test]
    fn try_lock_and_guard() {
        let m = ObjMutex::new();
        assert!(m.try_lock());
        assert!(m.is_locked());
        assert!(!m.try_lock());
        m.unlock();
        {
            let _g = m.lock_guard();
            assert!(m.try_lock_guard().is_none());
        }
        assert!(!m.is_locked());
    }

    struct Shared {
        lock: ObjMutex,
        value: crate::sync::UnsafeCell<u64>,
    }
    // SAFETY: `value` is only accessed while `lock` is held.
    unsafe impl Sync for Shared {}

    #[test]
    fn contended_counter() {
        const THREADS: u64 = 8;
        const ITERS: u64 = 20_000;
        let s = Arc::new(Shared { lock: ObjMutex::new(), value: crate::sync::UnsafeCell::new(0) });
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                let s = Arc::clone(&s);
                std::thread::spawn(move || {
                    for i in 0..ITERS {
                        let _g = s.lock.lock_guard();
                        // SAFETY: we hold `s.lock`.
                        s.value.with_mut(|p| unsafe { *p += 1 });
                        if i.is_multiple_of(1000) {
                            std::thread::yield_now(); // provoke parking
                        }
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert!(!s.lock.is_locked());
        // SAFETY: all other threads have been joined.
        assert_eq!(s.value.with(|p| unsafe { *p }), THREADS * ITERS);
    }
}
