//! `__del__`: run once per object (PEP 442), from refcount deallocation or from the
//! cycle collector. Errors are reported like CPython's "Exception ignored in".

use crate::objects::typeobj::{lookup, type_of};
use crate::objects::Value;
use crate::runtime::rt;

/// Whether the class of `this` defines `__del__` in Python.
pub fn has_del(this: &Value) -> bool {
    lookup(type_of(this), &rt().names.__del__).is_some_and(|d| crate::objects::function::as_native(&d).is_none())
}

pub fn run_del(this: &Value) {
    let Some(del) = lookup(type_of(this), &rt().names.__del__) else { return };
    if crate::objects::function::as_native(&del).is_some() {
        return;
    }
    if let Err(e) = crate::vm::call::call_method_value(&del, this, &[]) {
        let what = crate::vm::repr::repr(&del).unwrap_or_else(|_| "<__del__>".into());
        crate::vm::traceback::print_unraisable(&format!("Exception ignored in: {what}"), &e.0);
    }
}
