//! Registry, merge queues and biased counts under real threads.
#![cfg(not(weft_loom))]
#![allow(unsafe_code)] // reason: tests dereference RawObj tokens they created.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};

use weft_threads::registry::{self, breaker};
use weft_threads::{BiasedRc, Decref, RawObj};

/// Tests in this file share the process-wide registry: run them one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// A stand-in object: a count and a death counter; never actually freed.
struct Obj {
    rc: BiasedRc,
    deaths: AtomicUsize,
}

impl Obj {
    fn leak(owner: u32) -> &'static Obj {
        Box::leak(Box::new(Obj { rc: BiasedRc::new(owner), deaths: AtomicUsize::new(0) }))
    }
    fn raw(&'static self) -> RawObj {
        RawObj(self as *const Obj as *mut ())
    }
}

fn merge_cb(raw: RawObj) {
    // SAFETY: every RawObj in these tests comes from `Obj::raw` on a leaked Obj.
    let obj = unsafe { &*(raw.0 as *const Obj) };
    if obj.rc.merge() {
        obj.deaths.fetch_add(1, Ordering::SeqCst);
    }
}

fn decref(obj: &'static Obj) {
    match obj.rc.decref(registry::current_tid()) {
        Decref::Alive => {}
        Decref::Dead => {
            obj.deaths.fetch_add(1, Ordering::SeqCst);
        }
        Decref::Queue => registry::queue_merge(obj.rc.owner(), obj.raw(), &mut merge_cb),
    }
}

fn poll() {
    if registry::eval_breaker_set() {
        registry::handle_eval_breaker(&mut merge_cb);
    }
}

#[test]
fn tids_start_at_one_and_are_reused() {
    let _s = serial();
    let a = std::thread::spawn(|| {
        let t = registry::register_current_thread();
        assert_eq!(registry::current_tid(), t);
        assert!(registry::is_attached());
        registry::unregister_current_thread(&mut merge_cb);
        assert_eq!(registry::current_tid(), 0);
        t
    })
    .join()
    .unwrap();
    assert!(a >= 1);
    let b = std::thread::spawn(|| {
        let t = registry::register_current_thread();
        registry::unregister_current_thread(&mut merge_cb);
        t
    })
    .join()
    .unwrap();
    assert_eq!(a, b, "a freed tid is reused");
    assert_eq!(registry::current_tid(), 0);
    assert_eq!(registry::thread_count(), 0);
}

#[test]
fn many_threads_alive_at_once_and_over_time() {
    let _s = serial();
    const LIVE: usize = 4100; // the required minimum of 4096 live at once, small stacks

    let barrier = Arc::new(Barrier::new(LIVE + 1));
    let handles: Vec<_> = (0..LIVE)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            std::thread::Builder::new()
                .stack_size(64 * 1024)
                .spawn(move || {
                    let t = registry::register_current_thread();
                    barrier.wait();
                    barrier.wait();
                    registry::unregister_current_thread(&mut merge_cb);
                    t
                })
                .unwrap()
        })
        .collect();
    barrier.wait();
    assert_eq!(registry::thread_count(), LIVE);
    barrier.wait();
    let mut tids: Vec<_> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    tids.sort_unstable();
    tids.dedup();
    assert_eq!(tids.len(), LIVE, "live threads have distinct tids");
    let max_before = *tids.last().unwrap();
    for _ in 0..30 {
        let hs: Vec<_> = (0..100)
            .map(|_| {
                std::thread::spawn(|| {
                    let t = registry::register_current_thread();
                    registry::unregister_current_thread(&mut merge_cb);
                    t
                })
            })
            .collect();
        for h in hs {
            assert!(h.join().unwrap() <= max_before, "tids are reused");
        }
    }
    assert_eq!(registry::thread_count(), 0);
}

#[test]
fn thread_exit_without_unregister_frees_slot() {
    let _s = serial();
    std::thread::spawn(|| {
        registry::register_current_thread();
    })
    .join()
    .unwrap();
    assert_eq!(registry::thread_count(), 0);
}

