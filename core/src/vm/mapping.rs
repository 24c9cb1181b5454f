//! Dict merging used by `{**a}`, `f(**kw)` and `dict.update`.

use crate::objects::dict::as_dict;
use crate::objects::exception::{key_error, type_error};
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;

/// Update dict `target` from a mapping or an iterable of pairs. With `unique`,
/// a repeated key is an error (`f(**a, **b)`).
pub fn dict_update_from(target: &Value, src: &Value, unique: bool) -> PyResult<()> {
    let t = as_dict(target).expect("dict");
    if let Some(s) = as_dict(src) {
        for (k, v) in s.items() {
            if unique && t.get(&k)?.is_some() {
                return Err(type_error(format!(
                    "function got multiple values for keyword argument '{}'",
                    crate::objects::str::as_str(&k).unwrap_or("?")
                )));
            }
            t.set(k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = crate::vm::attr::getattr_opt(src, &rt().names.keys)? {
        let ks = crate::vm::ops::collect(&crate::vm::call::call(&keys, &[])?)?;
        for k in ks {
            let v = crate::vm::ops::getitem(src, &k)?;
            if unique && t.get(&k)?.is_some() {
                return Err(key_error(k));
            }
            t.set(k, v)?;
        }
        return Ok(());
    }
    if unique {
        return Err(type_error(format!("argument after ** must be a mapping, not {}", type_name(src))));
    }
    let items = crate::vm::ops::collect(src)?;
    for (i, item) in items.iter().enumerate() {
        let pair = crate::vm::ops::collect(item).map_err(|_| {
            type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"))
        })?;
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
