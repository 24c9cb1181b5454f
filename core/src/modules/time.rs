//! The `time` module: clocks and `sleep` here, calendar time in [`tm`].

mod tm;

use super::add_fn;
use crate::objects::exception::value_error;
use crate::objects::float::new_float;
use crate::objects::function::new_native_bound;
use crate::objects::function::Args;
use crate::objects::int::new_bigint;
use crate::objects::module::{as_module, module_set, new_module};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

pub(super) fn wall() -> f64 {
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

/// The module (bound as the first argument) and the call's own arguments.
fn split<'a>(a: &Args<'a>) -> (&'a Value, Args<'a>) {
    (&a.all[0], Args::new(&a.all[1..], a.kwnames))
}

fn gmtime(a: Args<'_>) -> PyResult<Value> {
    let (m, a) = split(&a);
    tm::convert(&a, m, "gmtime", false)
}

fn localtime(a: Args<'_>) -> PyResult<Value> {
    let (m, a) = split(&a);
    tm::convert(&a, m, "localtime", true)
}

fn strftime(a: Args<'_>) -> PyResult<Value> {
    let (m, a) = split(&a);
    tm::strftime_fn(&a, m)
}

fn asctime(a: Args<'_>) -> PyResult<Value> {
    let (m, a) = split(&a);
    tm::asctime_fn(&a, m)
}

fn ctime(a: Args<'_>) -> PyResult<Value> {
    let (m, a) = split(&a);
    tm::ctime_fn(&a, m)
}

fn mktime(a: Args<'_>) -> PyResult<Value> {
    tm::mktime_fn(&a)
}

pub fn module() -> Value {
    start();
    let m = new_module("time");
    for (name, f) in [
        ("gmtime", gmtime as crate::objects::function::NativeFn),
        ("localtime", localtime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ] {
        module_set(&m, name, new_native_bound(name, f, m.clone()));
    }
    add_fn(&m, "mktime", mktime);
    if let Some(d) = as_module(&m).map(|mo| mo.dict.clone()) {
        if let Some(dd) = crate::objects::dict::as_dict(&d) {
            dd.set_str(crate::runtime::intern("__builtins__"), rt().builtins.clone());
        }
        if let Err(e) = crate::vm::import::exec_source(tm::STRUCT_TIME, "<frozen time>", &d) {
            panic!("time.struct_time failed to build: {}", crate::vm::repr::str_of(&e.0).unwrap_or_default());
        }
    }
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
