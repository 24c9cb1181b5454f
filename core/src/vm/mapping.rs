//! Dict merging used by `{**a}`, `f(**kw)` and `dict.update`.

use crate::objects::dict::as_dict;
use crate::objects::exception::type_error;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

/// How CPython names a callable in call errors: `module.qualname()`, or just
/// `qualname()` for builtins.
fn function_str(func: &Value) -> String {
    let get = |n: &str| crate::vm::attr::getattr_opt(func, &crate::runtime::intern(n)).ok().flatten();
    let qualname = get("__qualname__").and_then(|q| crate::objects::str::as_str(&q).map(str::to_string));
    let Some(qualname) = qualname else { return crate::vm::repr::str_of(func).unwrap_or_default() };
    match get("__module__").as_ref().and_then(|m| crate::objects::str::as_str(m).map(str::to_string)) {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// The error for `*v` when collecting `v` failed with `e`: a non-iterable gets
/// CPython's message, naming the callable `func` for a call's `*` argument.
pub fn star_arg_error(e: crate::objects::PyErr, v: &Value, func: Option<&Value>) -> crate::objects::PyErr {
    let type_err = crate::objects::exception::exc_matches(&e.0, &rt().exc.type_error);
    // Only a value that cannot be iterated at all is reported; a TypeError raised while
    // iterating passes through unchanged.
    if !type_err || crate::vm::iterate::get_iter(v).is_ok() {
        return e;
    }
    match func {
        Some(f) => {
            type_error(format!("{} argument after * must be an iterable, not {}", function_str(f), type_name(v)))
        }
        None => type_error(format!("Value after * must be an iterable, not {}", type_name(v))),
    }
}

fn repeated_keyword(func: &Value, k: &Value) -> crate::objects::PyErr {
    type_error(format!(
        "{} got multiple values for keyword argument '{}'",
        function_str(func),
        crate::objects::str::as_str(k).unwrap_or("?")
    ))
}

/// Update dict `target` from a mapping or an iterable of pairs. With `merge_for`
/// (`f(**a, **b)`, naming the callable `f`), a repeated key is an error.
pub fn dict_update_from(target: &Value, src: &Value, merge_for: Option<&Value>) -> PyResult<()> {
    let t = as_dict(target).expect("dict");
    if let Some(s) = as_dict(src) {
        for (k, v) in s.items() {
            if let Some(f) = merge_for.filter(|_| t.get(&k).is_ok_and(|x| x.is_some())) {
                return Err(repeated_keyword(f, &k));
            }
            t.set(k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = crate::vm::attr::getattr_opt(src, &rt().names.keys)? {
        let ks = crate::vm::ops::collect(&crate::vm::call::call(&keys, &[])?)?;
        for k in ks {
            let v = crate::vm::ops::getitem(src, &k)?;
            if let Some(f) = merge_for.filter(|_| t.get(&k).is_ok_and(|x| x.is_some())) {
                return Err(repeated_keyword(f, &k));
            }
            t.set(k, v)?;
        }
        return Ok(());
    }
    if let Some(f) = merge_for {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(f),
            type_name(src)
        )));
    }
    let items = crate::vm::ops::collect(src)?;
    for (i, item) in items.iter().enumerate() {
        let pair = crate::vm::ops::collect(item)
            .map_err(|_| type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")))?;
        if pair.len() != 2 {
            return Err(crate::objects::exception::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut it = pair.into_iter();
        let (k, v) = (it.next().expect("k"), it.next().expect("v"));
        t.set(k, v)?;
    }
    Ok(())
}
