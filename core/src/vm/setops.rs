//! Set algebra and comparisons, dict equality.

use crate::bytecode::{BinOp, CmpOp};
use crate::objects::dict::as_dict;
use crate::objects::set::as_set;
use crate::objects::{PyResult, Value};

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (iteration orders as CPython's).
pub fn set_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use crate::methods::set_algebra as alg;
    Ok(Some(match op {
        BinOp::Or => alg::union(a, b)?,
        BinOp::And => alg::intersection(a, b)?,
        BinOp::Sub => alg::difference(a, b)?,
        BinOp::Xor => alg::symmetric_difference(a, b)?,
        _ => return Ok(None),
    }))
}

fn subset(a: &Value, b: &Value) -> PyResult<bool> {
    crate::methods::set_algebra::is_subset(a, b)
}

/// Set comparisons (subset/superset and equality).
pub fn set_compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (la, lb) = (as_set(a).expect("set").len(), as_set(b).expect("set").len());
    Ok(Some(match op {
        CmpOp::Eq => la == lb && subset(a, b)?,
        CmpOp::Ne => !(la == lb && subset(a, b)?),
        CmpOp::Le => subset(a, b)?,
        CmpOp::Lt => la < lb && subset(a, b)?,
        CmpOp::Ge => subset(b, a)?,
        CmpOp::Gt => la > lb && subset(b, a)?,
        _ => return Ok(None),
    }))
}

/// `a == b` for dicts.
pub fn dict_eq(a: &Value, b: &Value) -> PyResult<bool> {
    let (da, db) = (as_dict(a).expect("dict"), as_dict(b).expect("dict"));
    if da.len() != db.len() {
        return Ok(false);
    }
    for (k, v) in da.items() {
        match db.get(&k)? {
            Some(w) => {
                if !(v.is(&w) || crate::vm::compare::eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
