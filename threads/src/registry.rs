//! The thread registry: who is running Python, and how to reach each of them.
//!
//! Every OS thread that touches Python objects registers and gets a [`Tid`] (starting
//! at 1; tids of exited threads are reused, see [`slots`] for capacity). Each
//! registered thread has an *eval breaker* word that the VM polls with one relaxed
//! load ([`eval_breaker_set`]) at backward jumps and calls; other threads set bits in
//! it to ask for something at the next safepoint ([`handle_eval_breaker`]):
//!
//! ```text
//! bit 0  STW_REQUESTED     a thread is stopping the world: detach until released
//! bit 1  MERGE_PENDING     objects wait in this thread's merge queue
//! bit 2  GIL_DROP_REQUEST  (GIL mode) a waiter wants the GIL: hand it over
//! bit 3  SIGNAL            a signal (KeyboardInterrupt) is pending: see take_signal
//! bit 4  RECLAIM           this thread retired memory to release: see take_reclaim
//! ```
//!
//! Threads are *attached* (may touch objects; in GIL mode, hold the GIL) or
//! *detached* (blocked). See [`attach`] and [`stop_the_world`].

use std::cell::Cell;

use crate::refcount::Tid;
use crate::sync::global::{AtomicUsize, Ordering};

mod attach;
mod merge;
pub mod slots;

pub use attach::{stop_the_world, StwGuard};
pub use merge::queue_merge;
pub(crate) use slots::Slot;

/// Eval-breaker bits.
pub mod breaker {
    /// Another thread is stopping the world.
    pub const STW_REQUESTED: u32 = 1 << 0;
    /// This thread's merge queue is not empty.
    pub const MERGE_PENDING: u32 = 1 << 1;
    /// GIL mode: another thread waited a whole switch interval for the GIL.
    pub const GIL_DROP_REQUEST: u32 = 1 << 2;
    /// A signal is pending for this thread.
    pub const SIGNAL: u32 = 1 << 3;
    /// This thread's list of retired memory is long enough to release.
    pub const RECLAIM: u32 = 1 << 4;
}

/// An untyped object pointer passed through merge queues.
///
/// This crate never dereferences it; it only stores it and hands it back to the
/// callbacks of the crate that created it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawObj(pub *mut ());

#[allow(unsafe_code)] // reason: opaque pointer token crossing threads via merge queues.
                      // SAFETY: a RawObj is an opaque token here; it is only dereferenced by the merge
                      // callbacks of the object layer, whose objects are shared between threads by design
                      // (their reference counts and locks are thread-safe).
unsafe impl Send for RawObj {}
#[allow(unsafe_code)] // reason: see Send.
                      // SAFETY: as for Send; `&RawObj` only allows copying the pointer value.
unsafe impl Sync for RawObj {}

thread_local! {
    static CURRENT: Cell<Option<&'static Slot>> = const { Cell::new(None) };
    static TID: Cell<Tid> = const { Cell::new(0) };
    static EXIT_GUARD: ExitGuard = const { ExitGuard };
    static IS_FINISHING: Cell<bool> = const { Cell::new(false) };
}

static LIVE: AtomicUsize = AtomicUsize::new(0);
/// Threads announced by their parent ([`thread_starting`]) that have not registered yet.
static STARTING: AtomicUsize = AtomicUsize::new(0);
/// Registered threads that declared they are done with Python objects
/// ([`thread_finishing`]) and have not unregistered yet.
static FINISHING: AtomicUsize = AtomicUsize::new(0);

pub(crate) fn current_slot() -> Option<&'static Slot> {
    CURRENT.with(Cell::get)
}

