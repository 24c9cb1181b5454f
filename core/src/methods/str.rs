//! Methods of `str`.

pub fn install() {}
