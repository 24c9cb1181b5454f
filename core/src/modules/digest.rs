//! The `_digest` module: the byte-crunching cores of `hashlib` (message digests from
//! the RustCrypto crates), `binascii.crc32` / `zlib.crc32` (crc32fast) and
//! `zlib.adler32`. The Python-facing objects are in `lib/hashlib.py`,
//! `lib/binascii.py` and `lib/zlib.py`.

use super::add_fn;
use crate::objects::bytearray::buffer_data;
use crate::objects::bytes::new_bytes;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{as_bigint, new_int};
use crate::objects::module::new_module;
use crate::objects::str::as_str;
use crate::objects::{PyResult, Value};
use num_traits::ToPrimitive;
use sha2::Digest;

/// The bytes of a bytes-like argument, with CPython's error for anything else.
fn data_arg(v: Option<&Value>) -> PyResult<Vec<u8>> {
    let v = v.ok_or_else(|| type_error("missing required argument 'data'"))?;
    if as_str(v).is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    buffer_data(v).ok_or_else(|| {
        type_error(format!("a bytes-like object is required, not '{}'", crate::objects::typeobj::type_name(v)))
    })
}

fn run<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

/// `hash(name, data)`: the digest of `data` with algorithm `name` (lower case).
fn hash(a: Args<'_>) -> PyResult<Value> {
    let name = a.pos().first().and_then(as_str).ok_or_else(|| type_error("hash() name must be str"))?;
    let data = data_arg(a.pos().get(1))?;
    let out = match name {
        "md5" => run::<md5::Md5>(&data),
        "sha1" => run::<sha1::Sha1>(&data),
        "sha224" => run::<sha2::Sha224>(&data),
        "sha256" => run::<sha2::Sha256>(&data),
        "sha384" => run::<sha2::Sha384>(&data),
        "sha512" => run::<sha2::Sha512>(&data),
        _ => return Err(value_error(format!("unsupported hash type {name}"))),
    };
    Ok(new_bytes(out))
}

/// The running checksum argument, reduced to 32 bits as CPython does.
fn start_value(v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0),
        Some(v) => {
            let b = as_bigint(v).ok_or_else(|| type_error("checksum start value must be int"))?;
            let m = b & num_bigint::BigInt::from(u32::MAX);
            Ok(m.to_u32().unwrap_or(0))
        }
    }
}

fn crc32(a: Args<'_>) -> PyResult<Value> {
    let data = data_arg(a.pos().first())?;
    let mut h = crc32fast::Hasher::new_with_initial(start_value(a.pos().get(1))?);
    h.update(&data);
    Ok(new_int(h.finalize() as i64))
}

fn adler32(a: Args<'_>) -> PyResult<Value> {
    let data = data_arg(a.pos().first())?;
    let start = match a.pos().get(1) {
        None => 1,
        v => start_value(v)?,
    };
    const MOD: u64 = 65521;
    let (mut lo, mut hi) = ((start & 0xffff) as u64 % MOD, (start >> 16) as u64 % MOD);
    // Reducing every 5552 bytes keeps the sums far inside u64.
    for chunk in data.chunks(5552) {
        for &b in chunk {
            lo += b as u64;
            hi += lo;
        }
        lo %= MOD;
        hi %= MOD;
    }
    Ok(new_int(((hi << 16) | lo) as i64))
}

pub fn module() -> Value {
    let m = new_module("_digest");
    add_fn(&m, "hash", hash);
    add_fn(&m, "crc32", crc32);
    add_fn(&m, "adler32", adler32);
    m
}
