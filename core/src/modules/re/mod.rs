//! The `re` module: Python regular expressions on top of the fancy-regex crate.
//!
//! Patterns are translated from Python's syntax ([`translate`]) and compiled
//! ([`compiled`]); the resulting Pattern objects are immutable and shared by all
//! threads through a global cache. `Pattern` and `Match` are native payloads
//! ([`pattern`], [`matchobj`]); substitution and templates live in [`sub`].

mod compiled;
mod matchobj;
mod pattern;
mod sub;
mod translate;

pub use matchobj::MatchObj;
pub use pattern::PatternObj;

use super::add_fn;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{as_i64, new_int};
use crate::objects::module::{module_set, new_module};
use crate::objects::str::new_str;
use crate::objects::{PyErr, PyResult, Value};
use crate::runtime::{intern, rt};
use compiled::latin1;
pub(super) use compiled::CompileErr;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use translate::*;

/// Argument `i` (counting self for methods) or keyword `name`.
pub(crate) fn arg<'a>(a: &Args<'a>, i: usize, name: &str) -> Option<&'a Value> {
    a.pos().get(i).or_else(|| a.kw(name))
}

pub(super) fn int_or(v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => as_i64(v).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::typeobj::type_name(v)
            ))
        }),
    }
}

/// The `re.error` exception class.
fn error_class() -> &'static Value {
    static ERR: OnceLock<Value> = OnceLock::new();
    ERR.get_or_init(|| {
        let ns = crate::objects::dict::new_dict();
        let d = crate::objects::dict::as_dict(&ns).expect("dict");
        d.set_str(intern("__module__"), new_str("re"));
        let bases = crate::objects::tuple::new_tuple(vec![rt().exc.exception.clone()]);
        let cls = crate::vm::call::call(&rt().types.type_, &[new_str("error"), bases, ns]).expect("re.error class");
        weft_gc::make_immortal(&cls);
        cls
    })
}

/// A `re.error` for a bad pattern.
pub(super) fn syntax_error(e: CompileErr, pattern: &Value) -> PyErr {
    let full = match e.1 {
        Some(p) => format!("{} at position {p}", e.0),
        None => e.0.clone(),
    };
    let exc = match crate::vm::call::call(error_class(), &[new_str(full)]) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let pos = e.1.map_or_else(|| rt().none.clone(), |p| new_int(p as i64));
    for (k, v) in [("msg", new_str(e.0)), ("pattern", pattern.clone()), ("pos", pos)] {
        let _ = crate::vm::attr::setattr(&exc, &intern(k), v);
    }
    PyErr(exc)
}

type Key = (String, i64, bool);

/// Compiled Pattern objects by (pattern, flags, is bytes). Patterns are immutable, so
/// every thread shares them; as in CPython, compiling the same pattern twice gives the
/// same object.
fn cache() -> &'static Mutex<HashMap<Key, Value>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Value>>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// CPython's `_MAXCACHE`.
const MAX_CACHE: usize = 512;

/// Compile a str or bytes pattern object into a Pattern, through the cache.
fn compile_value(p: &Value, flags: i64) -> PyResult<Value> {
    let (text, bytes) = if let Some(s) = crate::objects::str::as_str(p) {
        (std::borrow::Cow::Borrowed(s), false)
    } else if let Some(b) = crate::objects::bytes::as_bytes(p) {
        (std::borrow::Cow::Owned(latin1(b)), true)
    } else {
        return Err(type_error("first argument must be string or compiled pattern"));
    };
    let key = (text.into_owned(), flags, bytes);
    if let Some(v) = cache().lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Ok(v.clone());
    }
    let c = compiled::compile(&key.0, flags, bytes).map_err(|e| syntax_error(e, p))?;
    let v = pattern::new_pattern(Arc::new(c), p.clone());
    let mut m = cache().lock().unwrap_or_else(|e| e.into_inner());
    if m.len() >= MAX_CACHE {
        m.clear();
    }
    m.insert(key, v.clone());
    Ok(v)
}

/// `re.compile(pattern, flags)`: a Pattern object (returned as is when given one).
fn to_pattern(p: &Value, flags: Option<&Value>) -> PyResult<Value> {
    let flags = int_or(flags, 0)?;
    if pattern::as_pattern(p).is_some() {
        if flags != 0 {
            return Err(value_error("cannot process flags argument with a compiled pattern"));
        }
        return Ok(p.clone());
    }
    compile_value(p, flags)
}

fn re_compile(a: Args<'_>) -> PyResult<Value> {
    let p = arg(&a, 0, "pattern").ok_or_else(|| type_error("compile() missing required argument 'pattern' (pos 1)"))?;
    to_pattern(p, arg(&a, 1, "flags"))
}

/// Module-level wrappers: compile argument 0 with `flags` (at `flags_at`), then call the
/// Pattern method with the arguments in between.
/// Pattern method with the arguments named `names` (the first `req` required).
fn forward(
    a: &Args<'_>,
    fname: &str,
    names: &[&str],
    req: usize,
    f: crate::objects::function::NativeFn,
) -> PyResult<Value> {
    let p = arg(a, 0, "pattern")
        .ok_or_else(|| type_error(format!("{fname}() missing required argument 'pattern' (pos 1)")))?;
    let pat = to_pattern(p, arg(a, names.len() + 1, "flags"))?;
    let mut pos = vec![pat];
    for (i, n) in names.iter().enumerate() {
        match arg(a, i + 1, n) {
            Some(v) => pos.push(v.clone()),
            None if i < req => {
                return Err(type_error(format!("{fname}() missing required argument '{n}' (pos {})", i + 2)))
            }
            None => break,
        }
    }
    f(Args::positional(&pos))
}

