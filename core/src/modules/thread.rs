//! The `_thread` module: OS threads running Python functions, and lock objects.
//!
//! A new thread registers with the thread registry (taking the GIL in GIL mode), runs
//! its function, reports an uncaught exception, and unregisters (merging the reference
//! counts queued to it). Lock waits detach the thread, so stop-the-world and the GIL
//! never wait for a thread blocked on a lock.

use super::add_fn;
use crate::methods::{add_method, add_static};
use crate::objects::boolobj::py_bool;
use crate::objects::exception::{exc_matches, runtime_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::kinds;
use crate::objects::module::{module_set, new_module};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use weft_gc::{alloc_obj, downcast, Payload};
use weft_threads::registry;

/// Native stack of threads started from Python. Deep recursion is stopped by the
/// stack guard in `thread_state` before this runs out.
const THREAD_STACK: usize = 64 << 20;

static RUNNING: AtomicUsize = AtomicUsize::new(0);

struct LockState {
    locked: bool,
    owner: u64,
    count: u64,
}

/// `_thread.lock` and `_thread.RLock`.
pub struct LockObj {
    reentrant: bool,
    state: Mutex<LockState>,
    cond: Condvar,
}

impl Payload for LockObj {
    const KIND: u8 = kinds::LOCK;
    const TRACKED: bool = false;
}

fn ident() -> u64 {
    thread_ident()
}

/// A stable identifier of the current OS thread (`threading.get_ident()`).
pub fn thread_ident() -> u64 {
    thread_local! {
        static ID: u64 = {
            static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
            // Shaped like CPython's (a large address-like number) but unique per thread.
            0x7f00_0000_0000 + NEXT.fetch_add(1, Ordering::Relaxed) * 0x100_0000
        };
    }
    ID.with(|i| *i)
}

impl LockObj {
    fn new(reentrant: bool) -> LockObj {
        LockObj { reentrant, state: Mutex::new(LockState { locked: false, owner: 0, count: 0 }), cond: Condvar::new() }
    }

    fn try_take(&self, st: &mut LockState, me: u64) -> bool {
        if !st.locked {
            st.locked = true;
            st.owner = me;
            st.count = 1;
            return true;
        }
        if self.reentrant && st.owner == me {
            st.count += 1;
            return true;
        }
        false
    }

    /// Acquire; `timeout` None = forever, Some(0) = non-blocking.
    pub fn acquire(&self, timeout: Option<Duration>) -> bool {
        let me = ident();
        {
            let mut st = self.state.lock();
            if self.try_take(&mut st, me) {
                return true;
            }
            if timeout == Some(Duration::ZERO) {
                return false;
            }
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        registry::detached(|| {
            let mut st = self.state.lock();
            loop {
                if self.try_take(&mut st, me) {
                    return true;
                }
                match deadline {
                    None => self.cond.wait(&mut st),
                    Some(d) => {
                        if self.cond.wait_until(&mut st, d).timed_out() {
                            return self.try_take(&mut st, me);
                        }
                    }
                }
            }
        })
    }

    pub fn release(&self) -> PyResult<()> {
        let mut st = self.state.lock();
        if !st.locked {
            return Err(runtime_error(if self.reentrant {
                "cannot release un-acquired lock"
            } else {
                "release unlocked lock"
            }));
        }
        if self.reentrant {
            if st.owner != ident() {
                return Err(runtime_error("cannot release un-acquired lock"));
            }
            st.count -= 1;
            if st.count > 0 {
                return Ok(());
            }
        }
        st.locked = false;
        st.owner = 0;
        drop(st);
        self.cond.notify_one();
        Ok(())
    }
}

fn lock_of(v: &Value) -> PyResult<&LockObj> {
    downcast::<LockObj>(v).ok_or_else(|| type_error("descriptor requires a lock object"))
}

fn timeout_arg(a: &Args<'_>) -> PyResult<Option<Duration>> {
    let p = a.pos();
    let blocking = match p.get(1).or_else(|| a.kw("blocking")) {
        Some(b) => crate::vm::ops::truthy(b)?,
        None => true,
    };
    let timeout = match p.get(2).or_else(|| a.kw("timeout")) {
        Some(t) => crate::builtins::convert::to_float(t)?,
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return Err(value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(Some(Duration::ZERO));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    Ok(if timeout < 0.0 { None } else { Some(Duration::from_secs_f64(timeout.min(1e9))) })
}

fn lock_acquire(a: Args<'_>) -> PyResult<Value> {
    let l = lock_of(&a.pos()[0])?;
    let t = timeout_arg(&a)?;
    Ok(py_bool(l.acquire(t)))
}

fn lock_release(a: Args<'_>) -> PyResult<Value> {
    lock_of(&a.pos()[0])?.release()?;
    Ok(rt().none.clone())
}

fn lock_exit(a: Args<'_>) -> PyResult<Value> {
    lock_of(&a.pos()[0])?.release()?;
    Ok(py_bool(false))
}

fn lock_locked(a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(lock_of(&a.pos()[0])?.state.lock().locked))
}

fn lock_is_owned(a: Args<'_>) -> PyResult<Value> {
    let st = lock_of(&a.pos()[0])?.state.lock();
    Ok(py_bool(st.locked && st.owner == ident()))
}

fn lock_recursion_count(a: Args<'_>) -> PyResult<Value> {
    let st = lock_of(&a.pos()[0])?.state.lock();
    Ok(new_int(if st.locked && st.owner == ident() { st.count as i64 } else { 0 }))
}

fn lock_release_save(a: Args<'_>) -> PyResult<Value> {
    let l = lock_of(&a.pos()[0])?;
    let mut st = l.state.lock();
    if !st.locked || st.owner != ident() {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let saved = crate::objects::tuple::new_tuple(vec![new_int(st.count as i64), new_int(st.owner as i64)]);
    st.locked = false;
    st.owner = 0;
    st.count = 0;
    drop(st);
    l.cond.notify_one();
    Ok(saved)
}

fn lock_acquire_restore(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let l = lock_of(&p[0])?;
    l.acquire(None);
    let saved = crate::objects::tuple::as_tuple(&p[1]).map(|t| t.to_vec()).unwrap_or_default();
    let count = saved.first().and_then(crate::objects::int::as_i64).unwrap_or(1);
    l.state.lock().count = count.max(1) as u64;
    Ok(rt().none.clone())
}

fn lock_repr(a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    let l = lock_of(v)?;
    let st = l.state.lock();
    let s = if l.reentrant {
        format!(
            "<{} _thread.RLock object owner={} count={} at {:#x}>",
            if st.locked { "locked" } else { "unlocked" },
            if st.locked { st.owner } else { 0 },
            if st.locked { st.count } else { 0 },
            v.word()
        )
    } else {
        format!("<{} _thread.lock object at {:#x}>", if st.locked { "locked" } else { "unlocked" }, v.word())
    };
    Ok(crate::objects::str::new_str(s))
}

pub fn new_lock(reentrant: bool) -> Value {
    let ty = if reentrant { &rt().types.rlock } else { &rt().types.lock };
    alloc_obj(ty.as_ptr(), LockObj::new(reentrant))
}

thread_local! {
    /// The lock `_set_sentinel` gave this thread: released when the thread has finished
    /// everything, so `join()` (which waits on it) returns only then.
    static SENTINEL: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `_thread._set_sentinel()`: a new lock, released when the calling thread ends.
fn set_sentinel(_a: Args<'_>) -> PyResult<Value> {
    let lock = new_lock(false);
    SENTINEL.with(|s| *s.borrow_mut() = Some(lock.clone()));
    Ok(lock)
}

/// Release this thread's sentinel lock, if it set one and holds it.
fn release_sentinel() {
    if let Some(l) = SENTINEL.with(|s| s.borrow_mut().take()) {
        if let Ok(lock) = lock_of(&l) {
            if lock.state.lock().locked {
                let _ = lock.release();
            }
        }
    }
}

fn allocate_lock(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_lock(false))
}

fn rlock_new(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_lock(true))
}

fn lock_new(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_lock(false))
}

/// Run `f` in the body of a new registered thread.
fn thread_main(func: Value, args: Vec<Value>, kwnames: Vec<Value>) {
    registry::register_current_thread();
    registry::thread_started();
    crate::vm::thread_state::init_stack(THREAD_STACK);
    let r = crate::vm::call::call_kw(&func, &args, &kwnames);
    drop(args);
    drop(kwnames);
    if let Err(e) = r {
        if !exc_matches(&e.0, &rt().exc.system_exit) {
            let what = crate::vm::repr::repr(&func).unwrap_or_default();
            crate::vm::traceback::print_unraisable(&format!("Exception ignored in thread started by: {what}"), &e.0);
        }
    }
    drop(func);
    crate::modules::sys::flush_stdout();
    crate::vm::frame::drain_pool();
    // What this thread retired is released before joiners wake, so that objects it
    // dropped are finalized by the time `join()` returns, as in CPython.
    weft_gc::retire::reclaim();
    // Merge what other threads queued to us while we still count as running (merging
    // can free objects and run `__del__`); then stop counting, so that a thread that
    // joins us may free what it drops at once, as in CPython.
    registry::handle_eval_breaker(&mut weft_gc::merge);
    registry::thread_finishing();
    release_sentinel();
    RUNNING.fetch_sub(1, Ordering::SeqCst);
    registry::unregister_current_thread(&mut weft_gc::merge);
}

fn start_new_thread(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() < 2 {
        return Err(type_error("start_new_thread expected at least 2 arguments"));
    }
    let func = p[0].clone();
    let mut args =
        crate::objects::tuple::as_tuple(&p[1]).ok_or_else(|| type_error("2nd arg must be a tuple"))?.to_vec();
    let mut kwnames = Vec::new();
    if let Some(kw) = p.get(2).filter(|k| !crate::objects::boolobj::is_none(k)) {
        let d = crate::objects::dict::as_dict(kw).ok_or_else(|| type_error("optional 3rd arg must be a dictionary"))?;
        for (k, v) in d.items() {
            kwnames.push(crate::runtime::intern_value(&k));
            args.push(v);
        }
    }
    // Functions reached by several threads switch to deferred counting.
    crate::modules::sys::share_module_globals();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    registry::thread_starting();
    let (tx, rx) = std::sync::mpsc::channel::<u64>();
    let spawned = std::thread::Builder::new().stack_size(THREAD_STACK).spawn(move || {
        let _ = tx.send(thread_ident());
        thread_main(func, args, kwnames);
    });
    match spawned {
        Ok(_) => {
            let id = registry::detached(|| rx.recv().unwrap_or(0));
            Ok(crate::objects::int::new_bigint(num_bigint::BigInt::from(id)))
        }
        Err(e) => {
            registry::thread_started();
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            Err(runtime_error(format!("can't start new thread: {e}")))
        }
    }
}

fn get_ident(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::int::new_bigint(num_bigint::BigInt::from(ident())))
}

fn get_native_id(_a: Args<'_>) -> PyResult<Value> {
    #[allow(unsafe_code)]
    // SAFETY: gettid has no preconditions.
    let tid = unsafe { gettid() };
    Ok(new_int(tid as i64))
}

extern "C" {
    fn gettid() -> i32;
}

fn count(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(RUNNING.load(Ordering::SeqCst) as i64))
}

