//! `dict.keys()`, `dict.values()` and `dict.items()`: live views of a dict.
//!
//! A view is an iterator payload in state `IterState::DictView` (the VM iterates it
//! like the dict). Keys and items views are set-like: `&`, `|`, `-`, `^` give sets
//! built as CPython's `dictobject.c` builds them (same iteration order), and they
//! compare with sets and other views. Their repr and comparisons are called by the VM
//! (`view_repr`, `view_compare`), which handles builtin types natively.

use super::add_method;
use super::args::method_args;
use super::set_algebra as alg;
use crate::bytecode::CmpOp;
use crate::objects::boolobj::py_bool;
use crate::objects::dict::{as_dict, DictObj};
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::iter::{as_iter, new_iter, IterState};
use crate::objects::list::new_list;
use crate::objects::set::{as_set, new_set};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_of;
use crate::objects::{PyResult, Value};
use crate::runtime::rt;
use crate::vm::ops;

const KEYS: u8 = 0;
const VALUES: u8 = 1;
const ITEMS: u8 = 2;

/// The dict and part (0 keys, 1 values, 2 items) of a view.
pub fn view_of(v: &Value) -> Option<(Value, u8)> {
    let it = as_iter(v)?;
    let st = it.state.lock(it);
    match &*st {
        IterState::DictView { d, kind } => Some((d.clone(), *kind)),
        _ => None,
    }
}

/// A keys or items view (the set-like ones).
fn set_like(v: &Value) -> Option<(Value, u8)> {
    view_of(v).filter(|(_, k)| *k != VALUES)
}

fn new_view(d: &Value, kind: u8) -> Value {
    let t = &rt().types;
    let ty = match kind {
        KEYS => &t.dict_keys,
        VALUES => &t.dict_values,
        _ => &t.dict_items,
    };
    new_iter(ty, IterState::DictView { d: d.clone(), kind })
}

/// An iterator over part `kind` of dict `dv`.
pub fn dict_iterator(dv: &Value, d: &DictObj, kind: u8) -> Value {
    let t = &rt().types;
    let ty = match kind {
        KEYS => &t.dict_keyiterator,
        VALUES => &t.dict_valueiterator,
        _ => &t.dict_itemiterator,
    };
    new_iter(ty, IterState::Dict { d: dv.clone(), pos: 0, kind, len: d.len() })
}

/// An iterator over `items` in reverse.
pub fn reversed_of(mut items: Vec<Value>) -> Value {
    items.reverse();
    new_iter(&rt().types.dict_reversekeyiterator, IterState::Items { items, ix: 0 })
}

fn dict_of(d: &Value) -> &DictObj {
    as_dict(d).expect("dict")
}

/// The items of part `kind` of dict `d`.
fn parts(d: &Value, kind: u8) -> Vec<Value> {
    let dd = dict_of(d);
    match kind {
        KEYS => dd.keys(),
        VALUES => dd.values(),
        _ => dd.items().into_iter().map(|(k, v)| new_tuple(vec![k, v])).collect(),
    }
}

fn this_view<'a>(name: &str, a: &Args<'a>, n: usize) -> PyResult<(&'a Value, Value, u8, &'a [Value])> {
    let (this, rest) = method_args(name, a, n, n)?;
    let (d, kind) = view_of(this).ok_or_else(|| type_error(format!("{name}() requires a dict view")))?;
    Ok((this, d, kind, rest))
}

/// `x in view` for keys and items views.
fn view_contains(d: &Value, kind: u8, x: &Value) -> PyResult<bool> {
    let dd = dict_of(d);
    if kind == KEYS {
        return Ok(dd.get(x)?.is_some());
    }
    let Some(pair) = as_tuple(x).filter(|t| t.len() == 2) else { return Ok(false) };
    match dd.get(&pair[0])? {
        Some(v) => Ok(v.is(&pair[1]) || ops::eq(&v, &pair[1])?),
        None => Ok(false),
    }
}

