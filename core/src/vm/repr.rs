//! `repr()`, `str()`, `ascii()` and `format()`.

use crate::numfmt;
use crate::objects::exception::type_error;
use crate::objects::str::{as_str, new_str, repr_str};
use crate::objects::typeobj::{lookup, tobj, type_name, type_of};
use crate::objects::{bytes, complex, dict, float, int, kinds, list, set, tuple, PyResult, Value};
use crate::runtime::rt;
use crate::vm::call::call_method_value;
use std::cell::RefCell;

/// An attribute of `object` itself (to tell its default slots from overrides).
fn object_attr(name: &str) -> Option<Value> {
    crate::objects::dict::DictObj::get_str(&tobj(&rt().types.object).dict, &crate::runtime::intern(name))
}

thread_local! {
    /// Containers being repr'd on this thread, to print `[...]` for recursion.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

pub(crate) struct ReprGuard(usize);

impl Drop for ReprGuard {
    fn drop(&mut self) {
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|w| *w == self.0) {
                s.remove(p);
            }
        });
    }
}

/// Mark `v` as being repr'd; None when it already is (recursion).
pub(crate) fn enter(v: &Value) -> Option<ReprGuard> {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&v.word()) {
            None
        } else {
            s.push(v.word());
            Some(ReprGuard(v.word()))
        }
    })
}

pub(crate) fn join_reprs(items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(it)?);
    }
    Ok(out)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let s = numfmt::float_repr(x);
        s.strip_suffix(".0").map(|t| t.to_string()).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        let ims = fmt(im);
        let sign = if im.is_sign_positive() || im.is_nan() { "+" } else { "" };
        format!("({}{}{}j)", fmt(re), sign, ims)
    }
}

/// `repr(v)`.
pub fn repr(v: &Value) -> PyResult<String> {
    if let Some(i) = v.as_small_int() {
        return Ok(i.to_string());
    }
    let ty = type_of(v);
    let builtin = tobj(ty).builtin;
    if builtin {
        match v.kind() {
            Some(kinds::STR) => return Ok(repr_str(as_str(v).unwrap_or(""))),
            Some(kinds::INT) => return Ok(int::as_bigint(v).map(|b| b.to_string()).unwrap_or_default()),
            Some(kinds::BOOL) => return Ok(if v.is(&rt().true_) { "True" } else { "False" }.into()),
            Some(kinds::NONE) => return Ok("None".into()),
            Some(kinds::FLOAT) => return Ok(numfmt::float_repr(float::as_float(v).unwrap_or(0.0))),
            Some(kinds::COMPLEX) => {
                let (re, im) = complex::as_complex(v).unwrap_or((0.0, 0.0));
                return Ok(complex_repr(re, im));
            }
            Some(kinds::BYTES) => return Ok(bytes::repr_bytes(bytes::as_bytes(v).unwrap_or(&[]))),
            Some(kinds::BYTEARRAY) => {
                let data = crate::objects::bytearray::buffer_data(v).unwrap_or_default();
                return Ok(format!("bytearray({})", bytes::repr_bytes(&data)));
            }
            Some(kinds::TUPLE) => {
                let items = tuple::as_tuple(v).unwrap_or(&[]);
                let Some(_g) = enter(v) else { return Ok("(...)".into()) };
                return Ok(if items.len() == 1 {
                    format!("({},)", repr(&items[0])?)
                } else {
                    format!("({})", join_reprs(items)?)
                });
            }
            Some(kinds::LIST) => {
                let Some(_g) = enter(v) else { return Ok("[...]".into()) };
                let items = list::as_list(v).expect("list").snapshot();
                return Ok(format!("[{}]", join_reprs(&items)?));
            }
            Some(kinds::DICT) => {
                let Some(_g) = enter(v) else { return Ok("{...}".into()) };
                let items = dict::as_dict(v).expect("dict").items();
                let mut out = String::from("{");
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(k)?);
                    out.push_str(": ");
                    out.push_str(&repr(val)?);
                }
                out.push('}');
                return Ok(out);
            }
            Some(kinds::SET) => {
                let frozen = set::is_frozenset(v);
                let items = set::as_set(v).expect("set").keys();
                let Some(_g) = enter(v) else { return Ok(format!("{}(...)", tobj(ty).name)) };
                if items.is_empty() {
                    return Ok(format!("{}()", tobj(ty).name));
                }
                let inner = format!("{{{}}}", join_reprs(&items)?);
                return Ok(if frozen { format!("frozenset({inner})") } else { inner });
            }
            Some(kinds::RANGE) => {
                return Ok(crate::methods::range::range_repr(crate::objects::range::as_range(v).expect("range")));
            }
            Some(kinds::ITER) => {
                if let Some(s) = crate::methods::dict_views::view_repr(v)? {
                    return Ok(s);
                }
            }
            Some(kinds::SLICE) => {
                let s = crate::objects::slice::as_slice(v).expect("slice");
                return Ok(format!("slice({}, {}, {})", repr(&s.start)?, repr(&s.stop)?, repr(&s.step)?));
            }
            _ => {}
        }
    }
    if let Some(f) = lookup(ty, &rt().names.__repr__) {
        if let Some(b) = inherited_builtin(v, &f) {
            return repr(b);
        }
        let object_repr = object_attr("__repr__").is_some_and(|o| o.is(&f));
        if !object_repr {
            let r = call_method_value(&f, v, &[])?;
            return match as_str(&r) {
                Some(s) => Ok(s.to_string()),
                None => Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&r)))),
            };
        }
    }
    Ok(default_repr(v))
}

