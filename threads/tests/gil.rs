//! GIL mode. GIL mode is process-wide, so these tests live in their own binary.
#![cfg(not(weft_loom))]

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex, Once};
use std::thread;
use std::time::{Duration, Instant};

use weft_threads::{gil, registry, RawObj};

static SERIAL: Mutex<()> = Mutex::new(());
static GIL_ON: Once = Once::new();

fn setup() -> std::sync::MutexGuard<'static, ()> {
    GIL_ON.call_once(|| gil::set_gil_enabled(true));
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn no_merge(_: RawObj) {
    unreachable!()
}

fn poll() {
    if registry::eval_breaker_set() {
        registry::handle_eval_breaker(&mut no_merge);
    }
}

#[test]
fn defaults() {
    let _s = setup();
    assert!(gil::gil_enabled());
    assert_eq!(gil::switch_interval(), 0.005);
}

#[test]
fn two_spinning_threads_alternate_and_exclude() {
    let _s = setup();
    const RUN: Duration = Duration::from_millis(300);
    let inside = Arc::new(AtomicUsize::new(0));
    let last = Arc::new(AtomicU32::new(0));
    let switches = Arc::new(AtomicUsize::new(0));
    let spins: Vec<_> = (0..2)
        .map(|_| {
            let (inside, last, switches) = (Arc::clone(&inside), Arc::clone(&last), Arc::clone(&switches));
            thread::spawn(move || {
                let me = registry::register_current_thread();
                let start = Instant::now();
                let mut my_iters = 0u64;
                while start.elapsed() < RUN {
                    // "Bytecode": only one attached thread may be here.
                    assert_eq!(inside.fetch_add(1, SeqCst), 0, "two threads hold the GIL");
                    if last.swap(me, SeqCst) != me {
                        switches.fetch_add(1, SeqCst);
                    }
                    my_iters += 1;
                    inside.fetch_sub(1, SeqCst);
                    poll();
                }
                registry::unregister_current_thread(&mut no_merge);
                my_iters
            })
        })
        .collect();
    let iters: Vec<u64> = spins.into_iter().map(|h| h.join().unwrap()).collect();
    let switches = switches.load(SeqCst);
    // 300 ms at a 5 ms interval: ~60 hand-overs; demand a fraction of that.
    assert!(switches >= 10, "only {switches} switches, iters {iters:?}");
    assert!(iters.iter().all(|&i| i > 0), "a thread starved: {iters:?}");
}

#[test]
fn blocking_releases_the_gil() {
    let _s = setup();
    let holder_blocked = Arc::new(AtomicBool::new(false));
    let other_ran = Arc::new(AtomicBool::new(false));
    let a = {
        let (hb, or) = (Arc::clone(&holder_blocked), Arc::clone(&other_ran));
        thread::spawn(move || {
            registry::register_current_thread();
            hb.store(true, SeqCst);
            registry::detached(|| {
                while !or.load(SeqCst) {
                    thread::sleep(Duration::from_millis(1));
                }
            });
            registry::unregister_current_thread(&mut no_merge);
        })
    };
    while !holder_blocked.load(SeqCst) {
        thread::yield_now();
    }
    let b = thread::spawn(move || {
        registry::register_current_thread(); // takes the GIL while A sleeps detached
        other_ran.store(true, SeqCst);
        registry::unregister_current_thread(&mut no_merge);
    });
    b.join().unwrap();
    a.join().unwrap();
}

#[test]
fn stop_the_world_under_the_gil() {
    let _s = setup();
    let stop = Arc::new(AtomicBool::new(false));
    let spinner = {
        let stop = Arc::clone(&stop);
        thread::spawn(move || {
            registry::register_current_thread();
            while !stop.load(SeqCst) {
                poll();
            }
            registry::unregister_current_thread(&mut no_merge);
        })
    };
    let requester = thread::spawn(move || {
        registry::register_current_thread();
        for _ in 0..20 {
            drop(registry::stop_the_world());
            poll();
        }
        stop.store(true, SeqCst);
        registry::unregister_current_thread(&mut no_merge);
    });
    requester.join().unwrap();
    spinner.join().unwrap();
}

#[test]
fn switch_interval_round_trips() {
    let _s = setup();
    gil::set_switch_interval(0.001);
    assert_eq!(gil::switch_interval(), 0.001);
    gil::set_switch_interval(0.005);
}
