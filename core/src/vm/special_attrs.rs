//! Attributes that are not in any dict: `__class__`, `__dict__`, a function's
//! `__name__`, an exception's `args`, a class's `__mro__`...

use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::{as_exc, type_error};
use crate::objects::function::{as_function, as_method, as_native, as_property, Function};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{tobj, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;

/// Special attributes of non-class objects; `None` when `name` is not special.
pub fn special_getattr(obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    let n = &rt().names;
    if name.is(&n.__class__) {
        return Ok(Some(type_of(obj).clone()));
    }
    match obj.kind() {
        Some(kinds::INSTANCE | kinds::MODULE | kinds::LIST | kinds::DICT | kinds::SET | kinds::SUBVALUE)
            if name.is(&n.__dict__) && tobj(type_of(obj)).slots.is_none() =>
        {
            return Ok(crate::vm::attr::instance_dict(obj).cloned());
        }
        Some(kinds::SUBVALUE) => {
            // The value attributes of numbers (`real`, `imag`, `numerator`...), unless
            // the subclass defines the name.
            let base = crate::objects::subvalue::plain(obj);
            if matches!(base.kind(), None | Some(kinds::INT) | Some(kinds::FLOAT) | Some(kinds::COMPLEX))
                && crate::objects::typeobj::lookup(type_of(obj), name).is_none()
            {
                return special_getattr(base, name);
            }
        }
        Some(kinds::FUNCTION) => {
            let f = as_function(obj).expect("function");
            return Ok(function_attr(f, obj, name));
        }
        Some(kinds::METHOD) => {
            let m = as_method(obj).expect("method");
            let s = as_str(name).unwrap_or("");
            return Ok(match s {
                "__self__" => Some(m.this.clone()),
                "__func__" => Some(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => crate::vm::attr::getattr_opt(&m.func, name)?,
                _ => None,
            });
        }
        Some(kinds::NATIVE) => {
            let f = as_native(obj).expect("native");
            let s = as_str(name).unwrap_or("");
            return Ok(match s {
                "__name__" | "__qualname__" => Some(new_str(f.name)),
                "__self__" => Some(f.bound.clone().unwrap_or_else(|| rt().none.clone())),
                "__doc__" => Some(rt().none.clone()),
                "__module__" => Some(new_str("builtins")),
                _ => None,
            });
        }
        Some(kinds::EXCEPTION) => {
            let e = as_exc(obj).expect("exc");
            let s = as_str(name).unwrap_or("");
            return Ok(match s {
                "args" => Some(e.args()),
                "__cause__" => Some(e.cause().unwrap_or_else(|| rt().none.clone())),
                "__context__" => Some(e.context().unwrap_or_else(|| rt().none.clone())),
                "__suppress_context__" => Some(crate::objects::boolobj::py_bool(e.suppress_context())),
                "__traceback__" => Some(crate::vm::traceback::tb_object(&e.tb())),
                "__dict__" => Some(e.dict.clone()),
                _ => {
                    if let Some(v) = DictObj::get_str(&e.dict, name) {
                        return Ok(Some(v));
                    }
                    exc_derived_attr(obj, e, s)
                }
            });
        }
        Some(kinds::PROPERTY) => {
            let p = as_property(obj).expect("property");
            let s = as_str(name).unwrap_or("");
            let none = || rt().none.clone();
            return Ok(match s {
                "fget" => Some(p.fget.clone().unwrap_or_else(none)),
                "fset" => Some(p.fset.clone().unwrap_or_else(none)),
                "fdel" => Some(p.fdel.clone().unwrap_or_else(none)),
                "__doc__" => Some(
                    p.doc
                        .clone()
                        .or_else(|| {
                            p.fget
                                .as_ref()
                                .and_then(|g| crate::vm::attr::getattr_opt(g, &rt().names.__doc__).ok().flatten())
                        })
                        .unwrap_or_else(none),
                ),
                _ => None,
            });
        }
        Some(kinds::CLASSMETHOD) | Some(kinds::STATICMETHOD) => {
            if as_str(name) == Some("__func__") {
                let inner = if obj.kind() == Some(kinds::CLASSMETHOD) {
                    weft_gc::downcast::<crate::objects::function::ClassMethod>(obj).expect("cm").0.clone()
                } else {
                    weft_gc::downcast::<crate::objects::function::StaticMethod>(obj).expect("sm").0.clone()
                };
                return Ok(Some(inner));
            }
        }
        Some(kinds::GENERATOR) => {
            let g = crate::vm::generator::as_gen(obj).expect("gen");
            match as_str(name).unwrap_or("") {
                "__name__" => return Ok(Some(g.name.clone())),
                "__qualname__" => return Ok(Some(g.qualname.clone())),
                "gi_running" => return Ok(Some(crate::objects::boolobj::py_bool(g.is_running()))),
                "gi_code" => return Ok(Some(g.code.clone())),
                "gi_yieldfrom" => return Ok(Some(g.yield_from().unwrap_or_else(|| rt().none.clone()))),
                "gi_frame" if g.is_finished() => return Ok(Some(rt().none.clone())),
                // Frames are not objects here: a running or suspended generator
                // answers with a bare `frame` instance.
                "gi_frame" => {
                    return Ok(Some(weft_gc::alloc_obj(rt().types.frame.as_ptr(), crate::objects::boolobj::Simple)))
                }
                _ => {}
            }
        }
        Some(kinds::CODE) => return Ok(code_attr(obj, as_str(name).unwrap_or(""))),
        Some(kinds::CELL) if as_str(name) == Some("cell_contents") => {
            return match crate::objects::cell::as_cell(obj).and_then(|c| c.get()) {
                Some(v) => Ok(Some(v)),
                None => Err(crate::objects::exception::value_error("Cell is empty")),
            };
        }
        Some(kinds::SLICE) => {
            let s = crate::objects::slice::as_slice(obj).expect("slice");
            match as_str(name).unwrap_or("") {
                "start" => return Ok(Some(s.start.clone())),
                "stop" => return Ok(Some(s.stop.clone())),
                "step" => return Ok(Some(s.step.clone())),
                _ => {}
            }
        }
        Some(kinds::RANGE) => {
            let [start, stop, step] = crate::objects::range::as_range(obj).expect("range").parts();
            match as_str(name).unwrap_or("") {
                "start" => return Ok(Some(crate::objects::int::new_bigint(start))),
                "stop" => return Ok(Some(crate::objects::int::new_bigint(stop))),
                "step" => return Ok(Some(crate::objects::int::new_bigint(step))),
                _ => {}
            }
        }
        None | Some(kinds::INT) | Some(kinds::BOOL) => {
            return Ok(crate::methods::int::int_attr(obj, as_str(name).unwrap_or("")))
        }
        Some(kinds::FLOAT) => return Ok(crate::methods::float::float_attr(obj, as_str(name).unwrap_or(""))),
        Some(kinds::COMPLEX) => {
            let (re, im) = crate::objects::complex::as_complex(obj).unwrap_or((0.0, 0.0));
            match as_str(name).unwrap_or("") {
                "real" => return Ok(Some(crate::objects::float::new_float(re))),
                "imag" => return Ok(Some(crate::objects::float::new_float(im))),
                _ => {}
            }
        }
        _ => {}
    }
    Ok(None)
}

/// The `co_*` attributes of a code object.
fn code_attr(obj: &Value, name: &str) -> Option<Value> {
    use crate::objects::int::new_int;
    use crate::objects::str::new_str;
    let co = crate::objects::code::as_code(obj)?;
    let c = &co.code;
    let names = |v: &[String]| crate::objects::tuple::new_tuple(v.iter().map(|n| new_str(n.as_str())).collect());
    Some(match name {
        "co_name" => co.name.clone(),
        "co_qualname" => co.qualname.clone(),
        "co_filename" => new_str(&*c.filename),
        "co_firstlineno" => new_int(c.first_line as i64),
        "co_argcount" => new_int(c.argcount as i64),
        "co_posonlyargcount" => new_int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => new_int(c.kwonlyargcount as i64),
        "co_flags" => new_int(c.flags as i64),
        "co_nlocals" => new_int(c.varnames.len() as i64),
        "co_varnames" => names(&c.varnames),
        "co_cellvars" => names(&c.cellvars),
        "co_freevars" => names(&c.freevars),
        "co_names" => names(&c.names),
        _ => return None,
    })
}

/// `StopIteration.value`, `SystemExit.code`, `KeyError`... derived from args.
fn exc_derived_attr(obj: &Value, e: &crate::objects::exception::ExcObj, name: &str) -> Option<Value> {
    let ex = &rt().exc;
    let args = e.args();
    let items = as_tuple(&args).unwrap_or(&[]);
    let first = || items.first().cloned().unwrap_or_else(|| rt().none.clone());
    let is = |t: &Value| crate::objects::typeobj::is_instance(obj, t);
    match name {
        "value" if is(&ex.stop_iteration) => Some(first()),
        "code" if is(&ex.system_exit) => Some(match items.len() {
            0 => rt().none.clone(),
            1 => items[0].clone(),
            _ => args.clone(),
        }),
        "errno" if is(&ex.os_error) => Some(if items.len() >= 2 { items[0].clone() } else { rt().none.clone() }),
        "strerror" if is(&ex.os_error) => Some(if items.len() >= 2 { items[1].clone() } else { rt().none.clone() }),
        "filename" if is(&ex.os_error) => Some(items.get(2).cloned().unwrap_or_else(|| rt().none.clone())),
        "msg" if is(&ex.syntax_error) => Some(first()),
        "encoding" | "object" | "start" | "end" | "reason" if is(&ex.unicode_error) && items.len() == 5 => {
            let ix = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == name).unwrap_or(0);
            Some(items[ix].clone())
        }
        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset" if is(&ex.syntax_error) => {
            let detail = items.get(1).and_then(as_tuple).map(|t| t.to_vec()).unwrap_or_default();
            let ix = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            Some(detail.get(ix).cloned().unwrap_or_else(|| rt().none.clone()))
        }
        "name" if is(&ex.name_error) || is(&ex.import_error) || is(&ex.attribute_error) => Some(rt().none.clone()),
        "obj" if is(&ex.attribute_error) => Some(rt().none.clone()),
        "path" if is(&ex.import_error) => Some(rt().none.clone()),
        _ => None,
    }
}

