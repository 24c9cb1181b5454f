//! Methods of `set`.

pub fn install() {}
