//! Methods of the builtin types, installed into their namespaces at start-up.
//!
//! One file per type. Each exposes `install()`, which registers native functions with
//! [`add_method`] (bound to the instance on lookup), [`add_classmethod`] or
//! [`add_static`].

pub mod args;
pub mod bytearray;
pub mod bytearray_mut;
pub mod bytes;
pub mod bytes_percent;
pub mod bytes_search;
pub mod dict;
pub mod dict_views;
pub mod exception;
pub mod exception_group;
pub mod float;
pub mod generator;
pub mod int;
pub mod list;
pub mod object;
pub mod range;
pub mod set;
pub mod set_algebra;
pub mod slice;
pub mod str;
pub mod str_codec;
pub mod str_format;
pub mod str_pad;
pub mod str_search;
pub mod str_split;
pub mod tuple;
pub mod union;
pub mod value_dunders;

use crate::objects::dict::as_dict;
use crate::objects::function::{new_native, NativeFn};
use crate::objects::typeobj::tobj;
use crate::objects::Value;
use crate::runtime::intern;

/// Register a method of builtin type `ty`.
pub fn add_method(ty: &Value, name: &'static str, f: NativeFn) {
    let v = new_native(name, f);
    as_dict(&tobj(ty).dict).expect("type dict").set_str(intern(name), v);
}

/// Register a class-level method (receives the class as first argument).
pub fn add_classmethod(ty: &Value, name: &'static str, f: NativeFn) {
    let v = new_native(name, f);
    if let Some(n) = crate::objects::function::as_native(&v) {
        let p = n as *const crate::objects::function::NativeFunc as *mut crate::objects::function::NativeFunc;
        #[allow(unsafe_code)]
        // SAFETY: the object was just created and is not shared yet.
        unsafe {
            (*p).is_classmethod = true
        };
    }
    as_dict(&tobj(ty).dict).expect("type dict").set_str(intern(name), v);
}

/// Register a static function on a type (never binds).
pub fn add_static(ty: &Value, name: &'static str, f: NativeFn) {
    let v = new_native(name, f);
    if let Some(n) = crate::objects::function::as_native(&v) {
        let p = n as *const crate::objects::function::NativeFunc as *mut crate::objects::function::NativeFunc;
        #[allow(unsafe_code)]
        // SAFETY: the object was just created and is not shared yet.
        unsafe {
            (*p).is_static = true
        };
    }
    as_dict(&tobj(ty).dict).expect("type dict").set_str(intern(name), v);
}

/// Set a plain attribute on a builtin type.
pub fn add_attr(ty: &Value, name: &'static str, v: Value) {
    as_dict(&tobj(ty).dict).expect("type dict").set_str(intern(name), v);
}

pub fn install_all() {
    object::install();
    exception::install();
    exception_group::install();
    str::install();
    bytes::install();
    bytearray::install();
    list::install();
    tuple::install();
    dict::install();
    set::install();
    int::install();
    float::install();
    value_dunders::install();
    generator::install();
    union::install();
    range::install();
    slice::install();
}
