//! `re.Match`: the result of a successful match.

use super::arg;
use super::compiled::Spans;
use super::pattern::{add_getter, as_pattern, Run};
use crate::methods::add_method;
use crate::objects::bytes::{as_bytes, new_bytes};
use crate::objects::exception::{index_error, type_error};
use crate::objects::function::Args;
use crate::objects::int::{as_i64, new_int};
use crate::objects::kinds;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use std::sync::OnceLock;
use weft_gc::{alloc_obj, downcast, Payload};

pub struct MatchObj {
    pub string: Value,
    pub re: Value,
    /// Code-point spans of groups 0..=n.
    pub spans: Vec<Option<(usize, usize)>>,
    /// Byte spans in the str subject (unused for bytes, where code points are bytes).
    bspans: Spans,
    pub pos: usize,
    pub endpos: usize,
    bytes: bool,
}

impl Payload for MatchObj {
    const KIND: u8 = kinds::RE_MATCH;
    const TRACKED: bool = false;
}

pub fn match_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        let t = super::pattern::re_type("Match", kinds::RE_MATCH);
        add_method(&t, "group", m_group);
        add_method(&t, "__getitem__", m_getitem);
        add_method(&t, "groups", m_groups);
        add_method(&t, "groupdict", m_groupdict);
        add_method(&t, "start", |a| Ok(new_int(span_of(&a)?.map_or(-1, |s| s.0 as i64))));
        add_method(&t, "end", |a| Ok(new_int(span_of(&a)?.map_or(-1, |s| s.1 as i64))));
        add_method(&t, "span", |a| Ok(span_tuple(span_of(&a)?)));
        add_method(&t, "expand", m_expand);
        add_method(&t, "__repr__", m_repr);
        add_getter(&t, "string", |a| Ok(this(&a)?.string.clone()));
        add_getter(&t, "re", |a| Ok(this(&a)?.re.clone()));
        add_getter(&t, "pos", |a| Ok(new_int(this(&a)?.pos as i64)));
        add_getter(&t, "endpos", |a| Ok(new_int(this(&a)?.endpos as i64)));
        add_getter(&t, "regs", |a| Ok(new_tuple(this(&a)?.spans.iter().map(|s| span_tuple(*s)).collect())));
        add_getter(&t, "lastindex", |a| {
            Ok(this(&a)?.lastindex().map_or_else(|| rt().none.clone(), |i| new_int(i as i64)))
        });
        add_getter(&t, "lastgroup", |a| {
            let m = this(&a)?;
            let name = m.lastindex().and_then(|i| pat(m).c.names.iter().find(|(_, k)| *k == i).map(|(n, _)| n.clone()));
            Ok(name.map_or_else(|| rt().none.clone(), new_str))
        });
        t
    })
}

fn span_tuple(s: Option<(usize, usize)>) -> Value {
    let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
    new_tuple(vec![new_int(a), new_int(b)])
}

/// A match object for byte spans `sp` of `run`.
pub(super) fn new_match(run: &Run<'_>, pat: &Value, sp: &Spans) -> Value {
    // Convert in increasing order so that the subject's cursor moves forward only.
    let mut offs: Vec<usize> = sp.iter().flatten().flat_map(|&(s, e)| [s, e]).collect();
    offs.sort_unstable();
    offs.dedup();
    let chars: Vec<usize> = offs.iter().map(|&b| run.subj.char_of(b)).collect();
    let conv = |b: usize| chars[offs.binary_search(&b).unwrap_or(0)];
    let spans = sp.iter().map(|s| s.map(|(a, b)| (conv(a), conv(b)))).collect();
    let m = MatchObj {
        string: run.subj.value.clone(),
        re: pat.clone(),
        spans,
        bspans: sp.clone(),
        pos: run.pos_c,
        endpos: run.end_c,
        bytes: run.subj.bytes,
    };
    alloc_obj(match_type().as_ptr(), m)
}

pub fn as_match(v: &Value) -> Option<&MatchObj> {
    downcast::<MatchObj>(v)
}

fn this<'a>(a: &Args<'a>) -> PyResult<&'a MatchObj> {
    a.pos().first().and_then(as_match).ok_or_else(|| type_error("descriptor requires a 're.Match' object"))
}

fn pat(m: &MatchObj) -> &super::pattern::PatternObj {
    as_pattern(&m.re).expect("match of a pattern")
}