#[test]
fn hammer_shared_count_with_queue_and_merge() {
    let _s = serial();
    const WORKERS: usize = 8;
    const ITERS: usize = 20_000;
    let owner_ready = Arc::new(Barrier::new(WORKERS + 1));
    let done = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = std::sync::mpsc::channel::<&'static Obj>();
    let owner = {
        let owner_ready = Arc::clone(&owner_ready);
        let done = Arc::clone(&done);
        std::thread::spawn(move || {
            let me = registry::register_current_thread();
            let obj = Obj::leak(me);
            for _ in 0..WORKERS {
                obj.rc.incref(me); // one reference per worker, counted locally
            }
            tx.send(obj).unwrap();
            owner_ready.wait();
            let mut i = 0u64;
            while done.load(Ordering::SeqCst) < WORKERS {
                obj.rc.incref(me);
                decref(obj);
                i += 1;
                if i.is_multiple_of(64) {
                    poll();
                }
                assert_eq!(obj.deaths.load(Ordering::SeqCst), 0, "died early");
            }
            decref(obj); // the owner's own reference
            poll();
            registry::unregister_current_thread(&mut merge_cb);
            obj
        })
    };
    let obj: &'static Obj = rx.recv().unwrap();
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let owner_ready = Arc::clone(&owner_ready);
            let done = Arc::clone(&done);
            std::thread::spawn(move || {
                registry::register_current_thread();
                owner_ready.wait();
                let me = registry::current_tid();
                for i in 0..ITERS {
                    obj.rc.incref(me);
                    if i.is_multiple_of(3) {
                        obj.rc.incref(me);
                        decref(obj);
                    }
                    decref(obj);
                    if i.is_multiple_of(128) {
                        poll();
                    }
                }
                decref(obj); // the reference the owner gave us
                done.fetch_add(1, Ordering::SeqCst);
                registry::unregister_current_thread(&mut merge_cb);
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let obj2 = owner.join().unwrap();
    assert!(std::ptr::eq(obj, obj2));
    assert_eq!(obj.deaths.load(Ordering::SeqCst), 1, "exactly one death");
}

#[test]
fn queue_to_exited_owner_merges_immediately() {
    let _s = serial();
    let (tx, rx) = std::sync::mpsc::channel::<&'static Obj>();
    let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
    let (registered_tx, registered_rx) = std::sync::mpsc::channel::<()>();
    // B registers first so that it keeps its own tid while A's slot is free (otherwise
    // B could reuse the tid A had, and own the object).
    let b = std::thread::spawn(move || {
        registry::register_current_thread();
        registered_tx.send(()).unwrap();
        let obj: &'static Obj = registry::detached(|| rx.recv().unwrap());
        registry::detached(|| go_rx.recv().unwrap());
        assert_ne!(obj.rc.owner(), registry::current_tid());
        let mut merged_here = 0;
        match obj.rc.decref(registry::current_tid()) {
            Decref::Queue => registry::queue_merge(obj.rc.owner(), obj.raw(), &mut |raw| {
                merged_here += 1;
                merge_cb(raw);
            }),
            other => panic!("expected Queue, got {other:?}"),
        }
        assert_eq!(merged_here, 1, "owner's slot is free: merged on this thread");
        registry::unregister_current_thread(&mut merge_cb);
        obj
    });
    registered_rx.recv().unwrap();
    std::thread::spawn(move || {
        let me = registry::register_current_thread();
        let obj = Obj::leak(me);
        obj.rc.incref(me);
        decref(obj); // one local reference left: the one handed to B
        tx.send(obj).unwrap();
        registry::unregister_current_thread(&mut merge_cb);
    })
    .join()
    .unwrap();
    go_tx.send(()).unwrap();
    let obj = b.join().unwrap();
    assert_eq!(obj.deaths.load(Ordering::SeqCst), 1);
}

#[test]
fn queue_to_live_owner_sets_breaker() {
    let _s = serial();
    let (tx, rx) = std::sync::mpsc::channel::<&'static Obj>();
    let queued = Arc::new(AtomicBool::new(false));
    let q2 = Arc::clone(&queued);
    let owner = std::thread::spawn(move || {
        let me = registry::register_current_thread();
        let obj = Obj::leak(me);
        obj.rc.incref(me);
        tx.send(obj).unwrap();
        while !q2.load(Ordering::SeqCst) {
            std::thread::yield_now();
        }
        assert!(registry::eval_breaker_bits() & breaker::MERGE_PENDING != 0);
        decref(obj);
        assert_eq!(obj.deaths.load(Ordering::SeqCst), 0);
        poll();
        assert_eq!(obj.deaths.load(Ordering::SeqCst), 1);
        assert!(!registry::eval_breaker_set());
        registry::unregister_current_thread(&mut merge_cb);
    });
    let obj = rx.recv().unwrap();
    std::thread::spawn(move || {
        registry::register_current_thread();
        assert_eq!(obj.rc.decref(registry::current_tid()), Decref::Queue);
        registry::queue_merge(obj.rc.owner(), obj.raw(), &mut |_| panic!("owner is alive"));
        queued.store(true, Ordering::SeqCst);
        registry::unregister_current_thread(&mut merge_cb);
    })
    .join()
    .unwrap();
    owner.join().unwrap();
}

#[test]
fn signals() {
    let _s = serial();
    std::thread::spawn(|| {
        let me = registry::register_current_thread();
        assert!(!registry::take_signal());
        registry::request_signal(me);
        assert!(registry::eval_breaker_set());
        assert!(registry::take_signal());
        assert!(!registry::take_signal());
        assert!(!registry::eval_breaker_set());
        registry::unregister_current_thread(&mut merge_cb);
    })
    .join()
    .unwrap();
}

#[test]
fn detached_reattaches() {
    let _s = serial();
    std::thread::spawn(|| {
        registry::register_current_thread();
        assert!(registry::is_attached());
        let r = registry::detached(|| {
            assert!(!registry::is_attached());
            registry::detached(|| assert!(!registry::is_attached()));
            assert!(!registry::is_attached());
            7
        });
        assert_eq!(r, 7);
        assert!(registry::is_attached());
        registry::unregister_current_thread(&mut merge_cb);
    })
    .join()
    .unwrap();
}
