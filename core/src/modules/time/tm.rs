//! Calendar time for the `time` module: `gmtime`, `localtime`, `mktime`, `asctime`,
//! `ctime`, `strftime` and the `struct_time` type. The conversions call the C
//! library (`gmtime_r`, `localtime_r`, `mktime`, `strftime`) exactly as CPython
//! does, so time zones and `%`-directives behave identically. `struct_time` is a
//! small tuple subclass defined in Python ([`STRUCT_TIME`]).

use crate::objects::exception::{new_err, overflow_error, type_error, value_error};
use crate::objects::float::{as_float, new_float};
use crate::objects::function::Args;
use crate::objects::int::{as_bigint, as_i64, new_int};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::{attr, call};
use num_traits::ToPrimitive;
use std::ffi::{CStr, CString};
use std::os::raw::c_char;

/// `struct_time`: nine fields as a tuple. `tm_zone` and `tm_gmtoff` are class
/// attributes of a cached subclass per (zone, offset), since instances of tuple
/// subclasses carry no attribute dict here.
pub const STRUCT_TIME: &str = r#"
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    tm_zone = None
    tm_gmtoff = None
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
    _variants = {}

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({n}-sequence given)")
        if n > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({n}-sequence given)")
        extra = seq[9:] + (None,) * (11 - n)
        if extra != (None, None):
            cls = struct_time._variants.get(extra)
            if cls is None:
                ns = {'tm_zone': extra[0], 'tm_gmtoff': extra[1], '__module__': 'time', '__qualname__': 'struct_time'}
                cls = struct_time._variants[extra] = type('struct_time', (struct_time,), ns)
        return tuple.__new__(cls, seq[:9])

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in zip(self._names, self))
        return f"time.struct_time({body})"

    def __reduce__(self):
        return (struct_time, (tuple(self),))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])

struct_time.__module__ = 'time'
"#;

/// C `struct tm` (glibc, 64-bit).
#[repr(C)]
struct Tm {
    sec: i32,
    min: i32,
    hour: i32,
    mday: i32,
    mon: i32,
    year: i32,
    wday: i32,
    yday: i32,
    isdst: i32,
    gmtoff: i64,
    zone: *const c_char,
}

impl Tm {
    fn zeroed() -> Tm {
        Tm {
            sec: 0,
            min: 0,
            hour: 0,
            mday: 0,
            mon: 0,
            year: 0,
            wday: 0,
            yday: 0,
            isdst: 0,
            gmtoff: 0,
            zone: std::ptr::null(),
        }
    }
}

extern "C" {
    fn gmtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn localtime_r(t: *const i64, out: *mut Tm) -> *mut Tm;
    fn mktime(tm: *mut Tm) -> i64;
    fn strftime(buf: *mut c_char, max: usize, fmt: *const c_char, tm: *const Tm) -> usize;
}

/// The module's `struct_time` class.
fn struct_time_type(module: &Value) -> PyResult<Value> {
    attr::getattr(module, &intern("struct_time"))
}

/// Seconds since the epoch from an optional argument (None: now), floored.
fn to_time_t(v: Option<&Value>) -> PyResult<i64> {
    let v = match v.filter(|v| !crate::objects::boolobj::is_none(v)) {
        None => return Ok(super::wall().floor() as i64),
        Some(v) => v,
    };
    let out_of_range = || overflow_error("timestamp out of range for platform time_t");
    if let Some(f) = as_float(v) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(-9.2e18..9.2e18).contains(&f) {
            return Err(out_of_range());
        }
        return Ok(f as i64);
    }
    if let Some(b) = as_bigint(v) {
        return b.to_i64().ok_or_else(out_of_range);
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// A `struct_time` from a C `struct tm`.
fn make_struct(module: &Value, tm: &Tm) -> PyResult<Value> {
    let zone = if tm.zone.is_null() {
        rt().none.clone()
    } else {
        // SAFETY: glibc's tm_zone points to a NUL-terminated string that lives as
        // long as the time zone data (static).
        #[allow(unsafe_code)]
        let s = unsafe { CStr::from_ptr(tm.zone) };
        new_str(s.to_string_lossy().into_owned())
    };
    let items = vec![
        new_int(tm.year as i64 + 1900),
        new_int(tm.mon as i64 + 1),
        new_int(tm.mday as i64),
        new_int(tm.hour as i64),
        new_int(tm.min as i64),
        new_int(tm.sec as i64),
        new_int((tm.wday as i64 + 6) % 7),
        new_int(tm.yday as i64 + 1),
        new_int(tm.isdst as i64),
        zone,
        new_int(tm.gmtoff),
    ];
    call::call(&struct_time_type(module)?, &[crate::objects::tuple::new_tuple(items)])
}

/// `gmtime([secs])` (`local = false`) and `localtime([secs])`.
pub fn convert(a: &Args<'_>, module: &Value, name: &str, local: bool) -> PyResult<Value> {
    a.no_kwargs(name)?;
    crate::methods::args::check_count(name, a.pos(), 0, 1)?;
    let t = to_time_t(a.pos().first())?;
    let mut tm = Tm::zeroed();
    #[allow(unsafe_code)]
    // SAFETY: both pointers are valid for the duration of the call; the *_r
    // variants are thread-safe.
    let r = unsafe {
        if local {
            localtime_r(&t, &mut tm)
        } else {
            gmtime_r(&t, &mut tm)
        }
    };
    if r.is_null() {
        return Err(new_err(&rt().exc.os_error, "[Errno 75] Value too large for defined data type"));
    }
    make_struct(module, &tm)
}

/// A `struct tm` from a 9-tuple or `struct_time` (CPython's `gettmarg`); the zone
/// string, if any, is returned alongside to keep it alive.
fn tm_from(v: &Value, fname: &str) -> PyResult<(Tm, Option<CString>)> {
    let items = as_tuple(v).ok_or_else(|| type_error("Tuple or struct_time argument required"))?;
    if items.len() != 9 {
        return Err(type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, x) in f.iter_mut().zip(items) {
        *slot = as_i64(x)
            .ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(x))))?;
    }
    let c = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64) as i32;
    let mut tm = Tm {
        year: c(f[0] - 1900),
        mon: c(f[1] - 1),
        mday: c(f[2]),
        hour: c(f[3]),
        min: c(f[4]),
        sec: c(f[5]),
        wday: c((f[6] + 1) % 7),
        yday: c(f[7] - 1),
        isdst: c(f[8]),
        gmtoff: 0,
        zone: std::ptr::null(),
    };
    let mut zone = None;
    if !crate::objects::typeobj::type_of(v).is(&rt().types.tuple) {
        if let Some(z) = attr::getattr_opt(v, &intern("tm_zone"))? {
            if let Some(s) = as_str(&z) {
                zone = CString::new(s).ok();
            }
        }
        if let Some(g) = attr::getattr_opt(v, &intern("tm_gmtoff"))? {
            tm.gmtoff = as_i64(&g).unwrap_or(0);
        }
    }
    if let Some(z) = &zone {
        tm.zone = z.as_ptr();
    }
    Ok((tm, zone))
}

