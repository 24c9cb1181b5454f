//! The `math` module.

use super::add_fn;
use crate::objects::float::new_float;
use crate::objects::function::Args;
use crate::objects::module::{module_set, new_module};
use crate::objects::{PyResult, Value};

fn arg(a: &Args<'_>, i: usize) -> PyResult<f64> {
    let v = a.pos().get(i).ok_or_else(|| crate::objects::exception::type_error("math function missing argument"))?;
    crate::builtins::convert::to_float(v)
}

fn sqrt(a: Args<'_>) -> PyResult<Value> {
    let x = arg(&a, 0)?;
    if x < 0.0 {
        return Err(crate::objects::exception::value_error("math domain error"));
    }
    Ok(new_float(x.sqrt()))
}

pub fn module() -> Value {
    let m = new_module("math");
    add_fn(&m, "sqrt", sqrt);
    module_set(&m, "pi", new_float(std::f64::consts::PI));
    module_set(&m, "e", new_float(std::f64::consts::E));
    module_set(&m, "tau", new_float(std::f64::consts::TAU));
    module_set(&m, "inf", new_float(f64::INFINITY));
    module_set(&m, "nan", new_float(f64::NAN));
    m
}
