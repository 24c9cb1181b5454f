//! Reference-count operations on raw object words, and deallocation.
//!
//! The biased protocol itself lives in `weft_threads::refcount`; this module connects it
//! to objects: which thread is asking, queueing a merge to the owner, and freeing.
//! Freeing is iterative past a small depth (CPython's "trashcan"), so that dropping a
//! long chain of objects cannot overflow the native stack.
#![allow(unsafe_code)] // raw header pointers; each use states its invariant

use crate::alloc;
use crate::header::{gc_bits, Header};
use crate::layout::layout_of;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use weft_threads::refcount::Decref;
use weft_threads::registry::{self, RawObj};

/// The header behind a pointer word.
#[inline(always)]
pub(crate) fn header_of<'a>(word: usize) -> &'a Header {
    // SAFETY: callers pass words of live `Value`s (or of objects kept alive by the
    // collector while it holds them), which point at initialised headers.
    unsafe { &*(word as *const Header) }
}

#[inline(always)]
pub(crate) fn incref(word: usize) {
    header_of(word).rc.incref(registry::current_tid());
}

#[inline(always)]
pub(crate) fn decref(word: usize) {
    let h = header_of(word);
    match h.rc.decref(registry::current_tid()) {
        Decref::Alive => {}
        Decref::Dead => dealloc(word),
        Decref::Queue => registry::queue_merge(h.rc.owner(), RawObj(word as *mut ()), &mut merge),
    }
}

/// Merge a queued object's counts (run by its owner at a safepoint, or by any thread
/// when the owner has exited) and free it if nothing refers to it any more.
pub fn merge(obj: RawObj) {
    let word = obj.0 as usize;
    if header_of(word).rc.merge() {
        dealloc(word);
    }
}

const MAX_DEALLOC_DEPTH: u32 = 64;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Free an object whose count reached zero: run its finalizer once (it may resurrect
/// the object), then drop the payload and release the memory.
#[cold]
fn dealloc(word: usize) {
    let depth = DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        PENDING.with(|p| p.borrow_mut().push(word));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    dealloc_one(word);
    if depth == 0 {
        while let Some(w) = PENDING.with(|p| p.borrow_mut().pop()) {
            dealloc_one(w);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

fn dealloc_one(word: usize) {
    let h = header_of(word);
    let layout = layout_of(h.kind);
    if let Some(finalize) = layout.finalize {
        // SAFETY: the object is alive (count zero, not yet freed); the view is not
        // counted and does not outlive this check.
        let view = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(word) });
        if h.gc_bits() & gc_bits::FINALIZED == 0 && (layout.needs_finalize)(&view) {
            h.set_gc_bits(gc_bits::FINALIZED);
            // Resurrect for the duration of the finalizer; dropping this reference
            // frees the object (now marked finalized) unless the finalizer stored it.
            // SAFETY: the object is alive (count zero, not yet freed); we take a new
            // reference.
            let this = unsafe { Value::from_borrowed_ptr(h) };
            finalize(&this);
            drop(this);
            return;
        }
    }
    // SAFETY: the count is zero and the finalizer (if any) has run without
    // resurrecting: we hold the only access to the object.
    unsafe {
        if layout.needs_drop {
            (layout.drop_payload)(word as *mut Header);
        }
        alloc::free(word as *mut Header, layout);
    }
}
