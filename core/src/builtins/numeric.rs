//! Builtin functions (numeric).

pub fn install() {}
