//! Biased reference counting (PEP 703), in 12 bytes.
//!
//! Most objects are only ever touched by the thread that created them, so that thread
//! (the *owner*) counts with plain, non-atomic loads and stores on `local`. Every other
//! thread uses the atomic `shared` word. The true count is `local + shared.count`.
//!
//! # Layout
//!
//! ```text
//! owner  (u32)  0            no owner: merged (or created by an unregistered thread)
//!               1..MAX-1     the owning thread's Tid
//!               TID_UNCOUNTED immortal or deferred: incref/decref do nothing
//! local  (u32)  count of the owner's references; touched only by the owner
//! shared (i32)  | count (30 bits, signed) | MERGED (bit 1) | QUEUED (bit 0) |
//! ```
//!
//! `shared.count` may go negative: a non-owner may release a reference the owner
//! counted in `local`.
//!
//! # Protocol
//!
//! * Owner incref/decref: `local += 1` / `local -= 1`. When `local` reaches 0, the
//!   owner either finds `shared == 0` (nobody else holds a reference: `Dead`), or gives
//!   up ownership: `owner = 0`, then sets MERGED; if the count had meanwhile dropped to
//!   0 it is `Dead`, otherwise the last non-owner decref will see it.
//! * Non-owner incref: `shared += 1 << 2`.
//! * Non-owner decref: if `shared == 0` exactly (count 0, no flags) the decrement would
//!   go negative on an unmerged object; instead set QUEUED *without* decrementing
//!   (the reference now belongs to the owner's merge queue) and return `Queue`.
//!   Otherwise decrement; reaching `count == 0` with MERGED set (QUEUED clear) is `Dead`.
//! * [`BiasedRc::merge`] consumes the queue's reference. If the object still has an
//!   owner, the caller is that owner (or holds its freed registry slot), so it folds
//!   `local` into `shared`, clears QUEUED, sets MERGED and `owner = 0`. If the owner
//!   already gave up ownership, it just releases the queue's reference.
//!
//! Every transition that can produce `Dead` is a single RMW on `shared` that observes
//! `count == 0` after all owners have left, so exactly one caller sees `Dead`.
//! All `shared` RMWs are `AcqRel`, so the thread that sees `Dead` happens-after every
//! other use of the object.
#![allow(unsafe_code)] // reason: `local` is an UnsafeCell only its owner thread touches.

use crate::sync::{AtomicI32, AtomicU32, Ordering, UnsafeCell};

/// A thread id as stored in object headers. `0` means "no owner".
pub type Tid = u32;

/// Owner value of immortal and deferred objects: incref/decref are no-ops.
pub const TID_UNCOUNTED: Tid = u32::MAX;

const QUEUED: i32 = 0b01;
const MERGED: i32 = 0b10;
const SHIFT: u32 = 2;
const ONE: i32 = 1 << SHIFT;

/// What the caller of [`BiasedRc::decref`] must do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Decref {
    /// The object is still referenced.
    Alive,
    /// That was the last reference: the caller must free the object.
    Dead,
    /// The caller must hand the object to its owner:
    /// `registry::queue_merge(rc.owner(), obj, merge_now)`. The object stays alive.
    Queue,
}

/// A biased reference count: owner id, owner-local count, shared atomic count.
#[repr(C)]
pub struct BiasedRc {
    owner: AtomicU32,
    local: UnsafeCell<u32>,
    shared: AtomicI32,
}

// SAFETY: the only non-Sync field is `local`, which is read and written only by the
// thread whose Tid is in `owner` (or, after that thread unregistered, by one thread
// holding its freed registry slot, ordered by the registry's locks). All other state
// is atomic.
unsafe impl Sync for BiasedRc {}

#[cfg(not(weft_loom))]
const _: () = assert!(core::mem::size_of::<BiasedRc>() == 12);

impl BiasedRc {
    /// A count of 1, held by `owner`. With `owner == 0` the count starts merged.
    pub fn new(owner: Tid) -> Self {
        if owner == 0 {
            Self { owner: AtomicU32::new(0), local: UnsafeCell::new(0), shared: AtomicI32::new(ONE | MERGED) }
        } else {
            Self { owner: AtomicU32::new(owner), local: UnsafeCell::new(1), shared: AtomicI32::new(0) }
        }
    }

