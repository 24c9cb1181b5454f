//! The virtual machine: frames, the interpreter loop and the operations it performs.
//!
//! # Source layout
//! - [`eval`]: the instruction loop, exception unwinding.
//! - [`frame`]: frame state and the block stack.
//! - [`call`]: calling any callable, argument binding; [`typecall`]: classes.
//! - [`attr`], [`special_attrs`]: attribute access and descriptors; [`attr_cache`]:
//!   the inline caches of attribute loads.
//! - [`ops`], [`arith`], [`compare`], [`iterate`], [`sequence`], [`setops`],
//!   [`mapping`], [`percent`], [`repr`]: the operations on values.
//! - [`generator`]: suspended frames. [`import`]: modules. [`traceback`]: reports.
//! - [`thread_state`], [`safepoint`], [`finalize`]: per-thread state, safepoints, `__del__`.

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod call;
pub mod compare;
pub mod eval;
pub mod exc_group;
pub mod finalize;
pub mod frame;
pub mod generator;
pub mod import;
pub mod iterate;
pub mod mapping;
pub mod matching;
pub mod ops;
pub mod percent;
pub mod repr;
pub mod safepoint;
pub mod sequence;
pub mod setops;
pub mod special_attrs;
pub mod suggest;
pub mod thread_state;
pub mod traceback;
pub mod typecall;
