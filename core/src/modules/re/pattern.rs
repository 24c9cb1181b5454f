//! `re.Pattern`: a compiled pattern and its searching methods.

use super::arg;
use super::compiled::{Compiled, Mode, Spans, Subject};
use super::matchobj::new_match;
use super::translate::F_UNICODE;
use crate::methods::add_method;
use crate::objects::boolobj::py_bool;
use crate::objects::exception::type_error;
use crate::objects::function::{new_native, Args, NativeFn, Property};
use crate::objects::int::{as_i64, new_int};
use crate::objects::kinds;
use crate::objects::list::new_list;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use std::sync::{Arc, OnceLock};
use weft_gc::{alloc_obj, downcast, Payload};

pub struct PatternObj {
    pub c: Arc<Compiled>,
    /// The pattern as given (str or bytes).
    pub pattern: Value,
}

impl Payload for PatternObj {
    const KIND: u8 = kinds::RE_PATTERN;
    const TRACKED: bool = false;
}

pub fn as_pattern(v: &Value) -> Option<&PatternObj> {
    downcast::<PatternObj>(v)
}

/// Add a read-only attribute computed by `f` from the object.
pub(super) fn add_getter(ty: &Value, name: &'static str, f: NativeFn) {
    let p = alloc_obj(
        rt().types.property.as_ptr(),
        Property { fget: Some(new_native(name, f)), fset: None, fdel: None, doc: None },
    );
    crate::methods::add_attr(ty, name, p);
}

/// A type of this module, shown as `re.<name>`. It is not marked builtin so that the
/// VM honours its native `__repr__`, `__eq__` and `__hash__` (it skips them on
/// builtin types, whose behaviour it implements itself).
pub(super) fn re_type(name: &str, kind: u8) -> Value {
    let t = crate::runtime::new_builtin_type(name, &rt().types.object, kind, false);
    let p = crate::objects::typeobj::tobj(&t) as *const crate::objects::typeobj::TypeObj
        as *mut crate::objects::typeobj::TypeObj;
    #[allow(unsafe_code)]
    // SAFETY: the type was just created and is not yet visible to any other thread or
    // to Python code (the same one-time initialisation `new_builtin_type` does).
    unsafe {
        (*p).builtin = false;
        (*p).module = "re".to_string();
    }
    t
}

pub fn pattern_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let t = re_type("Pattern", kinds::RE_PATTERN);
        add_method(&t, "match", pat_match);
        add_method(&t, "search", pat_search);
        add_method(&t, "fullmatch", pat_fullmatch);
        add_method(&t, "findall", pat_findall);
        add_method(&t, "finditer", pat_finditer);
        add_method(&t, "split", pat_split);
        add_method(&t, "sub", super::sub::pat_sub);
        add_method(&t, "subn", super::sub::pat_subn);
        add_method(&t, "__repr__", pat_repr);
        add_method(&t, "__eq__", pat_eq);
        add_method(&t, "__hash__", pat_hash);
        add_getter(&t, "pattern", |a| Ok(this(&a)?.pattern.clone()));
        add_getter(&t, "flags", |a| Ok(new_int(this(&a)?.c.flags)));
        add_getter(&t, "groups", |a| Ok(new_int(this(&a)?.c.groups as i64)));
        add_getter(&t, "groupindex", |a| {
            let d = crate::objects::dict::new_dict();
            let dd = crate::objects::dict::as_dict(&d).expect("dict");
            for (n, i) in &this(&a)?.c.names {
                dd.set(new_str(n.as_str()), new_int(*i as i64))?;
            }
            Ok(d)
        });
        t
    })
}

pub fn new_pattern(c: Arc<Compiled>, pattern: Value) -> Value {
    alloc_obj(pattern_type().as_ptr(), PatternObj { c, pattern })
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a PatternObj> {
    a.pos().first().and_then(as_pattern).ok_or_else(|| type_error("descriptor requires a 're.Pattern' object"))
}

/// One call's subject with its pos/endpos window, in bytes of the text.
pub(super) struct Run<'a> {
    pub c: &'a Compiled,
    pub subj: Subject<'a>,
    pub pos: usize,
    pub end: usize,
    pub pos_c: usize,
    pub end_c: usize,
}

fn clamp(v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    let n = match v {
        None => return Ok(default),
        Some(v) if crate::objects::boolobj::is_none(v) => return Ok(default),
        Some(v) => as_i64(v).ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::typeobj::type_name(v)
            ))
        })?,
    };
    Ok(n.clamp(0, len as i64) as usize)
}

impl<'a> Run<'a> {
    pub fn new(c: &'a Compiled, string: &'a Value, pos: Option<&Value>, endpos: Option<&Value>) -> PyResult<Run<'a>> {
        let subj = Subject::new(string).ok_or_else(|| {
            type_error(format!(
                "expected string or bytes-like object, got '{}'",
                crate::objects::typeobj::type_name(string)
            ))
        })?;
        if subj.bytes != c.bytes {
            return Err(type_error(if c.bytes {
                "cannot use a bytes pattern on a string-like object"
            } else {
                "cannot use a string pattern on a bytes-like object"
            }));
        }
        let pos_c = clamp(pos, 0, subj.len)?;
        let end_c = clamp(endpos, subj.len, subj.len)?.max(pos_c);
        let end = subj.byte_of(end_c);
        let pos = subj.byte_of(pos_c);
        Ok(Run { c, subj, pos, end, pos_c, end_c })
    }

    /// Whether the window is empty because endpos < pos (nothing can match).
    fn exec(&self, at: usize, mode: Mode) -> PyResult<Option<Spans>> {
        self.c.exec(&self.subj.text[..self.end], at, mode)
    }

    /// Every match from pos, with CPython's rule that an empty match may not start
    /// where the previous empty match did. `f` returns false to stop.
    pub fn each(&self, mut f: impl FnMut(&Spans) -> PyResult<bool>) -> PyResult<()> {
        let mut at = self.pos;
        while at <= self.end {
            let Some(sp) = self.exec(at, Mode::Search)? else { break };
            let (s, e) = sp[0].unwrap_or((at, at));
            if !f(&sp)? {
                break;
            }
            at = if e == s {
                if e >= self.end {
                    break;
                }
                self.subj.next_char(e)
            } else {
                e
            };
        }
        Ok(())
    }

    pub fn to_match(&self, pat: &Value, sp: &Spans) -> Value {
        new_match(self, pat, sp)
    }
}