/// The plain value of an instance of a subclass of an immutable builtin, when the
/// method `f` found for it is a builtin one (not overridden in Python).
fn inherited_builtin<'a>(v: &'a Value, f: &Value) -> Option<&'a Value> {
    crate::objects::subvalue::base_of(v).filter(|_| crate::objects::function::as_native(f).is_some())
}

/// `<__main__.Foo object at 0x...>` and the reprs of builtin non-container objects.
pub fn default_repr(v: &Value) -> String {
    let ty = type_of(v);
    let t = tobj(ty);
    match v.kind() {
        Some(kinds::TYPE) => {
            let c = tobj(v);
            if c.builtin {
                format!("<class '{}'>", c.name)
            } else {
                format!("<class '{}.{}'>", c.module, c.qualname)
            }
        }
        Some(kinds::FUNCTION) => {
            let f = crate::objects::function::as_function(v).expect("function");
            format!("<function {} at {:#x}>", as_str(&f.qualname()).unwrap_or("?"), v.word())
        }
        Some(kinds::NATIVE) => {
            let f = crate::objects::function::as_native(v).expect("native");
            match &f.bound {
                Some(b) if b.kind() != Some(kinds::MODULE) => {
                    format!("<built-in method {} of {} object at {:#x}>", f.name, type_name(b), b.word())
                }
                _ => format!("<built-in function {}>", f.name),
            }
        }
        Some(kinds::METHOD) => {
            let m = crate::objects::function::as_method(v).expect("method");
            let name = crate::objects::function::as_function(&m.func)
                .map(|f| f.qualname())
                .and_then(|q| as_str(&q).map(|s| s.to_string()))
                .unwrap_or_default();
            format!("<bound method {} of {}>", name, repr(&m.this).unwrap_or_default())
        }
        Some(kinds::MODULE) => {
            let m = crate::objects::module::as_module(v).expect("module");
            format!("<module '{}'>", m.name)
        }
        Some(kinds::SIMPLE) if v.is(&rt().ellipsis) => "Ellipsis".into(),
        Some(kinds::SIMPLE) if v.is(&rt().not_implemented) => "NotImplemented".into(),
        Some(kinds::EXCEPTION) => exc_repr(v),
        Some(kinds::GENERATOR) => {
            let g = crate::vm::generator::as_gen(v).expect("gen");
            format!("<generator object {} at {:#x}>", as_str(&g.qualname).unwrap_or("?"), v.word())
        }
        Some(kinds::CODE) => {
            let c = crate::objects::code::as_code(v).expect("code");
            format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.code.name,
                v.word(),
                c.code.filename,
                c.code.first_line
            )
        }
        Some(kinds::CELL) => format!("<cell at {:#x}>", v.word()),
        _ => {
            if t.builtin || t.module == "builtins" {
                format!("<{} object at {:#x}>", t.name, v.word())
            } else {
                format!("<{}.{} object at {:#x}>", t.module, t.qualname, v.word())
            }
        }
    }
}

