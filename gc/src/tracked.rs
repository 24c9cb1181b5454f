//! The tracked-object registry: every container that can be part of a cycle.
//!
//! Sharded by thread (a thread allocates into its own shard, so the shard lock is
//! uncontended in the common case); a freed object leaves its slot in O(1). The
//! collector walks all shards under stop-the-world.

use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::OnceLock;
use weft_threads::registry;

const SHARDS: usize = 256;

#[derive(Default)]
pub(crate) struct Shard {
    /// Object addresses; 0 marks a free slot.
    pub(crate) objs: Vec<usize>,
    free: Vec<u32>,
    /// Tracked allocations since the last collection.
    allocated: usize,
}

fn shards() -> &'static [Mutex<Shard>] {
    static S: OnceLock<Box<[Mutex<Shard>]>> = OnceLock::new();
    S.get_or_init(|| (0..SHARDS).map(|_| Mutex::new(Shard::default())).collect())
}

/// Allocations of tracked objects (over all threads) that trigger a collection.
static THRESHOLD: AtomicUsize = AtomicUsize::new(20_000);
/// Set when some shard crossed its share of the threshold; polled by the VM.
static WANTED: AtomicBool = AtomicBool::new(false);

pub(crate) fn insert(obj: usize) -> u64 {
    let shard_ix = registry::current_tid() as usize % SHARDS;
    let mut s = shards()[shard_ix].lock();
    s.allocated += 1;
    if s.allocated > THRESHOLD.load(Ordering::Relaxed) {
        s.allocated = 0;
        WANTED.store(true, Ordering::Relaxed);
    }
    let ix = match s.free.pop() {
        Some(ix) => {
            s.objs[ix as usize] = obj;
            ix
        }
        None => {
            s.objs.push(obj);
            (s.objs.len() - 1) as u32
        }
    };
    ((shard_ix as u64) << 32) | ix as u64
}

pub(crate) fn remove(slot: u64) {
    let (shard_ix, ix) = ((slot >> 32) as usize, slot as u32);
    let mut s = shards()[shard_ix].lock();
    s.objs[ix as usize] = 0;
    s.free.push(ix);
}

/// Whether enough tracked objects were allocated since the last collection.
#[inline]
pub fn collection_wanted() -> bool {
    WANTED.load(Ordering::Relaxed)
}

pub(crate) fn reset_counts(live: usize) {
    WANTED.store(false, Ordering::Relaxed);
    // Collect again after the heap grew by half (at least 20000 objects): the cost of a
    // full collection stays proportional to the allocation that triggered it.
    THRESHOLD.store((live / 2).max(20_000), Ordering::Relaxed);
    for s in shards() {
        s.lock().allocated = 0;
    }
}

/// Call `f` with every shard locked in turn. Only under stop-the-world.
pub(crate) fn for_each_shard(mut f: impl FnMut(usize, &Shard)) {
    for (i, s) in shards().iter().enumerate() {
        f(i, &s.lock());
    }
}

pub(crate) fn shard_count() -> usize {
    SHARDS
}
