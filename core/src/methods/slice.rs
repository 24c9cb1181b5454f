//! Methods of `slice`: `indices(length)`, the normalisation sequences use.

use super::add_method;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::slice::as_slice;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

pub fn install() {
    add_method(&rt().types.slice, "indices", slice_indices);
}

fn slice_indices(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = super::args::method_args("indices", &a, 1, 1)?;
    let s = as_slice(this).ok_or_else(|| {
        type_error(format!("descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object", type_name(this)))
    })?;
    let len = super::args::int_arg(&rest[0])?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = s.indices(len as usize)?;
    Ok(new_tuple(vec![new_int(start), new_int(stop), new_int(step)]))
}
