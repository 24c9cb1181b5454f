//! Methods of `dict`.

pub fn install() {}
