//! The `_random` module: CPython's Mersenne Twister (MT19937) core, so that
//! `random.seed(n)` gives exactly CPython's sequences at native speed.
//!
//! The generator state lives in a `bytearray` owned by the Python-level
//! `random.Random` instance (624 little-endian 32-bit words, then the index word):
//! no new object kind is needed, and the bytearray's own mutex makes each draw
//! atomic when threads share one generator. The rest of `random` (randrange,
//! choice, gauss, ...) is Python in `lib/random.py`, following CPython's algorithms.

mod sha512;

use super::add_fn;
use crate::objects::bytearray::{as_bytearray, new_bytearray};
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::new_float;
use crate::objects::function::Args;
use crate::objects::int::{as_bigint, as_i64, new_bigint, new_int};
use crate::objects::module::new_module;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::{PyResult, Value};
use num_bigint::{BigInt, Sign};
use std::sync::OnceLock;

const N: usize = 624;
const M: usize = 397;
const STATE_BYTES: usize = (N + 1) * 4;

/// A decoded view of the state words (index at `N`).
struct Mt<'a>(&'a mut [u8]);

impl Mt<'_> {
    #[inline]
    fn get(&self, i: usize) -> u32 {
        u32::from_le_bytes(self.0[i * 4..i * 4 + 4].try_into().expect("4 bytes"))
    }

    #[inline]
    fn set(&mut self, i: usize, v: u32) {
        self.0[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
    }

    fn init_genrand(&mut self, s: u32) {
        self.set(0, s);
        for i in 1..N {
            let p = self.get(i - 1);
            self.set(i, 1_812_433_253u32.wrapping_mul(p ^ (p >> 30)).wrapping_add(i as u32));
        }
        self.set(N, N as u32);
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = self.get(i - 1);
            let v = (self.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            self.set(i, v);
            i += 1;
            j += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = self.get(i - 1);
            let v = (self.get(i) ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            self.set(i, v);
            i += 1;
            if i >= N {
                self.set(0, self.get(N - 1));
                i = 1;
            }
        }
        self.set(0, 0x8000_0000);
    }

    fn genrand_u32(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        let mut idx = self.get(N) as usize;
        if idx >= N {
            for kk in 0..N {
                let y = (self.get(kk) & UPPER) | (self.get((kk + 1) % N) & LOWER);
                let v = self.get((kk + M) % N) ^ (y >> 1) ^ mag(y);
                self.set(kk, v);
            }
            idx = 0;
        }
        let mut y = self.get(idx);
        self.set(N, idx as u32 + 1);
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

/// The name of the state attribute of `random.Random` instances, interned once.
fn mt_name() -> &'static Value {
    static NAME: OnceLock<Value> = OnceLock::new();
    NAME.get_or_init(|| crate::runtime::intern("_mt"))
}

/// Run `f` on the generator state: `v` is the state bytearray, or a `Random`
/// instance holding it as `_mt` (the functions double as `Random` methods).
fn with_state<T>(v: &Value, f: impl FnOnce(&mut Mt<'_>) -> T) -> PyResult<T> {
    if as_bytearray(v).is_none() {
        let st = crate::vm::attr::getattr(v, mt_name())?;
        return with_state(&st, f);
    }
    let ba = as_bytearray(v).ok_or_else(|| type_error("random state must be a bytearray"))?;
    let mut g = ba.lock();
    if g.len() != STATE_BYTES {
        return Err(value_error("random state has the wrong size"));
    }
    Ok(f(&mut Mt(&mut g[..])))
}

fn arg(a: &Args<'_>, i: usize) -> PyResult<Value> {
    a.pos().get(i).cloned().ok_or_else(|| type_error("_random: missing argument"))
}

/// `_random.new_state()`: an unseeded state (seeded from entropy by the caller).
fn new_state(_a: Args<'_>) -> PyResult<Value> {
    let mut b = vec![0u8; STATE_BYTES];
    Mt(&mut b).init_genrand(5489);
    Ok(new_bytearray(b))
}

/// Key words of the process's entropy: std's random hasher keys plus the clock.
fn entropy_key() -> Vec<u32> {
    use std::hash::{BuildHasher, Hasher};
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let mut key = Vec::new();
    for i in 0..8u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(now);
        h.write_u64(i);
        let x = h.finish();
        key.push(x as u32);
        key.push((x >> 32) as u32);
    }
    key
}

/// `_random.seed(state, n)`: CPython's `init_by_array` over the 32-bit words of
/// `abs(n)`; `n=None` seeds from entropy.
fn seed(a: Args<'_>) -> PyResult<Value> {
    let st = arg(&a, 0)?;
    let n = arg(&a, 1)?;
    let key = if crate::objects::boolobj::is_none(&n) {
        entropy_key()
    } else {
        let b = as_bigint(&n).ok_or_else(|| type_error("seed must be an int"))?;
        let (_, mut words) = b.to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        words
    };
    with_state(&st, |mt| mt.init_by_array(&key))?;
    Ok(crate::runtime::rt().none.clone())
}

/// `_random.random(state)`: a float in [0.0, 1.0) with 53 random bits.
fn random(a: Args<'_>) -> PyResult<Value> {
    let st = arg(&a, 0)?;
    let r = with_state(&st, |mt| {
        let x = (mt.genrand_u32() >> 5) as f64;
        let y = (mt.genrand_u32() >> 6) as f64;
        (x * 67_108_864.0 + y) * (1.0 / 9_007_199_254_740_992.0)
    })?;
    Ok(new_float(r))
}

/// `_random.getrandbits(state, k)`: an int with `k` random bits.
fn getrandbits(a: Args<'_>) -> PyResult<Value> {
    let st = arg(&a, 0)?;
    let kv = arg(&a, 1)?;
    let k = match as_i64(&kv) {
        Some(k) => k,
        None if as_bigint(&kv).is_some() => {
            return Err(crate::objects::exception::overflow_error("Python int too large to convert to C int"))
        }
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::typeobj::type_name(&kv)
            )))
        }
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(new_int(0));
    }
    if k <= 32 {
        let r = with_state(&st, |mt| mt.genrand_u32() >> (32 - k))?;
        return Ok(new_int(r as i64));
    }
    let words = with_state(&st, |mt| {
        let mut left = k;
        let mut out = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
        while left > 0 {
            let mut r = mt.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        out
    })?;
    Ok(new_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

/// `_random.getstate(state)`: the 625-int tuple CPython's `getstate()` holds.
fn getstate(a: Args<'_>) -> PyResult<Value> {
    let st = arg(&a, 0)?;
    let items = with_state(&st, |mt| (0..=N).map(|i| new_int(mt.get(i) as i64)).collect::<Vec<_>>())?;
    Ok(new_tuple(items))
}

/// `_random.setstate(state, tup)`.
fn setstate(a: Args<'_>) -> PyResult<Value> {
    let st = arg(&a, 0)?;
    let t = arg(&a, 1)?;
    let items = as_tuple(&t).ok_or_else(|| type_error("state vector must be a tuple"))?.to_vec();
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = Vec::with_capacity(N + 1);
    for v in &items {
        let b = as_bigint(v).ok_or_else(|| type_error("an integer is required"))?;
        let w = num_traits::ToPrimitive::to_u32(&b).ok_or_else(|| {
            crate::objects::exception::overflow_error("Python int too large to convert to C unsigned long")
        })?;
        words.push(w);
    }
    if words[N] as usize > N {
        return Err(value_error("invalid state"));
    }
    with_state(&st, |mt| {
        for (i, w) in words.iter().enumerate() {
            mt.set(i, *w);
        }
    })?;
    Ok(crate::runtime::rt().none.clone())
}

/// `_random.sha512(data)`: the digest used by `seed()` for str/bytes seeds.
fn sha512_fn(a: Args<'_>) -> PyResult<Value> {
    let v = arg(&a, 0)?;
    let data = as_bytes(&v).map(|b| b.to_vec()).or_else(|| as_bytearray(&v).map(|b| b.snapshot()));
    let data = data.ok_or_else(|| type_error("sha512 needs bytes"))?;
    Ok(new_bytes(sha512::digest(&data).to_vec()))
}

pub fn module() -> Value {
    let m = new_module("_random");
    add_fn(&m, "new_state", new_state);
    add_fn(&m, "seed", seed);
    add_fn(&m, "random", random);
    add_fn(&m, "getrandbits", getrandbits);
    add_fn(&m, "getstate", getstate);
    add_fn(&m, "setstate", setstate);
    add_fn(&m, "sha512", sha512_fn);
    m
}
