//! Number formatting and parsing with exact CPython 3.11 semantics, as
//! pure functions over plain Rust types (`f64`, `i64`, `BigInt`, `&str`).
//!
//! The VM and object model call into this module for everything where
//! Python's text<->number behaviour is observable and must match CPython to
//! the character: `repr(float)`, `format()`/f-string specs, `%`-formatting,
//! `float(str)`, `int(str, base)`, `hex()/oct()/bin()`, float `//`, `%`,
//! `divmod`, `**`, `round()`, and numeric hashing.
//!
//! Errors are returned as CPython's exact messages; the caller picks the
//! exception type as documented on each function.
//!
//! - [`dtoa`] — correctly rounded digits + `PyOS_double_to_string` layout.
//! - [`float_repr`](mod@float_repr) — `repr(float)`.
//! - [`format_spec`] — the format-spec mini-language parser.
//! - [`format_int`](mod@format_int), [`format_float`](mod@format_float), [`format_str`](mod@format_str) — `format(obj, spec)`.
//! - `number_layout` (crate-private) — sign/prefix/padding/grouping of formatted numbers.
//! - [`float_parse`], [`int_parse`] — `float(str)`, `int(str, base)`.
//! - [`float_ops`], [`hash`] — float arithmetic, `round`, hashing.
//! - [`percent`] — `str % args`.
//! - [`unicode_digits`] — Unicode digits/spaces accepted by `int()`/`float()`.

pub mod dtoa;
pub mod float_ops;
pub mod float_parse;
pub mod float_repr;
pub mod format_float;
pub mod format_int;
pub mod format_spec;
pub mod format_str;
pub mod hash;
pub mod int_parse;
pub(crate) mod number_layout;
pub mod percent;
pub mod unicode_digits;

#[cfg(test)]
mod conformance_tests;

pub use dtoa::{double_to_string, DtoaFlags};
pub use float_ops::{
    float_divmod, float_floordiv, float_is_integer, float_mod, float_pow, int_to_float, round_float,
    round_float_checked, POW_COMPLEX, POW_OVERFLOW, POW_ZERO_NEGATIVE,
};
pub use float_parse::{parse_float, py_isspace};
pub use float_repr::float_repr;
pub use format_float::{format_float, format_float_typed};
pub use format_int::{format_i64, format_int, format_int_typed};
pub use format_spec::{parse_format_spec, FormatSpec, Grouping};
pub use format_str::{format_str, format_str_typed};
pub use hash::{float_hash, int_hash_bigint, int_hash_i64, HASH_INF, HASH_MODULUS};
pub use int_parse::{int_to_base, parse_int};
pub use percent::{percent_format, ArgRef, ArgsShape, PercentArgs, PercentError, PercentRequest, PercentValue};
pub use unicode_digits::decimal_value;
