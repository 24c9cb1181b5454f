//! The global interpreter lock of `-X gil=1`, with CPython's switching rules.
//!
//! When enabled, attaching a thread takes the GIL and detaching releases it (see
//! [`crate::registry::attach`]), so exactly one thread runs Python at a time; blocking
//! calls detach, so they release it. A thread that has waited a whole switch interval
//! without the GIL changing hands sets GIL_DROP_REQUEST in the holder's eval breaker.
//! The holder then detaches at its next safepoint, and (CPython's FORCE_SWITCHING)
//! waits until another thread has actually taken the GIL before it competes again, so
//! a CPU-bound holder cannot immediately retake it.
//!
//! A thread waiting for the GIL is detached, so stop-the-world (whose requester holds
//! the GIL) does not wait for it.

use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::registry::breaker::GIL_DROP_REQUEST;
use crate::registry::Slot;
use crate::sync::global::{AtomicBool, AtomicU64, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(false);
/// `f64` bits of the switch interval in seconds.
static INTERVAL: AtomicU64 = AtomicU64::new(0x3F74_7AE1_47AE_147B); // 0.005

struct Gil {
    locked: bool,
    holder: Option<&'static Slot>,
    /// Incremented each time the GIL is taken.
    switch_number: u64,
    waiters: usize,
}

static GIL: Mutex<Gil> = Mutex::new(Gil { locked: false, holder: None, switch_number: 0, waiters: 0 });
/// Signalled when the GIL is released.
static RELEASED: Condvar = Condvar::new();
/// Signalled when the GIL is taken (for FORCE_SWITCHING).
static SWITCHED: Condvar = Condvar::new();

/// Turns GIL mode on or off. Call once at startup, before any thread registers.
pub fn set_gil_enabled(on: bool) {
    debug_assert!(crate::registry::thread_count() == 0, "set_gil_enabled after threads registered");
    ENABLED.store(on, Ordering::SeqCst);
}

/// Whether GIL mode is on (`sys._is_gil_enabled()`).
#[inline]
pub fn gil_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Sets the switch interval in seconds (`sys.setswitchinterval`). Non-positive or
/// non-finite values are the caller's to reject (CPython raises ValueError).
pub fn set_switch_interval(secs: f64) {
    debug_assert!(secs.is_finite() && secs > 0.0);
    INTERVAL.store(secs.to_bits(), Ordering::Relaxed);
}

/// The switch interval in seconds (`sys.getswitchinterval()`), 0.005 by default.
pub fn switch_interval() -> f64 {
    f64::from_bits(INTERVAL.load(Ordering::Relaxed))
}

fn interval() -> Duration {
    Duration::try_from_secs_f64(switch_interval()).unwrap_or(Duration::from_millis(5)).max(Duration::from_micros(1))
}

/// Takes the GIL for `slot`'s thread, asking the holder to drop it after each
/// interval without a switch.
pub(crate) fn take(slot: &'static Slot) {
    let mut gil = GIL.lock();
    if gil.locked {
        gil.waiters += 1;
        while gil.locked {
            let switch_number = gil.switch_number;
            let timed_out = RELEASED.wait_for(&mut gil, interval()).timed_out();
            if timed_out && gil.locked && gil.switch_number == switch_number {
                if let Some(holder) = gil.holder {
                    holder.breaker.fetch_or(GIL_DROP_REQUEST, Ordering::SeqCst);
                }
            }
        }
        gil.waiters -= 1;
    }
    gil.locked = true;
    gil.holder = Some(slot);
    gil.switch_number = gil.switch_number.wrapping_add(1);
    SWITCHED.notify_all();
    // A stale request aimed at an earlier tenure must not make us drop at once.
    slot.breaker.fetch_and(!GIL_DROP_REQUEST, Ordering::SeqCst);
}

/// Releases the GIL held by `slot`'s thread. If a waiter asked for it, waits until
/// some other thread has taken it.
pub(crate) fn release(slot: &'static Slot) {
    let mut gil = GIL.lock();
    debug_assert!(gil.locked && gil.holder.is_some_and(|h| std::ptr::eq(h, slot)));
    gil.locked = false;
    gil.holder = None;
    RELEASED.notify_one();
    if slot.breaker.fetch_and(!GIL_DROP_REQUEST, Ordering::SeqCst) & GIL_DROP_REQUEST != 0 {
        let switch_number = gil.switch_number;
        while gil.switch_number == switch_number && gil.waiters > 0 {
            SWITCHED.wait(&mut gil);
        }
    }
}
