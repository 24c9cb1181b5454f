//! weft-gc: the object header, one-word values, allocation, and the cycle collector.
//!
//! This crate knows how objects are laid out, counted, tracked and freed, but nothing
//! of Python semantics: the payload types and their meaning live in weft-core, which
//! registers a [`layout::Layout`] for each kind of payload.
//!
//! # Source layout
//! - [`header`]: the 24-byte object header.
//! - [`value`]: the one-word [`Value`] (inline small ints or pointers) and its counting.
//! - [`layout`]: payload kinds and the table of their operations.
//! - `rc`: increments, decrements, merges and (iterative) deallocation.
//! - [`alloc`]: allocation, immortal and deferred objects.
//! - `tracked`: the registry of container objects.
//! - [`collector`]: the cycle collector.
//! - [`retire`]: deferred release of what lock-free readers may still be reading.

pub mod alloc;
pub mod collector;
pub mod header;
pub mod layout;
mod rc;
pub mod retire;
mod tracked;
pub mod value;

pub use alloc::{alloc_obj, make_deferred, make_immortal};
pub use header::{gc_bits, Header};
pub use layout::{register, Obj, Payload};
pub use rc::merge;
pub use tracked::collection_wanted;
pub use value::Value;

/// Downcast a value to its payload when its kind matches `T`.
#[allow(unsafe_code)] // the kind byte check makes the cast sound
#[inline(always)]
pub fn downcast<T: Payload>(v: &Value) -> Option<&T> {
    match v.header() {
        Some(h) if h.kind == T::KIND => {
            // SAFETY: the kind byte says the object is an `Obj<T>`; the reference lives
            // as long as the borrow of `v`, which keeps the object alive.
            Some(unsafe { &(*(v.as_ptr() as *const Obj<T>)).payload })
        }
        _ => None,
    }
}

/// Payload of an object whose kind the caller has checked.
///
/// # Safety
/// `v` must be a heap object of kind `T::KIND`.
#[allow(unsafe_code)]
#[inline(always)]
pub unsafe fn downcast_unchecked<T: Payload>(v: &Value) -> &T {
    // SAFETY: guaranteed by the caller.
    unsafe { &(*(v.as_ptr() as *const Obj<T>)).payload }
}
