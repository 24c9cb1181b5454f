//! Calling: the one entry point for every callable kind, and argument binding for
//! functions written in Python.

use crate::bytecode::flags;
use crate::objects::code::CodeObj;
use crate::objects::dict::{as_dict, new_dict};
use crate::objects::exception::type_error;
use crate::objects::function::Function;
use crate::objects::function::{as_function, as_method, as_native, Args, ClassMethod, StaticMethod};
use crate::objects::str::as_str;
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{lookup, type_name, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::frame::{code_static, Frame};
use weft_gc::downcast;

/// `f(*args)`.
#[inline]
pub fn call(f: &Value, args: &[Value]) -> PyResult<Value> {
    call_kw(f, args, &[])
}

/// `f(*args, **kw)` where the last `kwnames.len()` values of `args` are keyword values.
pub fn call_kw(f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match f.kind() {
        Some(kinds::FUNCTION) => call_function(f, args, kwnames),
        Some(kinds::NATIVE) => {
            let nf = as_native(f).expect("native");
            match &nf.bound {
                Some(this) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(this.clone());
                    all.extend_from_slice(args);
                    (nf.f)(Args::new(&all, kwnames))
                }
                None => (nf.f)(Args::new(args, kwnames)),
            }
        }
        Some(kinds::METHOD) => {
            let m = as_method(f).expect("method");
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(m.this.clone());
            all.extend_from_slice(args);
            call_kw(&m.func, &all, kwnames)
        }
        Some(kinds::TYPE) => crate::vm::typecall::call_type(f, args, kwnames),
        _ => {
            let ty = type_of(f);
            match lookup(ty, &rt().names.__call__) {
                Some(c) => call_method_kw(&c, f, args, kwnames),
                None => Err(type_error(format!("'{}' object is not callable", type_name(f)))),
            }
        }
    }
}

/// Call `func` (found on a type) as a method of `this`.
pub fn call_method_value(func: &Value, this: &Value, args: &[Value]) -> PyResult<Value> {
    call_method_kw(func, this, args, &[])
}

pub fn call_method_kw(func: &Value, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match func.kind() {
        Some(kinds::FUNCTION) | Some(kinds::NATIVE)
            if as_native(func).is_none_or(|n| n.bound.is_none() && !n.is_static && !n.is_classmethod) =>
        {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(this.clone());
            all.extend_from_slice(args);
            call_kw(func, &all, kwnames)
        }
        Some(kinds::STATICMETHOD) => call_kw(&downcast::<StaticMethod>(func).expect("sm").0, args, kwnames),
        Some(kinds::CLASSMETHOD) => {
            let cls = if this.kind() == Some(kinds::TYPE) { this.clone() } else { type_of(this).clone() };
            let mut all = vec![cls];
            all.extend_from_slice(args);
            call_kw(&downcast::<ClassMethod>(func).expect("cm").0, &all, kwnames)
        }
        _ => {
            let bound = crate::vm::attr::bind(func, this, type_of(this))?;
            call_kw(&bound, args, kwnames)
        }
    }
}

/// Call a Python function: bind arguments into a new frame and run it (or create a
/// generator for generator functions).
#[inline]
pub fn call_function(f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let func = as_function(f).expect("function");
    let co = code_static(&func.code);
    let frame = bind_args_to(func, co, args, kwnames)?;
    if co.code.flags & (flags::GENERATOR | flags::COROUTINE) != 0 {
        return Ok(crate::vm::generator::new_generator(frame, func.name(), func.qualname(), func.code.clone()));
    }
    crate::vm::eval::run_function_frame(frame)
}

