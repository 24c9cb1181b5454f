//! Methods of `list`.
//!
//! Every mutation takes the list's lock once, so each call is atomic with respect to
//! other threads, as in CPython. Equality tests (`remove`, `index`, `count`) and key
//! functions run Python code, so they work on a snapshot taken under the lock and the
//! lock is never held while they run. The dunder methods serve subclasses of `list`
//! (the VM handles exact lists natively).

use super::add_method;
use super::args::{int_arg, method_args};
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::new_int;
use crate::objects::iter::{new_iter, IterState};
use crate::objects::list::{as_list, new_list, ListObj};
use crate::objects::typeobj::type_name;
use crate::objects::{kinds, PyResult, Value};
use crate::runtime::rt;
use crate::vm::{ops, repr, sequence};

/// The list payload of `self`.
fn this_list<'a>(name: &str, v: &'a Value) -> PyResult<&'a ListObj> {
    as_list(v).ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

/// `self` and the other positional arguments of a method of builtin type `ty`, with
/// CPython's message for an unbound call without `self` (`list.append()`).
pub fn self_args<'a>(ty: &str, name: &str, a: &Args<'a>, min: usize, max: usize) -> PyResult<(&'a Value, &'a [Value])> {
    if a.pos().is_empty() {
        return Err(type_error(format!("unbound method {ty}.{name}() needs an argument")));
    }
    method_args(name, a, min, max)
}

fn none() -> PyResult<Value> {
    Ok(rt().none.clone())
}

fn list_append(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "append", &a, 1, 1)?;
    this_list("append", this)?.append(rest[0].clone());
    none()
}

/// The items of an iterable, without running Python code for lists and tuples.
fn items_of(v: &Value) -> PyResult<Vec<Value>> {
    match v.kind() {
        Some(kinds::LIST) => Ok(as_list(v).expect("list").snapshot()),
        Some(kinds::TUPLE) => Ok(crate::objects::tuple::as_tuple(v).unwrap_or(&[]).to_vec()),
        _ => ops::collect(v),
    }
}

/// `l.extend(it)`: the source is read first, then the target is locked once.
fn list_extend(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "extend", &a, 1, 1)?;
    let l = this_list("extend", this)?;
    let items = items_of(&rest[0])?;
    l.lock().extend(items);
    none()
}

fn list_insert(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "insert", &a, 2, 2)?;
    let l = this_list("insert", this)?;
    let i = int_arg(&rest[0])?;
    let mut g = l.lock();
    let n = g.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    g.insert(at as usize, rest[1].clone());
    none()
}

fn list_pop(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "pop", &a, 0, 1)?;
    let l = this_list("pop", this)?;
    let i = match rest.first() {
        Some(v) => int_arg(v)?,
        None => -1,
    };
    let mut g = l.lock();
    if g.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match ops::norm_index(i, g.len()) {
        Some(j) => Ok(g.remove(j)),
        None => Err(index_error("pop index out of range")),
    }
}

/// Whether list item `item` equals `x` (identity first, as CPython).
fn item_eq(item: &Value, x: &Value) -> PyResult<bool> {
    Ok(item.is(x) || ops::eq(item, x)?)
}

fn list_remove(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "remove", &a, 1, 1)?;
    let l = this_list("remove", this)?;
    let x = &rest[0];
    loop {
        let snap = l.snapshot();
        let mut found = None;
        for (i, item) in snap.iter().enumerate() {
            if item_eq(item, x)? {
                found = Some(i);
                break;
            }
        }
        let Some(i) = found else { return Err(value_error("list.remove(x): x not in list")) };
        // Remove it only if the list still holds the same object there; otherwise
        // another thread changed the list meanwhile: search again.
        let removed = {
            let mut g = l.lock();
            if g.get(i).is_some_and(|v| v.is(&snap[i])) {
                Some(g.remove(i))
            } else {
                None
            }
        };
        if removed.is_some() {
            return none();
        }
    }
}

