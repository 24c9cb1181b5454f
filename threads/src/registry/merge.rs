//! Per-thread merge queues for biased reference counts.
//!
//! When a non-owner's decref would take an object's shared count below zero, the
//! reference goes to the owner's queue and the owner merges the object's counts at
//! its next safepoint (see [`crate::refcount`]). If the owner has exited, the
//! requesting thread merges at once, while holding the freed slot so that no new
//! thread (which would get the same tid, and so inherit ownership) claims it.

use super::breaker::MERGE_PENDING;
use super::slots::{self, Slot};
use super::RawObj;
use crate::refcount::{Tid, TID_UNCOUNTED};
use crate::sync::global::Ordering::{AcqRel, Release};

/// Hands `obj` (whose decref returned [`crate::Decref::Queue`]) to its owner `owner`
/// (read with [`crate::BiasedRc::owner`] after that decref).
///
/// Pushes it onto the owner's merge queue and sets the owner's MERGE_PENDING breaker
/// bit. If the owner has exited (its slot is free) or `owner` is 0, calls
/// `merge_now(obj)` on this thread instead; `merge_now` should call
/// [`crate::BiasedRc::merge`] and free the object if that returns true. No registry
/// lock is held while `merge_now` runs, so it may queue further objects.
pub fn queue_merge(owner: Tid, obj: RawObj, merge_now: &mut dyn FnMut(RawObj)) {
    let Some(slot) = (owner != TID_UNCOUNTED).then(|| slots::lookup(owner)).flatten() else {
        merge_now(obj);
        return;
    };
    {
        let mut inner = slot.inner.lock();
        if !inner.free {
            inner.queue.push(obj);
            drop(inner);
            slot.breaker.fetch_or(MERGE_PENDING, Release);
            return;
        }
        inner.holds += 1;
    }
    merge_now(obj);
    slot.inner.lock().holds -= 1;
}

/// Merges everything in `slot`'s queue, including objects queued while merging.
pub(crate) fn drain(slot: &Slot, merge: &mut dyn FnMut(RawObj)) {
    loop {
        // Clear the bit before taking the batch: a push after the take sets it again.
        slot.breaker.fetch_and(!MERGE_PENDING, AcqRel);
        let batch = std::mem::take(&mut slot.inner.lock().queue);
        if batch.is_empty() {
            return;
        }
        for obj in batch {
            merge(obj);
        }
    }
}
