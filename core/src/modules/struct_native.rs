//! The `_struct` module: converting between Python values and packed binary records
//! (`pack`, `unpack`, `calcsize`). The `struct` module (`lib/struct.py`) adds the
//! `Struct` class, offsets and iteration on top.
//!
//! A format is an optional byte-order prefix then codes with repeat counts. With `@`
//! (the default) sizes and alignment are those of C on this 64-bit little-endian
//! target; with `=`, `<`, `>` and `!` sizes are the standard ones and nothing is
//! aligned.

use super::add_fn;
use crate::objects::boolobj::py_bool;
use crate::objects::bytearray::buffer_data;
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::exception::{new_err, overflow_error, type_error};
use crate::objects::float::new_float;
use crate::objects::function::Args;
use crate::objects::int::{new_bigint, new_int};
use crate::objects::module::{as_module, module_set, new_module};
use crate::objects::str::as_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{PyErr, PyResult, Value};
use crate::runtime::rt;
use std::sync::OnceLock;

/// `struct.error`, created once by running a one-line class definition.
fn error_class() -> &'static Value {
    static E: OnceLock<Value> = OnceLock::new();
    E.get_or_init(|| {
        let m = new_module("struct");
        let d = as_module(&m).expect("module").dict.clone();
        if let Some(dd) = crate::objects::dict::as_dict(&d) {
            dd.set_str(crate::runtime::intern("__builtins__"), rt().builtins.clone());
        }
        let src = "class error(Exception):\n    pass\n";
        if let Err(e) = crate::vm::import::exec_source(src, "<frozen struct>", &d) {
            panic!("struct.error failed to build: {}", crate::vm::repr::str_of(&e.0).unwrap_or_default());
        }
        crate::objects::dict::DictObj::get_str(&d, &crate::runtime::intern("error")).expect("struct.error")
    })
}

fn error(msg: impl Into<String>) -> PyErr {
    new_err(error_class(), msg)
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    /// `@`: C sizes and alignment, little-endian.
    Native,
    Little,
    Big,
}

/// One code of a format with its repeat count (the length for `s` and `p`).
struct Item {
    code: u8,
    count: usize,
    /// Byte offset of the first value.
    offset: usize,
}

struct Format {
    order: Order,
    items: Vec<Item>,
    size: usize,
    /// Number of Python values packed or unpacked.
    nvalues: usize,
}

/// Size of one value of `code`, or None for a code that the byte order does not have.
fn code_size(code: u8, order: Order) -> Option<usize> {
    let native = order == Order::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(fmt: &Value) -> PyResult<Format> {
    let text: Vec<u8> = if let Some(s) = as_str(fmt) {
        s.as_bytes().to_vec()
    } else if let Some(b) = as_bytes(fmt) {
        b.to_vec()
    } else {
        return Err(type_error(format!(
            "Struct() argument 1 must be a str or bytes object, not {}",
            crate::objects::typeobj::type_name(fmt)
        )));
    };
    let mut rest = &text[..];
    let order = match rest.first() {
        Some(b'@') => Order::Native,
        Some(b'<') | Some(b'=') => Order::Little,
        Some(b'>') | Some(b'!') => Order::Big,
        _ => {
            return parse_codes(rest, Order::Native);
        }
    };
    rest = &rest[1..];
    parse_codes(rest, order)
}

fn parse_codes(text: &[u8], order: Order) -> PyResult<Format> {
    let mut items = Vec::new();
    let mut size = 0usize;
    let mut nvalues = 0usize;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = 0;
            while i < text.len() && text[i].is_ascii_digit() {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((text[i] - b'0') as usize))
                    .ok_or_else(|| error("total struct size too long"))?;
                i += 1;
            }
            if i >= text.len() {
                return Err(error("repeat count given without format specifier"));
            }
            count = n;
        }
        let code = text[i];
        i += 1;
        let one = code_size(code, order).ok_or_else(|| error("bad char in struct format"))?;
        if order == Order::Native && !matches!(code, b's' | b'p' | b'x') && one > 1 {
            size = size.div_ceil(one) * one;
        }
        let width = if matches!(code, b's' | b'p') { count } else { one.checked_mul(count).unwrap_or(usize::MAX) };
        items.push(Item { code, count, offset: size });
        size = size.checked_add(width).ok_or_else(|| error("total struct size too long"))?;
        nvalues += match code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
    }
    Ok(Format { order, items, size, nvalues })
}

