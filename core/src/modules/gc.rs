//! The `gc` module: control of the cycle collector.

use super::add_fn;
use crate::objects::boolobj::py_bool;
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::list::{as_list, new_list};
use crate::objects::module::{module_set, new_module};
use crate::objects::str::new_str;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::OnceLock;

static ENABLED: AtomicBool = AtomicBool::new(true);
static COLLECTIONS: AtomicU64 = AtomicU64::new(0);
static COLLECTED: AtomicU64 = AtomicU64::new(0);
static THRESHOLD: Mutex<(i64, i64, i64)> = parking_lot::const_mutex((2000, 10, 0));

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

fn callbacks() -> &'static Value {
    static CB: OnceLock<Value> = OnceLock::new();
    CB.get_or_init(|| {
        let l = new_list(vec![]);
        weft_gc::make_immortal(&l);
        l
    })
}

fn run_callbacks(phase: &str, collected: usize, uncollectable: usize) {
    let cbs = as_list(callbacks()).map(|l| l.snapshot()).unwrap_or_default();
    if cbs.is_empty() {
        return;
    }
    let info = crate::objects::dict::new_dict();
    if let Some(d) = crate::objects::dict::as_dict(&info) {
        d.set_str(crate::runtime::intern("generation"), new_int(2));
        d.set_str(crate::runtime::intern("collected"), new_int(collected as i64));
        d.set_str(crate::runtime::intern("uncollectable"), new_int(uncollectable as i64));
    }
    for cb in cbs {
        if let Err(e) = crate::vm::call::call(&cb, &[new_str(phase), info.clone()]) {
            crate::vm::traceback::print_unraisable("Exception ignored in garbage collector callback", &e.0);
        }
    }
}

/// Run a full collection now; returns the number of unreachable objects found.
pub fn collect_now() -> usize {
    run_callbacks("start", 0, 0);
    let stats = weft_gc::collector::collect();
    COLLECTIONS.fetch_add(1, Ordering::Relaxed);
    COLLECTED.fetch_add(stats.collected as u64, Ordering::Relaxed);
    run_callbacks("stop", stats.unreachable, 0);
    stats.unreachable
}

/// A collection asked for by allocation; skipped if another thread is collecting.
pub fn collect_background() {
    run_callbacks("start", 0, 0);
    if let Some(stats) = weft_gc::collector::collect_if_idle() {
        COLLECTIONS.fetch_add(1, Ordering::Relaxed);
        COLLECTED.fetch_add(stats.collected as u64, Ordering::Relaxed);
        run_callbacks("stop", stats.unreachable, 0);
    }
}

fn collect(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(collect_now() as i64))
}

fn enable(_a: Args<'_>) -> PyResult<Value> {
    ENABLED.store(true, Ordering::Relaxed);
    Ok(rt().none.clone())
}

fn disable(_a: Args<'_>) -> PyResult<Value> {
    ENABLED.store(false, Ordering::Relaxed);
    Ok(rt().none.clone())
}

fn isenabled(_a: Args<'_>) -> PyResult<Value> {
    Ok(py_bool(enabled()))
}

fn get_count(_a: Args<'_>) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(vec![new_int(0), new_int(0), new_int(0)]))
}

fn get_threshold(_a: Args<'_>) -> PyResult<Value> {
    let t = *THRESHOLD.lock();
    Ok(crate::objects::tuple::new_tuple(vec![new_int(t.0), new_int(t.1), new_int(t.2)]))
}

fn set_threshold(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let get = |i: usize, d: i64| p.get(i).and_then(crate::objects::int::as_i64).unwrap_or(d);
    let mut t = THRESHOLD.lock();
    *t = (get(0, t.0), get(1, t.1), get(2, t.2));
    Ok(rt().none.clone())
}

fn get_stats(_a: Args<'_>) -> PyResult<Value> {
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = crate::objects::dict::new_dict();
        if let Some(dd) = crate::objects::dict::as_dict(&d) {
            let (c, n) =
                if g == 2 { (COLLECTIONS.load(Ordering::Relaxed), COLLECTED.load(Ordering::Relaxed)) } else { (0, 0) };
            dd.set_str(crate::runtime::intern("collections"), new_int(c as i64));
            dd.set_str(crate::runtime::intern("collected"), new_int(n as i64));
            dd.set_str(crate::runtime::intern("uncollectable"), new_int(0));
        }
        gens.push(d);
    }
    Ok(new_list(gens))
}

fn freeze(_a: Args<'_>) -> PyResult<Value> {
    Ok(rt().none.clone())
}

fn get_freeze_count(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(0))
}

fn is_tracked(a: Args<'_>) -> PyResult<Value> {
    let v = a
        .pos()
        .first()
        .ok_or_else(|| crate::objects::exception::type_error("is_tracked() takes exactly one argument"))?;
    Ok(py_bool(v.header().is_some_and(|h| h.gc_bits() & weft_gc::gc_bits::TRACKED != 0)))
}

pub fn module() -> Value {
    let m = new_module("gc");
    add_fn(&m, "collect", collect);
    add_fn(&m, "enable", enable);
    add_fn(&m, "disable", disable);
    add_fn(&m, "isenabled", isenabled);
    add_fn(&m, "get_count", get_count);
    add_fn(&m, "get_threshold", get_threshold);
    add_fn(&m, "set_threshold", set_threshold);
    add_fn(&m, "get_stats", get_stats);
    add_fn(&m, "freeze", freeze);
    add_fn(&m, "unfreeze", freeze);
    add_fn(&m, "get_freeze_count", get_freeze_count);
    add_fn(&m, "is_tracked", is_tracked);
    module_set(&m, "callbacks", callbacks().clone());
    module_set(&m, "garbage", new_list(vec![]));
    module_set(&m, "DEBUG_STATS", new_int(1));
    module_set(&m, "DEBUG_COLLECTABLE", new_int(2));
    module_set(&m, "DEBUG_UNCOLLECTABLE", new_int(4));
    module_set(&m, "DEBUG_SAVEALL", new_int(32));
    module_set(&m, "DEBUG_LEAK", new_int(38));
    m
}
