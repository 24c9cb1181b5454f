//! Methods of `int`.

pub fn install() {}
