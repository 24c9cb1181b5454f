//! The slot table: one `Slot` per registered thread, reused after the thread exits.
//!
//! Slots live in segments of 64 that are allocated on first use and never freed, so a
//! `&'static Slot` stays valid forever and lookups by tid are lock-free (one
//! `OnceLock::get`). 1024 segments allow 65 536 threads alive at once; any number of
//! threads may come and go over a run because freed tids are reused. Memory is bounded
//! by the peak number of simultaneously registered threads (about 100 bytes each).

use std::sync::OnceLock;

use parking_lot::Mutex;

use super::RawObj;
use crate::refcount::Tid;
use crate::sync::global::{AtomicU32, AtomicU8, Ordering};

const SEGMENT_LEN: usize = 64;
const SEGMENTS: usize = 1024;
/// The most threads that can be registered at the same time.
pub const MAX_THREADS: usize = SEGMENT_LEN * SEGMENTS;

/// `Slot::state` values.
pub(crate) const FREE: u8 = 0;
pub(crate) const ATTACHED: u8 = 1;
pub(crate) const DETACHED: u8 = 2;

pub(crate) struct Slot {
    pub(crate) tid: Tid,
    /// Eval-breaker bits, see [`super::breaker`].
    pub(crate) breaker: AtomicU32,
    /// FREE, ATTACHED or DETACHED; SeqCst (it takes part in the stop-the-world
    /// Dekker handshake with `stw::ACTIVE`).
    pub(crate) state: AtomicU8,
    pub(crate) inner: Mutex<SlotInner>,
}

pub(crate) struct SlotInner {
    /// No thread owns this slot.
    pub(crate) free: bool,
    /// Threads currently merging objects of this (free) slot's former owner, or the
    /// exiting owner itself; the slot cannot be claimed while this is non-zero.
    pub(crate) holds: usize,
    /// Objects whose references wait for the owner to merge them.
    pub(crate) queue: Vec<RawObj>,
}

impl Slot {
    fn new(tid: Tid) -> Self {
        Self {
            tid,
            breaker: AtomicU32::new(0),
            state: AtomicU8::new(FREE),
            inner: Mutex::new(SlotInner { free: true, holds: 0, queue: Vec::new() }),
        }
    }
}

static TABLE: [OnceLock<Box<[Slot]>>; SEGMENTS] = [const { OnceLock::new() }; SEGMENTS];
/// Number of tids ever handed out; slots `1..=HIGH_WATER` exist.
static HIGH_WATER: AtomicU32 = AtomicU32::new(0);
/// Freed tids, reused before new ones are created.
static FREE_TIDS: Mutex<Vec<Tid>> = Mutex::new(Vec::new());

/// The slot of `tid`, if that tid was ever handed out.
pub(crate) fn lookup(tid: Tid) -> Option<&'static Slot> {
    if tid == 0 || tid > HIGH_WATER.load(Ordering::SeqCst) {
        return None;
    }
    let index = tid as usize - 1;
    TABLE[index / SEGMENT_LEN].get().map(|segment| &segment[index % SEGMENT_LEN])
}

/// Calls `f` on every slot ever handed out (free ones included).
pub(crate) fn for_each(mut f: impl FnMut(&'static Slot)) {
    let high = HIGH_WATER.load(Ordering::SeqCst);
    for tid in 1..=high {
        if let Some(slot) = lookup(tid) {
            f(slot);
        }
    }
}

/// Claims a free slot (or a new one) and marks it DETACHED.
pub(crate) fn claim() -> &'static Slot {
    let mut free = FREE_TIDS.lock();
    for pos in (0..free.len()).rev() {
        let slot = lookup(free[pos]).expect("freed tid has a slot");
        let mut inner = slot.inner.lock();
        if inner.free && inner.holds == 0 {
            free.swap_remove(pos);
            take(slot, &mut inner);
            return slot;
        }
    }
    let tid = HIGH_WATER.load(Ordering::SeqCst) + 1;
    assert!((tid as usize) <= MAX_THREADS, "more than {MAX_THREADS} threads registered at once");
    let index = tid as usize - 1;
    let first = (index / SEGMENT_LEN * SEGMENT_LEN) as Tid + 1;
    let segment =
        TABLE[index / SEGMENT_LEN].get_or_init(|| (0..SEGMENT_LEN as Tid).map(|i| Slot::new(first + i)).collect());
    let slot = &segment[index % SEGMENT_LEN];
    take(slot, &mut slot.inner.lock());
    HIGH_WATER.store(tid, Ordering::SeqCst);
    slot
}

fn take(slot: &Slot, inner: &mut SlotInner) {
    inner.free = false;
    // A previous owner that exited without unregistering may have left queued
    // objects: the new owner (same tid, so same objects) merges them.
    let bits = if inner.queue.is_empty() { 0 } else { super::breaker::MERGE_PENDING };
    slot.breaker.store(bits, Ordering::SeqCst);
    slot.state.store(DETACHED, Ordering::SeqCst);
}

/// Makes a slot reusable; its holder has already set `inner.free`.
pub(crate) fn recycle(tid: Tid) {
    FREE_TIDS.lock().push(tid);
}
