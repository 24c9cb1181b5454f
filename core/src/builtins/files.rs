//! The `open()` builtin. File objects are written in Python (`io._open` in
//! `modules/lib/io.py`) over the file-handle primitives of the native `posix` module;
//! this only forwards the call, importing `io` on first use.

use crate::objects::function::Args;
use crate::objects::{PyResult, Value};
use crate::runtime::intern;

fn open(a: Args<'_>) -> PyResult<Value> {
    let io = crate::vm::import::import_dotted("io")?;
    let f = crate::vm::attr::getattr(&io, &intern("_open"))?;
    crate::vm::call::call_kw(&f, a.all, a.kwnames)
}

pub fn install() {
    super::add_fn("open", open);
}
