//! The comparison, `__hash__`, `__repr__`, `__str__`, `__format__` and `__iter__`
//! dunders of the immutable builtins (`int`, `float`, `complex`, `str`, `bytes`,
//! `tuple`).
//!
//! The VM implements these operations natively on the kind byte, so plain values
//! never call them. They exist for what finds methods by name: `super().__eq__(x)`
//! and `str.__hash__(s)` in a subclass, and the method resolution of mixins such as
//! `class Color(str, Enum)`, where `str.__hash__` must be found before
//! `Enum.__hash__`, as in CPython. Each works on the plain value of an instance of a
//! subclass.

use super::add_method;
use super::args::method_args;
use crate::bytecode::CmpOp;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{as_str, new_str};
use crate::objects::subvalue::plain;
use crate::objects::typeobj::{tobj, type_name};
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::{compare, ops, repr};

/// The builtin type whose instances have payload kind `K`.
fn type_of_kind(k: u8) -> &'static Value {
    let t = &rt().types;
    match k {
        kinds::INT => &t.int,
        kinds::FLOAT => &t.float,
        kinds::COMPLEX => &t.complex,
        kinds::STR => &t.str,
        kinds::BYTES => &t.bytes,
        _ => &t.tuple,
    }
}

/// `self` (as its plain value) and the other arguments, checking that `self` is an
/// instance of the type the method belongs to.
fn this<'a, const K: u8>(name: &str, a: &Args<'a>, nargs: usize) -> PyResult<(&'a Value, &'a Value, &'a [Value])> {
    let (s, rest) = method_args(name, a, nargs, nargs)?;
    let p = plain(s);
    let ok = match p.kind() {
        None | Some(kinds::BOOL) => K == kinds::INT,
        Some(k) => k == K,
    };
    if !ok {
        return Err(type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            tobj(type_of_kind(K)).name,
            type_name(s)
        )));
    }
    Ok((s, p, rest))
}

fn compare_with<const K: u8>(a: &Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let (_, p, rest) = this::<K>(name, a, 1)?;
    Ok(match compare::builtin_compare(op, p, plain(&rest[0]))? {
        Some(r) => py_bool(r),
        None => rt().not_implemented.clone(),
    })
}

macro_rules! compare_dunders {
    ($($f:ident, $name:literal, $op:expr);* $(;)?) => {
        $(fn $f<const K: u8>(a: Args<'_>) -> PyResult<Value> {
            compare_with::<K>(&a, $name, $op)
        })*
        fn install_compare<const K: u8>(ty: &Value) {
            $(add_method(ty, $name, $f::<K>);)*
        }
    };
}

compare_dunders!(
    eq, "__eq__", CmpOp::Eq;
    ne, "__ne__", CmpOp::Ne;
    lt, "__lt__", CmpOp::Lt;
    le, "__le__", CmpOp::Le;
    gt, "__gt__", CmpOp::Gt;
    ge, "__ge__", CmpOp::Ge;
);

fn hash<const K: u8>(a: Args<'_>) -> PyResult<Value> {
    let (_, p, _) = this::<K>("__hash__", &a, 0)?;
    Ok(crate::objects::int::new_int(ops::hash(p)?))
}

fn repr_<const K: u8>(a: Args<'_>) -> PyResult<Value> {
    let (_, p, _) = this::<K>("__repr__", &a, 0)?;
    Ok(new_str(repr::repr(p)?))
}

/// `str.__str__` and `bytes.__str__` (the other types use `object.__str__`, which
/// calls a subclass's `__repr__`).
fn str_<const K: u8>(a: Args<'_>) -> PyResult<Value> {
    let (_, p, _) = this::<K>("__str__", &a, 0)?;
    repr::str_value(p)
}

/// `__format__`: an empty spec gives `str(self)` for numbers (a subclass's `__str__`
/// or `__repr__` included) and the text itself for a str.
fn format<const K: u8>(a: Args<'_>) -> PyResult<Value> {
    let (s, p, rest) = this::<K>("__format__", &a, 1)?;
    let spec = as_str(&rest[0])
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(&rest[0]))))?;
    if spec.is_empty() && K != kinds::STR {
        return repr::str_value(s);
    }
    repr::format(p, spec)
}

fn iter<const K: u8>(a: Args<'_>) -> PyResult<Value> {
    let (_, p, _) = this::<K>("__iter__", &a, 0)?;
    ops::iter(p)
}

fn str_mod(a: Args<'_>) -> PyResult<Value> {
    let (_, p, rest) = this::<{ kinds::STR }>("__mod__", &a, 1)?;
    crate::vm::percent::str_percent(p, &rest[0])
}

/// Dunders shared by all the immutable builtins.
fn install_common<const K: u8>() {
    let ty = type_of_kind(K);
    install_compare::<K>(ty);
    // tuple has its own `__hash__` and `__repr__` (methods::tuple).
    if K != kinds::TUPLE {
        add_method(ty, "__hash__", hash::<K>);
        add_method(ty, "__repr__", repr_::<K>);
    }
}

pub fn install() {
    install_common::<{ kinds::INT }>();
    install_common::<{ kinds::FLOAT }>();
    install_common::<{ kinds::COMPLEX }>();
    install_common::<{ kinds::STR }>();
    install_common::<{ kinds::BYTES }>();
    install_common::<{ kinds::TUPLE }>();
    let t = &rt().types;
    add_method(&t.int, "__format__", format::<{ kinds::INT }>);
    add_method(&t.float, "__format__", format::<{ kinds::FLOAT }>);
    add_method(&t.complex, "__format__", format::<{ kinds::COMPLEX }>);
    add_method(&t.str, "__format__", format::<{ kinds::STR }>);
    add_method(&t.str, "__str__", str_::<{ kinds::STR }>);
    add_method(&t.bytes, "__str__", str_::<{ kinds::BYTES }>);
    add_method(&t.str, "__iter__", iter::<{ kinds::STR }>);
    add_method(&t.bytes, "__iter__", iter::<{ kinds::BYTES }>);
    add_method(&t.str, "__mod__", str_mod);
}
