//! Builtin functions (iteration).

pub fn install() {}