/// CPython's slice-style clamping of `start`/`stop` arguments of `index`.
pub fn clamp_range(rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let clamp = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let i = match v {
            Some(v) => match ops::index_i64(v) {
                Ok(Some(i)) => i,
                Ok(None) => {
                    if crate::objects::int::as_bigint(v).is_some_and(|b| b.sign() == num_bigint::Sign::Minus) {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                Err(_) => {
                    return Err(type_error("slice indices must be integers or have an __index__ method"));
                }
            },
            None => default,
        };
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    Ok((clamp(rest.first(), 0)? as usize, clamp(rest.get(1), n)? as usize))
}

/// The position of `x` among `items[start..stop]`.
pub fn find_index(items: &[Value], x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item_eq(item, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// How many of `items` equal `x`.
pub fn count_of(items: &[Value], x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for item in items {
        if item_eq(item, x)? {
            n += 1;
        }
    }
    Ok(n)
}

fn list_index(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "index", &a, 1, 3)?;
    let snap = this_list("index", this)?.snapshot();
    let (start, stop) = clamp_range(&rest[1..], snap.len())?;
    match find_index(&snap, &rest[0], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error(format!("{} is not in list", repr::repr(&rest[0])?))),
    }
}

fn list_count(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "count", &a, 1, 1)?;
    let snap = this_list("count", this)?.snapshot();
    Ok(new_int(count_of(&snap, &rest[0])? as i64))
}

fn list_clear(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "clear", &a, 0, 0)?;
    this_list("clear", this)?.set_items(Vec::new());
    none()
}

fn list_copy(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "copy", &a, 0, 0)?;
    Ok(new_list(this_list("copy", this)?.snapshot()))
}

fn list_reverse(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "reverse", &a, 0, 0)?;
    this_list("reverse", this)?.lock().reverse();
    none()
}

/// `l.sort(*, key=None, reverse=False)`. As in CPython the list is empty while it is
/// sorted; if it was changed meanwhile the change is discarded with a ValueError.
fn list_sort(a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    let this = pos.first().ok_or_else(|| type_error("unbound method list.sort() needs an argument"))?;
    if pos.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    if let Some((k, _)) = a.kwargs().find(|(k, _)| !matches!(*k, "key" | "reverse")) {
        return Err(type_error(format!("'{k}' is an invalid keyword argument for sort()")));
    }
    let l = this_list("sort", this)?;
    let key = a.kw("key").filter(|k| !crate::objects::boolobj::is_none(k));
    let reverse = match a.kw("reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    let mut items = l.lock().take_all();
    let r = crate::builtins::sorting::sort_values(&mut items, key, reverse);
    let intruders = l.lock().replace_all(items);
    let modified = !intruders.is_empty();
    drop(intruders);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    none()
}

fn list_reversed(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "__reversed__", &a, 0, 0)?;
    let n = this_list("__reversed__", this)?.len() as isize;
    Ok(new_iter(&rt().types.list_reverseiterator, IterState::ListRev { seq: this.clone(), ix: n - 1 }))
}

fn list_iter(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "__iter__", &a, 0, 0)?;
    this_list("__iter__", this)?;
    Ok(new_iter(&rt().types.list_iterator, IterState::List { seq: this.clone(), ix: 0 }))
}

fn list_len(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "__len__", &a, 0, 0)?;
    Ok(new_int(this_list("__len__", this)?.len() as i64))
}

fn list_contains(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__contains__", &a, 1, 1)?;
    let snap = this_list("__contains__", this)?.snapshot();
    Ok(crate::objects::boolobj::py_bool(find_index(&snap, &rest[0], 0, snap.len())?.is_some()))
}

fn list_getitem(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__getitem__", &a, 1, 1)?;
    let l = this_list("__getitem__", this)?;
    if let Some(s) = crate::objects::slice::as_slice(&rest[0]) {
        return sequence::list_slice(l, s);
    }
    let i = ops::index_i64(&rest[0])
        .map_err(|_| type_error(format!("list indices must be integers or slices, not {}", type_name(&rest[0]))))?
        .ok_or_else(|| index_error("cannot fit 'int' into an index-sized integer"))?;
    match ops::norm_index(i, l.len()).and_then(|j| l.get(j)) {
        Some(v) => Ok(v),
        None => Err(index_error("list index out of range")),
    }
}

fn list_setitem(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__setitem__", &a, 2, 2)?;
    let l = this_list("__setitem__", this)?;
    if let Some(s) = crate::objects::slice::as_slice(&rest[0]) {
        sequence::list_set_slice(l, s, &rest[1])?;
        return none();
    }
    let i = ops::index_i64(&rest[0])
        .map_err(|_| type_error(format!("list indices must be integers or slices, not {}", type_name(&rest[0]))))?;
    let old = {
        let mut g = l.lock();
        match i.and_then(|i| ops::norm_index(i, g.len())) {
            Some(j) => g.replace(j, rest[1].clone()),
            None => return Err(index_error("list assignment index out of range")),
        }
    };
    drop(old);
    none()
}

