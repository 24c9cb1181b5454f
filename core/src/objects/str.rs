//! `str`: immutable Unicode text.
//!
//! Stored as UTF-8 with the length in code points and an ASCII flag, so that indexing
//! ASCII text is O(1). The hash is computed on first use and cached (racing writers
//! store the same value).

use super::kinds;
use super::Value;
use crate::runtime::rt;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct StrObj {
    pub s: Box<str>,
    /// Number of code points.
    pub len: usize,
    pub ascii: bool,
    hash: AtomicI64,
}

impl Payload for StrObj {
    const KIND: u8 = kinds::STR;
    const TRACKED: bool = false;
}

static STR_TYPE: OnceLock<Value> = OnceLock::new();

pub(crate) fn set_str_type(t: &Value) {
    let _ = STR_TYPE.set(t.clone());
}

impl StrObj {
    /// A new str object (usable during bootstrap, before the runtime exists).
    pub fn new_raw(s: String) -> Value {
        let ty = STR_TYPE.get().map(|t| t.as_ptr()).unwrap_or(std::ptr::null());
        let ascii = s.is_ascii();
        let len = if ascii { s.len() } else { s.chars().count() };
        alloc_obj(ty, StrObj { s: s.into_boxed_str(), len, ascii, hash: AtomicI64::new(-1) })
    }

    /// The cached hash (FNV-1a over the bytes, folded into Python's hash range).
    pub fn hash(&self) -> i64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != -1 {
            return h;
        }
        let mut x: u64 = 0xcbf2_9ce4_8422_2325;
        for b in self.s.as_bytes() {
            x ^= *b as u64;
            x = x.wrapping_mul(0x0100_0000_01b3);
        }
        let mut h = (x >> 1) as i64;
        if h == -1 {
            h = -2;
        }
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The `i`-th code point (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.ascii {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// Byte offset of code point `i` (i may equal len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.ascii {
            i
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
}

/// A new str value.
pub fn new_str(s: impl Into<String>) -> Value {
    let s: String = s.into();
    if s.is_empty() {
        return rt().empty_str.clone();
    }
    if s.len() == 1 {
        // Single ASCII characters are interned, as in CPython.
        return crate::runtime::intern(&s);
    }
    StrObj::new_raw(s)
}

/// The text of a str or of an instance of a str subclass.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    as_strobj(v).map(|s| &*s.s)
}

#[inline]
pub fn as_strobj(v: &Value) -> Option<&StrObj> {
    match downcast::<StrObj>(v) {
        Some(s) => Some(s),
        None => super::subvalue::base_of(v).and_then(downcast::<StrObj>),
    }
}

/// `repr()` of a str, with CPython's quoting rules.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x20 || u == 0x7f {
        return false;
    }
    if (0x80..0xa0).contains(&u) || u == 0xad {
        return false;
    }
    if (0xd800..0xe000).contains(&u) || (0xe000..0xf900).contains(&u) {
        return false;
    }
    if u == 0x2028 || u == 0x2029 || (0x200b..=0x200f).contains(&u) || u == 0xfeff {
        return false;
    }
    !c.is_whitespace() || c == ' '
}
