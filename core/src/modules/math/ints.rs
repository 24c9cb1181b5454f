//! Integer functions of `math`: `factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`,
//! and `prod` (which multiplies any objects). Arguments go through `__index__`, so
//! floats are rejected as in CPython 3.11.

use super::{one, two};
use crate::builtins::numeric::index_bigint;
use crate::bytecode::BinOp;
use crate::modules::add_fn;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{new_bigint, new_int};
use crate::objects::{PyResult, Value};
use crate::vm::{arith, ops};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// The product of `lo..hi` by binary splitting (fast for big ranges).
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(8) {
        let mut r = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            r *= &i;
            i += 1;
        }
        return r;
    }
    let mid: BigInt = lo + (n >> 1usize);
    range_product(lo, &mid) * range_product(&mid, hi)
}

fn factorial(a: Args<'_>) -> PyResult<Value> {
    let n = index_bigint(one(&a, "factorial")?)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    if n.to_i64().is_none() {
        return Err(overflow_error("factorial() argument should not exceed 9223372036854775807"));
    }
    Ok(new_bigint(range_product(&BigInt::one(), &(n + 1))))
}

fn int_args(a: &Args<'_>, name: &str) -> PyResult<Vec<BigInt>> {
    a.no_kwargs(name)?;
    a.pos().iter().map(index_bigint).collect()
}

fn gcd(a: Args<'_>) -> PyResult<Value> {
    let r = int_args(&a, "gcd")?.iter().fold(BigInt::zero(), |g, x| g.gcd(x));
    Ok(new_bigint(r))
}

fn lcm(a: Args<'_>) -> PyResult<Value> {
    let mut r = BigInt::one();
    for x in int_args(&a, "lcm")? {
        if x.is_zero() || r.is_zero() {
            r = BigInt::zero();
        } else {
            r = r.lcm(&x);
        }
    }
    Ok(new_bigint(r))
}

/// `n` and `k` of `comb`/`perm`, both non-negative.
fn n_k(n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let (n, k) = (index_bigint(n)?, index_bigint(k)?);
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(a: Args<'_>) -> PyResult<Value> {
    let (n, k) = two(&a, "comb")?;
    let (n, k) = n_k(n, k)?;
    if k > n {
        return Ok(new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    if k.to_i64().is_none() {
        return Err(overflow_error("min(n - k, k) must not exceed 9223372036854775807"));
    }
    let num = range_product(&(&n - &k + 1), &(n + 1));
    let den = range_product(&BigInt::one(), &(k + 1));
    Ok(new_bigint(num / den))
}

fn perm(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("perm")?;
    let p = a.pos();
    if p.is_empty() || p.len() > 2 {
        let what = if p.is_empty() { "at least 1 argument" } else { "at most 2 arguments" };
        return Err(type_error(format!("perm expected {what}, got {}", p.len())));
    }
    let Some(k) = p.get(1).filter(|k| !crate::objects::boolobj::is_none(k)) else {
        return factorial(Args::positional(&p[..1]));
    };
    let (n, k) = n_k(&p[0], k)?;
    if k > n {
        return Ok(new_int(0));
    }
    if k.to_i64().is_none() {
        return Err(overflow_error("k must not exceed 9223372036854775807"));
    }
    Ok(new_bigint(range_product(&(&n - &k + 1), &(n + 1))))
}

fn isqrt(a: Args<'_>) -> PyResult<Value> {
    let n = index_bigint(one(&a, "isqrt")?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(n.sqrt()))
}

fn prod(a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("prod", &["start"])?;
    let p = a.pos();
    if p.len() != 1 {
        return Err(type_error(format!("prod() takes exactly 1 positional argument ({} given)", p.len())));
    }
    let mut acc = a.kw("start").cloned().unwrap_or_else(|| new_int(1));
    let it = ops::iter(&p[0])?;
    while let Some(x) = ops::next(&it)? {
        acc = arith::binary_op(BinOp::Mul, &acc, &x)?;
    }
    Ok(acc)
}

pub(super) fn install(m: &Value) {
    add_fn(m, "factorial", factorial);
    add_fn(m, "gcd", gcd);
    add_fn(m, "lcm", lcm);
    add_fn(m, "comb", comb);
    add_fn(m, "perm", perm);
    add_fn(m, "isqrt", isqrt);
    add_fn(m, "prod", prod);
}