fn keys(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = method_args("keys", &a, 0, 0)?;
    as_dict(this).ok_or_else(|| type_error("keys() requires a dict"))?;
    Ok(new_view(this, KEYS))
}

fn values(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = method_args("values", &a, 0, 0)?;
    as_dict(this).ok_or_else(|| type_error("values() requires a dict"))?;
    Ok(new_view(this, VALUES))
}

fn items(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = method_args("items", &a, 0, 0)?;
    as_dict(this).ok_or_else(|| type_error("items() requires a dict"))?;
    Ok(new_view(this, ITEMS))
}

fn view_len(a: Args<'_>) -> PyResult<Value> {
    let (_, d, _, _) = this_view("__len__", &a, 0)?;
    Ok(new_int(dict_of(&d).len() as i64))
}

fn view_iter(a: Args<'_>) -> PyResult<Value> {
    let (_, d, kind, _) = this_view("__iter__", &a, 0)?;
    Ok(dict_iterator(&d, dict_of(&d), kind))
}

fn view_reversed(a: Args<'_>) -> PyResult<Value> {
    let (_, d, kind, _) = this_view("__reversed__", &a, 0)?;
    Ok(reversed_of(parts(&d, kind)))
}

fn view_contains_m(a: Args<'_>) -> PyResult<Value> {
    let (_, d, kind, rest) = this_view("__contains__", &a, 1)?;
    Ok(py_bool(view_contains(&d, kind, &rest[0])?))
}

/// `set(v)` for the left operand of a view operator (`dictviews_to_set`).
fn to_set(v: &Value) -> PyResult<Value> {
    let s = new_set();
    let src = match view_of(v) {
        Some((d, KEYS)) if type_of(&d).is(&rt().types.dict) => d,
        _ => v.clone(),
    };
    alg::update(alg::set_of(&s), &src)?;
    Ok(s)
}

fn view_or(l: &Value, r: &Value) -> PyResult<Value> {
    let s = to_set(l)?;
    alg::update(alg::set_of(&s), r)?;
    Ok(s)
}

fn view_sub(l: &Value, r: &Value) -> PyResult<Value> {
    let s = to_set(l)?;
    alg::difference_update(&s, r)?;
    Ok(s)
}

fn view_xor(l: &Value, r: &Value) -> PyResult<Value> {
    let s = to_set(l)?;
    alg::symmetric_difference_update(&s, r)?;
    Ok(s)
}

/// `_PyDictView_Intersect`.
fn view_and(l: &Value, r: &Value) -> PyResult<Value> {
    let (mut this, mut other) = (l.clone(), r.clone());
    if set_like(&this).is_none() {
        std::mem::swap(&mut this, &mut other);
    }
    let (d, kind) = set_like(&this).expect("a view operand");
    let len_self = dict_of(&d).len();
    if type_of(&other).is(&rt().types.set) && len_self <= alg::set_of(&other).len() {
        return alg::intersection(&other, &this);
    }
    let (mut d, mut kind) = (d, kind);
    if let Some((od, okind)) = set_like(&other) {
        if dict_of(&od).len() > len_self {
            std::mem::swap(&mut this, &mut other);
            (d, kind) = (od, okind);
        }
    }
    let result = new_set();
    let out = alg::set_of(&result);
    alg::each_item(&other, |k| {
        if view_contains(&d, kind, &k)? {
            out.add(k)?;
        }
        Ok(())
    })?;
    Ok(result)
}

type ViewOp = fn(&Value, &Value) -> PyResult<Value>;

fn binop(a: &Args<'_>, name: &str, reflected: bool, f: ViewOp) -> PyResult<Value> {
    let (this, _, _, rest) = this_view(name, a, 1)?;
    if reflected {
        f(&rest[0], this)
    } else {
        f(this, &rest[0])
    }
}

