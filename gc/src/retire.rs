//! Deferred release for lock-free readers.
//!
//! Containers let other threads read them without taking the object mutex (a dict
//! lookup reads the table pointer, probes, reads a value word and then increments the
//! value's count). A writer that takes something out of such a container, a replaced
//! value or a table outgrown by a resize, cannot release it at once: a reader may have
//! read the word a moment earlier and not have counted it yet. It *retires* it instead.
//!
//! A retired item is released once every other thread has passed a safepoint after
//! the retirement: lock-free reads never span a safepoint, so by then no reader still
//! holds an uncounted word. This module gets that guarantee from a stop-the-world
//! round, taken when a thread's list grows long ([`RECLAIM_AT`] items) at its next
//! safepoint, and when the thread exits. While only one thread runs
//! Python, or in GIL mode (where reads are never interleaved with another thread's
//! code), nothing can race and items are released at once.

use std::cell::RefCell;

use crate::value::Value;
use weft_threads::{gil, registry};

/// A thread asks to release its retired items once it holds this many.
const RECLAIM_AT: usize = 4096;

/// Something released later (by being dropped): a reference, or memory with its own
/// drop.
#[allow(dead_code)] // the fields are only ever dropped
enum Retired {
    Value(Value),
    Other(Box<dyn Send>),
}

thread_local! {
    static RETIRED: RefCell<Vec<Retired>> = const { RefCell::new(Vec::new()) };
}

/// Whether a lock-free reader on another thread could still be looking at what the
/// calling thread just took out of a container.
#[inline]
pub fn readers_may_race() -> bool {
    !gil::gil_enabled() && registry::may_run_concurrently()
}

/// Release `v` once no lock-free reader can hold its word uncounted.
#[inline]
pub fn retire_value(v: Value) {
    if v.is_uncounted() || !readers_may_race() {
        return;
    }
    push(Retired::Value(v));
}

/// Drop `item` (e.g. an outgrown hash table) once no lock-free reader can be in it.
pub fn retire<T: Send + 'static>(item: Box<T>) {
    if !readers_may_race() {
        return;
    }
    push(Retired::Other(item));
}

fn push(item: Retired) {
    let long = RETIRED.with(|r| {
        let mut r = r.borrow_mut();
        r.push(item);
        r.len() == RECLAIM_AT
    });
    if long {
        registry::request_reclaim();
    }
}

/// Release the calling thread's retired items. Call at a safepoint of an attached
/// thread (never while holding an object mutex): it stops the world once, which every
/// other thread answers at a safepoint, after any lock-free read it was in.
pub fn reclaim() {
    let items = RETIRED.with(|r| std::mem::take(&mut *r.borrow_mut()));
    if items.is_empty() {
        return;
    }
    if readers_may_race() {
        drop(registry::stop_the_world());
    }
    // Dropping may run finalizers and retire more: the list is already empty.
    drop(items);
}
