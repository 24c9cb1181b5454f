//! The cycle collector.
//!
//! Algorithm (CPython's, on the tracked-object registry):
//! 1. Stop the world. Every tracked object gets `gc_refs` = its total reference count
//!    (local + shared; safe to read because all owners are stopped). Uncounted objects
//!    (deferred, immortal) count as referenced from outside.
//! 2. Visit every tracked object's references and subtract one from each referent:
//!    what remains is the number of references from outside the tracked heap (stacks,
//!    native code, untracked objects).
//! 3. Objects with outside references are reachable; so is everything they reach.
//!    The rest is cyclic garbage. We take a reference to each and restart the world.
//! 4. Finalizers (`__del__`) run once per object with the world running. If any ran,
//!    the analysis is repeated (a finalizer may have resurrected something) and only
//!    objects still unreachable are cleared.
//! 5. Clearing drops the references inside each garbage object, which breaks the
//!    cycles; dropping our own references then frees them through normal counting.
//!
//! Pauses are stop-the-world for steps 1–3 in this version; steps 1 and 2 run in
//! parallel on rayon's pool for large heaps.
#![allow(unsafe_code)] // reads headers of objects found in the registry under stop-the-world

use crate::alloc::slot_of;
use crate::header::{gc_bits, Header};
use crate::layout::layout_of;
use crate::tracked;
use crate::value::Value;
use parking_lot::Mutex;
use rayon::prelude::*;
use std::collections::HashSet;
use std::sync::atomic::{AtomicI64, Ordering};
use weft_threads::registry;

/// Heaps at least this large are scanned on rayon's thread pool.
const PARALLEL_THRESHOLD: usize = 50_000;

/// Serialises collections: only one runs at a time.
static COLLECTING: Mutex<()> = parking_lot::const_mutex(());

#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Unreachable objects found.
    pub unreachable: usize,
    /// Objects freed (cleared) by this collection.
    pub collected: usize,
    /// Tracked objects alive after the collection.
    pub live: usize,
}

/// Buffers kept from one collection to the next: for a big heap they are tens of MB,
/// and allocating and first touching them again each time costs more than the analysis.
struct Scratch {
    objs: Vec<usize>,
    refs: Vec<AtomicI64>,
    reachable: Vec<bool>,
}

static SCRATCH: Mutex<Scratch> =
    parking_lot::const_mutex(Scratch { objs: Vec::new(), refs: Vec::new(), reachable: Vec::new() });

/// Dense numbering of registry slots: `base[shard] + index`.
struct Index {
    base: Vec<usize>,
    objs: Vec<usize>,
}

impl Drop for Index {
    fn drop(&mut self) {
        SCRATCH.lock().objs = std::mem::take(&mut self.objs);
    }
}

impl Index {
    fn snapshot() -> Index {
        let mut base = vec![0; tracked::shard_count()];
        let mut objs = std::mem::take(&mut SCRATCH.lock().objs);
        objs.clear();
        tracked::for_each_shard(|i, s| {
            base[i] = objs.len();
            objs.extend_from_slice(&s.objs);
        });
        Index { base, objs }
    }

    fn position(&self, h: &Header) -> usize {
        let slot = slot_of(h);
        self.base[(slot >> 32) as usize] + (slot as u32) as usize
    }
}

fn header<'a>(word: usize) -> &'a Header {
    // SAFETY: words in the registry snapshot are live tracked objects: the world is
    // stopped (nothing is freed concurrently) or we hold a reference to each.
    unsafe { &*(word as *const Header) }
}

fn trace(word: usize, visit: &mut dyn FnMut(&Value)) {
    let h = header(word);
    // SAFETY: `word` is a live object of kind `h.kind`; no thread mutates it (the world
    // is stopped).
    unsafe { (layout_of(h.kind).trace)(word as *const Header, visit) }
}