fn v_or(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__or__", false, view_or)
}
fn v_ror(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__ror__", true, view_or)
}
fn v_and(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__and__", false, view_and)
}
fn v_rand(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__rand__", true, view_and)
}
fn v_sub(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__sub__", false, view_sub)
}
fn v_rsub(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__rsub__", true, view_sub)
}
fn v_xor(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__xor__", false, view_xor)
}
fn v_rxor(a: Args<'_>) -> PyResult<Value> {
    binop(&a, "__rxor__", true, view_xor)
}

fn v_isdisjoint(a: Args<'_>) -> PyResult<Value> {
    let (this, d, kind, rest) = this_view("isdisjoint", &a, 1)?;
    let other = &rest[0];
    if this.is(other) {
        return Ok(py_bool(dict_of(&d).is_empty()));
    }
    // Iterate the smaller side when the other one has a cheap `in`.
    let other_len = as_set(other).map(|s| s.len()).or_else(|| set_like(other).map(|(od, _)| dict_of(&od).len()));
    if other_len.is_some_and(|n| n < dict_of(&d).len()) || other_len.is_none() {
        let mut disjoint = true;
        alg::each_item(other, |k| {
            if disjoint && view_contains(&d, kind, &k)? {
                disjoint = false;
            }
            Ok(())
        })?;
        return Ok(py_bool(disjoint));
    }
    for x in parts(&d, kind) {
        if ops::contains(other, &x)? {
            return Ok(py_bool(false));
        }
    }
    Ok(py_bool(true))
}

/// `dict_keys([...])` and friends; None for other iterator objects.
pub fn view_repr(v: &Value) -> PyResult<Option<String>> {
    let Some((d, kind)) = view_of(v) else { return Ok(None) };
    let name = crate::objects::typeobj::tobj(type_of(v)).name.clone();
    let inner = crate::vm::repr::repr(&new_list(parts(&d, kind)))?;
    Ok(Some(format!("{name}({inner})")))
}

/// Every item of `a` is in `b`.
fn all_contained_in(a: &Value, b: &Value) -> PyResult<bool> {
    let mut all = true;
    alg::each_item(a, |x| {
        if all && !ops::contains(b, &x)? {
            all = false;
        }
        Ok(())
    })?;
    Ok(all)
}

fn reflect(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// Comparisons of keys/items views with sets and views (`dictview_richcompare`);
/// None when neither operand is a set-like view or the other is no set.
pub fn view_compare(op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let setish = |v: &Value| as_set(v).is_some() || set_like(v).is_some();
    if set_like(a).is_none() {
        if set_like(b).is_some() && as_set(a).is_some() {
            return view_compare(reflect(op), b, a);
        }
        return Ok(None);
    }
    if !setish(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne | CmpOp::Lt | CmpOp::Le | CmpOp::Gt | CmpOp::Ge) {
        return Ok(None);
    }
    let (la, lb) = (ops::len(a)?, ops::len(b)?);
    Ok(Some(match op {
        CmpOp::Eq => la == lb && all_contained_in(a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        _ => la >= lb && all_contained_in(b, a)?,
    }))
}

pub fn install() {
    let t = &rt().types;
    add_method(&t.dict, "keys", keys);
    add_method(&t.dict, "values", values);
    add_method(&t.dict, "items", items);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(ty, "__len__", view_len);
        add_method(ty, "__iter__", view_iter);
        add_method(ty, "__reversed__", view_reversed);
    }
    for ty in [&t.dict_keys, &t.dict_items] {
        add_method(ty, "__contains__", view_contains_m);
        add_method(ty, "__or__", v_or);
        add_method(ty, "__ror__", v_ror);
        add_method(ty, "__and__", v_and);
        add_method(ty, "__rand__", v_rand);
        add_method(ty, "__sub__", v_sub);
        add_method(ty, "__rsub__", v_rsub);
        add_method(ty, "__xor__", v_xor);
        add_method(ty, "__rxor__", v_rxor);
        add_method(ty, "isdisjoint", v_isdisjoint);
    }
}
