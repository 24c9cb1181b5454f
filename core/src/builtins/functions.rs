//! Builtin functions: output, attribute and type queries, iteration helpers.

use super::add_fn;
use crate::methods::args::check_count;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::as_tuple;
use crate::objects::typeobj::{is_instance, is_subtype, lookup, type_name, type_of};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::{intern_value, rt};
use crate::vm::{attr, call, ops, repr};

fn print(a: Args<'_>) -> PyResult<Value> {
    a.only_kwargs("print", &["sep", "end", "file", "flush"])?;
    fn none(v: Option<&Value>) -> Option<&Value> {
        v.filter(|v| !crate::objects::boolobj::is_none(v))
    }
    let sep = match none(a.kw("sep")) {
        Some(s) => as_str(s)
            .ok_or_else(|| type_error(format!("sep must be None or a string, not {}", type_name(s))))?
            .to_string(),
        None => " ".to_string(),
    };
    let end = match none(a.kw("end")) {
        Some(s) => as_str(s)
            .ok_or_else(|| type_error(format!("end must be None or a string, not {}", type_name(s))))?
            .to_string(),
        None => "\n".to_string(),
    };
    let mut strs = Vec::with_capacity(a.pos().len());
    for v in a.pos() {
        strs.push(match as_str(v) {
            Some(s) if v.kind() == Some(kinds::STR) && type_of(v).is(&rt().types.str) => std::borrow::Cow::Borrowed(s),
            _ => std::borrow::Cow::Owned(repr::str_of(v)?),
        });
    }
    let mut parts: Vec<&str> = Vec::with_capacity(2 * strs.len() + 1);
    for (i, s) in strs.iter().enumerate() {
        if i > 0 {
            parts.push(&sep);
        }
        parts.push(s);
    }
    parts.push(&end);
    let flush = match a.kw("flush") {
        Some(f) => ops::truthy(f)?,
        None => false,
    };
    crate::modules::sys::write_parts(none(a.kw("file")), &parts, flush)?;
    Ok(rt().none.clone())
}

fn len(a: Args<'_>) -> PyResult<Value> {
    a.no_kwargs("len")?;
    check_count("len", a.pos(), 1, 1)?;
    Ok(new_int(ops::len(&a.pos()[0])? as i64))
}

fn repr_fn(a: Args<'_>) -> PyResult<Value> {
    check_count("repr", a.pos(), 1, 1)?;
    Ok(new_str(repr::repr(&a.pos()[0])?))
}

fn ascii_fn(a: Args<'_>) -> PyResult<Value> {
    check_count("ascii", a.pos(), 1, 1)?;
    Ok(new_str(repr::ascii(&a.pos()[0])?))
}

fn class_info_check(cls: &Value, what: &str) -> PyResult<()> {
    if cls.kind() == Some(kinds::TYPE) {
        return Ok(());
    }
    if let Some(items) = as_tuple(cls) {
        for c in items {
            class_info_check(c, what)?;
        }
        return Ok(());
    }
    Err(type_error(format!("{what}() arg 2 must be a type, a tuple of types, or a union")))
}

