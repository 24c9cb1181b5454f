//! The object header every heap object starts with.
//!
//! Layout (24 bytes, `#[repr(C)]`):
//!
//! | bytes  | field    | meaning                                                        |
//! |--------|----------|----------------------------------------------------------------|
//! | 0..12  | `rc`     | biased reference count: owner tid, local count, shared count    |
//! | 12     | `mutex`  | the 1-byte per-object mutex guarding mutable containers         |
//! | 13     | `gc`     | collector bits ([`gc_bits`])                                    |
//! | 14     | `kind`   | which Rust payload follows the header ([`crate::layout`])       |
//! | 15     | spare    |                                                                 |
//! | 16..24 | `ty`     | the object's Python type (a pointer to another header)          |
//!
//! CPython's free-threaded header is 32 bytes; the kind byte lets the VM downcast with
//! one load from the header itself, without following the type pointer.
#![allow(unsafe_code)] // raw header pointers behind a safe API; each use states its invariant

use std::sync::atomic::{AtomicU8, Ordering};
use weft_threads::mutex::ObjMutex;
use weft_threads::refcount::BiasedRc;

/// Collector bits stored in [`Header::gc`].
pub mod gc_bits {
    /// The object is in the tracked-object registry (it has a [`crate::alloc`] prefix).
    pub const TRACKED: u8 = 0x01;
    /// `__del__` has run (PEP 442: never twice).
    pub const FINALIZED: u8 = 0x02;
    /// Counted lazily: references are not counted, the object lives until the collector
    /// proves it unreachable (functions, classes, modules, shared globals).
    pub const DEFERRED: u8 = 0x04;
    /// Immortal: never counted, never freed.
    pub const IMMORTAL: u8 = 0x08;
}

#[repr(C)]
pub struct Header {
    pub rc: BiasedRc,
    pub mutex: ObjMutex,
    pub gc: AtomicU8,
    pub kind: u8,
    spare: u8,
    /// The Python type: a pointer to the header of a type object. Null only while the
    /// first type objects are being bootstrapped.
    pub ty: *const Header,
}

// SAFETY: all shared mutation of a header goes through atomics (rc.shared, gc, mutex)
// or through the owner-only local count whose protocol is in weft-threads; `ty` and
// `kind` are written once before the object is published.
unsafe impl Sync for Header {}
// SAFETY: see above; a header has no thread affinity beyond the biased count protocol.
unsafe impl Send for Header {}

impl Header {
    pub fn new(kind: u8, ty: *const Header, owner: u32) -> Header {
        Header { rc: BiasedRc::new(owner), mutex: ObjMutex::new(), gc: AtomicU8::new(0), kind, spare: 0, ty }
    }

    #[inline]
    pub fn gc_bits(&self) -> u8 {
        self.gc.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn set_gc_bits(&self, bits: u8) {
        self.gc.fetch_or(bits, Ordering::Relaxed);
    }

    #[inline]
    pub fn clear_gc_bits(&self, bits: u8) {
        self.gc.fetch_and(!bits, Ordering::Relaxed);
    }

    /// Immortal and deferred objects skip reference counting entirely.
    #[inline]
    pub fn is_uncounted(&self) -> bool {
        self.rc.is_uncounted()
    }
}

const _: () = assert!(std::mem::size_of::<Header>() == 24);
