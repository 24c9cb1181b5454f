//! Layouts: what the collector and the deallocator need to know about each kind of
//! Rust payload that follows a [`Header`].
//!
//! The kind byte in the header indexes a table of `&'static Layout`, filled once at
//! start-up by the crate that defines the payloads ([`register`]). This crate never
//! learns what a kind *means* in Python.
#![allow(unsafe_code)] // raw header pointers behind a safe API; each use states its invariant

use crate::header::Header;
use crate::value::Value;
use std::sync::atomic::{AtomicPtr, Ordering};

/// A heap object: header followed by its payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub payload: T,
}

/// A Rust type that can live in a heap object.
pub trait Payload: Sized + 'static {
    /// The kind byte stored in the header; unique per payload type.
    const KIND: u8;
    /// Whether objects of this kind are in the tracked-object registry (containers that
    /// can take part in reference cycles).
    const TRACKED: bool;
    /// Visit every reference the payload holds. Called during stop-the-world (no other
    /// thread runs) or with the object's lock held.
    fn trace(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drop the references the payload holds, to break a garbage cycle. Runs while other
    /// threads run; implementations lock the object and release the references after
    /// unlocking.
    fn clear(&self) {}
    /// Run a finalizer (`__del__`) on an object whose count reached zero. Returns
    /// nothing; the object may be resurrected by it.
    const HAS_FINALIZER: bool = false;
    fn finalize(_this: &Value) {}
    /// Whether `finalize` has anything to do for this object (an instance whose class
    /// defines no `__del__` need not be resurrected and revisited). Only asked when
    /// `HAS_FINALIZER`; must not run Python code.
    fn needs_finalize(_this: &Value) -> bool {
        true
    }
}

/// Type-erased operations of one payload kind.
pub struct Layout {
    pub kind: u8,
    pub tracked: bool,
    pub size: usize,
    pub align: usize,
    /// Drop the payload in place (its owned references are released).
    pub drop_payload: unsafe fn(*mut Header),
    /// Whether `drop_payload` does anything (floats, for example, have nothing to drop).
    pub needs_drop: bool,
    pub trace: unsafe fn(*const Header, &mut dyn FnMut(&Value)),
    pub clear: unsafe fn(*const Header),
    pub finalize: Option<fn(&Value)>,
    pub needs_finalize: fn(&Value) -> bool,
}

unsafe fn drop_payload<T: Payload>(h: *mut Header) {
    // SAFETY: the caller (the deallocator) guarantees `h` heads an `Obj<T>` whose count
    // reached zero; nobody else can observe the payload any more.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut Obj<T>)).payload) }
}

unsafe fn trace<T: Payload>(h: *const Header, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: the caller guarantees `h` heads a live `Obj<T>` (kind checked by the table).
    unsafe { (*(h as *const Obj<T>)).payload.trace(visit) }
}

unsafe fn clear<T: Payload>(h: *const Header) {
    // SAFETY: as in `trace`.
    unsafe { (*(h as *const Obj<T>)).payload.clear() }
}

static LAYOUTS: [AtomicPtr<Layout>; 256] = [const { AtomicPtr::new(std::ptr::null_mut()) }; 256];

/// Register the layout of payload type `T`. Idempotent.
pub fn register<T: Payload>() {
    if !LAYOUTS[T::KIND as usize].load(Ordering::Acquire).is_null() {
        return;
    }
    let layout = Box::leak(Box::new(Layout {
        kind: T::KIND,
        tracked: T::TRACKED,
        size: std::mem::size_of::<Obj<T>>(),
        align: std::mem::align_of::<Obj<T>>(),
        drop_payload: drop_payload::<T>,
        needs_drop: std::mem::needs_drop::<T>(),
        trace: trace::<T>,
        clear: clear::<T>,
        finalize: if T::HAS_FINALIZER { Some(T::finalize) } else { None },
        needs_finalize: T::needs_finalize,
    }));
    LAYOUTS[T::KIND as usize].store(layout, Ordering::Release);
}

/// The layout for a kind byte. Panics on an unregistered kind (a bug: every payload
/// type is registered before its first allocation).
#[inline]
pub fn layout_of(kind: u8) -> &'static Layout {
    let p = LAYOUTS[kind as usize].load(Ordering::Acquire);
    assert!(!p.is_null(), "unregistered object kind {kind}");
    // SAFETY: non-null entries are leaked `Box<Layout>`s, never freed.
    unsafe { &*p }
}
