//! One-word values.
//!
//! A [`Value`] is a single machine word:
//!
//! - low bit `1`: a small integer, stored as `(i << 1) | 1` (63-bit signed range);
//! - low bit `0`: a non-null pointer to a [`Header`] of a heap object.
//!
//! A `Value` owns one reference: `Clone` increments the biased count and `Drop`
//! decrements it, freeing the object (through its [`crate::layout::Layout`]) when the
//! count reaches zero. Uncounted objects (immortal, deferred) skip both.
#![allow(unsafe_code)] // raw header pointers behind a safe API; each use states its invariant

use crate::header::Header;
use crate::rc;
use std::fmt;
use std::num::NonZeroUsize;

#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// Smallest and largest integers stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// An inline small integer, if `i` fits.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value::small_int_unchecked(i))
        } else {
            None
        }
    }

    /// Caller guarantees `i` is in the small-int range.
    #[inline(always)]
    pub fn small_int_unchecked(i: i64) -> Value {
        let word = ((i << 1) | 1) as usize;
        // The tag bit makes the word non-zero.
        Value(NonZeroUsize::new(word).unwrap_or(NonZeroUsize::MIN))
    }

    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.0.get() & 1 == 1
    }

    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.0.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// The raw word (identity for `is`, `id()`).
    #[inline(always)]
    pub fn word(&self) -> usize {
        self.0.get()
    }

    /// The header of a heap object, or `None` for a small int.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_small_int() {
            None
        } else {
            Some(self.header_unchecked())
        }
    }

    /// Caller knows this is a heap object.
    #[inline(always)]
    pub fn header_unchecked(&self) -> &Header {
        debug_assert!(!self.is_small_int());
        rc::header_of(self.0.get())
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const Header {
        self.0.get() as *const Header
    }

    /// The object's kind byte, or `None` for small ints.
    #[inline(always)]
    pub fn kind(&self) -> Option<u8> {
        self.header().map(|h| h.kind)
    }

    /// Whether two values are the same object (Python's `is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// Give up ownership without decrementing; see [`Value::from_raw`].
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let w = self.0.get();
        std::mem::forget(self);
        w
    }

    /// Re-own a word produced by [`Value::into_raw`] (or a pointer to a live header
    /// whose reference the caller owns).
    ///
    /// # Safety
    /// `word` must be a small-int word or a pointer to a live object for which the
    /// caller owns one reference that it hands to the new `Value`.
    #[inline(always)]
    pub unsafe fn from_raw(word: usize) -> Value {
        debug_assert!(word != 0);
        Value(NonZeroUsize::new_unchecked(word))
    }

    /// A new owned reference to the object at `ptr` (increments its count).
    ///
    /// # Safety
    /// `ptr` must point to a live object header.
    #[inline(always)]
    pub unsafe fn from_borrowed_ptr(ptr: *const Header) -> Value {
        rc::incref(ptr as usize);
        Value(NonZeroUsize::new_unchecked(ptr as usize))
    }

    /// Whether this is the only reference to a heap object, held by the calling
    /// thread (so the object may be reused in place).
    #[inline(always)]
    pub fn is_unique(&self) -> bool {
        match self.header() {
            None => false,
            Some(h) => h.rc.is_unique(weft_threads::registry::current_tid()),
        }
    }

    /// Whether refcount traffic on this value is skipped (small ints, immortal and
    /// deferred objects). Such values may be read without the container's lock.
    #[inline(always)]
    pub fn is_uncounted(&self) -> bool {
        match self.header() {
            None => true,
            Some(h) => h.is_uncounted(),
        }
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small_int() {
            rc::incref(self.0.get());
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small_int() {
            rc::decref(self.0.get());
        }
    }
}

impl PartialEq for Value {
    /// Identity, not Python equality.
    fn eq(&self, other: &Value) -> bool {
        self.0 == other.0
    }
}
impl Eq for Value {}

impl std::hash::Hash for Value {
    /// Identity hash (for identity-keyed Rust maps).
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value(int {i})"),
            None => write!(f, "Value(kind {} @ {:#x})", self.header_unchecked().kind, self.word()),
        }
    }
}

const _: () = assert!(std::mem::size_of::<Value>() == 8);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 8);