fn list_delitem(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__delitem__", &a, 1, 1)?;
    let l = this_list("__delitem__", this)?;
    if let Some(s) = crate::objects::slice::as_slice(&rest[0]) {
        sequence::list_del_slice(l, s)?;
        return none();
    }
    let i = ops::index_i64(&rest[0])
        .map_err(|_| type_error(format!("list indices must be integers or slices, not {}", type_name(&rest[0]))))?;
    let old = {
        let mut g = l.lock();
        match i.and_then(|i| ops::norm_index(i, g.len())) {
            Some(j) => g.remove(j),
            None => return Err(index_error("list assignment index out of range")),
        }
    };
    drop(old);
    none()
}

/// `repr` of a list subclass instance (exact lists are handled by the VM).
fn list_repr(a: Args<'_>) -> PyResult<Value> {
    let (this, _) = self_args("list", "__repr__", &a, 0, 0)?;
    let items = this_list("__repr__", this)?.snapshot();
    let Some(_g) = repr::enter(this) else { return Ok(crate::objects::str::new_str("[...]")) };
    Ok(crate::objects::str::new_str(format!("[{}]", repr::join_reprs(&items)?)))
}

fn list_add(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__add__", &a, 1, 1)?;
    let mut items = this_list("__add__", this)?.snapshot();
    match as_list(&rest[0]) {
        Some(o) => items.extend(o.snapshot()),
        None => return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(&rest[0])))),
    }
    Ok(new_list(items))
}

fn list_iadd(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__iadd__", &a, 1, 1)?;
    let items = items_of(&rest[0])?;
    this_list("__iadd__", this)?.lock().extend(items);
    Ok(this.clone())
}

fn repeat_count(v: &Value) -> PyResult<Option<usize>> {
    if !crate::objects::int::is_int(v)
        && crate::objects::typeobj::lookup(crate::objects::typeobj::type_of(v), &rt().names.__index__).is_none()
    {
        return Ok(None);
    }
    Ok(Some(int_arg(v)?.max(0) as usize))
}

fn list_mul(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__mul__", &a, 1, 1)?;
    let Some(n) = repeat_count(&rest[0])? else { return Ok(rt().not_implemented.clone()) };
    let snap = this_list("__mul__", this)?.snapshot();
    let mut out = Vec::with_capacity(snap.len() * n);
    for _ in 0..n {
        out.extend(snap.iter().cloned());
    }
    Ok(new_list(out))
}

fn list_imul(a: Args<'_>) -> PyResult<Value> {
    let (this, rest) = self_args("list", "__imul__", &a, 1, 1)?;
    let Some(n) = repeat_count(&rest[0])? else { return Ok(rt().not_implemented.clone()) };
    let l = this_list("__imul__", this)?;
    let old = {
        let mut g = l.lock();
        let snap = g.to_vec();
        let mut out = Vec::with_capacity(snap.len() * n);
        for _ in 0..n {
            out.extend(snap.iter().cloned());
        }
        g.replace_all(out)
    };
    drop(old);
    Ok(this.clone())
}

pub fn install() {
    let t = &rt().types.list;
    super::add_attr(t, "__hash__", rt().none.clone());
    add_method(t, "append", list_append);
    add_method(t, "extend", list_extend);
    add_method(t, "insert", list_insert);
    add_method(t, "pop", list_pop);
    add_method(t, "remove", list_remove);
    add_method(t, "index", list_index);
    add_method(t, "count", list_count);
    add_method(t, "clear", list_clear);
    add_method(t, "copy", list_copy);
    add_method(t, "reverse", list_reverse);
    add_method(t, "sort", list_sort);
    add_method(t, "__reversed__", list_reversed);
    add_method(t, "__iter__", list_iter);
    add_method(t, "__len__", list_len);
    add_method(t, "__contains__", list_contains);
    add_method(t, "__getitem__", list_getitem);
    add_method(t, "__setitem__", list_setitem);
    add_method(t, "__delitem__", list_delitem);
    add_method(t, "__repr__", list_repr);
    add_method(t, "__add__", list_add);
    add_method(t, "__iadd__", list_iadd);
    add_method(t, "__mul__", list_mul);
    add_method(t, "__rmul__", list_mul);
    add_method(t, "__imul__", list_imul);
}
