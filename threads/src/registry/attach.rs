//! Attached/detached thread states and the stop-the-world handshake.
//!
//! An *attached* thread may touch Python objects; a *detached* one promises not to
//! (it is sleeping, waiting for a lock, joining, doing I/O, or waiting for the GIL).
//!
//! Stop-the-world is a Dekker handshake between `ACTIVE` and each `Slot::state`, all
//! SeqCst: the requester sets `ACTIVE`, then waits until no other slot is ATTACHED;
//! a thread attaching stores ATTACHED, then checks `ACTIVE` and, if set, backs off to
//! DETACHED and waits for the release. Either the requester sees ATTACHED and waits
//! (the thread will detach at a safepoint or back off, and notify), or the thread
//! sees `ACTIVE`. Attached threads learn of the request through the STW_REQUESTED
//! breaker bit and answer it at their next safepoint by detaching and re-attaching.
//!
//! A second requester first behaves like any stopped thread (detaches, waits for
//! the first world to restart, re-attaches), so concurrent requests serialize
//! instead of deadlocking.

use std::marker::PhantomData;
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use super::breaker::STW_REQUESTED;
use super::slots::{self, Slot, ATTACHED, DETACHED};
use crate::gil;
use crate::sync::global::{AtomicBool, AtomicU32, Ordering::SeqCst};

/// A stop-the-world is requested or in force.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// Tid of the thread that stopped the world (may attach while it is stopped).
static REQUESTER: AtomicU32 = AtomicU32::new(0);
/// Guards the "active" transitions; `CHANGED` is signalled on every detach during a
/// stop-the-world and on every release.
static LOCK: Mutex<bool> = Mutex::new(false);
static CHANGED: Condvar = Condvar::new();

pub(crate) fn is_attached(slot: &Slot) -> bool {
    slot.state.load(SeqCst) == ATTACHED
}

pub(crate) fn attach_slot(slot: &'static Slot) {
    if is_attached(slot) {
        return;
    }
    loop {
        if gil::gil_enabled() {
            gil::take(slot);
        }
        slot.state.store(ATTACHED, SeqCst);
        if !ACTIVE.load(SeqCst) || REQUESTER.load(SeqCst) == slot.tid {
            return;
        }
        // The world is stopped: back off and wait for the release.
        slot.state.store(DETACHED, SeqCst);
        if gil::gil_enabled() {
            gil::release(slot);
        }
        let mut active = LOCK.lock();
        CHANGED.notify_all();
        while *active {
            CHANGED.wait(&mut active);
        }
    }
}

pub(crate) fn detach_slot(slot: &'static Slot) {
    if !is_attached(slot) {
        return;
    }
    slot.state.store(DETACHED, SeqCst);
    if ACTIVE.load(SeqCst) {
        let _guard = LOCK.lock();
        CHANGED.notify_all();
    }
    if gil::gil_enabled() {
        gil::release(slot);
    }
}

/// Proof that the world is stopped; dropping it restarts the world.
///
/// Must be dropped on the thread that created it, which must stay attached.
#[must_use = "the world restarts as soon as the guard is dropped"]
pub struct StwGuard {
    _not_send: PhantomData<*const ()>,
}

/// Stops every other registered thread: returns once each is detached or parked at a
/// safepoint. Threads that try to attach meanwhile block until the guard drops.
///
/// The caller must be registered and attached, and must not hold an object mutex.
/// If another thread is already stopping the world, this thread first stops like any
/// other, then takes its turn.
pub fn stop_the_world() -> StwGuard {
    let me = super::current_slot().expect("stop_the_world from an unregistered thread");
    debug_assert!(is_attached(me), "stop_the_world from a detached thread");
    let mut active = loop {
        let mut active = LOCK.lock();
        if !*active {
            *active = true;
            REQUESTER.store(me.tid, SeqCst);
            ACTIVE.store(true, SeqCst);
            break active;
        }
        drop(active);
        detach_slot(me);
        attach_slot(me);
    };
    loop {
        let mut all_stopped = true;
        slots::for_each(|slot| {
            if slot.tid != me.tid {
                slot.breaker.fetch_or(STW_REQUESTED, SeqCst);
                if slot.state.load(SeqCst) == ATTACHED {
                    all_stopped = false;
                }
            }
        });
        if all_stopped {
            break;
        }
        // Timed as a safety net; every relevant detach also notifies.
        CHANGED.wait_for(&mut active, Duration::from_millis(1));
    }
    StwGuard { _not_send: PhantomData }
}

impl Drop for StwGuard {
    fn drop(&mut self) {
        let mut active = LOCK.lock();
        slots::for_each(|slot| {
            slot.breaker.fetch_and(!STW_REQUESTED, SeqCst);
        });
        REQUESTER.store(0, SeqCst);
        ACTIVE.store(false, SeqCst);
        *active = false;
        CHANGED.notify_all();
    }
}

impl std::fmt::Debug for StwGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StwGuard")
    }
}
