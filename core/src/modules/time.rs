//! The `time` module.

use super::add_fn;
use crate::objects::exception::value_error;
use crate::objects::float::new_float;
use crate::objects::function::Args;
use crate::objects::int::new_bigint;
use crate::objects::module::new_module;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn wall() -> f64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
}

fn time_fn(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(wall()))
}

fn time_ns(_a: Args<'_>) -> PyResult<Value> {
    let ns = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    Ok(new_bigint(num_bigint::BigInt::from(ns)))
}

fn monotonic(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(start().elapsed().as_secs_f64()))
}

fn monotonic_ns(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_bigint(num_bigint::BigInt::from(start().elapsed().as_nanos())))
}

fn cpu_clock(which: i32) -> f64 {
    let mut ts = Ts { sec: 0, nsec: 0 };
    #[allow(unsafe_code)]
    // SAFETY: clock_gettime writes one timespec into the struct we pass; `ts` has the
    // C layout of struct timespec on 64-bit Linux.
    let rc = unsafe { clock_gettime(which, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.sec as f64 + ts.nsec as f64 * 1e-9
}

#[repr(C)]
struct Ts {
    sec: i64,
    nsec: i64,
}

extern "C" {
    fn clock_gettime(clk: i32, ts: *mut Ts) -> i32;
}

const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;
const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

fn process_time(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(cpu_clock(CLOCK_PROCESS_CPUTIME_ID)))
}

fn thread_time(_a: Args<'_>) -> PyResult<Value> {
    Ok(new_float(cpu_clock(CLOCK_THREAD_CPUTIME_ID)))
}

fn sleep(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    crate::methods::args::check_count("sleep", p, 1, 1)?;
    let secs = crate::builtins::convert::to_float(&p[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(crate::objects::exception::overflow_error("sleep length is too large"));
    }
    // Blocking: detach so that stop-the-world and the GIL do not wait for us.
    weft_threads::registry::detached(|| std::thread::sleep(Duration::from_secs_f64(secs)));
    Ok(rt().none.clone())
}

pub fn module() -> Value {
    start();
    let m = new_module("time");
    add_fn(&m, "time", time_fn);
    add_fn(&m, "time_ns", time_ns);
    add_fn(&m, "perf_counter", monotonic);
    add_fn(&m, "perf_counter_ns", monotonic_ns);
    add_fn(&m, "monotonic", monotonic);
    add_fn(&m, "monotonic_ns", monotonic_ns);
    add_fn(&m, "process_time", process_time);
    add_fn(&m, "thread_time", thread_time);
    add_fn(&m, "sleep", sleep);
    m
}
