//! "Did you mean: 'x'?" hints for uncaught NameError and AttributeError.
//!
//! CPython picks the candidate with the smallest weighted edit distance (a case-only
//! change costs 1, any other edit 2), accepting at most a third of the characters
//! involved and ignoring very long names or very large candidate lists. A NameError
//! looks at the frame's local variable names, then its globals, then the builtins; an
//! AttributeError at `dir(obj)`. The NameError candidates are only known where the
//! name was looked up, so that hint is chosen when the error is raised; the
//! AttributeError one when the report is printed.

use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::as_exc;
use crate::objects::str::as_str;
use crate::objects::typeobj::is_instance;
use crate::objects::Value;
use crate::runtime::{intern, rt};

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
/// Names longer than this (after removing a common prefix and suffix) never match.
const MAX_STRING_SIZE: usize = 40;
/// Candidate lists this long are not searched.
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// Weighted edit distance between the UTF-8 bytes of `a` and `b`; anything above
/// `max_cost` may be reported as `max_cost + 1`.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if (long.len() - short.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // prev[i]: cost of turning long[..row] into short[..i].
    let mut prev: Vec<usize> = (0..=short.len()).map(|i| i * MOVE_COST).collect();
    let mut cur = vec![0; short.len() + 1];
    for (row, &lc) in long.iter().enumerate() {
        cur[0] = (row + 1) * MOVE_COST;
        for (i, &sc) in short.iter().enumerate() {
            let substitute = prev[i] + substitution_cost(lc, sc);
            let edit = prev[i + 1].min(cur[i]) + MOVE_COST;
            cur[i + 1] = substitute.min(edit);
        }
        if cur[1..].iter().min().is_some_and(|m| *m > max_cost) {
            return max_cost + 1;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[short.len()]
}

/// The closest of `candidates` to `name`, if any is close enough.
pub fn best_match<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d <= max && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

fn dict_keys(d: &Value) -> Vec<Value> {
    as_dict(d).map(|d| d.keys()).unwrap_or_default()
}

/// Choose the hint for a NameError for `name` raised in a frame with these local
/// variable names and globals, and remember it on the exception.
pub fn note_name_error(exc: &Value, name: &str, varnames: &[String], globals: &Value) {
    let Some(e) = as_exc(exc) else { return };
    let locals: Vec<&str> = varnames.iter().map(String::as_str).collect();
    let found = best_match(name, &locals).map(str::to_string).or_else(|| {
        [dict_keys(globals), dict_keys(&rt().builtins)].iter().find_map(|keys| {
            let names: Vec<&str> = keys.iter().filter_map(as_str).collect();
            best_match(name, &names).map(str::to_string)
        })
    });
    if let Some(s) = found {
        let _ = e.suggestion.set(s);
    }
}

/// The hint to print after an uncaught exception's message, if any.
pub fn for_exception(exc: &Value) -> Option<String> {
    let e = as_exc(exc)?;
    if is_instance(exc, &rt().exc.name_error) {
        return e.suggestion.get().cloned();
    }
    if !is_instance(exc, &rt().exc.attribute_error) {
        return None;
    }
    let name = DictObj::get_str(&e.dict, &intern("name"))?;
    let obj = DictObj::get_str(&e.dict, &intern("obj"))?;
    let name = as_str(&name)?;
    let dir = crate::vm::call::call(&DictObj::get_str(&rt().builtins, &intern("dir"))?, &[obj]).ok()?;
    let items = crate::vm::ops::collect(&dir).ok()?;
    let names: Vec<&str> = items.iter().filter_map(as_str).collect();
    best_match(name, &names).map(str::to_string)
}