fn fmt_arg<'a>(a: &'a Args<'_>, fname: &str) -> PyResult<&'a Value> {
    a.pos().first().ok_or_else(|| type_error(format!("{fname}() missing required argument 'format' (pos 1)")))
}

fn calcsize(a: Args<'_>) -> PyResult<Value> {
    Ok(new_int(parse(fmt_arg(&a, "calcsize")?)?.size as i64))
}

/// Range-check an integer for `code` with CPython's messages (they differ between the
/// byte orders, as CPython packs each order with its own routines).
fn int_value(code: u8, order: Order, v: &Value) -> PyResult<i128> {
    let big = match crate::builtins::numeric::index_bigint(v) {
        Ok(b) => b,
        Err(_) => return Err(error("required argument is not an integer")),
    };
    let too_big = || {
        if order == Order::Big && matches!(code, b'q' | b'Q') || code == b'P' {
            error("int too large to convert")
        } else {
            error("argument out of range")
        }
    };
    let n: i128 = i128::try_from(&big).map_err(|_| too_big())?;
    let std = order != Order::Native;
    let (lo, hi): (i128, i128) = match (code, std) {
        (b'b', _) => (-128, 127),
        (b'B', _) => (0, 255),
        (b'h', _) => (-32768, 32767),
        (b'H', _) => (0, 65535),
        (b'i', _) | (b'l', true) => (i32::MIN as i128, i32::MAX as i128),
        (b'I', _) | (b'L', true) => (0, u32::MAX as i128),
        (b'l' | b'q' | b'n', _) => (i64::MIN as i128, i64::MAX as i128),
        (b'P', _) => (i64::MIN as i128, u64::MAX as i128),
        _ => (0, u64::MAX as i128),
    };
    if n >= lo && n <= hi {
        return Ok(n);
    }
    let fits_word = if lo < 0 || matches!(code, b'B' | b'H') {
        i64::try_from(n).is_ok()
    } else {
        (0..=u64::MAX as i128).contains(&n)
    };
    if !fits_word {
        return Err(too_big());
    }
    let letter = code as char;
    Err(match code {
        b'b' => error("byte format requires -128 <= number <= 127"),
        b'B' => error("ubyte format requires 0 <= number <= 255"),
        b'h' if order == Order::Big => error("'h' format requires -32768 <= number <= 32767"),
        b'h' => error("short format requires -32768 <= number <= 32767"),
        b'H' if order != Order::Big => error("ushort format requires 0 <= number <= 65535"),
        _ if n < 0 && lo == 0 => error("argument out of range"),
        _ => error(format!("'{letter}' format requires {lo} <= number <= {hi}")),
    })
}

fn float_value(v: &Value) -> PyResult<f64> {
    if as_str(v).is_some() || as_bytes(v).is_some() {
        return Err(error("required argument is not a float"));
    }
    crate::builtins::convert::to_float(v).map_err(|e| {
        if crate::objects::exception::exc_matches(&e.0, &rt().exc.type_error) {
            error("required argument is not a float")
        } else {
            e
        }
    })
}

/// IEEE 754 half precision bits of `x`, rounding to nearest even.
fn to_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    if a >= 65520.0 {
        return Err(overflow_error("float too large to pack with e format"));
    }
    if a < 2f64.powi(-14) {
        // Subnormal: a multiple of 2^-24; 1024 of them is the smallest normal.
        let n = (a * 2f64.powi(24)).round_ties_even() as u16;
        return Ok(sign | n);
    }
    let mut e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut n = ((a / 2f64.powi(e) - 1.0) * 1024.0).round_ties_even() as u16;
    if n == 1024 {
        n = 0;
        e += 1;
    }
    Ok(sign | (((e + 15) as u16) << 10) | n)
}

fn from_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put_uint(out: &mut [u8], v: u64, order: Order) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if order == Order::Big { 8 * (n - 1 - k) } else { 8 * k };
        *b = (v >> shift) as u8;
    }
}

fn get_uint(data: &[u8], order: Order) -> u64 {
    let mut v = 0u64;
    for (k, &b) in data.iter().enumerate() {
        let shift = if order == Order::Big { 8 * (data.len() - 1 - k) } else { 8 * k };
        v |= (b as u64) << shift;
    }
    v
}

