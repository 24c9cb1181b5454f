//! The `_warnings` module: the one primitive `warnings.warn` needs from the VM, the
//! location of a calling frame (there is no `sys._getframe`). The rest of the
//! warnings machinery is Python in `lib/warnings.py`.

use super::add_fn;
use crate::objects::dict::DictObj;
use crate::objects::function::Args;
use crate::objects::int::{as_i64, new_int};
use crate::objects::module::new_module;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{PyResult, Value};
use crate::runtime::{intern, rt};
use crate::vm::thread_state::with_frame;

/// `_warnings.caller(depth)`: `(filename, lineno, module_name, source_line)` of the
/// Python frame `depth` levels above the one calling this (0 = that frame), or
/// None past the outermost frame. `source_line` is None for `<...>` sources, as
/// CPython's linecache cannot read them.
fn caller(a: Args<'_>) -> PyResult<Value> {
    let depth = a.pos().first().and_then(as_i64).unwrap_or(0).max(0) as usize;
    let info = with_frame(depth, |f| {
        f.map(|f| {
            let filename = f.code.code.filename.to_string();
            let module = DictObj::get_str(&f.globals, &intern("__name__"));
            (filename, f.line(), module)
        })
    });
    let Some((filename, line, module)) = info else { return Ok(rt().none.clone()) };
    let source = if filename.starts_with('<') { None } else { crate::vm::traceback::source_line(&filename, line) };
    Ok(new_tuple(vec![
        new_str(filename),
        new_int(line as i64),
        module.unwrap_or_else(|| rt().none.clone()),
        source.map(new_str).unwrap_or_else(|| rt().none.clone()),
    ]))
}

pub fn module() -> Value {
    let m = new_module("_warnings");
    add_fn(&m, "caller", caller);
    m
}
