//! Methods of `list`.

pub fn install() {}
