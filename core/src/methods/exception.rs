//! Methods of `BaseException`.

use super::add_method;
use crate::objects::exception::{as_exc, new_exception, type_error};
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::repr;

fn exc_new(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    let cls = p.first().ok_or_else(|| type_error("BaseException.__new__(): not enough arguments"))?;
    let cls = if cls.is(&rt().exc.os_error) && p.len() >= 3 { os_error_subclass(&p[1]).unwrap_or(cls) } else { cls };
    Ok(new_exception(cls, p[1..].to_vec()))
}

/// `OSError(errno, ...)` constructs the subclass for that errno, as CPython does.
fn os_error_subclass(errno: &Value) -> Option<&'static Value> {
    let e = &rt().exc;
    Some(match crate::objects::int::as_i64(errno)? {
        1 | 13 => &e.permission_error,
        2 => &e.file_not_found_error,
        3 => &e.process_lookup_error,
        4 => &e.interrupted_error,
        10 => &e.child_process_error,
        11 | 114 | 115 => &e.blocking_io_error,
        17 => &e.file_exists_error,
        20 => &e.not_a_directory_error,
        21 => &e.is_a_directory_error,
        32 | 108 => &e.broken_pipe_error,
        103 => &e.connection_aborted_error,
        104 => &e.connection_reset_error,
        110 => &e.timeout_error,
        111 => &e.connection_refused_error,
        _ => return None,
    })
}

fn exc_init(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if let Some(e) = as_exc(&p[0]) {
        e.set_args(new_tuple(p[1..].to_vec()));
    }
    Ok(rt().none.clone())
}

fn exc_str(a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    if as_exc(v).is_none() {
        return Err(type_error("descriptor '__str__' requires a 'BaseException' object"));
    }
    Ok(new_str(repr::exception_str(v)?))
}

fn exc_repr(a: Args<'_>) -> PyResult<Value> {
    Ok(new_str(repr::default_repr(&a.pos()[0])))
}

fn exc_with_traceback(a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

fn exc_add_note(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    if p.len() != 2 || crate::objects::str::as_str(&p[1]).is_none() {
        return Err(type_error("note must be a str"));
    }
    let e = as_exc(&p[0]).ok_or_else(|| type_error("add_note needs an exception"))?;
    let key = crate::runtime::intern("__notes__");
    let d = crate::objects::dict::as_dict(&e.dict).expect("dict");
    let notes = match crate::objects::dict::DictObj::get_str(&e.dict, &key) {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(vec![]);
            d.set_str(key, l.clone());
            l
        }
    };
    if let Some(l) = crate::objects::list::as_list(&notes) {
        l.append(p[1].clone());
    }
    Ok(rt().none.clone())
}

pub fn install() {
    let b = &rt().exc.base_exception;
    super::add_static(b, "__new__", exc_new);
    add_method(b, "__init__", exc_init);
    add_method(b, "__str__", exc_str);
    add_method(b, "__repr__", exc_repr);
    add_method(b, "with_traceback", exc_with_traceback);
    add_method(b, "add_note", exc_add_note);
}
