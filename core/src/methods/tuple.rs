//! Methods of `tuple`.

pub fn install() {}
