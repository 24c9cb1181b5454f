//! Native modules and modules written in Python that ship inside the binary.

pub mod gc;
pub mod math;
pub mod sys;
pub mod thread;
pub mod time;

use crate::objects::module::{as_module, new_module};
use crate::objects::{PyResult, Value};

/// Python source of modules implemented in Python, embedded in the binary.
fn python_source(name: &str) -> Option<&'static str> {
    match name {
        "threading" => Some(include_str!("threading.py")),
        _ => None,
    }
}

/// Create a builtin module by name, if there is one.
pub fn builtin_module(name: &str) -> Option<PyResult<Value>> {
    let m = match name {
        "sys" => return Some(Ok(sys::module())),
        "builtins" => {
            let m = new_module("builtins");
            if let Some(mo) = as_module(&m) {
                if let Some(d) = crate::objects::dict::as_dict(&mo.dict) {
                    for (k, v) in crate::objects::dict::as_dict(&crate::runtime::rt().builtins).expect("builtins").items() {
                        let _ = d.set(k, v);
                    }
                }
            }
            m
        }
        "time" => time::module(),
        "math" => math::module(),
        "_thread" => thread::module(),
        "gc" => gc::module(),
        _ => {
            let src = python_source(name)?;
            let m = new_module(name);
            let mo = as_module(&m).expect("module");
            let d = crate::objects::dict::as_dict(&mo.dict).expect("dict");
            d.set_str(crate::runtime::intern("__file__"), crate::objects::str::new_str(format!("<frozen {name}>")));
            d.set_str(crate::runtime::intern("__builtins__"), crate::runtime::rt().builtins.clone());
            crate::objects::dict::as_dict(&crate::runtime::rt().modules)
                .expect("modules")
                .set_str(crate::runtime::intern(name), m.clone());
            if let Err(e) = crate::vm::import::exec_source(src, &format!("<frozen {name}>"), &mo.dict) {
                let _ = crate::objects::dict::as_dict(&crate::runtime::rt().modules).expect("modules").remove(&crate::runtime::intern(name));
                return Some(Err(e));
            }
            m
        }
    };
    Some(Ok(m))
}

/// Register a native function in a module.
pub fn add_fn(m: &Value, name: &'static str, f: crate::objects::function::NativeFn) {
    crate::objects::module::module_set(m, name, crate::objects::function::new_native(name, f));
}