fn missing_args(fname: &str, kind: &str, names: &[String]) -> crate::objects::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    type_error(format!(
        "{fname}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}

/// Build the frame for a call of Python function `func` with code `co`.
fn bind_args_to(func: &Function, co: &'static CodeObj, args: &[Value], kwnames: &[Value]) -> PyResult<Box<Frame>> {
    let code = &co.code;
    let mut frame = Frame::with_code(co, func.globals.clone(), None, func.closure.as_ref());
    let npos_params = code.argcount as usize;
    let nkwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let npos_given = args.len() - kwnames.len();
    let fname = || as_str(&func.qualname()).unwrap_or("?").to_string();

    // Fast path: exact positional call, no keywords, no defaults needed.
    if kwnames.is_empty() && npos_given == npos_params && !has_varargs && !has_varkw && nkwonly == 0 {
        for (i, a) in args.iter().enumerate() {
            frame.fast[i] = Some(a.clone());
        }
        frame.init_cell_args();
        return Ok(frame);
    }

    let take = npos_given.min(npos_params);
    for (i, a) in args[..take].iter().enumerate() {
        frame.fast[i] = Some(a.clone());
    }
    let mut slot = npos_params + nkwonly;
    if has_varargs {
        let extra = if npos_given > npos_params { args[npos_params..npos_given].to_vec() } else { vec![] };
        frame.fast[slot] = Some(new_tuple(extra));
        slot += 1;
    } else if npos_given > npos_params {
        let ndef = func.defaults.as_ref().and_then(as_tuple).map(|t| t.len()).unwrap_or(0);
        let given_kw = kwnames
            .iter()
            .filter(|k| code.varnames[..npos_params + nkwonly].iter().any(|v| Some(v.as_str()) == as_str(k)))
            .count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", npos_params - ndef, npos_params)
        } else {
            format!("{} positional argument{}", npos_params, if npos_params == 1 { "" } else { "s" })
        };
        let s = |n: usize| if n == 1 { "" } else { "s" };
        let given = if given_kw > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                npos_given,
                s(npos_given),
                given_kw,
                s(given_kw)
            )
        } else {
            format!("{} {}", npos_given, if npos_given == 1 { "was given" } else { "were given" })
        };
        return Err(type_error(format!("{}() takes {} but {}", fname(), takes, given)));
    }
    let kwdict = if has_varkw {
        let d = new_dict();
        frame.fast[slot] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let posonly = code.posonlyargcount as usize;
    for (k, v) in kwnames.iter().zip(args[npos_given..].iter()) {
        let name = as_str(k).unwrap_or("");
        let pos = code.varnames[..npos_params + nkwonly].iter().position(|n| n == name);
        match pos {
            Some(i) if i >= posonly => {
                if frame.fast[i].is_some() {
                    return Err(type_error(format!("{}() got multiple values for argument '{}'", fname(), name)));
                }
                frame.fast[i] = Some(v.clone());
            }
            _ => match &kwdict {
                Some(d) => as_dict(d).expect("dict").set(k.clone(), v.clone())?,
                None => {
                    if pos.is_some() {
                        let posonly_names = &code.varnames[..posonly];
                        let given: Vec<&str> = kwnames
                            .iter()
                            .filter_map(as_str)
                            .filter(|n| posonly_names.iter().any(|p| p == n))
                            .collect();
                        return Err(type_error(format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            fname(),
                            given.join(", ")
                        )));
                    }
                    return Err(type_error(format!("{}() got an unexpected keyword argument '{}'", fname(), name)));
                }
            },
        }
    }
    // Defaults for missing positional parameters.
    if take < npos_params || kwnames.len() > 0 {
        let defaults: &[Value] = func.defaults.as_ref().and_then(as_tuple).unwrap_or(&[]);
        let first_default = npos_params - defaults.len();
        let mut missing = Vec::new();
        for i in 0..npos_params {
            if frame.fast[i].is_none() {
                if i >= first_default {
                    frame.fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname(), "positional", &missing));
        }
    }
    if nkwonly > 0 {
        let mut missing = Vec::new();
        for i in npos_params..npos_params + nkwonly {
            if frame.fast[i].is_none() {
                let d = func
                    .kwdefaults
                    .as_ref()
                    .and_then(|d| as_dict(d))
                    .and_then(|d| d.get(&crate::runtime::intern(&code.varnames[i])).ok().flatten());
                match d {
                    Some(v) => frame.fast[i] = Some(v),
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&fname(), "keyword-only", &missing));
        }
    }
    frame.init_cell_args();
    Ok(frame)
}

/// Unpack `f(*args, **kwargs)` operands into a flat argument vector plus names.
pub fn call_ex(f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let mut all = match as_tuple(args) {
        Some(t) => t.to_vec(),
        None => crate::vm::ops::collect(args)?,
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        let d = as_dict(kw).ok_or_else(|| type_error("argument after ** must be a mapping"))?;
        for (k, v) in d.items() {
            if as_str(&k).is_none() {
                return Err(type_error("keywords must be strings"));
            }
            names.push(crate::runtime::intern_value(&k));
            all.push(v);
        }
    }
    call_kw(f, &all, &names)
}
