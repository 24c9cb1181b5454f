//! The `_logging` module: the calling-frame information `logging` records (file, line
//! and function of the code that logged), as there is no `sys._getframe`. The rest of
//! the logging package is Python in `lib/logging/`.

use super::add_fn;
use crate::objects::function::Args;
use crate::objects::int::{as_i64, new_int};
use crate::objects::list::new_list;
use crate::objects::module::new_module;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::thread_state::with_frame;

/// `(filename, lineno, function_name, source_line)` of the Python frame `depth` levels
/// above the caller of the native function (0 = that caller), or None past the
/// outermost frame. `source_line` is None when not asked for (`with_source`) or when
/// the source cannot be read.
fn frame_info(depth: usize, with_source: bool) -> Option<Value> {
    let info =
        with_frame(depth, |f| f.map(|f| (f.code.code.filename.to_string(), f.line(), f.code.code.name.clone())))?;
    let (filename, line, name) = info;
    let source = if !with_source || filename.starts_with('<') {
        None
    } else {
        crate::vm::traceback::source_line(&filename, line)
    };
    Some(new_tuple(vec![
        new_str(filename),
        new_int(line as i64),
        new_str(name),
        source.map(new_str).unwrap_or_else(|| rt().none.clone()),
    ]))
}

/// `_logging.caller(depth)`: see [`frame_info`].
fn caller(a: Args<'_>) -> PyResult<Value> {
    let depth = a.pos().first().and_then(as_i64).unwrap_or(0).max(0) as usize;
    Ok(frame_info(depth, true).unwrap_or_else(|| rt().none.clone()))
}

/// `_logging.stack(with_source=False)`: [`frame_info`] of every frame of the calling
/// thread, innermost (the caller) first.
fn stack(a: Args<'_>) -> PyResult<Value> {
    let with_source = a.pos().first().map(crate::vm::ops::truthy).transpose()?.unwrap_or(false);
    let mut out = Vec::new();
    while let Some(f) = frame_info(out.len(), with_source) {
        out.push(f);
    }
    Ok(new_list(out))
}

pub fn module() -> Value {
    let m = new_module("_logging");
    add_fn(&m, "caller", caller);
    add_fn(&m, "stack", stack);
    m
}