fn function_attr(f: &Function, _obj: &Value, name: &Value) -> Option<Value> {
    match as_str(name).unwrap_or("") {
        "__name__" => Some(f.name()),
        "__qualname__" => Some(f.qualname()),
        "__doc__" => {
            if let Some(d) = f.dict.lock(f).as_ref() {
                if let Some(v) = DictObj::get_str(d, name) {
                    return Some(v);
                }
            }
            Some(f.doc.clone())
        }
        "__module__" => Some(f.module.clone()),
        "__globals__" => Some(f.globals.clone()),
        "__code__" => Some(f.code.clone()),
        "__defaults__" => Some(f.defaults.clone().unwrap_or_else(|| rt().none.clone())),
        "__kwdefaults__" => Some(f.kwdefaults.clone().unwrap_or_else(|| rt().none.clone())),
        "__closure__" => Some(f.closure.clone().unwrap_or_else(|| rt().none.clone())),
        "__dict__" => Some(f.attr_dict()),
        "__annotations__" => {
            let d = f.attr_dict();
            let dd = as_dict(&d).expect("dict");
            if let Some(v) = DictObj::get_str(&d, name) {
                return Some(v);
            }
            let a = crate::objects::dict::new_dict();
            dd.set_str(name.clone(), a.clone());
            Some(a)
        }
        _ => {
            let d = f.dict.lock(f).clone();
            d.and_then(|d| DictObj::get_str(&d, name))
        }
    }
}

