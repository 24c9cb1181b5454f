//! Methods of `bytes`.

pub fn install() {}
