//! Kind bytes: which Rust payload follows an object's header.
//!
//! Several Python types can share a kind (a subclass of `list` is still a list payload);
//! the VM tests the kind byte for its fast paths and the type pointer for semantics.

pub const TYPE: u8 = 1;
pub const NONE: u8 = 2;
pub const BOOL: u8 = 3;
pub const INT: u8 = 4;
pub const FLOAT: u8 = 5;
pub const STR: u8 = 6;
pub const BYTES: u8 = 7;
pub const TUPLE: u8 = 8;
pub const LIST: u8 = 9;
pub const DICT: u8 = 10;
pub const SET: u8 = 11;
pub const RANGE: u8 = 12;
pub const SLICE: u8 = 13;
pub const FUNCTION: u8 = 14;
pub const NATIVE: u8 = 15;
pub const METHOD: u8 = 16;
pub const CODE: u8 = 17;
pub const CELL: u8 = 18;
pub const MODULE: u8 = 19;
pub const INSTANCE: u8 = 20;
pub const EXCEPTION: u8 = 21;
pub const PROPERTY: u8 = 22;
pub const CLASSMETHOD: u8 = 23;
pub const STATICMETHOD: u8 = 24;
pub const SUPER: u8 = 25;
pub const GENERATOR: u8 = 26;
pub const ITER: u8 = 27;
pub const SIMPLE: u8 = 28;
pub const COMPLEX: u8 = 29;
pub const LOCK: u8 = 30;
pub const BYTEARRAY: u8 = 31;
pub const TRACEBACK: u8 = 32;
pub const FRAME: u8 = 33;
pub const RE_PATTERN: u8 = 34;
pub const RE_MATCH: u8 = 35;
/// An instance of a subclass of an immutable builtin (`objects::subvalue`).
pub const SUBVALUE: u8 = 36;