fn pack_one(code: u8, order: Order, v: &Value, out: &mut [u8]) -> PyResult<()> {
    match code {
        b'c' => match as_bytes(v) {
            Some(b) if b.len() == 1 => out[0] = b[0],
            _ => return Err(error("char format requires a bytes object of length 1")),
        },
        b'?' => out[0] = crate::vm::ops::truthy(v)? as u8,
        b'e' => put_uint(out, to_half(float_value(v)?)? as u64, order),
        b'f' => {
            let x = float_value(v)?;
            let f = x as f32;
            if order != Order::Native && f.is_infinite() && x.is_finite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            put_uint(out, f.to_bits() as u64, order);
        }
        b'd' => put_uint(out, float_value(v)?.to_bits(), order),
        _ => put_uint(out, int_value(code, order, v)? as u64, order),
    }
    Ok(())
}

fn pack(a: Args<'_>) -> PyResult<Value> {
    let f = parse(fmt_arg(&a, "pack")?)?;
    let values = &a.pos()[1..];
    if values.len() != f.nvalues {
        return Err(error(format!("pack expected {} items for packing (got {})", f.nvalues, values.len())));
    }
    let mut out = vec![0u8; f.size];
    let mut next = values.iter();
    for item in &f.items {
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next.next().expect("counted");
                let data = buffer_data(v)
                    .ok_or_else(|| error(format!("argument for '{}' must be a bytes object", item.code as char)))?;
                let field = &mut out[item.offset..item.offset + item.count];
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count > 0 {
                    let n = data.len().min(item.count - 1).min(255);
                    field[0] = n as u8;
                    field[1..1 + n].copy_from_slice(&data[..n]);
                }
            }
            code => {
                let one = code_size(code, f.order).expect("parsed");
                for k in 0..item.count {
                    let v = next.next().expect("counted");
                    let at = item.offset + k * one;
                    pack_one(code, f.order, v, &mut out[at..at + one])?;
                }
            }
        }
    }
    Ok(new_bytes(out))
}

fn unpack_one(code: u8, order: Order, data: &[u8]) -> Value {
    let u = get_uint(data, order);
    let bits = data.len() * 8;
    match code {
        b'c' => new_bytes(vec![data[0]]),
        b'?' => py_bool(u != 0),
        b'e' => new_float(from_half(u as u16)),
        b'f' => new_float(f32::from_bits(u as u32) as f64),
        b'd' => new_float(f64::from_bits(u)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let shift = 64 - bits;
            new_int(((u << shift) as i64) >> shift)
        }
        _ => match i64::try_from(u) {
            Ok(i) => new_int(i),
            Err(_) => new_bigint(num_bigint::BigInt::from(u)),
        },
    }
}

fn unpack(a: Args<'_>) -> PyResult<Value> {
    let f = parse(fmt_arg(&a, "unpack")?)?;
    let buf = a.pos().get(1).ok_or_else(|| type_error("unpack expected 2 arguments, got 1"))?;
    let data = buffer_data(buf).ok_or_else(|| {
        type_error(format!("a bytes-like object is required, not '{}'", crate::objects::typeobj::type_name(buf)))
    })?;
    if data.len() != f.size {
        return Err(error(format!("unpack requires a buffer of {} bytes", f.size)));
    }
    let mut out = Vec::with_capacity(f.nvalues);
    for item in &f.items {
        let field = &data[item.offset..];
        match item.code {
            b'x' => {}
            b's' => out.push(new_bytes(field[..item.count].to_vec())),
            b'p' => {
                let n = if item.count == 0 { 0 } else { (field[0] as usize).min(item.count - 1) };
                out.push(new_bytes(if n == 0 { Vec::new() } else { field[1..1 + n].to_vec() }));
            }
            code => {
                let one = code_size(code, f.order).expect("parsed");
                for k in 0..item.count {
                    out.push(unpack_one(code, f.order, &field[k * one..(k + 1) * one]));
                }
            }
        }
    }
    Ok(new_tuple(out))
}

pub fn module() -> Value {
    let m = new_module("_struct");
    add_fn(&m, "calcsize", calcsize);
    add_fn(&m, "pack", pack);
    add_fn(&m, "unpack", unpack);
    module_set(&m, "error", error_class().clone());
    m
}
