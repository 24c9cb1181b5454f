//! Module objects: a name and a namespace dict. Modules get deferred counting: every
//! thread touches them, and they live until the end anyway.

use super::dict::new_dict;
use super::kinds;
use super::str::new_str;
use super::Value;
use crate::runtime::{intern, rt};
use weft_gc::{alloc_obj, downcast, make_deferred, Payload};

pub struct ModuleObj {
    pub name: String,
    pub dict: Value,
}

impl Payload for ModuleObj {
    const KIND: u8 = kinds::MODULE;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
}

/// A new module with `__name__` set (and an empty namespace otherwise).
pub fn new_module(name: &str) -> Value {
    let dict = new_dict();
    make_deferred(&dict);
    let d = super::dict::as_dict(&dict).expect("dict");
    d.set_str(intern("__name__"), new_str(name));
    d.set_str(intern("__doc__"), rt().none.clone());
    d.set_str(intern("__package__"), rt().none.clone());
    d.set_str(intern("__loader__"), rt().none.clone());
    d.set_str(intern("__spec__"), rt().none.clone());
    let m = alloc_obj(rt().types.module.as_ptr(), ModuleObj { name: name.to_string(), dict });
    make_deferred(&m);
    m
}

#[inline]
pub fn as_module(v: &Value) -> Option<&ModuleObj> {
    downcast::<ModuleObj>(v)
}

/// Set an attribute in a module's namespace (for native modules).
pub fn module_set(m: &Value, name: &str, v: Value) {
    if let Some(mo) = as_module(m) {
        if let Some(d) = super::dict::as_dict(&mo.dict) {
            d.set_str(intern(name), v);
        }
    }
}
