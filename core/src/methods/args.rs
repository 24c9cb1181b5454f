//! Small helpers for native methods: argument count checks and conversions with
//! CPython's error messages.

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};

/// Check the number of positional arguments (`self` excluded by the caller's slice).
pub fn check_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min || n > max {
        let msg = if min == max {
            if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name}() takes exactly {min} arguments ({n} given)")
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        return Err(type_error(msg));
    }
    Ok(())
}

/// `self` and the remaining positional arguments of a method call, rejecting keywords.
pub fn method_args<'a>(name: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    a.no_kwargs(name)?;
    let pos = a.pos();
    let (this, rest) = pos.split_first().ok_or_else(|| type_error(format!("{name}() needs an argument")))?;
    check_count(name, rest, min, max)?;
    Ok((this, rest))
}

/// An integer argument as i64.
pub fn int_arg(v: &Value) -> PyResult<i64> {
    match crate::vm::ops::index_i64(v)? {
        Some(i) => Ok(i),
        None => Err(crate::objects::exception::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A str argument.
pub fn str_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a str> {
    crate::objects::str::as_str(v)
        .ok_or_else(|| type_error(format!("{fname}() argument must be str, not {}", type_name(v))))
}
