//! Stop-the-world under real threads.
#![cfg(not(weft_loom))]

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use weft_threads::registry;
use weft_threads::RawObj;

static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

fn no_merge(_: RawObj) {
    unreachable!("no objects are queued in these tests")
}

/// Registered threads that spin "running bytecode" (bumping a counter) and poll the
/// eval breaker, until `stop` is set.
struct Spinners {
    stop: Arc<AtomicBool>,
    counters: Arc<Vec<AtomicU64>>,
    handles: Vec<thread::JoinHandle<()>>,
}

impl Spinners {
    fn start(n: usize) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let counters: Arc<Vec<AtomicU64>> = Arc::new((0..n).map(|_| AtomicU64::new(0)).collect());
        let started = Arc::new(AtomicUsize::new(0));
        let handles = (0..n)
            .map(|i| {
                let (stop, counters, started) = (Arc::clone(&stop), Arc::clone(&counters), Arc::clone(&started));
                thread::spawn(move || {
                    registry::register_current_thread();
                    started.fetch_add(1, SeqCst);
                    while !stop.load(SeqCst) {
                        counters[i].fetch_add(1, SeqCst);
                        if registry::eval_breaker_set() {
                            registry::handle_eval_breaker(&mut no_merge);
                        }
                    }
                    registry::unregister_current_thread(&mut no_merge);
                })
            })
            .collect();
        while started.load(SeqCst) < n {
            thread::yield_now();
        }
        Spinners { stop, counters, handles }
    }

    fn snapshot(&self) -> Vec<u64> {
        self.counters.iter().map(|c| c.load(SeqCst)).collect()
    }

    fn finish(self) {
        self.stop.store(true, SeqCst);
        for h in self.handles {
            h.join().unwrap();
        }
    }
}

#[test]
fn stopped_threads_make_no_progress() {
    let _s = serial();
    let spinners = Spinners::start(4);
    let requester = thread::spawn(move || {
        registry::register_current_thread();
        for _ in 0..5 {
            let guard = registry::stop_the_world();
            let before = spinners.snapshot();
            thread::sleep(Duration::from_millis(20));
            assert_eq!(before, spinners.snapshot(), "a thread ran during stop-the-world");
            drop(guard);
            let before = spinners.snapshot();
            let deadline = Instant::now() + Duration::from_secs(10);
            while spinners.snapshot().iter().zip(&before).any(|(a, b)| a == b) {
                assert!(Instant::now() < deadline, "threads did not restart");
                thread::yield_now();
            }
        }
        registry::unregister_current_thread(&mut no_merge);
        spinners
    });
    requester.join().unwrap().finish();
}

#[test]
fn detached_and_new_threads_cannot_attach_while_stopped() {
    let _s = serial();
    let wake = Arc::new(AtomicBool::new(false));
    let attached = Arc::new(AtomicBool::new(false));
    let sleeper = {
        let (wake, attached) = (Arc::clone(&wake), Arc::clone(&attached));
        thread::spawn(move || {
            registry::register_current_thread();
            registry::detached(|| {
                while !wake.load(SeqCst) {
                    thread::sleep(Duration::from_millis(1));
                }
            });
            attached.store(true, SeqCst);
            registry::unregister_current_thread(&mut no_merge);
        })
    };
    thread::sleep(Duration::from_millis(20)); // let it detach
    let newcomer_attached = Arc::new(AtomicBool::new(false));
    let n2 = Arc::clone(&newcomer_attached);
    let requester = thread::spawn(move || {
        registry::register_current_thread();
        let guard = registry::stop_the_world();
        wake.store(true, SeqCst);
        let newcomer = thread::spawn(move || {
            registry::register_current_thread();
            n2.store(true, SeqCst);
            registry::unregister_current_thread(&mut no_merge);
        });
        thread::sleep(Duration::from_millis(50));
        assert!(!attached.load(SeqCst), "a detached thread attached during stop-the-world");
        assert!(!newcomer_attached.load(SeqCst), "a new thread attached during stop-the-world");
        drop(guard);
        registry::detached(|| newcomer.join().unwrap());
        registry::unregister_current_thread(&mut no_merge);
        (attached, newcomer_attached)
    });
    let (attached, newcomer_attached) = requester.join().unwrap();
    sleeper.join().unwrap();
    assert!(attached.load(SeqCst));
    assert!(newcomer_attached.load(SeqCst));
}

#[test]
fn concurrent_requesters_do_not_deadlock() {
    let _s = serial();
    let spinners = Spinners::start(2);
    let in_stw = Arc::new(AtomicUsize::new(0));
    let requesters: Vec<_> = (0..3)
        .map(|_| {
            let in_stw = Arc::clone(&in_stw);
            thread::spawn(move || {
                registry::register_current_thread();
                for _ in 0..100 {
                    let guard = registry::stop_the_world();
                    assert_eq!(in_stw.fetch_add(1, SeqCst), 0, "two worlds stopped at once");
                    thread::yield_now();
                    in_stw.fetch_sub(1, SeqCst);
                    drop(guard);
                    if registry::eval_breaker_set() {
                        registry::handle_eval_breaker(&mut no_merge);
                    }
                }
                registry::unregister_current_thread(&mut no_merge);
            })
        })
        .collect();
    for r in requesters {
        r.join().unwrap();
    }
    spinners.finish();
}

#[test]
fn stw_with_no_other_threads_is_immediate() {
    let _s = serial();
    thread::spawn(|| {
        registry::register_current_thread();
        drop(registry::stop_the_world());
        registry::unregister_current_thread(&mut no_merge);
    })
    .join()
    .unwrap();
}