/// Find the unreachable tracked objects. `held` are objects we hold one extra reference
/// to (discounted). Must run under stop-the-world.
fn find_unreachable(ix: &Index, held: &HashSet<usize>) -> Vec<usize> {
    let n = ix.objs.len();
    // Steps 1 and 2 read each object independently: run them on rayon's pool when the
    // heap is large. Tracing only reads payloads (no counting, no locks), and the world
    // is stopped, so the pool's threads need not be Python threads.
    let (mut refs, mut reachable) = {
        let mut s = SCRATCH.lock();
        (std::mem::take(&mut s.refs), std::mem::take(&mut s.reachable))
    };
    refs.clear();
    refs.resize_with(n, || AtomicI64::new(0));
    let init = |(i, &w): (usize, &usize)| {
        if w != 0 {
            let h = header(w);
            let r = if h.is_uncounted() {
                i64::MAX / 2
            } else {
                h.rc.total() - (!held.is_empty() && held.contains(&w)) as i64
            };
            refs[i].store(r, Ordering::Relaxed);
        }
    };
    let subtract = |&w: &usize| {
        if w != 0 {
            trace(w, &mut |child| {
                if let Some(ch) = child.header() {
                    if ch.gc_bits() & gc_bits::TRACKED != 0 && !ch.is_uncounted() {
                        refs[ix.position(ch)].fetch_sub(1, Ordering::Relaxed);
                    }
                }
            });
        }
    };
    if n >= PARALLEL_THRESHOLD {
        ix.objs.par_iter().enumerate().for_each(init);
        ix.objs.par_iter().for_each(subtract);
    } else {
        ix.objs.iter().enumerate().for_each(init);
        ix.objs.iter().for_each(subtract);
    }
    // Mark from the objects with outside references.
    reachable.clear();
    reachable.resize(n, false);
    let mut stack: Vec<usize> = Vec::new();
    for i in 0..n {
        if ix.objs[i] != 0 && refs[i].load(Ordering::Relaxed) > 0 && !reachable[i] {
            reachable[i] = true;
            stack.push(ix.objs[i]);
            while let Some(w) = stack.pop() {
                trace(w, &mut |child| {
                    if let Some(ch) = child.header() {
                        if ch.gc_bits() & gc_bits::TRACKED != 0 {
                            let p = ix.position(ch);
                            if !reachable[p] {
                                reachable[p] = true;
                                stack.push(child.word());
                            }
                        }
                    }
                });
            }
        }
    }
    let found = (0..n).filter(|&i| ix.objs[i] != 0 && !reachable[i]).map(|i| ix.objs[i]).collect();
    let mut s = SCRATCH.lock();
    (s.refs, s.reachable) = (refs, reachable);
    found
}

/// Run a full collection. Call from an attached thread at a safepoint (never while
/// holding an object lock).
pub fn collect() -> Stats {
    // Waiting for another thread's collection must not block stop-the-world: detach.
    let _one = registry::detached(|| COLLECTING.lock());
    collect_locked()
}

/// Collect unless another thread is already collecting (used when allocation asks for
/// a collection: one of the threads that noticed does it).
pub fn collect_if_idle() -> Option<Stats> {
    let _one = COLLECTING.try_lock()?;
    Some(collect_locked())
}

fn collect_locked() -> Stats {
    let (garbage, live) = {
        let _world = registry::stop_the_world();
        let ix = Index::snapshot();
        let found = find_unreachable(&ix, &HashSet::new());
        // SAFETY: each word is a live object (world stopped); we take a reference so it
        // stays alive once the world restarts.
        let held: Vec<Value> = found.iter().map(|&w| unsafe { Value::from_borrowed_ptr(w as *const Header) }).collect();
        let live = ix.objs.iter().filter(|&&w| w != 0).count() - held.len();
        (held, live)
    };
    let mut stats = Stats { unreachable: garbage.len(), collected: 0, live };
    tracked::reset_counts(live);
    if garbage.is_empty() {
        return stats;
    }
    let mut finalized_any = false;
    for v in &garbage {
        let h = v.header_unchecked();
        let layout = layout_of(h.kind);
        if let Some(fin) = layout.finalize {
            if h.gc_bits() & gc_bits::FINALIZED == 0 {
                h.set_gc_bits(gc_bits::FINALIZED);
                if (layout.needs_finalize)(v) {
                    fin(v);
                    finalized_any = true;
                }
            }
        }
    }
    let to_clear: Vec<Value> = if finalized_any {
        let held: HashSet<usize> = garbage.iter().map(|v| v.word()).collect();
        let still: HashSet<usize> = {
            let _world = registry::stop_the_world();
            let ix = Index::snapshot();
            find_unreachable(&ix, &held).into_iter().collect()
        };
        garbage.iter().filter(|v| still.contains(&v.word())).cloned().collect()
    } else {
        garbage.clone()
    };
    for v in &to_clear {
        let h = v.header_unchecked();
        // SAFETY: we hold a reference to `v`; `clear` locks the object itself.
        unsafe { (layout_of(h.kind).clear)(v.as_ptr()) };
    }
    stats.collected = to_clear.len();
    drop(to_clear);
    drop(garbage);
    stats
}