macro_rules! wrappers {
    ($($name:ident => $fname:literal, $method:path, [$($arg:literal),*], $req:literal;)*) => {
        $(fn $name(a: Args<'_>) -> PyResult<Value> {
            forward(&a, $fname, &[$($arg),*], $req, $method)
        })*
    };
}

wrappers! {
    re_match => "match", pattern::pat_match, ["string"], 1;
    re_search => "search", pattern::pat_search, ["string"], 1;
    re_fullmatch => "fullmatch", pattern::pat_fullmatch, ["string"], 1;
    re_findall => "findall", pattern::pat_findall, ["string"], 1;
    re_finditer => "finditer", pattern::pat_finditer, ["string"], 1;
    re_split => "split", pattern::pat_split, ["string", "maxsplit"], 1;
    re_sub => "sub", sub::pat_sub, ["repl", "string", "count"], 2;
    re_subn => "subn", sub::pat_subn, ["repl", "string", "count"], 2;
}

fn re_escape(a: Args<'_>) -> PyResult<Value> {
    let p = arg(&a, 0, "pattern").ok_or_else(|| type_error("escape() missing required argument 'pattern' (pos 1)"))?;
    let special = |c: char| "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c);
    if let Some(s) = crate::objects::str::as_str(p) {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if special(c) {
                out.push('\\');
            }
            out.push(c);
        }
        return Ok(new_str(out));
    }
    if let Some(b) = crate::objects::bytes::as_bytes(p) {
        let mut out = Vec::with_capacity(b.len());
        for &c in b {
            if special(c as char) {
                out.push(b'\\');
            }
            out.push(c);
        }
        return Ok(crate::objects::bytes::new_bytes(out));
    }
    Err(type_error(format!("expected str or bytes, got '{}'", crate::objects::typeobj::type_name(p))))
}

fn re_purge(_a: Args<'_>) -> PyResult<Value> {
    let old = std::mem::take(&mut *cache().lock().unwrap_or_else(|e| e.into_inner()));
    drop(old);
    Ok(rt().none.clone())
}

/// The flag constants in CPython's display order.
const FLAGS: [(&str, i64); 9] = [
    ("TEMPLATE", 1),
    ("IGNORECASE", F_IGNORECASE),
    ("LOCALE", F_LOCALE),
    ("MULTILINE", F_MULTILINE),
    ("DOTALL", F_DOTALL),
    ("UNICODE", F_UNICODE),
    ("VERBOSE", F_VERBOSE),
    ("DEBUG", 128),
    ("ASCII", F_ASCII),
];

pub fn module() -> PyResult<Value> {
    let m = new_module("re");
    add_fn(&m, "compile", re_compile);
    add_fn(&m, "match", re_match);
    add_fn(&m, "search", re_search);
    add_fn(&m, "fullmatch", re_fullmatch);
    add_fn(&m, "findall", re_findall);
    add_fn(&m, "finditer", re_finditer);
    add_fn(&m, "split", re_split);
    add_fn(&m, "sub", re_sub);
    add_fn(&m, "subn", re_subn);
    add_fn(&m, "escape", re_escape);
    add_fn(&m, "purge", re_purge);
    flag_class(&m)?;
    module_set(&m, "error", error_class().clone());
    module_set(&m, "Pattern", pattern::pattern_type().clone());
    module_set(&m, "Match", matchobj::match_type().clone());
    Ok(m)
}

/// `RegexFlag`: ints that print as `re.IGNORECASE|re.MULTILINE` (plain ints where the
/// runtime cannot subclass int yet).
const REGEX_FLAG: &str = r#"
class RegexFlag(int):
    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        parts = []
        for name, bit in _flag_names:
            if v & bit:
                parts.append('re.' + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return '|'.join(parts)
    __str__ = __repr__
    def __format__(self, spec):
        return format(str(self), spec)
    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented
    __ror__ = __or__
    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented
    __rand__ = __and__
    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented
    __rxor__ = __xor__
    def __invert__(self):
        return RegexFlag(~int(self) & 511)
RegexFlag.__module__ = 're'
try:
    RegexFlag(1)
except TypeError:
    # Without int subclasses, the flags are plain ints.
    RegexFlag = int
for _name, _bit in _flag_names:
    globals()[_name] = RegexFlag(_bit)
NOFLAG = RegexFlag(0)
T, I, L, M, S, U, X, A = TEMPLATE, IGNORECASE, LOCALE, MULTILINE, DOTALL, UNICODE, VERBOSE, ASCII
del _name, _bit
"#;

fn flag_class(m: &Value) -> PyResult<()> {
    let names: Vec<Value> =
        FLAGS.iter().map(|(n, v)| crate::objects::tuple::new_tuple(vec![new_str(*n), new_int(*v)])).collect();
    module_set(m, "_flag_names", crate::objects::tuple::new_tuple(names));
    let mo = crate::objects::module::as_module(m).expect("module");
    crate::objects::dict::as_dict(&mo.dict).expect("dict").set_str(intern("__builtins__"), rt().builtins.clone());
    crate::vm::import::exec_source(REGEX_FLAG, "<frozen re>", &mo.dict)?;
    Ok(())
}