pub fn isinstance_of(v: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(args) = crate::methods::union::union_args(cls) {
        return isinstance_of(v, &args);
    }
    if let Some(items) = as_tuple(cls) {
        for c in items {
            if isinstance_of(v, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() == Some(kinds::TYPE) && !type_of(cls).is(&rt().types.type_) {
        if let Some(f) = lookup(type_of(cls), &rt().names.__instancecheck__) {
            if crate::objects::function::as_native(&f).is_none() {
                return ops::truthy(&call::call_method_value(&f, cls, std::slice::from_ref(v))?);
            }
        }
    }
    class_info_check(cls, "isinstance")?;
    Ok(is_instance(v, cls))
}

fn isinstance(a: Args<'_>) -> PyResult<Value> {
    check_count("isinstance", a.pos(), 2, 2)?;
    Ok(py_bool(isinstance_of(&a.pos()[0], &a.pos()[1])?))
}

fn issubclass_of(c: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(items) = as_tuple(cls) {
        for x in items {
            if issubclass_of(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.kind() == Some(kinds::TYPE) && !type_of(cls).is(&rt().types.type_) {
        if let Some(f) = lookup(type_of(cls), &rt().names.__subclasscheck__) {
            if crate::objects::function::as_native(&f).is_none() {
                return ops::truthy(&call::call_method_value(&f, cls, std::slice::from_ref(c))?);
            }
        }
    }
    if c.kind() != Some(kinds::TYPE) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    class_info_check(cls, "issubclass")?;
    Ok(is_subtype(c, cls))
}

fn issubclass(a: Args<'_>) -> PyResult<Value> {
    check_count("issubclass", a.pos(), 2, 2)?;
    Ok(py_bool(issubclass_of(&a.pos()[0], &a.pos()[1])?))
}

fn attr_name(v: &Value) -> PyResult<Value> {
    if as_str(v).is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(v))));
    }
    Ok(intern_value(v))
}

fn getattr_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("getattr", p, 2, 3)?;
    let name = attr_name(&p[1])?;
    match attr::getattr(&p[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if p.len() == 3 && crate::objects::exception::exc_matches(&e.0, &rt().exc.attribute_error) => {
            Ok(p[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("setattr", p, 3, 3)?;
    attr::setattr(&p[0], &attr_name(&p[1])?, p[2].clone())?;
    Ok(rt().none.clone())
}

fn hasattr_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("hasattr", p, 2, 2)?;
    match attr::getattr(&p[0], &attr_name(&p[1])?) {
        Ok(_) => Ok(py_bool(true)),
        Err(e) if crate::objects::exception::exc_matches(&e.0, &rt().exc.attribute_error) => Ok(py_bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("delattr", p, 2, 2)?;
    attr::delattr(&p[0], &attr_name(&p[1])?)?;
    Ok(rt().none.clone())
}

fn id_fn(a: Args<'_>) -> PyResult<Value> {
    check_count("id", a.pos(), 1, 1)?;
    Ok(crate::objects::int::new_bigint(num_bigint::BigInt::from(a.pos()[0].word())))
}

fn hash_fn(a: Args<'_>) -> PyResult<Value> {
    check_count("hash", a.pos(), 1, 1)?;
    Ok(new_int(ops::hash(&a.pos()[0])?))
}

fn callable(a: Args<'_>) -> PyResult<Value> {
    check_count("callable", a.pos(), 1, 1)?;
    Ok(py_bool(is_callable(&a.pos()[0])))
}

pub(crate) fn is_callable(v: &Value) -> bool {
    matches!(v.kind(), Some(kinds::FUNCTION) | Some(kinds::NATIVE) | Some(kinds::METHOD) | Some(kinds::TYPE))
        || lookup(type_of(v), &rt().names.__call__).is_some()
}

fn iter_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("iter", p, 1, 2)?;
    if p.len() == 2 {
        if !is_callable(&p[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::objects::iter::new_iter(
            &rt().types.callable_iterator,
            crate::objects::iter::IterState::Callable { f: p[0].clone(), sentinel: p[1].clone() },
        ));
    }
    ops::iter(&p[0])
}

fn next_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("next", p, 1, 2)?;
    let it = &p[0];
    if !matches!(it.kind(), Some(kinds::ITER) | Some(kinds::GENERATOR))
        && lookup(type_of(it), &rt().names.__next__).is_none()
    {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
    }
    if it.kind() == Some(kinds::GENERATOR) {
        return match crate::vm::generator::resume(it, rt().none.clone(), None)? {
            crate::vm::generator::SendResult::Yielded(v) => Ok(v),
            crate::vm::generator::SendResult::Returned(v) => match p.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::objects::exception::stop_iteration(if crate::objects::boolobj::is_none(&v) {
                    None
                } else {
                    Some(v)
                })),
            },
        };
    }
    if it.kind() == Some(kinds::ITER) {
        return match ops::next(it)? {
            Some(v) => Ok(v),
            None => match p.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::objects::exception::stop_iteration(None)),
            },
        };
    }
    let f = lookup(type_of(it), &rt().names.__next__).expect("__next__");
    match call::call_method_value(&f, it, &[]) {
        Ok(v) => Ok(v),
        Err(e) if p.len() == 2 && crate::objects::exception::exc_matches(&e.0, &rt().exc.stop_iteration) => {
            Ok(p[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn build_class(a: Args<'_>) -> PyResult<Value> {
    crate::vm::typecall::build_class(a)
}

fn exec_or_eval(a: Args<'_>, mode: crate::compiler::Mode, fname: &str) -> PyResult<Value> {
    let p = a.pos();
    check_count(fname, p, 1, 3)?;
    let globals = match p.get(1).filter(|g| !crate::objects::boolobj::is_none(g)) {
        Some(g) => g.clone(),
        None => crate::builtins::introspect::caller_globals()?,
    };
    let locals = p.get(2).filter(|l| !crate::objects::boolobj::is_none(l)).cloned().or_else(|| {
        if p.get(1).is_some_and(|g| !crate::objects::boolobj::is_none(g)) {
            Some(globals.clone())
        } else {
            crate::builtins::introspect::caller_locals()
        }
    });
    let gd = crate::objects::dict::as_dict(&globals)
        .ok_or_else(|| type_error(format!("{fname}() globals must be a dict")))?;
    if crate::objects::dict::DictObj::get_str(&globals, &rt().names.__builtins__).is_none() {
        gd.set_str(rt().names.__builtins__.clone(), rt().builtins.clone());
    }
    let code = match as_str(&p[0]) {
        Some(src) => crate::compile_to_value(src, "<string>", mode)?,
        None if p[0].kind() == Some(kinds::CODE) => p[0].clone(),
        None => return Err(type_error(format!("{fname}() arg 1 must be a string, bytes or code object"))),
    };
    let frame = crate::vm::frame::Frame::new(&code, globals, locals, None);
    let r = crate::vm::eval::run_function_frame(frame)?;
    Ok(if matches!(mode, crate::compiler::Mode::Eval) { r } else { rt().none.clone() })
}

fn exec_fn(a: Args<'_>) -> PyResult<Value> {
    exec_or_eval(a, crate::compiler::Mode::Exec, "exec")
}

fn eval_fn(a: Args<'_>) -> PyResult<Value> {
    exec_or_eval(a, crate::compiler::Mode::Eval, "eval")
}

fn compile_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("compile", p, 3, 6)?;
    let src = as_str(&p[0]).ok_or_else(|| type_error("compile() arg 1 must be a string, bytes or AST object"))?;
    let filename = as_str(&p[1]).unwrap_or("<string>");
    let mode = match as_str(&p[2]) {
        Some("eval") => crate::compiler::Mode::Eval,
        Some("exec") | Some("single") => crate::compiler::Mode::Exec,
        _ => return Err(crate::objects::exception::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    crate::compile_to_value(src, filename, mode)
}

fn import_fn(a: Args<'_>) -> PyResult<Value> {
    let p = a.pos();
    check_count("__import__", p, 1, 5)?;
    let name = p[0].clone();
    let fromlist = p.get(3).cloned().unwrap_or_else(|| rt().none.clone());
    let level = p.get(4).cloned().unwrap_or_else(|| new_int(0));
    let globals = p.get(1).cloned().unwrap_or_else(crate::objects::dict::new_dict);
    let globals =
        if crate::objects::dict::as_dict(&globals).is_some() { globals } else { crate::objects::dict::new_dict() };
    crate::vm::import::import_name(&name, &fromlist, &level, &globals)
}

pub fn install() {
    add_fn("print", print);
    add_fn("len", len);
    add_fn("repr", repr_fn);
    add_fn("ascii", ascii_fn);
    add_fn("isinstance", isinstance);
    add_fn("issubclass", issubclass);
    add_fn("getattr", getattr_fn);
    add_fn("setattr", setattr_fn);
    add_fn("hasattr", hasattr_fn);
    add_fn("delattr", delattr_fn);
    add_fn("id", id_fn);
    add_fn("hash", hash_fn);
    add_fn("callable", callable);
    add_fn("iter", iter_fn);
    add_fn("next", next_fn);
    add_fn("__build_class__", build_class);
    add_fn("exec", exec_fn);
    add_fn("eval", eval_fn);
    add_fn("compile", compile_fn);
    add_fn("__import__", import_fn);
}
