//! Methods of `generator`.

pub fn install() {}