fn exc_repr(v: &Value) -> String {
    let e = crate::objects::exception::as_exc(v).expect("exc");
    let args = e.args();
    let items = tuple::as_tuple(&args).unwrap_or(&[]);
    let name = type_name(v);
    if items.len() == 1 {
        format!("{}({})", name, repr(&items[0]).unwrap_or_default())
    } else {
        format!("{}{}", name, repr(&args).unwrap_or_default())
    }
}

/// `str(v)` as a Rust string.
pub fn str_of(v: &Value) -> PyResult<String> {
    if v.kind() == Some(kinds::STR) {
        return Ok(as_str(v).unwrap_or("").to_string());
    }
    let ty = type_of(v);
    if !tobj(ty).builtin {
        if let Some(f) = lookup(ty, &rt().names.__str__) {
            if crate::objects::function::as_native(&f).is_none() {
                let r = call_method_value(&f, v, &[])?;
                return match as_str(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(type_error(format!("__str__ returned non-string (type {})", type_name(&r)))),
                };
            }
        }
    }
    if v.kind() == Some(kinds::EXCEPTION) {
        return exception_str(v);
    }
    // `str` and `bytes` have their own `__str__`; the other immutable builtins use
    // `repr`, which a subclass may override.
    if let Some(b) = crate::objects::subvalue::base_of(v) {
        if matches!(b.kind(), Some(kinds::STR) | Some(kinds::BYTES)) {
            return str_of(b);
        }
    }
    repr(v)
}

/// `str(v)` as a value (the same object for exact strs).
pub fn str_value(v: &Value) -> PyResult<Value> {
    if v.kind() == Some(kinds::STR) && type_of(v).is(&rt().types.str) {
        return Ok(v.clone());
    }
    Ok(new_str(str_of(v)?))
}

