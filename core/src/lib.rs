//! weft-core: Python 3.11 semantics for the Weft runtime.
//!
//! # Source layout
//! - [`compiler`]: source → bytecode ([`bytecode`] defines the instruction set).
//! - [`vm`]: frames, the interpreter loop, and the operations on values.
//! - [`objects`]: payload types of the builtin kinds (the object model).
//! - [`methods`]: methods of the builtin types; [`builtins`]: the builtins namespace.
//! - [`modules`]: `sys`, `time`, `math`, `_thread`, `threading`, `gc`.
//! - [`numfmt`]: number formatting and parsing with CPython's exact rules.
//! - [`runtime`]: process-wide state (types, singletons, interned strings).
//! - [`run`]: running a script or `-c` code as the main program.

pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod methods;
pub mod modules;
pub mod numfmt;
pub mod objects;
pub mod run;
pub mod runtime;
pub mod vm;

pub use run::{run_code, run_file, RunOptions};

/// The runtime's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

use objects::{PyErr, PyResult, Value};

/// Compile source text into a code object value; errors become `SyntaxError`.
pub fn compile_to_value(source: &str, filename: &str, mode: compiler::Mode) -> PyResult<Value> {
    match compiler::compile(source, filename, mode) {
        Ok(code) => Ok(objects::code::new_code(std::sync::Arc::new(code))),
        Err(e) => Err(syntax_error(&e, source, filename)),
    }
}

fn syntax_error(e: &bytecode::CompileError, source: &str, filename: &str) -> PyErr {
    use objects::int::new_int;
    use objects::str::new_str;
    let rt = runtime::rt();
    let ty = if e.indentation { &rt.exc.indentation_error } else { &rt.exc.syntax_error };
    let text = source.lines().nth((e.line as usize).saturating_sub(1)).map(|l| format!("{l}\n"));
    let text_v = match text {
        Some(t) => new_str(t),
        None => rt.none.clone(),
    };
    let detail = objects::tuple::new_tuple(vec![
        new_str(filename),
        new_int(e.line as i64),
        new_int(e.column as i64),
        text_v,
        new_int(e.end_line as i64),
        new_int(e.end_column as i64),
    ]);
    PyErr(objects::exception::new_exception(ty, vec![new_str(e.message.clone()), detail]))
}
