//! Compiled patterns and the subject text they run on.
//!
//! fancy-regex works on UTF-8 `&str` with byte offsets while Python counts code
//! points; bytes subjects are decoded as Latin-1 so that one engine serves both, and
//! [`Subject`] converts between the two kinds of offsets.

use super::translate::{translate, Translated};
use crate::objects::bytearray::as_bytearray;
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::exception::runtime_error;
use crate::objects::str::{as_strobj, new_str};
use crate::objects::{PyResult, Value};
use fancy_regex::{Regex, RegexBuilder};
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::OnceLock;

/// Where a match must start and end.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Search,
    Match,
    Full,
}

/// Byte spans of group 0..=groups in the subject text.
pub type Spans = Vec<Option<(usize, usize)>>;

pub struct Compiled {
    pub bytes: bool,
    pub flags: i64,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    prefix: String,
    body: String,
    search: Regex,
    anchored: OnceLock<Regex>,
    full: OnceLock<Regex>,
}

/// A syntax error: message and position when known (fancy-regex's own errors have
/// positions in the translated text, so they are dropped).
pub struct CompileErr(pub String, pub Option<usize>);

fn build(src: &str) -> Result<Regex, String> {
    // sre has no backtracking limit; keep fancy-regex's far out of ordinary reach.
    RegexBuilder::new(src).backtrack_limit(100_000_000).build().map_err(|e| e.to_string())
}

impl Compiled {
    fn new(pat: &str, flags: i64, bytes: bool) -> Result<Compiled, CompileErr> {
        let Translated { body, flags, groups, names } = match translate(pat, flags, bytes) {
            Ok(t) => t,
            Err(e) => return Err(CompileErr(e.msg, Some(e.pos))),
        };
        let prefix = Translated::prefix_of(flags);
        let search = build(&format!("{prefix}{body}")).map_err(|e| CompileErr(e, None))?;
        Ok(Compiled {
            bytes,
            flags,
            groups,
            names,
            prefix,
            body,
            search,
            anchored: OnceLock::new(),
            full: OnceLock::new(),
        })
    }

    fn regex(&self, mode: Mode) -> PyResult<&Regex> {
        let (cell, tail) = match mode {
            Mode::Search => return Ok(&self.search),
            Mode::Match => (&self.anchored, ""),
            Mode::Full => (&self.full, "\\z"),
        };
        if let Some(r) = cell.get() {
            return Ok(r);
        }
        let r = build(&format!("{}\\G(?:{}){tail}", self.prefix, self.body)).map_err(runtime_error)?;
        Ok(cell.get_or_init(|| r))
    }

    /// Run on `text` (already cut at endpos) from byte `pos`.
    pub fn exec(&self, text: &str, pos: usize, mode: Mode) -> PyResult<Option<Spans>> {
        let re = self.regex(mode)?;
        let caps = re.captures_from_pos(text, pos).map_err(|e| runtime_error(e.to_string()))?;
        Ok(caps.map(|c| (0..=self.groups).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect()))
    }

    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|&(_, i)| i)
    }
}

/// Compile a pattern (str, or bytes decoded as Latin-1).
pub fn compile(pat: &str, flags: i64, bytes: bool) -> Result<Compiled, CompileErr> {
    Compiled::new(pat, flags, bytes)
}

/// Latin-1 decoding: one char per byte.
pub fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// The text a pattern runs on, with its code-point/byte offset conversion.
pub struct Subject<'a> {
    pub text: Cow<'a, str>,
    pub bytes: bool,
    /// The object to store in match objects (a bytes copy for a bytearray).
    pub value: Value,
    ascii: bool,
    /// Number of code points.
    pub len: usize,
    /// Last conversion (byte, code point), so that increasing offsets cost linear time.
    cursor: Cell<(usize, usize)>,
}

impl<'a> Subject<'a> {
    /// A str, bytes or bytearray subject; None for other objects.
    pub fn new(v: &'a Value) -> Option<Subject<'a>> {
        if let Some(s) = as_strobj(v) {
            return Some(Subject {
                text: Cow::Borrowed(&s.s),
                bytes: false,
                value: v.clone(),
                ascii: s.ascii,
                len: s.len,
                cursor: Cell::new((0, 0)),
            });
        }
        let (b, value) = if let Some(b) = as_bytes(v) {
            (b.to_vec(), v.clone())
        } else if let Some(ba) = as_bytearray(v) {
            let b = ba.snapshot();
            (b.clone(), new_bytes(b))
        } else {
            return None;
        };
        let ascii = b.is_ascii();
        Some(Subject {
            len: b.len(),
            text: Cow::Owned(latin1(&b)),
            bytes: true,
            value,
            ascii,
            cursor: Cell::new((0, 0)),
        })
    }

    /// Byte offset of code point `c` (at most len).
    pub fn byte_of(&self, c: usize) -> usize {
        if self.ascii {
            return c;
        }
        let (mut b, mut k) = self.cursor.get();
        if c < k {
            (b, k) = (0, 0);
        }
        let bytes = self.text.as_bytes();
        while k < c && b < bytes.len() {
            b += 1;
            while b < bytes.len() && (bytes[b] & 0xC0) == 0x80 {
                b += 1;
            }
            k += 1;
        }
        self.cursor.set((b, k));
        b
    }

    /// Code point index of byte offset `b` (a char boundary).
    pub fn char_of(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let (mut cb, mut k) = self.cursor.get();
        if b < cb {
            (cb, k) = (0, 0);
        }
        k += self.text[cb..b].chars().count();
        self.cursor.set((b, k));
        k
    }

    /// Byte offset just past the code point at byte `b`.
    pub fn next_char(&self, b: usize) -> usize {
        b + self.text[b..].chars().next().map_or(1, char::len_utf8)
    }

    /// The substring between byte offsets as a str or bytes object.
    pub fn slice(&self, b0: usize, b1: usize) -> Value {
        let s = &self.text[b0..b1];
        if self.bytes {
            new_bytes(s.chars().map(|c| c as u8).collect())
        } else {
            new_str(s)
        }
    }
}