/// `ascii(v)`.
pub fn ascii(v: &Value) -> PyResult<String> {
    let r = repr(v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    Ok(out)
}

fn fmt_err(e: String) -> crate::objects::PyErr {
    if e.contains("too large") || e.contains("range(0x110000)") {
        crate::objects::exception::overflow_error(e)
    } else {
        crate::objects::exception::value_error(e)
    }
}

/// `format(v, spec)`.
pub fn format(v: &Value, spec: &str) -> PyResult<Value> {
    let ty = type_of(v);
    let t = tobj(ty);
    if !t.builtin {
        if let Some(f) = lookup(ty, &rt().names.__format__) {
            if crate::objects::function::as_native(&f).is_none() {
                return call_method_value(&f, v, &[new_str(spec)]);
            }
        }
        if let Some(b) = crate::objects::subvalue::base_of(v) {
            // The builtin `__format__`: formats the value (an empty spec gives `str()`
            // for numbers, the text itself for a str).
            if spec.is_empty() && b.kind() != Some(kinds::STR) {
                return str_value(v);
            }
            return format(b, spec);
        }
        if spec.is_empty() {
            return str_value(v);
        }
    }
    let s = match v.kind() {
        None | Some(kinds::INT) => {
            if let Some(i) = v.as_small_int() {
                numfmt::format_i64(i, spec).map_err(fmt_err)?
            } else {
                numfmt::format_int(&int::as_bigint(v).unwrap_or_default(), spec).map_err(fmt_err)?
            }
        }
        Some(kinds::BOOL) => {
            if spec.is_empty() {
                str_of(v)?
            } else {
                numfmt::format_int_typed(&int::as_bigint(v).unwrap_or_default(), spec, "bool").map_err(fmt_err)?
            }
        }
        Some(kinds::FLOAT) => numfmt::format_float(float::as_float(v).unwrap_or(0.0), spec).map_err(fmt_err)?,
        Some(kinds::STR) => numfmt::format_str(as_str(v).unwrap_or(""), spec).map_err(fmt_err)?,
        Some(kinds::COMPLEX) => {
            let (re, im) = crate::objects::complex::as_complex(v).unwrap_or((0.0, 0.0));
            crate::builtins::complex::format_complex(re, im, spec)?
        }
        _ => {
            if !spec.is_empty() {
                return Err(type_error(format!("unsupported format string passed to {}.__format__", t.name)));
            }
            str_of(v)?
        }
    };
    Ok(new_str(s))
}

/// `BaseException.__str__`, with the special forms of KeyError and OSError.
/// `str()` of a UnicodeDecodeError / UnicodeEncodeError built from its five arguments
/// (encoding, object, start, end, reason).
fn unicode_error_str(v: &Value, items: &[Value]) -> Option<String> {
    let ex = &rt().exc;
    let encoding = crate::objects::str::as_str(&items[0])?;
    let start = crate::objects::int::as_i64(&items[2])?;
    let end = crate::objects::int::as_i64(&items[3])?;
    let reason = crate::objects::str::as_str(&items[4])?;
    let single = end == start + 1;
    if crate::objects::typeobj::is_instance(v, &ex.unicode_decode_error) {
        let bytes = crate::objects::bytes::as_bytes(&items[1])?;
        let what = match bytes.get(usize::try_from(start).ok()?) {
            Some(b) if single => format!("byte 0x{b:02x} in position {start}"),
            _ => format!("bytes in position {start}-{}", end - 1),
        };
        return Some(format!("'{encoding}' codec can't decode {what}: {reason}"));
    }
    if crate::objects::typeobj::is_instance(v, &ex.unicode_encode_error) {
        let text = crate::objects::str::as_str(&items[1])?;
        let what = match text.chars().nth(usize::try_from(start).ok()?) {
            Some(c) if single => {
                let cp = c as u32;
                let esc = match cp {
                    0..=0xff => format!("\\x{cp:02x}"),
                    0x100..=0xffff => format!("\\u{cp:04x}"),
                    _ => format!("\\U{cp:08x}"),
                };
                format!("character '{esc}' in position {start}")
            }
            _ => format!("characters in position {start}-{}", end - 1),
        };
        return Some(format!("'{encoding}' codec can't encode {what}: {reason}"));
    }
    None
}

pub fn exception_str(v: &Value) -> PyResult<String> {
    let e = crate::objects::exception::as_exc(v).expect("exc");
    let args = e.args();
    let items = tuple::as_tuple(&args).unwrap_or(&[]);
    if crate::vm::exc_group::is_group(v) {
        let n = crate::vm::exc_group::members(v).len();
        let msg = e.dict_str("message").map(|m| str_of(&m)).transpose()?.unwrap_or_default();
        return Ok(format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" }));
    }
    if crate::objects::typeobj::is_instance(v, &rt().exc.os_error) && (2..=3).contains(&items.len()) {
        let mut s = format!("[Errno {}] {}", str_of(&items[0])?, str_of(&items[1])?);
        if let Some(f) = items.get(2) {
            s.push_str(&format!(": {}", repr(f)?));
        }
        return Ok(s);
    }
    if items.len() == 5 {
        if let Some(s) = unicode_error_str(v, items) {
            return Ok(s);
        }
    }
    let is_key_error = crate::objects::typeobj::is_instance(v, &rt().exc.key_error);
    match items.len() {
        0 => Ok(String::new()),
        1 if is_key_error => repr(&items[0]),
        1 => str_of(&items[0]),
        _ => repr(&args),
    }
}