fn one(a: Args<'_>, mode: Mode) -> PyResult<Value> {
    let p = this(&a)?;
    let string = arg(&a, 1, "string").ok_or_else(|| type_error("missing required argument 'string' (pos 1)"))?;
    let run = Run::new(&p.c, string, arg(&a, 2, "pos"), arg(&a, 3, "endpos"))?;
    match run.exec(run.pos, mode)? {
        Some(sp) => Ok(run.to_match(&a.pos()[0], &sp)),
        None => Ok(rt().none.clone()),
    }
}

pub fn pat_match(a: Args<'_>) -> PyResult<Value> {
    one(a, Mode::Match)
}

pub fn pat_search(a: Args<'_>) -> PyResult<Value> {
    one(a, Mode::Search)
}

pub fn pat_fullmatch(a: Args<'_>) -> PyResult<Value> {
    one(a, Mode::Full)
}

fn run_args<'a>(a: &Args<'a>) -> PyResult<(&'a PatternObj, &'a Value)> {
    let p = this(a)?;
    let string = arg(a, 1, "string").ok_or_else(|| type_error("missing required argument 'string' (pos 1)"))?;
    Ok((p, string))
}

pub fn pat_findall(a: Args<'_>) -> PyResult<Value> {
    let (p, string) = run_args(&a)?;
    let run = Run::new(&p.c, string, arg(&a, 2, "pos"), arg(&a, 3, "endpos"))?;
    let mut out = Vec::new();
    let group = |sp: &Spans, i: usize| match sp[i] {
        Some((s, e)) => run.subj.slice(s, e),
        None => run.subj.slice(0, 0),
    };
    run.each(|sp| {
        out.push(match p.c.groups {
            0 => group(sp, 0),
            1 => group(sp, 1),
            n => new_tuple((1..=n).map(|i| group(sp, i)).collect()),
        });
        Ok(true)
    })?;
    Ok(new_list(out))
}

pub fn pat_finditer(a: Args<'_>) -> PyResult<Value> {
    let (p, string) = run_args(&a)?;
    let run = Run::new(&p.c, string, arg(&a, 2, "pos"), arg(&a, 3, "endpos"))?;
    let mut out = Vec::new();
    run.each(|sp| {
        out.push(run.to_match(&a.pos()[0], sp));
        Ok(true)
    })?;
    crate::vm::ops::iter(&new_list(out))
}

pub fn pat_split(a: Args<'_>) -> PyResult<Value> {
    let (p, string) = run_args(&a)?;
    let maxsplit = super::int_or(arg(&a, 2, "maxsplit"), 0)?;
    let run = Run::new(&p.c, string, None, None)?;
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    if maxsplit >= 0 {
        run.each(|sp| {
            let (s, e) = sp[0].unwrap_or((0, 0));
            out.push(run.subj.slice(last, s));
            for g in &sp[1..] {
                out.push(g.map_or_else(|| rt().none.clone(), |(s, e)| run.subj.slice(s, e)));
            }
            last = e;
            n += 1;
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    out.push(run.subj.slice(last, run.subj.text.len()));
    Ok(new_list(out))
}

fn flag_names(flags: i64) -> String {
    let names: Vec<String> =
        super::FLAGS.iter().filter(|(_, v)| flags & v != 0).map(|(n, _)| format!("re.{n}")).collect();
    let rest = flags & !super::FLAGS.iter().fold(0, |acc, (_, v)| acc | v);
    let mut s = names.join("|");
    if rest != 0 {
        if !s.is_empty() {
            s.push('|');
        }
        s.push_str(&format!("{rest:#x}"));
    }
    s
}

fn pat_repr(a: Args<'_>) -> PyResult<Value> {
    let p = this(&a)?;
    let mut r = crate::vm::repr::repr(&p.pattern)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let flags = if p.c.bytes { p.c.flags } else { p.c.flags & !F_UNICODE };
    Ok(new_str(if flags == 0 { format!("re.compile({r})") } else { format!("re.compile({r}, {})", flag_names(flags)) }))
}

fn pat_eq(a: Args<'_>) -> PyResult<Value> {
    let p = this(&a)?;
    match a.pos().get(1).and_then(as_pattern) {
        Some(q) => Ok(py_bool(
            p.c.flags == q.c.flags && p.c.bytes == q.c.bytes && crate::vm::compare::eq(&p.pattern, &q.pattern)?,
        )),
        None => Ok(rt().not_implemented.clone()),
    }
}

fn pat_hash(a: Args<'_>) -> PyResult<Value> {
    let p = this(&a)?;
    Ok(new_int(crate::vm::ops::hash(&p.pattern)? ^ p.c.flags))
}
