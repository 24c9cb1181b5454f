//! Set algebra and comparisons, dict equality.

use crate::bytecode::{BinOp, CmpOp};
use crate::objects::dict::as_dict;
use crate::objects::set::{as_set, is_frozenset, new_set_of_type};
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

fn result_type(a: &Value) -> Value {
    if is_frozenset(a) {
        rt().types.frozenset.clone()
    } else {
        rt().types.set.clone()
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets (iteration orders as CPython's).
pub fn set_binary(op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (sa, sb) = (as_set(a).expect("set"), as_set(b).expect("set"));
    let out = new_set_of_type(&result_type(a));
    let so = as_set(&out).expect("set");
    match op {
        BinOp::Or => {
            let snap = sa.lock().clone();
            so.merge_entries(&snap);
            let other = sb.lock().entries();
            for (h, k) in other {
                so.add_hashed(k, h)?;
            }
        }
        BinOp::And => {
            // CPython iterates the smaller set and keeps what the larger contains.
            let (small, large) = if sa.len() > sb.len() { (sb, sa) } else { (sa, sb) };
            for (h, k) in small.lock().entries() {
                if large.contains_hashed(&k, h)? {
                    so.add_hashed(k, h)?;
                }
            }
        }
        BinOp::Sub => {
            for (h, k) in sa.lock().entries() {
                if !sb.contains_hashed(&k, h)? {
                    so.add_hashed(k, h)?;
                }
            }
        }
        BinOp::Xor => {
            let snap = sa.lock().clone();
            so.merge_entries(&snap);
            for (h, k) in sb.lock().entries() {
                if so.contains_hashed(&k, h)? {
                    so.discard(&k)?;
                } else {
                    so.add_hashed(k, h)?;
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(out))
}

fn subset(a: &Value, b: &Value) -> PyResult<bool> {
    let (sa, sb) = (as_set(a).expect("set"), as_set(b).expect("set"));
    if sa.len() > sb.len() {
        return Ok(false);
    }
    for (h, k) in sa.lock().entries() {
        if !sb.contains_hashed(&k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
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
