//! `sub`/`subn` and replacement templates (`\1`, `\g<name>`, `\g<0>`, escapes).

use super::compiled::{latin1, CompileErr, Compiled};
use super::matchobj::{as_match, MatchObj};
use super::pattern::{as_pattern, Run};
use super::{arg, int_or, syntax_error};
use crate::objects::boolobj::is_none;
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::exception::{index_error, type_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::objects::{PyResult, Value};

pub enum Piece {
    Lit(String),
    Group(usize),
}

fn bad(msg: impl Into<String>, pos: usize, t: &Value) -> crate::objects::PyErr {
    syntax_error(CompileErr(msg.into(), Some(pos)), t)
}

/// Parse a replacement template (str, or bytes for a bytes pattern).
pub fn template(c: &Compiled, t: &Value, _pat: &Value) -> PyResult<Vec<Piece>> {
    let text = if c.bytes {
        match as_bytes(t) {
            Some(b) => latin1(b),
            None => return Err(type_error(format!("expected a bytes-like object, {} found", type_name(t)))),
        }
    } else {
        match as_str(t) {
            Some(s) => s.to_string(),
            None => return Err(type_error(format!("expected str instance, {} found", type_name(t)))),
        }
    };
    let p: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let group = |n: usize, pos: usize| -> PyResult<Piece> {
        if n > c.groups {
            return Err(bad(format!("invalid group reference {n}"), pos, t));
        }
        Ok(Piece::Group(n))
    };
    while i < p.len() {
        let ch = p[i];
        i += 1;
        if ch != '\\' {
            lit.push(ch);
            continue;
        }
        let Some(&e) = p.get(i) else {
            return Err(bad("bad escape (end of pattern)", i - 1, t));
        };
        i += 1;
        let piece = match e {
            'g' => {
                if p.get(i) != Some(&'<') {
                    return Err(bad("missing <", i, t));
                }
                let start = i + 1;
                let Some(len) = p[start..].iter().position(|&c| c == '>') else {
                    return Err(bad("missing >, unterminated name", start, t));
                };
                let name: String = p[start..start + len].iter().collect();
                i = start + len + 1;
                if name.is_empty() {
                    return Err(bad("missing group name", start, t));
                }
                if name.chars().all(|c| c.is_ascii_digit()) {
                    group(name.parse().unwrap_or(usize::MAX), start)?
                } else if let Some(n) = c.group_index(&name) {
                    Piece::Group(n)
                } else if name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
                    && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                {
                    return Err(index_error(format!("unknown group name '{name}'")));
                } else {
                    return Err(bad(format!("bad character in group name '{name}'"), start, t));
                }
            }
            '0' => {
                let mut v = 0u32;
                let mut k = 0;
                while k < 2 && p.get(i).is_some_and(|c| ('0'..='7').contains(c)) {
                    v = v * 8 + p[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
                continue;
            }
            '1'..='9' => {
                let pos = i - 1;
                let mut n = e.to_digit(10).unwrap_or(0);
                if let Some(d) = p.get(i).filter(|c| c.is_ascii_digit()) {
                    let oct = |c: char| ('0'..='7').contains(&c);
                    if oct(e) && oct(*d) && p.get(i + 1).is_some_and(|&c| oct(c)) {
                        let v = (n * 8 + d.to_digit(8).unwrap_or(0)) * 8 + p[i + 1].to_digit(8).unwrap_or(0);
                        if v > 0o377 {
                            return Err(bad(
                                format!("octal escape value \\{e}{d}{} outside of range 0-0o377", p[i + 1]),
                                pos - 1,
                                t,
                            ));
                        }
                        i += 2;
                        lit.push(char::from_u32(v).unwrap_or('\0'));
                        continue;
                    }
                    n = n * 10 + d.to_digit(10).unwrap_or(0);
                    i += 1;
                }
                group(n as usize, pos)?
            }
            _ => {
                match e {
                    'a' => lit.push('\x07'),
                    'b' => lit.push('\x08'),
                    'f' => lit.push('\x0c'),
                    'n' => lit.push('\n'),
                    'r' => lit.push('\r'),
                    't' => lit.push('\t'),
                    'v' => lit.push('\x0b'),
                    '\\' => lit.push('\\'),
                    c if c.is_ascii_alphabetic() => return Err(bad(format!("bad escape \\{c}"), i - 2, t)),
                    c => {
                        lit.push('\\');
                        lit.push(c);
                    }
                }
                continue;
            }
        };
        if !lit.is_empty() {
            out.push(Piece::Lit(std::mem::take(&mut lit)));
        }
        out.push(piece);
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}

/// The template filled in from match `m` (Latin-1 text for bytes).
pub fn expand(pieces: &[Piece], m: &MatchObj) -> String {
    let mut s = String::new();
    for p in pieces {
        match p {
            Piece::Lit(l) => s.push_str(l),
            Piece::Group(i) => s.push_str(&m.group_text(*i)),
        }
    }
    s
}

fn is_callable(v: &Value) -> bool {
    use crate::objects::kinds;
    matches!(v.kind(), Some(kinds::FUNCTION | kinds::NATIVE | kinds::METHOD | kinds::TYPE))
        || crate::objects::typeobj::lookup(crate::objects::typeobj::type_of(v), &crate::runtime::rt().names.__call__)
            .is_some()
}

enum Repl {
    Template(Vec<Piece>),
    Call(Value),
}

fn subn(a: &Args<'_>) -> PyResult<(Value, usize)> {
    let pv = &a.pos()[0];
    let p = as_pattern(pv).ok_or_else(|| type_error("descriptor requires a 're.Pattern' object"))?;
    let repl = arg(a, 1, "repl").ok_or_else(|| type_error("missing required argument 'repl' (pos 1)"))?;
    let string = arg(a, 2, "string").ok_or_else(|| type_error("missing required argument 'string' (pos 2)"))?;
    let count = int_or(arg(a, 3, "count"), 0)?;
    let run = Run::new(&p.c, string, None, None)?;
    let repl = if as_str(repl).is_some() || as_bytes(repl).is_some() {
        Repl::Template(template(&p.c, repl, pv)?)
    } else if is_callable(repl) {
        Repl::Call(repl.clone())
    } else {
        return Err(type_error(format!("expected str instance, {} found", type_name(repl))));
    };
    let mut out = String::new();
    let mut last = 0;
    let mut n = 0usize;
    if count >= 0 {
        let text = &run.subj.text;
        run.each(|sp| {
            let (s, e) = sp[0].unwrap_or((0, 0));
            out.push_str(&text[last..s]);
            let mv = run.to_match(pv, sp);
            let m = as_match(&mv).expect("match");
            match &repl {
                Repl::Template(t) => out.push_str(&expand(t, m)),
                Repl::Call(f) => {
                    let r = crate::vm::call::call(f, std::slice::from_ref(&mv))?;
                    if !is_none(&r) {
                        match (p.c.bytes, as_str(&r), as_bytes(&r)) {
                            (false, Some(s), _) => out.push_str(s),
                            (true, _, Some(b)) => out.push_str(&latin1(b)),
                            _ => {
                                let want = if p.c.bytes { "a bytes-like object" } else { "str instance" };
                                return Err(type_error(format!("expected {want}, {} found", type_name(&r))));
                            }
                        }
                    }
                }
            }
            last = e;
            n += 1;
            Ok(count == 0 || (n as i64) < count)
        })?;
    }
    if n == 0 {
        return Ok((run.subj.value.clone(), 0));
    }
    out.push_str(&run.subj.text[last..]);
    let v = if p.c.bytes { new_bytes(out.chars().map(|c| c as u8).collect()) } else { new_str(out) };
    Ok((v, n))
}

pub fn pat_sub(a: Args<'_>) -> PyResult<Value> {
    Ok(subn(&a)?.0)
}

pub fn pat_subn(a: Args<'_>) -> PyResult<Value> {
    let (v, n) = subn(&a)?;
    Ok(new_tuple(vec![v, new_int(n as i64)]))
}
