//! Loom models of the biased reference count and the object mutex.
//!
//! Run: `RUSTFLAGS="--cfg weft_loom" LOOM_MAX_PREEMPTIONS=2 cargo test -p weft-threads
//! --release --test loom`. Each model has two threads and a handful of operations.
#![cfg(weft_loom)]
#![allow(unsafe_code)] // reason: the models access loom UnsafeCells directly.

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering::*};
use loom::sync::Arc;
use loom::thread;
use weft_threads::{BiasedRc, Decref, ObjMutex};

const OWNER: u32 = 1;
const OTHER: u32 = 2;

/// An object with a payload that is "freed" (written) by whoever sees `Dead`: loom
/// reports a data race if any thread could still read it then.
struct Obj {
    rc: BiasedRc,
    payload: UnsafeCell<u32>,
    deaths: AtomicUsize,
    /// References not yet dropped, decremented *before* each decref.
    live_refs: AtomicUsize,
}

impl Obj {
    fn new(refs: usize) -> Arc<Obj> {
        Arc::new(Obj {
            rc: BiasedRc::new(OWNER),
            payload: UnsafeCell::new(7),
            deaths: AtomicUsize::new(0),
            live_refs: AtomicUsize::new(refs),
        })
    }

    fn use_it(&self) {
        // SAFETY: the caller holds a reference, so the object is not freed.
        assert_eq!(self.payload.with(|p| unsafe { *p }), 7);
    }

    fn free(&self) {
        assert_eq!(self.live_refs.load(Relaxed), 0, "freed while referenced");
        assert_eq!(self.deaths.fetch_add(1, Relaxed), 0, "freed twice");
        // SAFETY: none; loom checks that no other access can race with this.
        self.payload.with_mut(|p| unsafe { *p = 0 });
    }

    /// Drops one reference as thread `me`. Returns true if the object must be queued.
    fn drop_ref(&self, me: u32) -> bool {
        self.use_it();
        self.live_refs.fetch_sub(1, Relaxed);
        match self.rc.decref(me) {
            Decref::Alive => false,
            Decref::Dead => {
                self.free();
                false
            }
            Decref::Queue => true,
        }
    }

    fn merge(&self) {
        if self.rc.merge() {
            self.free();
        }
    }
}

/// (a) The owner hands a locally counted reference to another thread, which takes one
/// more of its own (shared) and drops both, while the owner drops its own reference
/// and then drains its merge queue. Exactly one `Dead`, never while referenced.
#[test]
fn biased_rc_queue_and_owner_merge() {
    loom::model(|| {
        let obj = Obj::new(3); // owner's, handed, other's own
        obj.rc.incref(OWNER); // the handed reference
        let queue = Arc::new(AtomicBool::new(false));
        let t = {
            let (obj, queue) = (Arc::clone(&obj), Arc::clone(&queue));
            thread::spawn(move || {
                obj.rc.incref(OTHER);
                for _ in 0..2 {
                    if obj.drop_ref(OTHER) {
                        // queue_merge: the owner is alive in this model.
                        assert!(!queue.swap(true, Release), "queued twice");
                    }
                }
            })
        };
        assert!(!obj.drop_ref(OWNER));
        // A safepoint while the other thread may still run.
        if queue.swap(false, Acquire) {
            obj.merge();
        }
        t.join().unwrap();
        if queue.swap(false, Acquire) {
            obj.merge();
        }
        assert_eq!(obj.deaths.load(Relaxed), 1);
    });
}

/// (b) The owner's local count reaches zero while a non-owner drops the last shared
/// reference: the give-up-ownership path (owner = 0, then MERGED) races with the
/// shared decrement. Exactly one side sees `Dead`.
#[test]
fn biased_rc_owner_gives_up_ownership() {
    loom::model(|| {
        let obj = Obj::new(3); // owner's, the other thread's two
        obj.rc.incref(OTHER); // the other thread's first reference, counted in shared
        let t = {
            let obj = Arc::clone(&obj);
            thread::spawn(move || {
                obj.rc.incref(OTHER);
                assert!(!obj.drop_ref(OTHER));
                assert!(!obj.drop_ref(OTHER));
            })
        };
        assert!(!obj.drop_ref(OWNER));
        t.join().unwrap();
        assert_eq!(obj.deaths.load(Relaxed), 1);
    });
}

/// (c) The object is queued, then the owner's local count reaches zero (it drops a
/// shared-counted reference handed to it after the queueing) while the queueing
/// thread reads `owner()`: if it reads 0 it merges itself (as `queue_merge` does),
/// otherwise the owner merges from its queue. Exactly one `Dead`.
#[test]
fn biased_rc_queue_races_owner_giving_up() {
    loom::model(|| {
        let obj = Obj::new(4); // A (owner's), X and Z (handed), C (created later)
        obj.rc.incref(OWNER); // X
        obj.rc.incref(OWNER); // Z
        let queue = Arc::new(AtomicBool::new(false));
        let handed_back = Arc::new(AtomicBool::new(false));
        let t = {
            let (obj, queue, handed_back) = (Arc::clone(&obj), Arc::clone(&queue), Arc::clone(&handed_back));
            thread::spawn(move || {
                let queued = obj.drop_ref(OTHER); // X: shared is 0, so this queues
                assert!(queued);
                obj.rc.incref(OTHER); // C, counted in shared
                handed_back.store(true, Release); // C and Z now belong to the owner
                if obj.rc.owner() == 0 {
                    obj.merge(); // queue_merge(0, ..) merges on the spot
                } else {
                    queue.store(true, Release);
                }
            })
        };
        assert!(!obj.drop_ref(OWNER)); // A
        while !handed_back.load(Acquire) {
            thread::yield_now();
        }
        assert!(!obj.drop_ref(OWNER)); // C, via local
        assert!(!obj.drop_ref(OWNER)); // Z: local reaches 0, ownership given up
        t.join().unwrap();
        if queue.load(Acquire) {
            obj.merge();
        }
        assert_eq!(obj.deaths.load(Relaxed), 1);
    });
}

/// (d) Two threads increment a plain counter under the object mutex.
#[test]
fn obj_mutex_excludes() {
    loom::model(|| {
        struct Shared {
            lock: ObjMutex,
            value: UnsafeCell<u32>,
        }
        // SAFETY: `value` is accessed only while `lock` is held.
        unsafe impl Sync for Shared {}
        let s = Arc::new(Shared { lock: ObjMutex::new(), value: UnsafeCell::new(0) });
        let t = {
            let s = Arc::clone(&s);
            thread::spawn(move || {
                let _g = s.lock.lock_guard();
                // SAFETY: we hold the lock.
                s.value.with_mut(|p| unsafe { *p += 1 });
            })
        };
        {
            s.lock.lock();
            // SAFETY: we hold the lock.
            s.value.with_mut(|p| unsafe { *p += 1 });
            s.lock.unlock();
        }
        let tried = s.lock.try_lock();
        if tried {
            // SAFETY: we hold the lock.
            s.value.with_mut(|p| unsafe { *p += 1 });
            s.lock.unlock();
        }
        t.join().unwrap();
        // SAFETY: the other thread has been joined.
        let v = s.value.with(|p| unsafe { *p });
        assert_eq!(v, 2 + u32::from(tried));
        assert!(!s.lock.is_locked());
    });
}
