//! Cells: the boxes that closures share variables through.

use super::kinds;
use super::locked::Guarded;
use super::Value;
use crate::runtime::rt;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct CellObj {
    v: Guarded<Option<Value>>,
}

impl Payload for CellObj {
    const KIND: u8 = kinds::CELL;
    const TRACKED: bool = true;
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        #[allow(unsafe_code)]
        // SAFETY: called under stop-the-world; nobody mutates the cell.
        if let Some(v) = unsafe { &*self.v.as_ptr() } {
            visit(v);
        }
    }
    fn clear(&self) {
        let old = self.v.lock(self).take();
        drop(old);
    }
}

impl CellObj {
    pub fn get(&self) -> Option<Value> {
        self.v.lock(self).clone()
    }
    pub fn set(&self, v: Option<Value>) {
        let old = std::mem::replace(&mut *self.v.lock(self), v);
        drop(old);
    }
}

pub fn new_cell(v: Option<Value>) -> Value {
    alloc_obj(rt().types.cell.as_ptr(), CellObj { v: Guarded::new(v) })
}

#[inline]
pub fn as_cell(v: &Value) -> Option<&CellObj> {
    downcast::<CellObj>(v)
}
