//! The one place where atomics, `UnsafeCell` and test threads come from.
//!
//! Under `--cfg weft_loom` the primitives that loom can model (atomics, `UnsafeCell`,
//! `thread::spawn`/`yield_now`) are loom's, so `tests/loom.rs` explores every
//! interleaving of the code that uses them. In normal builds they are the std types,
//! at zero cost. This is tokio's `loom` shim pattern.
//!
//! Loom types cannot live in `static`s (each model iteration needs fresh state) and
//! their constructors are not `const`. Process-wide state (the thread registry, the
//! GIL, configuration) therefore uses [`global`], which is always std: those parts are
//! tested with real threads, not loom.

#[cfg(not(weft_loom))]
mod imp {
    pub use std::sync::atomic::{fence, AtomicBool, AtomicI32, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};

    /// Test threads.
    pub mod thread {
        pub use std::thread::{spawn, yield_now};
    }

    /// `core::cell::UnsafeCell` with loom's closure-based access API.
    ///
    /// Code written against `with`/`with_mut` compiles unchanged against
    /// `loom::cell::UnsafeCell`, which checks the accesses for data races.
    #[repr(transparent)]
    #[derive(Debug, Default)]
    pub struct UnsafeCell<T>(core::cell::UnsafeCell<T>);

    impl<T> UnsafeCell<T> {
        /// Wraps `value`.
        pub const fn new(value: T) -> Self {
            Self(core::cell::UnsafeCell::new(value))
        }

        /// Runs `f` with a shared raw pointer to the contents.
        #[inline(always)]
        pub fn with<R>(&self, f: impl FnOnce(*const T) -> R) -> R {
            f(self.0.get())
        }

        /// Runs `f` with a mutable raw pointer to the contents.
        #[inline(always)]
        pub fn with_mut<R>(&self, f: impl FnOnce(*mut T) -> R) -> R {
            f(self.0.get())
        }

        /// Consumes the cell.
        pub fn into_inner(self) -> T {
            self.0.into_inner()
        }
    }
}

#[cfg(weft_loom)]
mod imp {
    pub use loom::cell::UnsafeCell;
    pub use loom::sync::atomic::{fence, AtomicBool, AtomicI32, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};

    /// Test threads.
    pub mod thread {
        pub use loom::thread::{spawn, yield_now};
    }
}

pub use imp::*;

/// Always-std atomics for process-wide `static`s, which loom cannot model.
pub mod global {
    pub use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicUsize, Ordering};
}