/// Registers the calling thread and attaches it (taking the GIL in GIL mode).
/// Returns its tid; a thread that is already registered gets its tid back.
pub fn register_current_thread() -> Tid {
    if let Some(slot) = current_slot() {
        return slot.tid;
    }
    let slot = slots::claim();
    LIVE.fetch_add(1, Ordering::AcqRel);
    CURRENT.with(|c| c.set(Some(slot)));
    TID.with(|t| t.set(slot.tid));
    EXIT_GUARD.with(|_| {}); // arm the thread-exit cleanup
    attach::attach_slot(slot);
    slot.tid
}

/// Unregisters the calling thread: merges everything in its merge queue through
/// `merge` (while still attached), detaches, and frees its slot for reuse.
///
/// Objects this thread still owns keep its tid; a later thread that reuses the tid
/// inherits them, and until then non-owners merge them directly via [`queue_merge`].
pub fn unregister_current_thread(merge: &mut dyn FnMut(RawObj)) {
    let Some(slot) = current_slot() else {
        return;
    };
    attach::attach_slot(slot);
    loop {
        merge::drain(slot, merge);
        let mut inner = slot.inner.lock();
        if inner.queue.is_empty() {
            inner.free = true;
            inner.holds += 1; // not claimable until we are fully out
            break;
        }
    }
    release(slot);
}

/// Marks the slot free (its `inner.free` is already set and `holds` taken).
fn release(slot: &'static Slot) {
    attach::detach_slot(slot);
    slot.state.store(slots::FREE, Ordering::SeqCst);
    slot.breaker.fetch_and(!breaker::SIGNAL, Ordering::SeqCst);
    CURRENT.with(|c| c.set(None));
    TID.with(|t| t.set(0));
    slot.inner.lock().holds -= 1;
    slots::recycle(slot.tid);
    // FINISHING before LIVE: a concurrent `may_run_concurrently` may then over-count
    // for a moment, never under-count.
    if IS_FINISHING.with(|f| f.replace(false)) {
        FINISHING.fetch_sub(1, Ordering::Release);
    }
    // Release: whatever this thread read happens-before a later `may_run_concurrently`
    // that no longer counts it.
    LIVE.fetch_sub(1, Ordering::Release);
}

/// Frees the slot of a thread that exits without unregistering, so that
/// stop-the-world never waits for it. Its queued objects stay in the slot's queue for
/// the next thread with the same tid (which inherits their ownership) to merge.
struct ExitGuard;

impl Drop for ExitGuard {
    fn drop(&mut self) {
        if let Some(slot) = current_slot() {
            {
                let mut inner = slot.inner.lock();
                inner.free = true;
                inner.holds += 1;
            }
            release(slot);
        }
    }
}

/// The calling thread's tid, or 0 if it is not registered.
#[inline(always)]
pub fn current_tid() -> Tid {
    TID.with(Cell::get)
}

/// Number of registered threads.
pub fn thread_count() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// Called by a thread before it spawns a thread that will register: from now on
/// [`may_run_concurrently`] is true in the parent, even before the child registers.
pub fn thread_starting() {
    STARTING.fetch_add(1, Ordering::AcqRel);
}

/// Called once for each [`thread_starting`]: by the child after it registered, or by
/// the parent if the spawn failed.
pub fn thread_started() {
    STARTING.fetch_sub(1, Ordering::AcqRel);
}

/// Called by a thread that will read no shared container again before it unregisters
/// (it only releases its join lock and leaves): from now on it no longer counts for
/// [`may_run_concurrently`], so a thread that joined it can free memory at once.
pub fn thread_finishing() {
    if current_slot().is_some() && !IS_FINISHING.with(|f| f.replace(true)) {
        FINISHING.fetch_add(1, Ordering::AcqRel);
    }
}

/// Whether another thread may be touching objects at the same time as the caller:
/// more than one thread registered or about to register (and not finishing). When false, no other thread
/// can be in the middle of a lock-free read, so memory may be released at once.
///
/// Sound without fences: a child can only appear through its parent's
/// `thread_starting` (program order in the parent), and a thread that left released
/// `LIVE` after its last read. `STARTING` is read first: a child registers before it
/// leaves `STARTING`, so if the parent sees it gone it also sees it in `LIVE`.
#[inline]
pub fn may_run_concurrently() -> bool {
    let starting = STARTING.load(Ordering::Acquire);
    let live = LIVE.load(Ordering::Acquire);
    let finishing = FINISHING.load(Ordering::Acquire);
    (starting + live).saturating_sub(finishing) > 1
}

