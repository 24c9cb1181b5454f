//! Builtin functions that consume an iterable: `min`, `max`, `sum`, `any`, `all` and
//! `sorted`. They iterate lazily (no snapshot), so generators with side effects run
//! exactly as far as in CPython.

use super::add_fn;
use super::numeric::index_bigint;
use crate::bytecode::CmpOp;
use crate::methods::args::check_count;
use crate::objects::boolobj::{is_none, py_bool};
use crate::objects::exception::{type_error, value_error};
use crate::objects::float::{as_float, new_float};
use crate::objects::function::Args;
use crate::objects::int::{as_int, new_int, IntRef};
use crate::objects::list::new_list;
use crate::objects::typeobj::{is_subtype, type_of};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::{arith, call, compare, ops};
use num_traits::Zero;

/// `min()` (`Lt`) and `max()` (`Gt`).
fn min_max(a: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in a.kwargs() {
        match k {
            "key" => key = Some(v).filter(|v| !is_none(v)),
            "default" => default = Some(v),
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    let pos = a.pos();
    if pos.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if default.is_some() && pos.len() > 1 {
        return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
    }
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |item: Value| -> PyResult<()> {
        let k = match key {
            Some(f) => call::call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => compare::compare_bool(op, &k, bk)?,
        };
        if better {
            best = Some((item, k));
        }
        Ok(())
    };
    if pos.len() == 1 {
        let it = ops::iter(&pos[0])?;
        while let Some(item) = ops::next(&it)? {
            consider(item)?;
        }
    } else {
        for item in pos {
            consider(item.clone())?;
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(a: Args<'_>) -> PyResult<Value> {
    min_max(a, "min", CmpOp::Lt)
}

fn max(a: Args<'_>) -> PyResult<Value> {
    min_max(a, "max", CmpOp::Gt)
}

/// The running total of `sum()`: exact int and float accumulators before the
/// general `+`, like CPython's fast paths.
enum Acc {
    Int(i64),
    Float(f64),
    Obj(Value),
}

impl Acc {
    fn value(self) -> Value {
        match self {
            Acc::Int(i) => new_int(i),
            Acc::Float(f) => new_float(f),
            Acc::Obj(v) => v,
        }
    }

    fn add(self, item: Value) -> PyResult<Acc> {
        match self {
            Acc::Int(i) => {
                if let Some(IntRef::Small(j)) = as_int(&item) {
                    if let Some(s) = i.checked_add(j) {
                        return Ok(Acc::Int(s));
                    }
                }
                Acc::Obj(new_int(i)).add(item)
            }
            Acc::Float(f) => {
                if let Some(g) = as_float(&item) {
                    return Ok(Acc::Float(f + g));
                }
                if let Some(IntRef::Small(j)) = as_int(&item) {
                    return Ok(Acc::Float(f + j as f64));
                }
                Acc::Obj(new_float(f)).add(item)
            }
            Acc::Obj(v) => {
                let r = arith::binary_add(&v, &item)?;
                Ok(Acc::from(r))
            }
        }
    }
}

impl From<Value> for Acc {
    fn from(v: Value) -> Acc {
        if type_of(&v).is(&rt().types.int) {
            if let Some(IntRef::Small(i)) = as_int(&v) {
                return Acc::Int(i);
            }
        }
        if type_of(&v).is(&rt().types.float) {
            if let Some(f) = as_float(&v) {
                return Acc::Float(f);
            }
        }
        Acc::Obj(v)
    }
}

fn sum(a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.is_empty() {
        return Err(type_error(format!("sum() takes at least 1 positional argument ({} given)", pos.len())));
    }
    let v = super::numeric::parse_args("sum", &a, &["iterable", "start"], 1)?;
    let start = v[1].cloned().unwrap_or_else(|| new_int(0));
    let t = &rt().types;
    for (ty, what, join) in [(&t.str, "strings", "''"), (&t.bytes, "bytes", "b''"), (&t.bytearray, "bytearray", "b''")]
    {
        if is_subtype(type_of(&start), ty) {
            return Err(type_error(format!("sum() can't sum {what} [use {join}.join(seq) instead]")));
        }
    }
    let it = ops::iter(&pos[0])?;
    let mut acc = Acc::from(start);
    while let Some(item) = ops::next(&it)? {
        acc = acc.add(item)?;
    }
    Ok(acc.value())
}

/// `any()` (stop at the first true item) and `all()` (stop at the first false one).
fn any_all(a: Args<'_>, name: &str, stop_on: bool) -> PyResult<Value> {
    a.no_kwargs(name)?;
    check_count(name, a.pos(), 1, 1)?;
    let it = ops::iter(&a.pos()[0])?;
    while let Some(item) = ops::next(&it)? {
        if ops::truthy(&item)? == stop_on {
            return Ok(py_bool(stop_on));
        }
    }
    Ok(py_bool(!stop_on))
}

fn any(a: Args<'_>) -> PyResult<Value> {
    any_all(a, "any", true)
}

fn all(a: Args<'_>) -> PyResult<Value> {
    any_all(a, "all", false)
}

fn sorted(a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in a.kwargs() {
        match k {
            "key" => key = Some(v).filter(|v| !is_none(v)),
            "reverse" => reverse = !index_bigint(v)?.is_zero(),
            _ => return Err(type_error(format!("'{k}' is an invalid keyword argument for sort()"))),
        }
    }
    let mut items = ops::collect(&pos[0])?;
    super::sorting::sort_values(&mut items, key, reverse)?;
    Ok(new_list(items))
}

pub fn install() {
    add_fn("min", min);
    add_fn("max", max);
    add_fn("sum", sum);
    add_fn("any", any);
    add_fn("all", all);
    add_fn("sorted", sorted);
}