    /// An immortal/deferred count: incref and decref do nothing.
    #[cfg(not(weft_loom))]
    pub const fn new_uncounted() -> Self {
        Self { owner: AtomicU32::new(TID_UNCOUNTED), local: UnsafeCell::new(0), shared: AtomicI32::new(0) }
    }

    /// An immortal/deferred count (not `const` under loom).
    #[cfg(weft_loom)]
    pub fn new_uncounted() -> Self {
        Self { owner: AtomicU32::new(TID_UNCOUNTED), local: UnsafeCell::new(0), shared: AtomicI32::new(0) }
    }

    /// Adds a reference. `me` is [`crate::registry::current_tid`] (never 0).
    #[inline(always)]
    pub fn incref(&self, me: Tid) {
        debug_assert!(me != 0, "incref from an unregistered thread");
        let owner = self.owner.load(Ordering::Relaxed);
        if owner == me {
            // SAFETY: we are the owner; only the owner touches `local`.
            self.local.with_mut(|p| unsafe { *p += 1 });
        } else if owner != TID_UNCOUNTED {
            self.shared.fetch_add(ONE, Ordering::Relaxed);
        }
    }

    /// Drops a reference. `me` is [`crate::registry::current_tid`] (never 0).
    #[inline(always)]
    pub fn decref(&self, me: Tid) -> Decref {
        debug_assert!(me != 0, "decref from an unregistered thread");
        let owner = self.owner.load(Ordering::Relaxed);
        if owner == me {
            // SAFETY: we are the owner; only the owner touches `local`.
            let zero = self.local.with_mut(|p| unsafe {
                *p -= 1;
                *p == 0
            });
            if zero {
                self.local_reached_zero()
            } else {
                Decref::Alive
            }
        } else if owner == TID_UNCOUNTED {
            Decref::Alive
        } else {
            self.decref_shared()
        }
    }

    /// Owner's `local` just reached 0.
    #[cold]
    #[inline(never)]
    fn local_reached_zero(&self) -> Decref {
        if self.shared.load(Ordering::Acquire) == 0 {
            // Nobody else holds (or can obtain) a reference.
            return Decref::Dead;
        }
        // Give up ownership before publishing MERGED: after the RMW below another
        // thread may free the object, so we must not touch it afterwards.
        self.owner.store(0, Ordering::Release);
        let prev = self.shared.fetch_or(MERGED, Ordering::AcqRel);
        debug_assert!(prev >> SHIFT >= 0, "negative total refcount");
        if prev >> SHIFT == 0 {
            Decref::Dead
        } else {
            Decref::Alive
        }
    }

    #[inline(never)]
    fn decref_shared(&self) -> Decref {
        let mut cur = self.shared.load(Ordering::Relaxed);
        loop {
            let (new, result) = if cur == 0 {
                // Would go negative on an unmerged object: the reference goes to the
                // owner's merge queue instead.
                (QUEUED, Decref::Queue)
            } else {
                let new = cur.wrapping_sub(ONE);
                if new == MERGED {
                    (new, Decref::Dead)
                } else {
                    (new, Decref::Alive)
                }
            };
            match self.shared.compare_exchange_weak(cur, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => return result,
                Err(actual) => cur = actual,
            }
        }
    }

    /// Whether `me` holds the only reference: it owns the count, its local count is 1
    /// and no other thread counted one. Another thread cannot add a reference without
    /// already holding one, so the answer stays true while `me` keeps its reference
    /// to itself: the object may then be mutated in place.
    #[inline(always)]
    pub fn is_unique(&self, me: Tid) -> bool {
        if self.owner.load(Ordering::Relaxed) != me {
            return false;
        }
        let local = self.local.with(|p| {
            // SAFETY: we are the owner, the only thread that touches `local`.
            unsafe { *p }
        });
        local == 1 && self.shared.load(Ordering::Relaxed) == 0
    }