/// Asks the calling thread's next safepoint to release its retired memory.
pub fn request_reclaim() {
    if let Some(slot) = current_slot() {
        slot.breaker.fetch_or(breaker::RECLAIM, Ordering::Relaxed);
    }
}

/// Tests and clears the calling thread's RECLAIM bit.
pub fn take_reclaim() -> bool {
    current_slot()
        .is_some_and(|slot| slot.breaker.fetch_and(!breaker::RECLAIM, Ordering::Relaxed) & breaker::RECLAIM != 0)
}

/// Attaches the calling thread: it may touch objects again. In GIL mode takes the
/// GIL; during a stop-the-world, blocks until the world restarts. No-op if already
/// attached or not registered.
pub fn attach() {
    if let Some(slot) = current_slot() {
        attach::attach_slot(slot);
    }
}

/// Detaches the calling thread before it blocks (sleep, lock wait, join, I/O). In GIL
/// mode releases the GIL. No-op if already detached or not registered.
pub fn detach() {
    if let Some(slot) = current_slot() {
        attach::detach_slot(slot);
    }
}

/// Whether the calling thread is registered and attached.
pub fn is_attached() -> bool {
    current_slot().is_some_and(attach::is_attached)
}

/// Runs `f` detached, re-attaching afterwards (also if `f` panics). If the thread
/// was not attached, just runs `f`.
pub fn detached<R>(f: impl FnOnce() -> R) -> R {
    struct Reattach;
    impl Drop for Reattach {
        fn drop(&mut self) {
            attach();
        }
    }
    if !is_attached() {
        return f();
    }
    detach();
    let _reattach = Reattach;
    f()
}

/// Whether any eval-breaker bit is set for the calling thread: one relaxed load.
#[inline(always)]
pub fn eval_breaker_set() -> bool {
    CURRENT.with(|c| match c.get() {
        Some(slot) => slot.breaker.load(Ordering::Relaxed) != 0,
        None => false,
    })
}

/// The calling thread's eval-breaker bits (see [`breaker`]).
pub fn eval_breaker_bits() -> u32 {
    current_slot().map_or(0, |slot| slot.breaker.load(Ordering::Acquire))
}

/// Handles the eval breaker at a safepoint: merges queued objects through `merge`;
/// if the world is being stopped, detaches until it restarts; in GIL mode, hands the
/// GIL over if a waiter asked. Does not consume SIGNAL: see [`take_signal`].
pub fn handle_eval_breaker(merge: &mut dyn FnMut(RawObj)) {
    let Some(slot) = current_slot() else {
        return;
    };
    let bits = slot.breaker.load(Ordering::Acquire);
    if bits & breaker::MERGE_PENDING != 0 {
        merge::drain(slot, merge);
    }
    if bits & (breaker::STW_REQUESTED | breaker::GIL_DROP_REQUEST) != 0 && attach::is_attached(slot) {
        attach::detach_slot(slot);
        attach::attach_slot(slot);
    }
}

/// Sets the SIGNAL bit in `tid`'s eval breaker (no-op for unknown tids).
pub fn request_signal(tid: Tid) {
    if let Some(slot) = slots::lookup(tid) {
        slot.breaker.fetch_or(breaker::SIGNAL, Ordering::SeqCst);
    }
}

/// Tests and clears the calling thread's SIGNAL bit.
pub fn take_signal() -> bool {
    current_slot().is_some_and(|slot| slot.breaker.fetch_and(!breaker::SIGNAL, Ordering::SeqCst) & breaker::SIGNAL != 0)
}
