//! Builtins that look at the running program: `globals()`, `locals()`, `vars()`,
//! `dir()`, and the frame lookup behind zero-argument `super()`.

use super::add_fn;
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::exception::{runtime_error, type_error};
use crate::objects::function::Args;
use crate::objects::list::new_list;
use crate::objects::str::as_str;
use crate::objects::typeobj::{as_type, tobj, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::thread_state::with_frame;

/// Globals of the innermost running Python frame.
pub fn caller_globals() -> PyResult<Value> {
    with_frame(0, |f| f.map(|f| f.globals.clone())).ok_or_else(|| runtime_error("no current frame"))
}

/// Locals mapping of the innermost frame (a snapshot dict for function frames).
pub fn caller_locals() -> Option<Value> {
    with_frame(0, |f| {
        let f = f?;
        if let Some(l) = &f.locals {
            return Some(l.clone());
        }
        let d = new_dict();
        let dd = as_dict(&d)?;
        for (i, v) in f.fast.iter().enumerate() {
            if let Some(v) = v {
                dd.set_str(crate::runtime::intern(&f.code.code.varnames[i]), v.clone());
            }
        }
        for (i, c) in f.cells.iter().enumerate() {
            if let Some(v) = crate::objects::cell::as_cell(c).and_then(|c| c.get()) {
                dd.set_str(f.code.cell_names[i].clone(), v);
            }
        }
        Some(d)
    })
}

/// `(__class__, first argument)` of the calling method, for `super()`.
pub fn zero_arg_super() -> PyResult<(Value, Value)> {
    with_frame(0, |f| {
        let f = f.ok_or_else(|| runtime_error("super(): no arguments"))?;
        let code = &f.code.code;
        if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
            return Err(runtime_error("super(): no arguments"));
        }
        let first = match &f.fast[0] {
            Some(v) => v.clone(),
            None => {
                // The first argument may live in a cell.
                let name = &code.varnames[0];
                let ix = code
                    .cellvars
                    .iter()
                    .position(|c| c == name)
                    .ok_or_else(|| runtime_error("super(): arg[0] deleted"))?;
                crate::objects::cell::as_cell(&f.cells[ix])
                    .and_then(|c| c.get())
                    .ok_or_else(|| runtime_error("super(): arg[0] deleted"))?
            }
        };
        let ncell = code.cellvars.len();
        let ix = code
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .map(|i| i + ncell)
            .ok_or_else(|| runtime_error("super(): __class__ cell not found"))?;
        let cls = crate::objects::cell::as_cell(&f.cells[ix])
            .and_then(|c| c.get())
            .ok_or_else(|| runtime_error("super(): empty __class__ cell"))?;
        Ok((cls, first))
    })
}

fn globals_fn(_a: Args<'_>) -> PyResult<Value> {
    caller_globals()
}

fn locals_fn(_a: Args<'_>) -> PyResult<Value> {
    caller_locals().ok_or_else(|| runtime_error("no current frame"))
}

fn vars_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    match p.first() {
        None => locals_fn(a),
        Some(v) => crate::vm::attr::getattr_opt(v, &rt().names.__dict__)?
            .ok_or_else(|| type_error("vars() argument must have __dict__ attribute")),
    }
}

/// `dir(obj)`: sorted attribute names from the instance dict and the class MRO.
/// Attributes that builtin objects answer without a class-dict entry (see
/// `vm::special_attrs`), so `dir` lists them as CPython does.
fn data_attr_names(v: &Value) -> &'static [&'static str] {
    match v.kind() {
        None | Some(kinds::INT) | Some(kinds::BOOL) => &["denominator", "imag", "numerator", "real"],
        Some(kinds::FLOAT) | Some(kinds::COMPLEX) => &["imag", "real"],
        Some(kinds::RANGE) | Some(kinds::SLICE) => &["start", "step", "stop"],
        Some(kinds::EXCEPTION) => &["__cause__", "__context__", "__suppress_context__", "__traceback__", "args"],
        _ => &[],
    }
}

pub fn dir_of(v: &Value) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &Value| {
        if let Some(dd) = as_dict(d) {
            for k in dd.keys() {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    };
    if let Some(d) = crate::vm::attr::instance_dict(v) {
        add_dict(d);
    }
    let ty = if v.kind() == Some(kinds::TYPE) { v } else { type_of(v) };
    if let Some(t) = as_type(ty) {
        for m in t.mro() {
            add_dict(&tobj(m).dict);
        }
    }
    if v.kind() != Some(kinds::MODULE) && v.kind() != Some(kinds::TYPE) {
        names.push("__class__".into());
    }
    names.extend(data_attr_names(v).iter().map(|n| n.to_string()));
    if v.kind() == Some(kinds::TYPE) {
        for n in ["__name__", "__qualname__", "__mro__", "__bases__", "__module__", "__dict__", "__doc__"] {
            names.push(n.into());
        }
    }
    names.sort();
    names.dedup();
    Ok(new_list(names.into_iter().map(crate::objects::str::new_str).collect()))
}

fn dir_fn(a: Args<'_>) -> PyResult<Value> {
    match a.pos().first() {
        Some(v) => {
            let user = crate::objects::typeobj::lookup(type_of(v), &rt().names.__dir__)
                .filter(|f| crate::objects::function::as_native(f).is_none());
            if let Some(f) = user {
                let r = crate::vm::call::call_method_value(&f, v, &[])?;
                let mut items = crate::vm::ops::collect(&r)?;
                crate::builtins::sorting::sort_values(&mut items, None, false)?;
                return Ok(new_list(items));
            }
            dir_of(v)
        }
        None => {
            let l = caller_locals().ok_or_else(|| runtime_error("no current frame"))?;
            let mut keys: Vec<String> = as_dict(&l)
                .map(|d| d.keys())
                .unwrap_or_default()
                .iter()
                .filter_map(|k| as_str(k).map(|s| s.to_string()))
                .collect();
            keys.sort();
            Ok(new_list(keys.into_iter().map(crate::objects::str::new_str).collect()))
        }
    }
}

pub fn install() {
    add_fn("globals", globals_fn);
    add_fn("locals", locals_fn);
    add_fn("vars", vars_fn);
    add_fn("dir", dir_fn);
}