    /// The owning thread id (0 once merged, [`TID_UNCOUNTED`] if uncounted).
    pub fn owner(&self) -> Tid {
        self.owner.load(Ordering::Acquire)
    }

    /// Whether incref/decref are no-ops on this count.
    pub fn is_uncounted(&self) -> bool {
        self.owner.load(Ordering::Relaxed) == TID_UNCOUNTED
    }

    /// Whether the owner has given up ownership.
    pub fn is_merged(&self) -> bool {
        self.shared.load(Ordering::Acquire) & MERGED != 0
    }

    /// Whether a reference is parked in a merge queue.
    pub fn is_queued(&self) -> bool {
        self.shared.load(Ordering::Acquire) & QUEUED != 0
    }

    /// Makes incref/decref no-ops from now on (immortal or deferred objects).
    ///
    /// Call only from the owner, or under stop-the-world. Non-owners racing with
    /// this may still update `shared`, but the object can no longer die by counting.
    pub fn make_uncounted(&self) {
        self.owner.store(TID_UNCOUNTED, Ordering::Release);
    }

    /// Consumes the reference held by a merge-queue entry (one call per
    /// [`Decref::Queue`]). Returns true if the count reached 0: the caller frees.
    ///
    /// Called by the owner when it drains its merge queue, or by a thread that found
    /// the owner's registry slot free (see [`crate::registry::queue_merge`]). If the
    /// object still has an owner, folds `local` into `shared` and clears ownership.
    pub fn merge(&self) -> bool {
        let owner = self.owner.load(Ordering::Acquire);
        if owner == TID_UNCOUNTED {
            return false;
        }
        if owner == 0 {
            return self.release_queue_ref();
        }
        let local = self.local.with_mut(|p| {
            // SAFETY: `owner != 0`, so by contract we are the owner or hold its freed
            // registry slot: no other thread touches `local`.
            unsafe { core::mem::replace(&mut *p, 0) }
        });
        self.owner.store(0, Ordering::Release);
        let mut cur = self.shared.load(Ordering::Relaxed);
        loop {
            let queue_ref = i32::from(cur & QUEUED != 0);
            let count = (cur >> SHIFT) + local as i32 - queue_ref;
            debug_assert!(count >= 0, "negative total refcount");
            let new = (count << SHIFT) | MERGED;
            match self.shared.compare_exchange_weak(cur, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => return count == 0,
                Err(actual) => cur = actual,
            }
        }
    }

    /// Ownership is already gone: drop the queue's reference and clear QUEUED.
    fn release_queue_ref(&self) -> bool {
        let mut cur = self.shared.load(Ordering::Relaxed);
        loop {
            if cur & QUEUED == 0 {
                debug_assert!(false, "merge() without a queued reference");
                return false;
            }
            let new = cur.wrapping_sub(ONE) & !QUEUED;
            match self.shared.compare_exchange_weak(cur, new, Ordering::AcqRel, Ordering::Relaxed) {
                Ok(_) => return new == MERGED,
                Err(actual) => cur = actual,
            }
        }
    }

    /// `local + shared.count`, including a reference held by a pending merge-queue
    /// entry. Only meaningful from the owner or under stop-the-world.
    pub fn total(&self) -> i64 {
        let owner = self.owner.load(Ordering::Acquire);
        let local = if owner == 0 {
            0
        } else {
            // SAFETY: caller is the owner or the world is stopped: no concurrent writer.
            self.local.with(|p| unsafe { *p })
        };
        i64::from(local) + i64::from(self.shared.load(Ordering::Acquire) >> SHIFT)
    }
}

impl core::fmt::Debug for BiasedRc {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let shared = self.shared.load(Ordering::Relaxed);
        f.debug_struct("BiasedRc")
            .field("owner", &self.owner.load(Ordering::Relaxed))
            .field("shared_count", &(shared >> SHIFT))
            .field("queued", &(shared & QUEUED != 0))
            .field("merged", &(shared & MERGED != 0))
            .finish_non_exhaustive()
    }
}

#[cfg(all(test, not(weft_loom)))]
mod tests;