fn stack_size(a: Args<'_>) -> PyResult<Value> {
    let _ = a;
    Ok(new_int(0))
}

fn print_exception(a: Args<'_>) -> PyResult<Value> {
    if let Some(e) = a.pos().first() {
        crate::vm::traceback::print_exception(e);
    }
    Ok(rt().none.clone())
}

fn install_lock_methods(ty: &Value, reentrant: bool) {
    add_method(ty, "acquire", lock_acquire);
    add_method(ty, "acquire_lock", lock_acquire);
    add_method(ty, "__enter__", lock_acquire);
    add_method(ty, "release", lock_release);
    add_method(ty, "release_lock", lock_release);
    add_method(ty, "__exit__", lock_exit);
    add_method(ty, "__repr__", lock_repr);
    if reentrant {
        add_method(ty, "_is_owned", lock_is_owned);
        add_method(ty, "_release_save", lock_release_save);
        add_method(ty, "_acquire_restore", lock_acquire_restore);
        add_method(ty, "_recursion_count", lock_recursion_count);
        add_static(ty, "__new__", rlock_new);
    } else {
        add_method(ty, "locked", lock_locked);
        add_method(ty, "locked_lock", lock_locked);
        add_static(ty, "__new__", lock_new);
    }
}

pub fn module() -> Value {
    let t = &rt().types;
    install_lock_methods(&t.lock, false);
    install_lock_methods(&t.rlock, true);
    let m = new_module("_thread");
    add_fn(&m, "start_new_thread", start_new_thread);
    add_fn(&m, "start_new", start_new_thread);
    add_fn(&m, "allocate_lock", allocate_lock);
    add_fn(&m, "_set_sentinel", set_sentinel);
    add_fn(&m, "allocate", allocate_lock);
    add_fn(&m, "get_ident", get_ident);
    add_fn(&m, "get_native_id", get_native_id);
    add_fn(&m, "_count", count);
    add_fn(&m, "stack_size", stack_size);
    add_fn(&m, "_print_exception", print_exception);
    module_set(&m, "LockType", t.lock.clone());
    module_set(&m, "RLock", t.rlock.clone());
    module_set(&m, "error", rt().exc.runtime_error.clone());
    module_set(&m, "TIMEOUT_MAX", crate::objects::float::new_float(9223372036.0));
    m
}
