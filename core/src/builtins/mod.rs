//! The `builtins` namespace: builtin types, exceptions, constants and functions.

pub mod complex;
pub mod convert;
pub mod files;
pub mod functions;
pub mod introspect;
pub mod iteration;
pub mod numeric;
pub mod sorting;

use crate::objects::dict::as_dict;
use crate::objects::function::{new_native, NativeFn};
use crate::objects::Value;
use crate::runtime::{intern, rt};

/// Put a native function into the builtins namespace.
pub fn add_fn(name: &'static str, f: NativeFn) {
    set(name, new_native(name, f));
}

pub fn set(name: &'static str, v: Value) {
    as_dict(&rt().builtins).expect("builtins").set_str(intern(name), v);
}

pub fn install() {
    let t = &rt().types;
    for (name, v) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("complex", &t.complex),
        ("bool", &t.bool),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ] {
        set(name, v.clone());
    }
    for (name, v) in rt().exc.all() {
        set(name, v);
    }
    set("EnvironmentError", rt().exc.os_error.clone());
    set("IOError", rt().exc.os_error.clone());
    set("None", rt().none.clone());
    set("True", rt().true_.clone());
    set("False", rt().false_.clone());
    set("Ellipsis", rt().ellipsis.clone());
    set("NotImplemented", rt().not_implemented.clone());
    set("__debug__", rt().true_.clone());
    functions::install();
    convert::install();
    complex::install();
    introspect::install();
    numeric::install();
    iteration::install();
    files::install();
}