impl MatchObj {
    /// Text of group `i` (None when it did not take part).
    pub fn group_value(&self, i: usize) -> Option<Value> {
        if self.bytes {
            let (s, e) = self.spans[i]?;
            Some(new_bytes(as_bytes(&self.string).map_or(&[][..], |b| &b[s..e]).to_vec()))
        } else {
            let (s, e) = self.bspans[i]?;
            Some(new_str(as_str(&self.string).map_or("", |t| &t[s..e])))
        }
    }

    /// Text of group `i` in the engine's string space (Latin-1 for bytes), or "".
    pub fn group_text(&self, i: usize) -> String {
        match (self.bytes, self.spans[i], self.bspans[i]) {
            (true, Some((s, e)), _) => {
                as_bytes(&self.string).map_or(String::new(), |b| super::compiled::latin1(&b[s..e]))
            }
            (false, _, Some((s, e))) => as_str(&self.string).map_or("", |t| &t[s..e]).to_string(),
            _ => String::new(),
        }
    }

    /// The group closed last: the matched group ending last, outermost first.
    fn lastindex(&self) -> Option<usize> {
        let mut best: Option<(usize, usize, usize)> = None;
        for (i, s) in self.spans.iter().enumerate().skip(1) {
            if let Some((a, b)) = *s {
                if best.is_none_or(|(_, ba, bb)| b > bb || (b == bb && a < ba)) {
                    best = Some((i, a, b));
                }
            }
        }
        best.map(|b| b.0)
    }

    /// Group number of an index or name argument.
    pub fn index_of(&self, g: &Value) -> PyResult<usize> {
        if let Some(i) = as_i64(g) {
            if i >= 0 && (i as usize) < self.spans.len() {
                return Ok(i as usize);
            }
        } else if let Some(n) = as_str(g) {
            if let Some(i) = pat(self).c.group_index(n) {
                return Ok(i);
            }
        }
        Err(index_error("no such group"))
    }

    fn get(&self, g: &Value, default: &Value) -> PyResult<Value> {
        Ok(self.group_value(self.index_of(g)?).unwrap_or_else(|| default.clone()))
    }
}

fn m_group(a: Args<'_>) -> PyResult<Value> {
    let m = this(&a)?;
    let none = rt().none.clone();
    match &a.pos()[1..] {
        [] => Ok(m.group_value(0).unwrap_or(none)),
        [g] => m.get(g, &none),
        gs => Ok(new_tuple(gs.iter().map(|g| m.get(g, &none)).collect::<PyResult<Vec<_>>>()?)),
    }
}

fn m_getitem(a: Args<'_>) -> PyResult<Value> {
    let m = this(&a)?;
    let g = a.pos().get(1).ok_or_else(|| type_error("expected 1 argument"))?;
    m.get(g, &rt().none)
}

fn m_groups(a: Args<'_>) -> PyResult<Value> {
    let m = this(&a)?;
    let d = arg(&a, 1, "default").cloned().unwrap_or_else(|| rt().none.clone());
    Ok(new_tuple((1..m.spans.len()).map(|i| m.group_value(i).unwrap_or_else(|| d.clone())).collect()))
}

fn m_groupdict(a: Args<'_>) -> PyResult<Value> {
    let m = this(&a)?;
    let d = arg(&a, 1, "default").cloned().unwrap_or_else(|| rt().none.clone());
    let out = crate::objects::dict::new_dict();
    let od = crate::objects::dict::as_dict(&out).expect("dict");
    for (n, i) in &pat(m).c.names {
        od.set(new_str(n.as_str()), m.group_value(*i).unwrap_or_else(|| d.clone()))?;
    }
    Ok(out)
}

fn span_of(a: &Args<'_>) -> PyResult<Option<(usize, usize)>> {
    let m = this(a)?;
    let i = match a.pos().get(1) {
        Some(g) => m.index_of(g)?,
        None => 0,
    };
    Ok(m.spans[i])
}

fn m_expand(a: Args<'_>) -> PyResult<Value> {
    let m = this(&a)?;
    let t =
        arg(&a, 1, "template").ok_or_else(|| type_error("expand() missing required argument 'template' (pos 1)"))?;
    let pieces = super::sub::template(&pat(m).c, t, &m.re)?;
    let s = super::sub::expand(&pieces, m);
    Ok(if m.bytes { new_bytes(s.chars().map(|c| c as u8).collect()) } else { new_str(s) })
}

fn m_repr(a: Args<'_>) -> PyResult<Value> {
    let m = this(&a)?;
    let (s, e) = m.spans[0].unwrap_or((0, 0));
    let g = m.group_value(0).unwrap_or_else(|| rt().none.clone());
    Ok(new_str(format!("<re.Match object; span=({s}, {e}), match={}>", crate::vm::repr::repr(&g)?)))
}