/// `f.attr = v` for functions.
pub fn function_setattr(f: &Function, name: &Value, value: Value) -> PyResult<()> {
    match as_str(name).unwrap_or("") {
        "__name__" => {
            if as_str(&value).is_none() {
                return Err(type_error("__name__ must be set to a string object"));
            }
            *f.name.lock(f) = value;
        }
        "__qualname__" => {
            *f.qualname.lock(f) = value;
        }
        _ => {
            let d = f.attr_dict();
            as_dict(&d).expect("dict").set_str(name.clone(), value);
        }
    }
    Ok(())
}

/// Special attributes of classes.
pub fn type_special(cls: &Value, name: &Value) -> PyResult<Option<Value>> {
    let t = tobj(cls);
    Ok(match as_str(name).unwrap_or("") {
        "__name__" => Some(new_str(t.name.clone())),
        "__qualname__" => Some(new_str(t.qualname.clone())),
        "__mro__" => Some(new_tuple(t.mro().to_vec())),
        "__bases__" => Some(new_tuple(t.bases.clone())),
        "__base__" => Some(t.bases.first().cloned().unwrap_or_else(|| rt().none.clone())),
        "__dict__" => Some(t.dict.clone()),
        "__module__" => {
            if t.builtin {
                Some(new_str("builtins"))
            } else {
                DictObj::get_str(&t.dict, name)
            }
        }
        "__class__" => Some(type_of(cls).clone()),
        _ => None,
    })
}

/// Assignment to the special attributes of exceptions (`__cause__`, `__context__`,
/// `__suppress_context__`, `args`, `__traceback__`). Returns false when `name` is not one.
pub fn exc_setattr(obj: &Value, name: &Value, value: &Value) -> PyResult<bool> {
    let Some(e) = as_exc(obj) else { return Ok(false) };
    let none = crate::objects::boolobj::is_none(value);
    match as_str(name).unwrap_or("") {
        "__cause__" => {
            if !none && !crate::objects::typeobj::is_instance(value, &rt().exc.base_exception) {
                return Err(type_error("exception cause must be None or derive from BaseException"));
            }
            e.set_cause(if none { None } else { Some(value.clone()) });
        }
        "__context__" => {
            if !none && !crate::objects::typeobj::is_instance(value, &rt().exc.base_exception) {
                return Err(type_error("exception context must be None or derive from BaseException"));
            }
            e.set_context(if none { None } else { Some(value.clone()) });
        }
        "__suppress_context__" => {
            e.suppress_context.store(crate::vm::ops::truthy(value)?, std::sync::atomic::Ordering::Relaxed);
        }
        "args" => e.set_args(new_tuple(crate::vm::ops::collect(value)?)),
        "__traceback__" => {
            if none {
                e.clear_tb();
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}
