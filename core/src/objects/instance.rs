//! Instances of classes defined in Python: an attribute dict. `__del__` runs through
//! the collector's finalizer hook, at most once per object (PEP 442).

use super::kinds;
use super::Value;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct Instance {
    pub dict: Value,
}

impl Payload for Instance {
    const KIND: u8 = kinds::INSTANCE;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.dict);
    }
    fn clear(&self) {
        if let Some(d) = super::dict::as_dict(&self.dict) {
            d.clear_all();
        }
    }
    const HAS_FINALIZER: bool = true;
    fn finalize(this: &Value) {
        crate::vm::finalize::run_del(this);
    }
    fn needs_finalize(this: &Value) -> bool {
        crate::vm::finalize::has_del(this)
    }
}

pub fn new_instance(ty: &Value) -> Value {
    alloc_obj(ty.as_ptr(), Instance { dict: super::dict::new_dict() })
}

#[inline]
pub fn as_instance(v: &Value) -> Option<&Instance> {
    downcast::<Instance>(v)
}
