//! Concurrency primitives of the Weft runtime. Knows nothing about Python objects.
//!
//! Weft runs Python without a global interpreter lock. That needs a few primitives
//! that are small, fast in the uncontended case, and checked with loom:
//!
//! * [`BiasedRc`]: the 12-byte biased reference count of every object header
//!   (PEP 703). The owning thread counts without atomics; others use a shared atomic
//!   count, and hand objects back to the owner through merge queues when it would go
//!   negative.
//! * [`ObjMutex`]: the 1-byte mutex of every object header, parking on contention.
//! * [`registry`]: thread registration, tids, attach/detach, the per-thread eval
//!   breaker, merge queues, signals and stop-the-world.
//! * [`gil`]: the optional global interpreter lock of `-X gil=1`, with CPython's
//!   switch interval and forced switching.
//!
//! # Source layout
//!
//! ```text
//! src/lib.rs                this overview and re-exports
//! src/sync.rs               std/loom switch for atomics, UnsafeCell, test threads
//! src/refcount.rs           BiasedRc: bit layout and the merge protocol
//! src/refcount/tests.rs     single-threaded walks through the state machine
//! src/mutex.rs              ObjMutex: one CAS fast path, parking_lot_core slow path
//! src/registry.rs           public registry API: register, tids, breaker, signals
//! src/registry/slots.rs     slot table (segments of 64, reused tids)
//! src/registry/attach.rs    attach/detach and the stop-the-world handshake
//! src/registry/merge.rs     per-thread merge queues
//! src/gil.rs                the GIL (-X gil=1)
//! tests/loom.rs             loom models (RUSTFLAGS="--cfg weft_loom")
//! tests/registry.rs         multi-threaded registry, merge-queue and refcount tests
//! tests/stw.rs              stop-the-world tests
//! tests/gil.rs              GIL mode tests (own process: GIL mode is global)
//! ```

pub mod gil;
pub mod mutex;
pub mod refcount;
pub mod registry;
pub mod sync;

pub use mutex::{ObjMutex, ObjMutexGuard};
pub use refcount::{BiasedRc, Decref, Tid, TID_UNCOUNTED};
pub use registry::{
    attach, current_tid, detach, detached, eval_breaker_set, handle_eval_breaker, queue_merge, register_current_thread,
    request_signal, stop_the_world, take_signal, thread_count, unregister_current_thread, RawObj, StwGuard,
};
