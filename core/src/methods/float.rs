//! Methods of `float`.

pub fn install() {}