/// Range checks of `strftime`/`asctime` (CPython's `checktm`), normalising the
/// zero placeholders.
fn check(tm: &mut Tm) -> PyResult<()> {
    let err = |m: &str| Err(value_error(m.to_string()));
    if tm.mon == -1 {
        tm.mon = 0;
    } else if !(0..=11).contains(&tm.mon) {
        return err("month out of range");
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(0..=31).contains(&tm.mday) {
        return err("day of month out of range");
    }
    if !(0..=23).contains(&tm.hour) {
        return err("hour out of range");
    }
    if !(0..=59).contains(&tm.min) {
        return err("minute out of range");
    }
    if !(0..=61).contains(&tm.sec) {
        return err("seconds out of range");
    }
    if tm.wday < 0 {
        return err("day of week out of range");
    }
    if tm.yday == -1 {
        tm.yday = 0;
    } else if !(0..=365).contains(&tm.yday) {
        return err("day of year out of range");
    }
    Ok(())
}

/// The `struct tm` of an optional time-tuple argument (None: local time now).
fn tm_arg(v: Option<&Value>, module: &Value, fname: &str) -> PyResult<(Tm, Option<CString>)> {
    match v {
        Some(v) => tm_from(v, fname),
        None => {
            let now = convert(&Args::positional(&[]), module, "localtime", true)?;
            tm_from(&now, fname)
        }
    }
}

pub fn strftime_fn(a: &Args<'_>, module: &Value) -> PyResult<Value> {
    a.no_kwargs("strftime")?;
    let p = a.pos();
    crate::methods::args::check_count("strftime", p, 1, 2)?;
    let fmt = as_str(&p[0])
        .ok_or_else(|| type_error(format!("strftime() argument 1 must be str, not {}", type_name(&p[0]))))?;
    let (mut tm, _zone) = tm_arg(p.get(1), module, "strftime")?;
    check(&mut tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.is_empty() {
        return Ok(new_str(""));
    }
    let cfmt = CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        #[allow(unsafe_code)]
        // SAFETY: `buf` has `size` writable bytes; `cfmt` is NUL-terminated; `tm` and
        // the zone string it may point to are alive for the call.
        let n = unsafe { strftime(buf.as_mut_ptr() as *mut c_char, size, cfmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmt.len() {
            buf.truncate(n);
            return Ok(new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

pub fn mktime_fn(a: &Args<'_>) -> PyResult<Value> {
    a.no_kwargs("mktime")?;
    crate::methods::args::check_count("mktime", a.pos(), 1, 1)?;
    let (mut tm, _zone) = tm_from(&a.pos()[0], "mktime")?;
    tm.wday = -1;
    #[allow(unsafe_code)]
    // SAFETY: `tm` is a valid struct tm for the call.
    let t = unsafe { mktime(&mut tm) };
    if t == -1 && tm.wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(new_float(t as f64))
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn asctime_of(tm: &Tm) -> String {
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.wday.rem_euclid(7) as usize],
        MONTHS[tm.mon.rem_euclid(12) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year as i64 + 1900
    )
}

pub fn asctime_fn(a: &Args<'_>, module: &Value) -> PyResult<Value> {
    a.no_kwargs("asctime")?;
    crate::methods::args::check_count("asctime", a.pos(), 0, 1)?;
    let (mut tm, _zone) = tm_arg(a.pos().first(), module, "asctime")?;
    check(&mut tm)?;
    Ok(new_str(asctime_of(&tm)))
}

pub fn ctime_fn(a: &Args<'_>, module: &Value) -> PyResult<Value> {
    let st = convert(a, module, "ctime", true)?;
    let (tm, _zone) = tm_from(&st, "ctime")?;
    Ok(new_str(asctime_of(&tm)))
}
